/** Small, pure statistics helpers shared by the benchmark's measurements. */

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks.
 * @param {number[]} values
 * @param {number} p
 * @returns {number | null} null for an empty list
 */
export function percentile(values, p) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** @param {number[]} values */
const median = (values) => percentile(values, 50);

/**
 * Median of a numeric field over several runs, ignoring runs where it is missing.
 * @template T
 * @param {T[]} runs
 * @param {(run: T) => number | null | undefined} pick
 * @returns {number | null}
 */
export function medianOf(runs, pick) {
	const values = runs.map(pick).filter((v) => typeof v === 'number' && Number.isFinite(v));
	return median(/** @type {number[]} */ (values));
}

/** @param {number} n @param {number} [digits] */
export const round = (n, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;
