/**
 * A story block's chart views in the browser: which state the reader's place calls for, and the
 * views to compute before the block hydrates (BlockIsland computes each in an idle period of its
 * own), so that hydrating a block and changing its step only draw. Views are kept by the chart's
 * spec, so computing one early is computing it once.
 */
import type { ChartState } from '$lib/charts/ids';
import { blockState } from './activeStep';
import type { StoryBlock } from './blocks';
import type { StoryPosition } from './story.svelte';

/** The state the reader's place calls for: the final state until the page is measured. */
export function wantedState(block: StoryBlock, position: StoryPosition): ChartState {
	return position.active === undefined || position.printing
		? block.steps[block.steps.length - 1].state
		: blockState(block.first, block.steps, position.active);
}

/**
 * The states whose views a block needs before it hydrates, the one it will first draw first: it
 * draws that one and keeps the room of them all (ChartFigure's `holds`). BlockIsland computes
 * each in an idle period of its own, so hydrating a block and changing its step only draw.
 */
export function viewsToPrepare(block: StoryBlock, position: StoryPosition): ChartState[] {
	const first = wantedState(block, position);
	return [first, ...block.steps.map((step) => step.state).filter((state) => state !== first)];
}
