/**
 * Lighthouse, mobile form factor with its default simulated throttling, driven through the
 * programmatic API against the system Chromium. Each run gets a fresh browser so runs do not
 * share a cache; the median of the runs is what the report shows.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, systemChromium } from '../browser.js';
import { medianOf } from './stats.js';

/** Resource types Lighthouse names in its network records that count towards "bytes on load". */
const LOAD_TYPES = new Set(['Document', 'Stylesheet', 'Script', 'Font']);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * @typedef {object} LighthouseFigures
 * @property {number | null} performance 0–100
 * @property {number | null} accessibility 0–100
 * @property {number | null} bestPractices 0–100
 * @property {number | null} seo 0–100
 * @property {number | null} lcpMs Largest Contentful Paint, simulated
 * @property {number | null} cls Cumulative Layout Shift
 * @property {number | null} tbtMs Total Blocking Time, simulated
 * @property {number | null} jsBytes JavaScript transferred (compressed, with headers)
 * @property {number | null} loadBytes HTML + CSS + JS + fonts transferred
 */

/**
 * @typedef {object} NetworkRecord
 * @property {string} [resourceType]
 * @property {number} [transferSize]
 */

/**
 * One Lighthouse run on a fresh headless Chromium.
 * @param {string} url
 * @returns {Promise<LighthouseFigures>}
 */
async function runLighthouse(url) {
	const chromePath = systemChromium();
	const chrome = await chromeLauncher.launch({
		...(chromePath ? { chromePath } : {}),
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new']
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
		return figuresFrom(result.lhr);
	} finally {
		await chrome.kill();
	}
}

/**
 * @param {any} lhr the Lighthouse result object (LH.Result)
 * @returns {LighthouseFigures}
 */
function figuresFrom(lhr) {
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
	/** @param {string} id */
	const score = (id) => {
		const value = lhr.categories[id]?.score;
		return typeof value === 'number' ? Math.round(value * 100) : null;
	};
	/** @param {string} id */
	const numeric = (id) => {
		const value = lhr.audits[id]?.numericValue;
		return typeof value === 'number' ? value : null;
	};
	/** @type {NetworkRecord[]} */
	const records = lhr.audits['network-requests']?.details?.items ?? [];
	/** @param {(r: NetworkRecord) => boolean} keep */
	const bytes = (keep) => records.filter(keep).reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: numeric('largest-contentful-paint'),
		cls: numeric('cumulative-layout-shift'),
		tbtMs: numeric('total-blocking-time'),
		jsBytes: records.length ? bytes((r) => r.resourceType === 'Script') : null,
		loadBytes: records.length ? bytes((r) => LOAD_TYPES.has(r.resourceType ?? '')) : null
	};
}

/**
 * Runs Lighthouse `runs` times in a row and returns each run and the per-figure median.
 * @param {string} url
 * @param {number} runs
 * @param {(message: string) => void} log
 */
export async function lighthouseMedian(url, runs, log) {
	/** @type {LighthouseFigures[]} */
	const all = [];
	for (let i = 0; i < runs; i++) {
		const started = Date.now();
		all.push(await runLighthouse(url));
		log(`  lighthouse ${i + 1}/${runs} ${url} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	}
	/** @type {LighthouseFigures} */
	const median = {
		performance: medianOf(all, (r) => r.performance),
		accessibility: medianOf(all, (r) => r.accessibility),
		bestPractices: medianOf(all, (r) => r.bestPractices),
		seo: medianOf(all, (r) => r.seo),
		lcpMs: medianOf(all, (r) => r.lcpMs),
		cls: medianOf(all, (r) => r.cls),
		tbtMs: medianOf(all, (r) => r.tbtMs),
		jsBytes: medianOf(all, (r) => r.jsBytes),
		loadBytes: medianOf(all, (r) => r.loadBytes)
	};
	return { median, runs: all };
}
