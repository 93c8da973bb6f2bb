/**
 * Pure geometry shared by the layers (in the browser, on the server and in export mode): gap-aware
 * line segments, label anchors that never clip, bar rectangles, the nearest mark to a pointer.
 * No DOM, no dataset.
 */

/** A point in data units; `y: null` is a published gap. */
export interface XY {
	x: number;
	y: number | null;
}

/** Which side of its point a label hangs from: `start` grows right, `end` grows left. */
export type Anchor = 'start' | 'middle' | 'end';

/**
 * Splits points into runs of consecutive non-null values. A gap ends a run; it is never bridged.
 * Does not modify its input.
 */
export function segments<T extends XY>(points: readonly T[]): T[][] {
	const runs: T[][] = [];
	let run: T[] = [];
	for (const p of points) {
		if (p.y === null || !Number.isFinite(p.y)) {
			if (run.length) runs.push(run);
			run = [];
		} else run.push(p);
	}
	if (run.length) runs.push(run);
	return runs;
}

/**
 * An SVG path through the points, one `M` per run so a gap stays a gap. A run of a single point
 * becomes a zero-length segment, which a round line cap draws as a dot.
 */
export function linePath<T extends XY>(
	points: readonly T[],
	x: (d: T) => number,
	y: (d: T) => number
): string {
	return segments(points)
		.map((run) => {
			const [first, ...rest] = run;
			const head = `M${round(x(first))},${round(y(first))}`;
			if (!rest.length) return `${head}h0`;
			return head + rest.map((p) => `L${round(x(p))},${round(y(p))}`).join('');
		})
		.join('');
}

/** A closed area path from each run down to `baseline` (in output units), gaps left open. */
export function areaPath<T extends XY>(
	points: readonly T[],
	x: (d: T) => number,
	y: (d: T) => number,
	baseline: number
): string {
	return segments(points)
		.filter((run) => run.length > 1)
		.map((run) => {
			const top = run.map((p, i) => `${i ? 'L' : 'M'}${round(x(p))},${round(y(p))}`).join('');
			const last = run[run.length - 1];
			return `${top}L${round(x(last))},${round(baseline)}L${round(x(run[0]))},${round(baseline)}Z`;
		})
		.join('');
}

/** A rectangle as a path (paths keep `vector-effect` and tests simple). */
export function rectPath(x0: number, y0: number, x1: number, y1: number): string {
	const [l, r] = x0 < x1 ? [x0, x1] : [x1, x0];
	const [t, b] = y0 < y1 ? [y0, y1] : [y1, y0];
	return `M${round(l)},${round(t)}H${round(r)}V${round(b)}H${round(l)}Z`;
}

/**
 * Where a label should hang from its point so it stays inside the plot: labels near the left edge
 * grow rightwards, near the right edge leftwards, otherwise they are centred.
 * @param position the point's position across the plot, 0–100 (%)
 * @param margin how close to an edge (in %) a centred label may sit before it flips
 */
export function anchorFor(position: number, margin = 22): Anchor {
	if (position < margin) return 'start';
	if (position > 100 - margin) return 'end';
	return 'middle';
}

/** The narrowest plot the charts are drawn for, in px: a 320 px phone's, axes and gutters aside. */
const NARROWEST_PLOT = 236;

/**
 * How close to an edge (in % of the plot) a centred note of this text may sit before it flips to
 * grow inwards: half its likely width on the narrowest plot, at least the usual 22 %. Before a
 * label can be measured (the prerender, and an embed, which runs no script) its width is
 * estimated from its length at the notes' size (0.875rem, about 7 px a character on average).
 */
export function noteMargin(text: string): number {
	const halfWidth = (text.length * 7) / 2;
	return Math.max(22, Math.min(50, (halfWidth / NARROWEST_PLOT) * 100));
}

/**
 * Whether a position across the plot (0–100 %) is on it, give or take `slack` for rounding.
 * While a domain tweens, Html marks of the new state start far off the plot; drawn there they
 * would sweep across the page.
 */
export function insidePlot(position: number, slack = 0.5): boolean {
	return position >= -slack && position <= 100 + slack;
}

/** The CSS translate that hangs an Html label from its anchor point. */
export function anchorShift(anchor: Anchor): string {
	return anchor === 'start' ? '0%' : anchor === 'end' ? '-100%' : '-50%';
}

/**
 * How far, in px, to move a label of `width` hung from a point at `at` (px from the plot's left)
 * by `anchor`, so that all of it lies on a plot `plotWidth` wide: the anchor's own placement when
 * that fits, else slid just far enough inwards. A label wider than the plot starts at its left edge.
 * The percentage anchors alone cannot promise this: a long note centred at a third of a phone's
 * plot still overhangs its left edge.
 */
export function labelShift(at: number, width: number, plotWidth: number, anchor: Anchor): number {
	const hang = anchor === 'start' ? 0 : anchor === 'end' ? width : width / 2;
	const left = Math.max(0, Math.min(at - hang, plotWidth - width));
	return left - at;
}

/** A position in screen pixels, measured from the plot's top-left corner. */
export interface Px {
	x: number;
	y: number;
}

/**
 * The index of the point nearest `at`, if it lies within `radius` (same units), else `null`; the
 * first of equally near points wins. Lets one pointer target serve a plot of crowded marks: each
 * mark owns the part of the plot closer to it than to any other. Does not modify its input.
 */
export function nearestIndex(points: readonly Px[], at: Px, radius: number): number | null {
	let best: number | null = null;
	let bestDistance = radius;
	for (let i = 0; i < points.length; i++) {
		const distance = Math.hypot(points[i].x - at.x, points[i].y - at.y);
		if (distance < bestDistance || (best === null && distance === bestDistance)) {
			best = i;
			bestDistance = distance;
		}
	}
	return best;
}

/**
 * The index of the mark nearest a pointer, within `radius` CSS pixels, else `null`. Marks are
 * placed as the layers place them, in percent of the plot `box` when `percent`, else in pixels;
 * the pointer and the box are in the page's client pixels (`getBoundingClientRect()`).
 */
export function nearestToPointer(
	marks: readonly { left: number; top: number }[],
	pointer: { clientX: number; clientY: number },
	box: { left: number; top: number; width: number; height: number },
	percent: boolean,
	radius: number
): number | null {
	const px = (value: number, size: number) => (percent ? (value / 100) * size : value);
	const points = marks.map((d) => ({ x: px(d.left, box.width), y: px(d.top, box.height) }));
	const at = { x: pointer.clientX - box.left, y: pointer.clientY - box.top };
	return nearestIndex(points, at, radius);
}

/** Rounds output coordinates so server and browser print the same path. */
export function round(n: number): number {
	return Math.round(n * 100) / 100;
}
