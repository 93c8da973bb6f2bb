/**
 * Layout shift when web fonts arrive late: a phone-sized page on DevTools' "Slow 3G" profile
 * (2,000 ms round trip, 50 KB/s each way) with the CPU 4× slower, every font response held back
 * until the page has painted, so the first paint is always in the fallback faces and every face
 * swaps in afterwards. Lighthouse's run cannot show this: on localhost the fonts come first.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../browser.js';
import { round } from './stats.js';

const VIEWPORT = { width: 390, height: 844 };
/** DevTools' "Slow 3G" preset, in CDP's units (bytes per second, milliseconds). */
const SLOW_3G = { latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const FONT = /\.(woff2?|ttf|otf)(\?|$)/;

/**
 * @typedef {object} FontShiftFigures
 * @property {number} cls sum of layout-shift values without recent input, over the whole load,
 *   to three decimals as Lighthouse prints it (Chromium reports device-pixel rounding too)
 * @property {number} shifts how many layout-shift entries there were
 * @property {number} fonts font files the page fetched
 * @property {number | null} fcpMs first contentful paint
 * @property {number | null} lcpMs the last largest-contentful-paint candidate
 * @property {number | null} fontsDoneMs when the last font had loaded and the page settled
 */

/** Runs in the page before any of its scripts. */
function recorder() {
	/** @type {{ cls: number, shifts: number, lcp: number | null }} */
	const rec = { cls: 0, shifts: 0, lcp: null };
	/** @type {any} */ (window).__fontBench = rec;
	new PerformanceObserver((list) => {
		for (const entry of /** @type {any[]} */ (list.getEntries())) {
			if (entry.hadRecentInput) continue;
			rec.cls += entry.value;
			rec.shifts += 1;
		}
	}).observe({ type: 'layout-shift', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) rec.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
}

/**
 * @param {string} url
 * @param {{ cpuRate?: number, timeoutMs?: number }} [options]
 * @returns {Promise<FontShiftFigures>}
 */
export async function measureLateFonts(url, { cpuRate = 4, timeoutMs = 90_000 } = {}) {
	const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({
			viewport: VIEWPORT,
			deviceScaleFactor: 3,
			isMobile: true,
			hasTouch: true
		});
		await context.addInitScript(recorder);
		const page = await context.newPage();
		page.setDefaultTimeout(timeoutMs);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_3G });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });

		/** @type {Promise<unknown>[]} */
		const fonts = [];
		/** Resolved once the page reports its first contentful paint. */
		let painted = () => {};
		const firstPaint = new Promise((resolve) => (painted = () => resolve(undefined)));
		await page.exposeFunction('__benchPainted', () => painted());
		await context.addInitScript(() => {
			new PerformanceObserver((list, observer) => {
				if (list.getEntriesByName('first-contentful-paint').length) {
					observer.disconnect();
					/** @type {any} */ (window).__benchPainted();
				}
			}).observe({ type: 'paint', buffered: true });
		});
		await page.route(FONT, (route) => {
			const held = firstPaint.then(() => route.continue());
			fonts.push(held);
			return held;
		});

		// Network idle, not load: a page may ask for its fonts from script after the first paint.
		await page.goto(url, { waitUntil: 'networkidle' });
		await firstPaint;
		await Promise.all(fonts);
		// Every face the page asked for has loaded (or failed), and layout has run since.
		await page.waitForFunction(() => document.fonts.status === 'loaded');
		await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
		);
		const figures = await page.evaluate(() => {
			const rec = /** @type {any} */ (window).__fontBench;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return {
				cls: rec.cls,
				shifts: rec.shifts,
				lcpMs: rec.lcp,
				fcpMs: fcp ? fcp.startTime : null,
				fontsDoneMs: performance.now()
			};
		});
		return {
			cls: round(figures.cls, 3),
			shifts: figures.shifts,
			fonts: fonts.length,
			fcpMs: figures.fcpMs === null ? null : round(figures.fcpMs),
			lcpMs: figures.lcpMs === null ? null : round(figures.lcpMs),
			fontsDoneMs: round(figures.fontsDoneMs)
		};
	} finally {
		await browser.close();
	}
}
