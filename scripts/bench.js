#!/usr/bin/env node
/**
 * The benchmark: builds the site, serves build/ as a static host would, and measures the story
 * page and one embed page against budgets.json — Lighthouse (mobile, median of 3 runs), scroll
 * smoothness at 4× CPU slowdown, and the JS/CSS each page loads by chunk and by package.
 * It reports, it does not gate: it exits 0 when a figure is OVER, non-zero only when it fails.
 *
 * Usage: node scripts/bench.js [--no-build] [--runs 3] [--no-lighthouse] [--no-scroll]
 * Writes bench-results/latest.json; prints Markdown for BENCHMARK.md on stdout, progress on stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteUrl } from './site-url.js';
import { lighthouseMedian } from './bench/lighthouse.js';
import { measureScroll } from './bench/scroll.js';
import { mapFiles, pageBytes } from './bench/bytes.js';
import { bytesTables, scrollTable, summaryTable } from './bench/report.js';
import { startServer } from './bench/server.js';

const BUILD = 'build';
const STORY = { path: '/', file: 'index.html' };
const EMBED = { path: '/embed/officers/', file: 'embed/officers/index.html' };
const NOT_BUILT = 'not built yet';

const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(`--${name}`);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
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
 * Lighthouse and bytes for one page; null figures when the page is not in build/.
 * @param {string} root origin plus base path
 * @param {{ path: string, file: string }} page
 * @param {string} base
 */
async function measurePage(root, page, base) {
	if (!existsSync(join(BUILD, page.file))) {
		log(`bench: ${page.path} is ${NOT_BUILT}`);
		return null;
	}
	const bytes = pageBytes(BUILD, page.file, base);
	const lighthouse = flag('no-lighthouse')
		? null
		: await lighthouseMedian(`${root}${page.path}`, RUNS, log);
	return { bytes, lighthouse };
}

/**
 * @param {NonNullable<Awaited<ReturnType<typeof measurePage>>> | null} page
 * @returns {Record<string, number | null> | null}
 */
function pageFigures(page) {
	if (!page) return null;
	const lh = page.lighthouse?.median;
	const kb = (/** @type {number | null | undefined} */ n) =>
		typeof n === 'number' ? n / 1000 : null;
	return {
		performance: lh?.performance ?? null,
		accessibility: lh?.accessibility ?? null,
		bestPractices: lh?.bestPractices ?? null,
		seo: lh?.seo ?? null,
		lcpMs: lh?.lcpMs ?? null,
		cls: lh?.cls ?? null,
		tbtMs: lh?.tbtMs ?? null,
		jsKB: kb(lh?.jsBytes),
		loadKB: kb(lh?.loadBytes)
	};
}

async function main() {
	const started = Date.now();
	if (!flag('no-build')) build();
	if (!existsSync(join(BUILD, 'index.html')))
		throw new Error('No build/index.html: run `npm run build` (or drop --no-build).');
	const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
	const { base } = siteUrl(process.env.SITE_URL);
	const server = await startServer();
	log(`bench: serving build/ at ${server.root}/`);
	try {
		const story = await measurePage(server.root, STORY, base);
		const embed = await measurePage(server.root, EMBED, base);
		const scroll = flag('no-scroll') ? null : await measureScroll(`${server.root}${STORY.path}`);
		if (scroll) log('bench: scroll measured');

		const storyFigures = pageFigures(story);
		if (storyFigures && scroll) {
			const { reading, flinging } = scroll;
			storyFigures.scrollLongestTaskMs = Math.max(
				reading.longestTaskMs ?? 0,
				flinging.longestTaskMs ?? 0
			);
			storyFigures.scrollTasksOver50 = reading.tasksOver50 + flinging.tasksOver50;
			storyFigures.scrollMedianFps = reading.medianFps;
		}
		const figures = { story: storyFigures, embed: pageFigures(embed) };
		const maps = mapFiles(BUILD);
		const results = {
			measuredAt: new Date().toISOString(),
			node: process.version,
			runs: RUNS,
			budgets,
			figures,
			lighthouseRuns: { story: story?.lighthouse?.runs, embed: embed?.lighthouse?.runs },
			scroll,
			bytes: { story: story?.bytes ?? null, embed: embed?.bytes ?? null },
			sourceMapsInBuild: maps.length
		};
		mkdirSync('bench-results', { recursive: true });
		writeFileSync('bench-results/latest.json', JSON.stringify(results, null, '\t') + '\n');

		const out = [
			'## Budgets',
			'',
			summaryTable(figures, budgets, { story: NOT_BUILT, embed: NOT_BUILT }),
			''
		];
		if (scroll) {
			out.push(
				`## Scroll, 390×844 touch viewport, CPU 4× slower (story ${scroll.scrollHeightPx.toLocaleString('en-GB')} px tall, wheel steps of ${scroll.stepPx} px every 50 ms)`,
				'',
				scrollTable(scroll.reading, scroll.flinging),
				''
			);
		}
		for (const [name, page] of /** @type {const} */ ([
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
	}
}

main().catch((error) => {
	console.error(
		`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`
	);
	process.exit(1);
});
