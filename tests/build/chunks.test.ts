/**
 * The story loads one chart at a time ($lib/charts/load): the code a block's chart brings with it
 * (its chunk and every chunk that one imports) carries that chart's series and no other, so the
 * first block a reader reaches does not download the data of the rest of the story.
 */
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAst } from 'vite';
import { SERIES_IDS, timeline } from '$lib/data';
import { CHART_IDS } from '$lib/charts/ids';
import { CHARTS } from '$lib/charts/registry';
import { SOURCES } from '$lib/data/records.server';
import { builtFiles, read, scriptsReachedFrom } from './site';

const scripts = builtFiles().filter((file) => file.startsWith('_app/') && file.endsWith('.js'));

/** A file and every file it imports statically, as the browser would fetch them together. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const [, path] of read(file).matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
		withImports(posix.join(posix.dirname(file), path), seen);
	return seen;
}

/** Whether minified code holds the series object with this id (a series has a `unit`). */
const holdsSeries = (code: string, id: string) =>
	new RegExp(`id:["'\`]${id}["'\`],title:["'\`][^"'\`]*["'\`],unit:`).test(code);

/** Every file the story's start-up (a build of its own, vite.config.ts) can fetch. */
const story = new Set(
	scripts
		.filter((file) => /^_app\/immutable\/entry\/story\./.test(file))
		.flatMap((entry) => [...scriptsReachedFrom(entry)])
);

/** The files a chart brings to the story: the chunk load.ts imports for it, and that one's imports. */
function chartFiles(id: string): string[] {
	// The chart's spec module (`{ id, component, series }`) is the chunk load.ts imports.
	const specOf = new RegExp(`id:["'\`]${id}["'\`],component:`);
	const homes = [...story].filter((file) => specOf.test(read(file)));
	expect(homes, id).toHaveLength(1);
	return [...withImports(homes[0])];
}

describe('a chart loaded by the story', () => {
	it.each(CHART_IDS.map((id) => [id]))('%s comes with its own series and no other', (id) => {
		const spec = CHARTS[id];
		const code = chartFiles(id)
			.map((file) => read(file))
			.join('\n');
		const own = new Set(spec.series.map((s) => s.id));
		for (const series of SERIES_IDS) expect(holdsSeries(code, series), series).toBe(own.has(series));
		const events = new RegExp(`id:["'\`]${timeline.id}["'\`],title:["'\`][^"'\`]*["'\`],sources:`);
		expect(events.test(code), timeline.id).toBe(id === 'timeline' || id === 'since-2019');
	});

	it.each(CHART_IDS.map((id) => [id]))('%s names none of its sources in its code', (id) => {
		// A source's publisher, publication and address come with the chart's words
		// (/words/<chart>.json, fetched as its block wakes); its data cite the source by id.
		const code = chartFiles(id)
			.map((file) => read(file))
			.join('\n');
		const named = CHARTS[id].cited
			.map((source) => SOURCES[source])
			.filter((s) => code.includes(s.url) || code.includes(JSON.stringify(s.publication).slice(1, -1)));
		expect(named.map((s) => s.id)).toEqual([]);
	});

	it.each(CHART_IDS.map((id) => [id]))('%s brings no date formatting', (id) => {
		// The charts place dates as numbers and take their words from the page: d3-time-format (and
		// its locale, whose short date is `%-m/%-d/%Y`) is the sources page's, 4.7 KB the read
		// would otherwise fetch because the charts' d3-array once shared its chunk.
		const files = chartFiles(id);
		expect(files.filter((file) => read(file).includes('%-m/%-d/%Y'))).toEqual([]);
	});
});

describe('every script the site serves', () => {
	/** Whether a script defines a function, read off its syntax tree. */
	const hasFunctions = (file: string) =>
		/"type":"(Arrow)?Function(Declaration|Expression)"/.test(
			JSON.stringify(parseAst(read(file)))
		);
	// V8 then compiles the whole file as it streams in, off the main thread, rather than each
	// function on the main thread the first time it runs: a block's first hydration and its chart's
	// took half as long in idle slices at 4x CPU (vite.config.ts).
	it('with a function in it asks to be compiled as it loads, on its first line', () => {
		const withFunctions = scripts.filter(hasFunctions);
		expect(withFunctions.length).toBeGreaterThan(10);
		for (const file of withFunctions)
			expect(read(file).split('\n', 1)[0], file).toBe('//# allFunctionsCalledOnLoad');
	});
	// A script of data alone (a chart's series) has nothing for the hint to compile sooner: on it
	// the line is 28 bytes gzip that a read fetches for nothing.
	it('of data alone carries no such line', () => {
		const dataAlone = scripts.filter((file) => !hasFunctions(file));
		expect(dataAlone.length, 'scripts of data alone').toBeGreaterThan(3);
		for (const file of dataAlone) expect(read(file), file).not.toContain('allFunctionsCalledOnLoad');
	});
});

describe('component styles', () => {
	it('reach the story once, in its head, not again in the code it loads', () => {
		// Every component the story's code draws was printed by the prerender, its styles with it
		// (svelte.config.js); a copy in the code is bytes a reader downloads twice.
		const printed = new Set(
			[...read('index.html').matchAll(/<style id="(svelte-[a-z0-9]+)"/g)].map(([, id]) => id)
		);
		expect(printed.size, 'component styles in the story’s head').toBeGreaterThan(10);
		const copies = scripts.flatMap((file) =>
			[...read(file).matchAll(/hash:\s*["'`](svelte-[a-z0-9]+)["'`],\s*code:/g)]
				.filter(([, id]) => printed.has(id))
				.map(([, id]) => `${file}: ${id}`)
		);
		expect(copies).toEqual([]);
	});
});
