/**
 * The figures of the budget table, reduced from the runs: the worst run of the read at each CPU
 * rate (both phases, reading and flinging), and a page's Lighthouse median and worst run.
 */
import { medianOf } from './stats.js';

/**
 * The scroll figures of the budget table: the worst run at each rate, over both phases.
 * @param {Record<number, { reading: import('./scroll.js').ScrollFigures, flinging: import('./scroll.js').ScrollFigures, readJsBytes: number }[]>} byRate
 * @returns {Record<string, number | null>}
 */
export function scrollFigures(byRate) {
	const phases = (/** @type {number} */ rate) =>
		(byRate[rate] ?? []).map((run) => [run.reading, run.flinging]);
	/** @param {number} rate @param {(p: import('./scroll.js').ScrollFigures) => number | null} pick */
	const worst = (rate, pick) => {
		const values = phases(rate).map((both) => {
			const picked = both.map(pick);
			return picked.some((v) => v === null)
				? null
				: picked.reduce((a, b) => /** @type {number} */ (a) + /** @type {number} */ (b), 0);
		});
		return values.some((v) => v === null) || !values.length
			? null
			: Math.max(.../** @type {number[]} */ (values));
	};
	/** @param {number} rate @param {(p: import('./scroll.js').ScrollFigures) => number | null} pick */
	const longest = (rate, pick) => {
		const values = phases(rate)
			.flat()
			.map(pick)
			.filter((v) => typeof v === 'number');
		return values.length ? Math.max(.../** @type {number[]} */ (values)) : null;
	};
	const runs4 = byRate[4] ?? [];
	return {
		readJsKB: medianOf(runs4, (r) => r.readJsBytes / 1000),
		scrollLongestTaskMs: longest(4, (p) => p.longestTaskMs),
		scrollTasksOver50: worst(4, (p) => p.tasksOver50),
		scrollLongestFrameMs: longest(4, (p) => p.longestFrameMs),
		scrollFramesOver50: worst(4, (p) => p.framesOver50),
		scrollMedianFps: medianOf(runs4, (r) => r.reading.medianFps),
		scroll6xTasksOver50: worst(6, (p) => p.tasksOver50),
		scroll6xFramesOver50: worst(6, (p) => p.framesOver50),
		scroll6xLongestFrameMs: longest(6, (p) => Math.max(p.longestTaskMs ?? 0, p.longestFrameMs ?? 0))
	};
}

/**
 * @param {{ lighthouse: { median: import('./lighthouse.js').LighthouseFigures, runs: import('./lighthouse.js').LighthouseFigures[] } | null, lateFonts?: { cls: number | null, fcpMs: number | null } | null } | null} page
 * @returns {Record<string, number | null> | null}
 */
export function pageFigures(page) {
	if (!page) return null;
	const lh = page.lighthouse?.median;
	const kb = (/** @type {number | null | undefined} */ n) =>
		typeof n === 'number' ? n / 1000 : null;
	const runs = page.lighthouse?.runs ?? [];
	const worst = (
		/** @type {(r: (typeof runs)[number]) => number | null} */ pick,
		/** @type {1 | -1} */ sign
	) => {
		const values = runs.map(pick).filter((v) => typeof v === 'number');
		return values.length
			? sign * Math.max(...values.map((v) => sign * /** @type {number} */ (v)))
			: null;
	};
	return {
		performance: lh?.performance ?? null,
		performanceWorst: worst((r) => r.performance, -1),
		lcpWorstMs: worst((r) => r.lcpMs, 1),
		lateFontCls: page.lateFonts?.cls ?? null,
		lateFontFcpMs: page.lateFonts?.fcpMs ?? null,
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
