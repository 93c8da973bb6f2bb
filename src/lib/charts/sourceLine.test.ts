import { describe, expect, it } from 'vitest';
import type { Source, SourceName } from '$lib/data/types';
import { SOURCES } from '$lib/data/records.server';
import { renderFigure, renderPicture } from './renderFigure.test-support';
import { CHART_IDS, CHART_STATES, type ChartState } from './ids';
import { CHARTS } from './registry';
import { sourceLine, sourceLineText, sourceNames } from './sourceLine';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CONTROLS } from '$lib/story/controls.server';

const WORDS = CONTROLS.figure;

const source = (n: number) =>
	({
		publisher: `Publisher ${n}`,
		publication: `Table ${n}`,
		url: `https://example.org/${n}`
	}) as Source;

/** Text of an element's markup: tags dropped, entities and runs of white space read once. */
const textOf = (html: string) =>
	html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replaceAll('&amp;', '&')
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.replace(/\s+/g, ' ')
		.trim();

describe('sourceLine', () => {
	it('sourceLine([one]) names it under "Source" with none more', () => {
		expect(sourceLine([source(1)], WORDS)).toEqual({
			label: 'Source',
			shown: [source(1)],
			more: 0
		});
	});

	it('sourceLine(five sources) names the first two under "Sources" and counts three more', () => {
		const five = [1, 2, 3, 4, 5].map(source);
		expect(sourceLine(five, WORDS)).toEqual({ label: 'Sources', shown: five.slice(0, 2), more: 3 });
	});

	it('sourceLineText(sources) reads publisher, publication; … and how many more', () => {
		expect(sourceLineText([source(1)], WORDS)).toBe('Source: Publisher 1, Table 1');
		expect(sourceLineText([1, 2, 3].map(source), WORDS)).toBe(
			'Sources: Publisher 1, Table 1; Publisher 2, Table 2; and 1 more'
		);
	});

	it('sourceLine(sources) does not modify its input', () => {
		const three = [1, 2, 3].map(source);
		sourceLine(three, WORDS);
		expect(three).toEqual([1, 2, 3].map(source));
	});
});

describe('sourceNames(ids, names)', () => {
	const named = (n: number, url = `https://example.org/${n}`): SourceName => ({
		id: `s${n}`,
		publisher: `Publisher ${n}`,
		publication: `Table ${n}`,
		url
	});
	const names = { s1: named(1), s2: named(2), s3: named(3, 'https://example.org/1') };

	it('names each id from the words, in the order given', () => {
		expect(sourceNames(['s2', 's1'], names)).toEqual([named(2), named(1)]);
	});

	it('names a publication once when two ids share its address', () => {
		expect(sourceNames(['s1', 's2', 's3'], names)).toEqual([named(1), named(2)]);
	});

	it.each([['s9'], ['constructor'], ['__proto__']])(
		'throws on %j, which the words do not name',
		(id) => {
			expect(() => sourceNames(['s1', id], names)).toThrow(`no name for the source "${id}"`);
		}
	);
});

describe('each chart’s words name every source one of its states shows, as data/sources.ts does', () => {
	it.each(CHART_IDS.map((chart) => [chart]))('%s', (chart) => {
		const words = CHART_WORDS[chart];
		const shown = (CHART_STATES[chart] as readonly ChartState[]).flatMap((state) =>
			CHARTS[chart].sources(state as never)
		);
		expect(Object.keys(words.sources).sort()).toEqual([...new Set(shown)].sort());
		for (const [id, name] of Object.entries(words.sources)) {
			const { publisher, publication, url } = SOURCES[id];
			expect(name).toEqual({ id, publisher, publication, url });
		}
	});
});

/** A state's sources from the registry, one per address: what its line should name. */
const registryNames = (ids: string[]) =>
	ids.map((id) => SOURCES[id]).filter((s, i, all) => all.findIndex((t) => t.url === s.url) === i);

describe('the source line in the figure and in the picture', () => {
	for (const chart of CHART_IDS) {
		for (const state of CHART_STATES[chart] as readonly ChartState[]) {
			it(`ChartFigure and renderChartSvg('${chart}', '${state}') name the same sources`, () => {
				const sources = registryNames(CHARTS[chart].sources(state as never));
				const text = sourceLineText(sources, WORDS);
				const { body } = renderFigure(chart, state);
				const figureLine = textOf(body.match(/<p class="source ui[^"]*">([\s\S]*?)<\/p>/)![1]);
				expect(figureLine).toBe(
					sourceLine(sources, WORDS).more ? `${text}, listed with the numbers.` : `${text}.`
				);
				const svg = renderPicture(chart, state);
				const pictureText = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
					.map((m) => textOf(m[1]))
					.join(' ');
				// The picture wraps the line to two lines at most, ending a longer one with " …".
				const fromLine = pictureText.slice(
					pictureText.indexOf(`${sourceLine(sources, WORDS).label}:`)
				);
				const cut = fromLine.indexOf(' …');
				if (cut < 0) expect(fromLine.startsWith(text)).toBe(true);
				else expect(text.startsWith(fromLine.slice(0, cut))).toBe(true);
				expect(fromLine.slice(0, 40)).toBe(text.slice(0, 40));
			});
		}
	}
});
