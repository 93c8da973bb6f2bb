/**
 * Scroll smoothness of the story on a phone-sized viewport with the CPU slowed 4×: a reader's
 * pace (wheel steps of 120 px every 50 ms, top to bottom) and then fast flings (jumps to the
 * bottom and back). Long tasks come from a PerformanceObserver, frame times from the gaps between
 * requestAnimationFrame callbacks, both recorded inside the page.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../browser.js';
import { percentile, round } from './stats.js';

const VIEWPORT = { width: 390, height: 844 };
const STEP_PX = 120;
const STEP_MS = 50;
/** Long stories are read in bigger steps so the whole run stays within this time. */
const MAX_READ_MS = 60_000;
const FLINGS = 3;

/**
 * @typedef {object} ScrollFigures
 * @property {number} durationMs
 * @property {number} frames
 * @property {number | null} longestTaskMs
 * @property {number} tasksOver50
 * @property {number | null} medianFrameMs
 * @property {number | null} p95FrameMs
 * @property {number | null} medianFps implied by the median frame time
 * @property {number | null} p95Fps implied by the 95th-percentile frame time
 */

/** Runs in the page before any of its scripts. */
function recorder() {
	/** @type {{ frames: number[], tasks: number[], on: boolean }} */
	const rec = { frames: [], tasks: [], on: false };
	/** @type {any} */ (window).__bench = rec;
	try {
		new PerformanceObserver((list) => {
			if (rec.on) for (const entry of list.getEntries()) rec.tasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	} catch {
		// Browsers without Long Tasks: the frame times still tell the story.
	}
	/** @param {number} t */
	const tick = (t) => {
		if (rec.on) rec.frames.push(t);
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

/**
 * @param {number[]} frames rAF timestamps
 * @param {number[]} tasks long task durations
 * @returns {ScrollFigures}
 */
export function summarise(frames, tasks) {
	const gaps = frames.slice(1).map((t, i) => t - frames[i]);
	const medianFrameMs = percentile(gaps, 50);
	const p95FrameMs = percentile(gaps, 95);
	return {
		durationMs: frames.length > 1 ? round(frames[frames.length - 1] - frames[0]) : 0,
		frames: frames.length,
		longestTaskMs: tasks.length ? round(Math.max(...tasks)) : 0,
		tasksOver50: tasks.filter((d) => d > 50).length,
		medianFrameMs: medianFrameMs === null ? null : round(medianFrameMs, 1),
		p95FrameMs: p95FrameMs === null ? null : round(p95FrameMs, 1),
		medianFps: medianFrameMs ? round(1000 / medianFrameMs, 1) : null,
		p95Fps: p95FrameMs ? round(1000 / p95FrameMs, 1) : null
	};
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {() => Promise<void>} action
 */
async function measure(page, action) {
	await page.evaluate(() => {
		const rec = /** @type {any} */ (window).__bench;
		rec.frames = [];
		rec.tasks = [];
		rec.on = true;
	});
	await action();
	// Let the last frames and long-task entries arrive.
	await page.waitForTimeout(500);
	const { frames, tasks } = await page.evaluate(() => {
		const rec = /** @type {any} */ (window).__bench;
		rec.on = false;
		return { frames: rec.frames, tasks: rec.tasks };
	});
	return summarise(frames, tasks);
}

/** @param {import('@playwright/test').Page} page */
const scrollHeight = (page) => page.evaluate(() => document.documentElement.scrollHeight);

/**
 * @param {string} url the story
 * @returns {Promise<{ reading: ScrollFigures, flinging: ScrollFigures, scrollHeightPx: number, stepPx: number }>}
 */
export async function measureScroll(url) {
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
		const cdp = await context.newCDPSession(page);
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(500);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

		const height = await scrollHeight(page);
		const distance = Math.max(0, height - VIEWPORT.height);
		const stepPx = Math.max(STEP_PX, Math.ceil((distance * STEP_MS) / MAX_READ_MS));
		await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);

		const reading = await measure(page, async () => {
			for (let done = 0; done < distance; done += stepPx) {
				await page.mouse.wheel(0, stepPx);
				await page.waitForTimeout(STEP_MS);
			}
		});
		const flinging = await measure(page, async () => {
			for (let i = 0; i < FLINGS; i++) {
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
				await page.waitForTimeout(600);
				await page.evaluate(() => window.scrollTo(0, 0));
				await page.waitForTimeout(600);
			}
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		return { reading, flinging, scrollHeightPx: height, stepPx };
	} finally {
		await browser.close();
	}
}
