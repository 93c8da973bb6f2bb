/**
 * Scroll smoothness of a page on a phone-sized viewport with the CPU slowed (4× a mid-range
 * phone, 6× a low-end one): a reader's pace (wheel steps of 120 px every 50 ms, top to bottom) and
 * then fast flings (jumps to the bottom and back). Long tasks and long animation frames come from
 * PerformanceObservers, frame times from the gaps between requestAnimationFrame callbacks, all
 * recorded inside the page. A long animation frame catches what a long task misses: script split
 * into short tasks that still holds one frame back, and rendering (style, layout, paint) work.
 */
import { get } from 'node:http';
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
 * @property {number | null} longestFrameMs longest long animation frame (null: not supported)
 * @property {number | null} framesOver50 long animation frames over 50 ms (null: not supported)
 * @property {number | null} medianFrameMs
 * @property {number | null} p95FrameMs
 * @property {number | null} medianFps implied by the median frame time
 * @property {number | null} p95Fps implied by the 95th-percentile frame time
 * @property {LongFrame[] | null} longFrames each animation frame over 50 ms, with what ran in it (null: not supported)
 * @property {LongTask[]} longTasks each task over 50 ms, and when: a rendering task can run past 50 ms
 *   in a frame the browser reports as under it (the frame ends before the commit to the compositor)
 */

/**
 * A long task as the page's observer reports it: the browser says nothing of what ran in it, so
 * when it came is what ties it to a long frame or to a trace.
 * @typedef {object} LongTask
 * @property {number} atMs from the start of the phase
 * @property {number} ms
 */

/**
 * A long animation frame as the page's observer keeps it: when, how long, how much of it was
 * rendering (style, layout, paint), how much of it held input back, and each script that ran in
 * it, in order, with the time it took to compile before it ran.
 * @typedef {object} LongFrame
 * @property {number} atMs from the start of the phase
 * @property {number} ms
 * @property {number} renderMs
 * @property {number | null} [blockingMs] the frame's blocking duration (null: not reported)
 * @property {{ invoker: string, ms: number, forcedLayoutMs: number, compileMs?: number, inRender?: boolean, source?: string }[]} scripts
 *   `inRender`: run in the frame's rendering update (an animation frame or observer callback), so
 *   its time is in `renderMs` too; `source`: the file and character the callback's function starts
 *   at (`chunk.js:1234`), empty when the browser does not say
 */

/** Runs in the page before any of its scripts. */
function recorder() {
	/** @type {{ frames: number[], tasks: LongTask[], loafs: LongFrame[] | null, on: boolean, from: number }} */
	const rec = { frames: [], tasks: [], loafs: null, on: false, from: 0 };
	/** @type {any} */ (window).__bench = rec;
	// Observers report an entry after it ends, so one that ended before the phase began (the
	// page's start-up going on as the CPU is slowed, before the first wheel step) can arrive
	// once it is on: it is not the phase's. One that runs on into the phase is.
	/** @param {PerformanceEntry} entry */
	const endsInPhase = (entry) => entry.startTime + entry.duration >= rec.from;
	try {
		new PerformanceObserver((list) => {
			if (rec.on)
				for (const entry of list.getEntries())
					if (endsInPhase(entry))
						rec.tasks.push({ atMs: entry.startTime - rec.from, ms: entry.duration });
		}).observe({ type: 'longtask' });
	} catch {
		// Browsers without Long Tasks: the frame times still tell the story.
	}
	if (PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
		rec.loafs = [];
		new PerformanceObserver((list) => {
			if (rec.on && rec.loafs)
				for (const entry of /** @type {any[]} */ (list.getEntries()))
					if (endsInPhase(entry))
						rec.loafs.push({
							atMs: entry.startTime - rec.from,
							ms: entry.duration,
							renderMs: entry.renderStart
								? entry.startTime + entry.duration - entry.renderStart
								: 0,
							blockingMs: entry.blockingDuration ?? null,
							scripts: entry.scripts.map((/** @type {any} */ script) => ({
								invoker: script.invoker,
								ms: script.duration,
								forcedLayoutMs: script.forcedStyleAndLayoutDuration,
								compileMs: Math.max(0, script.executionStart - script.startTime),
								inRender: entry.renderStart > 0 && script.startTime >= entry.renderStart,
								// Which chunk, and where in it: a timer alone says nothing of whose.
								source: script.sourceURL
									? `${script.sourceURL.split(/[?#]/)[0].split('/').pop()}:${script.sourceCharPosition}`
									: ''
							}))
						});
		}).observe({ type: 'long-animation-frame' });
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
 * @param {LongTask[]} tasks long tasks
 * @param {LongFrame[] | null} [loafs] long animation frames; null when not supported
 * @returns {ScrollFigures}
 */
export function summarise(frames, tasks, loafs = null) {
	const gaps = frames.slice(1).map((t, i) => t - frames[i]);
	const medianFrameMs = percentile(gaps, 50);
	const p95FrameMs = percentile(gaps, 95);
	return {
		durationMs: frames.length > 1 ? round(frames[frames.length - 1] - frames[0]) : 0,
		frames: frames.length,
		longestTaskMs: tasks.length ? round(Math.max(...tasks.map((t) => t.ms))) : 0,
		tasksOver50: tasks.filter((t) => t.ms > 50).length,
		longestFrameMs: loafs ? (loafs.length ? round(Math.max(...loafs.map((f) => f.ms))) : 0) : null,
		framesOver50: loafs ? loafs.filter((f) => f.ms > 50).length : null,
		medianFrameMs: medianFrameMs === null ? null : round(medianFrameMs, 1),
		p95FrameMs: p95FrameMs === null ? null : round(p95FrameMs, 1),
		medianFps: medianFrameMs ? round(1000 / medianFrameMs, 1) : null,
		p95Fps: p95FrameMs ? round(1000 / p95FrameMs, 1) : null,
		longFrames: loafs ? loafs.filter((f) => f.ms > 50) : null,
		longTasks: tasks.filter((t) => t.ms > 50)
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
		if (rec.loafs) rec.loafs = [];
		rec.from = performance.now();
		rec.on = true;
	});
	await action();
	// Let the last frames and long-task entries arrive.
	await page.waitForTimeout(500);
	const { frames, tasks, loafs } = await page.evaluate(() => {
		const rec = /** @type {any} */ (window).__bench;
		rec.on = false;
		return { frames: rec.frames, tasks: rec.tasks, loafs: rec.loafs };
	});
	return summarise(frames, tasks, loafs);
}

/**
 * The bytes a client that takes gzip only is sent for a file: the server's stored gzip copy, as
 * it goes over the wire.
 * @param {string} url
 * @returns {Promise<number>}
 */
function gzippedBytes(url) {
	return new Promise((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
			if (response.statusCode !== 200 || response.headers['content-encoding'] !== 'gzip') {
				response.resume();
				reject(
					new Error(`${url}: ${response.statusCode}, ${response.headers['content-encoding']}`)
				);
				return;
			}
			let bytes = 0;
			response.on('data', (chunk) => (bytes += chunk.length));
			response.on('end', () => resolve(bytes));
		}).on('error', reject);
	});
}

/** @param {import('@playwright/test').Page} page */
const scrollHeight = (page) => page.evaluate(() => document.documentElement.scrollHeight);

/**
 * @param {string} url the page to read
 * @param {number} [cpuRate] how many times slower the CPU runs
 * @returns {Promise<{ reading: ScrollFigures, flinging: ScrollFigures, scrollHeightPx: number, stepPx: number, cpuRate: number, readJsBytes: number }>}
 */
export async function measureScroll(url, cpuRate = 4) {
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
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });

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
		// Every script the page fetched from the load to the end of the read, counted gzipped as the
		// budget is (DESIGN.md): Chromium is sent the stored brotli copies, some 10% smaller.
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((name) => /\.m?js(\?|$)/.test(name))
		);
		const readJsBytes = (await Promise.all(scripts.map(gzippedBytes))).reduce((a, b) => a + b, 0);
		return { reading, flinging, scrollHeightPx: height, stepPx, cpuRate, readJsBytes };
	} finally {
		await browser.close();
	}
}
