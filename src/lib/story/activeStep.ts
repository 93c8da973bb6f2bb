/**
 * Which scroll step is active, and therefore which state every chart shows, as pure functions
 * of where the steps are. The state is recomputed from positions on every trigger instead of
 * being accumulated from enter/exit events, so a fling, a jump, a reload or a deep link all end
 * in the same state a slow scroll would.
 */
import type { ChartState } from '$lib/charts/ids';
import type { StepRef } from './outline';
import { WIDE_PX } from '$lib/tokens';

/**
 * The index of the last step whose top edge has passed the trigger line, or -1 when the reader
 * is above the first step. `tops` are viewport-relative tops of the steps in document order.
 */
export function findActiveIndex(tops: readonly number[], triggerY: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i += 1) {
		if (tops[i] <= triggerY) active = i;
		else break;
	}
	return active;
}

/**
 * The state a block of steps shows given the story's active step: the active step's state
 * when it belongs to the block, the block's first state while the reader has not reached it,
 * and its last state once the reader has scrolled past it.
 *
 * @param first index in the story of the block's first step
 * @param steps the block's steps, in order
 * @param active index in the story of the active step (-1 above the first step)
 */
export function blockState(first: number, steps: readonly StepRef[], active: number): ChartState {
	if (steps.length === 0) throw new Error('blockState: a block needs at least one step');
	if (active < first) return steps[0].state;
	if (active >= first + steps.length) return steps[steps.length - 1].state;
	return steps[active - first].state;
}

/** Where the trigger line sits, as a fraction of the viewport height, for a viewport width. */
export function triggerFraction(viewportWidth: number): number {
	// On phones the chart is stuck to the top half, so a step becomes active lower down, where
	// the reader's eyes are once the card clears the chart.
	return viewportWidth < WIDE_PX ? 0.75 : 0.5;
}

/** The step to move to from `current` by `delta` within a block, clamped to the block. */
export function stepBy(current: number, delta: number, length: number): number {
	return Math.min(length - 1, Math.max(0, current + delta));
}
