/**
 * The benchmark: builds the site and the bare-stack floor (`../shared/bench-floor/`, see
 * bench/floor.js), serves both build folders as a static host would, and measures the floor, the
 * story page and one embed page in the same run against budgets.json — Lighthouse (mobile, median
 * of 3 runs), layout shift with fonts arriving late on slow 3G, scroll smoothness at 4× and 6× CPU
 * slowdown over several runs, and the JS/CSS each page loads by chunk and by package. Each figure
 * is printed for the floor and the story side by side with their ratio.
 * It reports, it does not gate: it exits 0 when a figure is OVER, non-zero only when it fails.
 *
 * Usage: node scripts/bench.js [--no-build] [--no-floor] [--runs 3] [--scroll-runs 3]
 *   [--no-lighthouse] [--no-scroll] [--no-fonts]
 * Writes bench-results/latest.json; prints Markdown for BENCHMARK.md on stdout, progress on stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { siteUrl } from './site-url.js';
import { lighthouseMedian } from './bench/lighthouse.js';
import { measureScroll } from './bench/scroll.js';
import { measureLateFonts } from './bench/fonts.js';
import { findFloor, prepareFloor } from './bench/floor.js';
import { mapFiles, pageBytes } from './bench/bytes.js';
import {
	bytesTables,
	longFramesTable,
	longTasksTable,
	scrollTable,
	summaryTable
} from './bench/report.js';
import { startServer } from './bench/server.js';
import { untilQuiet } from './bench/quiet.js';
import { pageFigures, scrollFigures } from './bench/figures.js';

const BUILD = 'build';
const STORY = { path: '/', file: 'index.html' };
const EMBED = { path: '/embed/officers/', file: 'embed/officers/index.html' };
const FLOOR = { path: '/', file: 'index.html' };
const NOT_BUILT = 'not built yet';

const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(`--${name}`);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const scrollRunsArg = args.indexOf('--scroll-runs');
const SCROLL_RUNS = scrollRunsArg >= 0 ? Number(args[scrollRunsArg + 1]) : 3;
/** CPU slowdowns the read is measured at: a mid-range phone, then a low-end one. */
const CPU_RATES = [4, 6];
const log = (/** @type {string} */ message) => console.error(message);

function build() {
	log('bench: npm run build');
	// Source maps let the byte report name packages; ordinary builds do not ship them.
	const result = spawnSync('npm', ['run', 'build'], {
		stdio: ['ignore', 2, 2],
		env: { ...process.env, SOURCEMAPS: '1' }
	});
	if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}).`);
}

/**
 * Lighthouse, bytes and late-font layout shift for one page; null when the page is not built.
 * @param {string} root origin plus base path
 * @param {{ path: string, file: string }} page
 * @param {string} base
 * @param {string} [buildDir]
 */
async function measurePage(root, page, base, buildDir = BUILD) {
	if (!existsSync(join(buildDir, page.file))) {
		log(`bench: ${page.path} is ${NOT_BUILT}`);
		return null;
	}
	const url = `${root}${page.path}`;
	const bytes = pageBytes(buildDir, page.file, base);
	const lighthouse = flag('no-lighthouse') ? null : await lighthouseMedian(url, RUNS, log);
	const lateFonts = flag('no-fonts') ? null : await measureLateFonts(url);
	if (lateFonts) log(`  late fonts ${url}: CLS ${lateFonts.cls}, ${lateFonts.fonts} font files`);
	return { bytes, lighthouse, lateFonts };
}

/**
 * One read, with how busy the machine was as it began (null where that cannot be measured).
 * @typedef {Awaited<ReturnType<typeof measureScroll>> & { machine: Awaited<ReturnType<typeof untilQuiet>> }} ScrollRun
 */

/** @param {ScrollRun['machine']} machine */
const machineNote = (machine) =>
	machine
		? `machine ${Math.round(machine.busy * 100)}% busy as it began, after ${(machine.waitedMs / 1000).toFixed(0)} s waiting`
		: 'machine load not measured';

/**
 * Reads a page SCROLL_RUNS times at each CPU rate, each once the machine is quiet (bench/quiet.js).
 * @param {string} url
 * @returns {Promise<Record<number, ScrollRun[]>>}
 */
async function scrollRuns(url) {
	/** @type {Record<number, ScrollRun[]>} */
	const byRate = {};
	for (const rate of CPU_RATES) {
		byRate[rate] = [];
		for (let i = 0; i < SCROLL_RUNS; i++) {
			const machine = await untilQuiet();
			const started = Date.now();
			byRate[rate].push({ ...(await measureScroll(url, rate)), machine });
			log(
				`  scroll ${rate}× ${i + 1}/${SCROLL_RUNS} ${url} (${((Date.now() - started) / 1000).toFixed(0)} s; ${machineNote(machine)})`
			);
		}
	}
	return byRate;
}

async function main() {
	const started = Date.now();
	if (!flag('no-build')) build();
	if (!existsSync(join(BUILD, 'index.html')))
		throw new Error('No build/index.html: run `npm run build` (or drop --no-build).');
	const floorBuild = flag('no-floor') ? null : prepareFloor(findFloor(process.cwd()), log);
	const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
	const { base } = siteUrl(process.env.SITE_URL);
	const server = await startServer();
	log(`bench: serving build/ at ${server.root}/`);
	const floorServer = floorBuild ? await startServer({ dir: floorBuild, siteUrl: '' }) : null;
	if (floorServer) log(`bench: serving the floor at ${floorServer.root}/`);
	try {
		const floor =
			floorServer && floorBuild ? await measurePage(floorServer.root, FLOOR, '', floorBuild) : null;
		const story = await measurePage(server.root, STORY, base);
		const embed = await measurePage(server.root, EMBED, base);
		const floorScroll =
			flag('no-scroll') || !floorServer
				? null
				: await scrollRuns(`${floorServer.root}${FLOOR.path}`);
		const scroll = flag('no-scroll') ? null : await scrollRuns(`${server.root}${STORY.path}`);
		if (scroll) log('bench: scroll measured');

		const floorFigures = pageFigures(floor);
		if (floorFigures && floorScroll) Object.assign(floorFigures, scrollFigures(floorScroll));
		const storyFigures = pageFigures(story);
		if (storyFigures && scroll) Object.assign(storyFigures, scrollFigures(scroll));
		const figures = { floor: floorFigures, story: storyFigures, embed: pageFigures(embed) };
		const maps = mapFiles(BUILD);
		const results = {
			measuredAt: new Date().toISOString(),
			node: process.version,
			loadAverage: loadAverage(),
			runs: RUNS,
			scrollRuns: SCROLL_RUNS,
			budgets,
			figures,
			lighthouseRuns: {
				floor: floor?.lighthouse?.runs,
				story: story?.lighthouse?.runs,
				embed: embed?.lighthouse?.runs
			},
			lateFonts: { floor: floor?.lateFonts, story: story?.lateFonts, embed: embed?.lateFonts },
			scroll: { floor: floorScroll, story: scroll },
			bytes: {
				floor: floor?.bytes ?? null,
				story: story?.bytes ?? null,
				embed: embed?.bytes ?? null
			},
			sourceMapsInBuild: maps.length
		};
		mkdirSync('bench-results', { recursive: true });
		writeFileSync('bench-results/latest.json', JSON.stringify(results, null, '\t') + '\n');

		const floorNote = flag('no-floor') ? 'not measured' : NOT_BUILT;
		const out = [
			`## Budgets (${results.measuredAt}; load average ${results.loadAverage})`,
			'',
			summaryTable(figures, budgets, { floor: floorNote, story: NOT_BUILT, embed: NOT_BUILT }),
			'',
			lighthouseRunsLine('floor', floor),
			lighthouseRunsLine('story', story),
			lighthouseRunsLine('embed', embed),
			''
		];
		for (const [name, byRate] of /** @type {const} */ ([
			['floor', floorScroll],
			['story', scroll]
		])) {
			if (!byRate) continue;
			const first = byRate[4]?.[0];
			const fourTimes = (byRate[4] ?? []).map((run, i) => ({
				label: `4× CPU, run ${i + 1}`,
				...run
			}));
			out.push(
				`## Scroll: ${name}, 390×844 touch viewport (${first?.scrollHeightPx.toLocaleString('en-GB')} px tall, wheel steps of ${first?.stepPx} px every 50 ms)`,
				'',
				scrollTable(
					CPU_RATES.flatMap((rate) =>
						byRate[rate].map((run, i) => ({
							label: `${rate}× CPU, run ${i + 1} (${machineNote(run.machine)})`,
							...run
						}))
					)
				),
				'',
				`Frames over 50 ms at 4× CPU (the goal's), with what ran in each:`,
				'',
				longFramesTable(fourTimes),
				'',
				`Tasks over 50 ms at 4× CPU, and when:`,
				'',
				longTasksTable(fourTimes),
				''
			);
		}
		for (const [name, page] of /** @type {const} */ ([
			['floor', floor],
			['story', story],
			['embed', embed]
		])) {
			out.push(`## Bytes: ${name}`, '', page ? bytesTables(page.bytes) : NOT_BUILT, '');
			if (page?.bytes.withoutMap.length)
				out.push(`No source map for: ${page.bytes.withoutMap.join(', ')}`, '');
		}
		if (maps.length)
			out.push(
				`Note: build/ holds ${maps.length} \`.map\` files; strip them before deploying unless they are meant to be public.`,
				''
			);
		console.log(out.join('\n'));
		log(
			`bench: done in ${((Date.now() - started) / 1000).toFixed(0)} s; bench-results/latest.json`
		);
	} finally {
		await server.stop();
		await floorServer?.stop();
	}
}

/** The 1, 5 and 15 minute load averages: the machine is shared, so timings carry their load. */
function loadAverage() {
	return os
		.loadavg()
		.map((n) => n.toFixed(2))
		.join(' / ');
}

/**
 * @param {string} name
 * @param {{ lighthouse: { runs: import('./bench/lighthouse.js').LighthouseFigures[] } | null } | null} page
 */
function lighthouseRunsLine(name, page) {
	const runs = page?.lighthouse?.runs;
	if (!runs?.length) return `- ${name}: no Lighthouse runs`;
	const each = runs
		.map((r) => `${r.performance} (LCP ${Math.round(r.lcpMs ?? NaN)} ms)`)
		.join(', ');
	return `- ${name}, each Lighthouse run: performance ${each}`;
}

main().catch((error) => {
	console.error(
		`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`
	);
	process.exit(1);
});
