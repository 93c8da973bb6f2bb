/**
 * The arithmetic of a glide between two domains of an x axis that moves each mark in a straight
 * line, from where the old domain put it to where the new one does. Mixing two linear scales gives
 * a linear scale, so at every moment of such a glide the axis is still a true scale: marks keep
 * their order and their proportions, and the ticks move with them. Pure: no DOM, no dataset.
 */

/** An x domain in data units, its start and end. */
export type Domain = readonly [number, number];

/** Where `x` falls across `domain`: 0 at its start, 1 at its end. */
export function across(domain: Domain, x: number): number {
	return (x - domain[0]) / (domain[1] - domain[0]);
}

/**
 * The domain shown at eased progress `e` (0 to 1) of a glide from `from` to `to`: the one whose
 * scale puts each `x` at `(1 - e) * across(from, x) + e * across(to, x)`.
 */
export function shownDomain(from: Domain, to: Domain, e: number): [number, number] {
	const slope = (1 - e) / (from[1] - from[0]) + e / (to[1] - to[0]);
	const offset = (1 - e) * across(from, 0) + e * across(to, 0);
	return [-offset / slope, (1 - offset) / slope];
}

/**
 * How far a mark at `x`, drawn where `to` puts it, must be moved to stand where `from` put it: in
 * pixels, for a plot `width` pixels wide. A glide starts each mark there and takes the shift to 0.
 */
export function shiftFrom(from: Domain, to: Domain, x: number, width: number): number {
	return (across(from, x) - across(to, x)) * width;
}
