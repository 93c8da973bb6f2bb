/**
 * Waits for the machine to fall quiet before a timed read. A read begun while Lighthouse's or the
 * previous read's browser is still winding down measures that browser as much as the page: the
 * throttled renderer shares two cores with it. Each read starts once the CPUs have been mostly
 * idle for a while (or after a cap, so a busy machine still gets measured), and the report prints
 * how busy the machine was as each read began, so a noisy run can be told from a slow page.
 * Reads /proc/stat (Linux); elsewhere it does not wait and reports nothing.
 */
import { readFileSync } from 'node:fs';

/**
 * A snapshot of the CPUs' time: how much of it was idle, of the total since boot (in ticks).
 * @param {string} procStat the text of /proc/stat
 * @returns {{ idle: number, total: number }}
 */
export function cpuTimes(procStat) {
	const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
	if (!line) throw new Error('/proc/stat has no "cpu" line');
	// user nice system idle iowait irq softirq steal guest guest_nice; guest time is in user's.
	const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
	if (ticks.length < 4 || ticks.some((n) => !Number.isFinite(n)))
		throw new Error(`/proc/stat's "cpu" line is not a list of numbers: ${line}`);
	const idle = ticks[3] + (ticks[4] ?? 0);
	return { idle, total: ticks.reduce((a, b) => a + b, 0) };
}

/**
 * The share of CPU time that was busy between two snapshots (0–1), or null if no time passed.
 * @param {{ idle: number, total: number }} before
 * @param {{ idle: number, total: number }} after
 */
export function busyShare(before, after) {
	const total = after.total - before.total;
	if (total <= 0) return null;
	return 1 - (after.idle - before.idle) / total;
}

const read = () => {
	try {
		return cpuTimes(readFileSync('/proc/stat', 'utf8'));
	} catch {
		return null;
	}
};
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the machine has been under `busy` for `holdMs` (measured over `sampleMs` windows),
 * or after `maxMs`. Returns how long it waited and the last window's busy share, or null where
 * /proc/stat cannot be read.
 * @param {{ busy?: number, holdMs?: number, sampleMs?: number, maxMs?: number }} [options]
 * @returns {Promise<{ waitedMs: number, busy: number } | null>}
 */
export async function untilQuiet({
	busy = 0.15,
	holdMs = 2000,
	sampleMs = 500,
	maxMs = 60_000
} = {}) {
	let before = read();
	if (!before) return null;
	const started = Date.now();
	/** @type {number | null} */
	let quietSince = null;
	let last = 1;
	for (;;) {
		await sleep(sampleMs);
		const after = read();
		if (!after) return null;
		last = busyShare(before, after) ?? last;
		before = after;
		const now = Date.now();
		if (last < busy) quietSince ??= now - sampleMs;
		else quietSince = null;
		if ((quietSince !== null && now - quietSince >= holdMs) || now - started >= maxMs)
			return { waitedMs: now - started, busy: last };
	}
}
