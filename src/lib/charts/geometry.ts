/**
 * Pure arithmetic the chart views share to place things in data units: dates as decimal years,
 * round axis ticks, rows that keep crowded marks apart. No DOM, no dataset; the pixel geometry the
 * layers draw with is `layers/geometry.ts`.
 */

/** `year + fraction` for an ISO date: `2010-03-31` → about 2010.25. Pure, no time zone. */
export function yearFraction(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	const end = Date.UTC(y + 1, 0, 1);
	return y + (Date.UTC(y, (m || 1) - 1, d || 1) - start) / (end - start);
}

/** Evenly spaced round ticks from `min` to the first round value at or above `max`, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
	const span = max - min;
	if (!(span > 0)) return [min];
	const raw = span / Math.max(1, count - 1);
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => span / s <= count - 1) ?? raw;
	const ticks: number[] = [];
	const last = Math.ceil(max / step - 1e-9) * step;
	for (let v = Math.floor(min / step) * step; v <= last + step * 1e-9; v += step) {
		ticks.push(Math.round(v * 1e6) / 1e6);
	}
	return ticks;
}

/**
 * Rows for marks along one axis so no two in a row are closer than `gap` (same units as `xs`): a
 * greedy dodge, each mark taking the lowest row whose last mark is at least `gap` behind it.
 * `xs` must be in ascending order; returns one row (0 = on the axis) per mark. Does not modify
 * its input.
 */
export function dodge(xs: readonly number[], gap: number): number[] {
	const lastInRow: number[] = [];
	return xs.map((x, i) => {
		if (i > 0 && x < xs[i - 1])
			throw new Error(`dodge: xs must ascend, got ${xs[i - 1]} then ${x}`);
		let row = lastInRow.findIndex((last) => x - last >= gap);
		if (row === -1) row = lastInRow.length;
		lastInRow[row] = x;
		return row;
	});
}
