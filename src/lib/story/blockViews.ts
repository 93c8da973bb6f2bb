/**
 * A story block's chart views in the browser: which state the reader's place calls for, and the
 * views computed ahead, each in an idle period of its own, so that hydrating a block and changing
 * its step only draw. Views are kept by the chart's spec, so computing one early is computing it once.
 */
import type { ChartSpec } from '$lib/charts/define';
import type { ChartState } from '$lib/charts/ids';
import { blockState } from './activeStep';
import type { StoryBlock } from './blocks';
import { inIdleTime } from './idle';
import type { StoryPosition } from './story.svelte';

/** The state the reader's place calls for: the final state until the page is measured. */
export function wantedState(block: StoryBlock, position: StoryPosition): ChartState {
	return position.active === undefined || position.printing
		? block.steps[block.steps.length - 1].state
		: blockState(block.first, block.steps, position.active);
}

/** Computes the view the block will first draw (see BlockIsland: before it hydrates). */
export function prepareView(spec: ChartSpec, block: StoryBlock, position: StoryPosition): void {
	spec.view(wantedState(block, position));
}

/** Computes every state's view, one per idle period; returns a function that cancels the rest. */
export function prepareViews(spec: ChartSpec, block: StoryBlock): () => void {
	const cancels = block.steps.map(({ state }) => inIdleTime(() => spec.view(state)));
	return () => cancels.forEach((cancel) => cancel());
}
