/**
 * WCAG 2.2 success criterion 2.5.8, Target Size (Minimum), over boxes measured in a page. A
 * target passes when it is at least 24 × 24 CSS px and no other target covers any of it, or, by
 * the spacing exception, when a 24 px circle centred on its box meets no other target and no
 * other undersized target's circle. Inline links in a sentence are exempt by the criterion:
 * leave them out of `targets`. Pure, so it runs in Node on rectangles read from the browser.
 */

/** An interactive element's border box in CSS px, with a name to report it by. */
export interface Target {
	name: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The criterion's minimum, in CSS px. */
export const MIN_TARGET = 24;

/** One line per target that fails, saying why; empty when every target passes. Does not modify its input. */
export function targetSizeProblems(targets: readonly Target[], min = MIN_TARGET): string[] {
	const problems: string[] = [];
	targets.forEach((t, i) => {
		const others = targets.filter((_, j) => j !== i);
		const covered = others.find((o) => overlaps(t, o));
		if (t.width >= min && t.height >= min && !covered) return;
		const r = min / 2;
		const [cx, cy] = centre(t);
		const near = others.find(
			(o) => circleMeetsBox(cx, cy, r, o) || (isUndersized(o, min) && distance(t, o) < min)
		);
		if (!near) return;
		const size = `${round(t.width)}×${round(t.height)} px`;
		problems.push(
			covered
				? `${t.name}: ${size}, overlapped by ${covered.name}`
				: `${t.name}: ${size}, and its ${min} px circle meets ${near.name}`
		);
	});
	return problems;
}

function overlaps(a: Target, b: Target): boolean {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0;
}

function isUndersized(t: Target, min: number): boolean {
	return t.width < min || t.height < min;
}

function centre(t: Target): [number, number] {
	return [t.x + t.width / 2, t.y + t.height / 2];
}

function distance(a: Target, b: Target): number {
	const [ax, ay] = centre(a);
	const [bx, by] = centre(b);
	return Math.hypot(ax - bx, ay - by);
}

/** Whether a circle reaches inside a box (touching its edge does not count). */
function circleMeetsBox(cx: number, cy: number, r: number, b: Target): boolean {
	const nx = Math.max(b.x, Math.min(cx, b.x + b.width));
	const ny = Math.max(b.y, Math.min(cy, b.y + b.height));
	return Math.hypot(cx - nx, cy - ny) < r;
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
