/**
 * A story block's chart views in the browser: which state the reader's place calls for, and the
 * views to compute before the block hydrates (wakeBlock.ts computes each in an idle period of its
 * own), so that hydrating a block and changing its step only draw. Views are kept by the chart's
 * spec, so computing one early is computing it once.
 */
import type { ChartState } from '$lib/charts/ids';
import { blockState } from './activeStep';
import type { StoryBlock } from './blocks';
import type { StoryPosition } from './story.svelte';

/**
 * The state the prerender prints a block in (its final one, the whole picture for a reader
 * without JavaScript), and so the state the block hydrates in: hydrating the DOM it was printed
 * as changes nothing on the page, and the step to the reader's own state comes after, in a frame
 * of its own (StoryBlock).
 */
export function printedState(block: StoryBlock): ChartState {
	return block.steps[block.steps.length - 1].state;
}

/** The state the reader's place calls for: the printed state until the page is measured. */
export function wantedState(block: StoryBlock, position: StoryPosition): ChartState {
	return position.active === undefined || position.printing
		? printedState(block)
		: blockState(block.first, block.steps, position.active);
}

/**
 * The states whose views a block needs before it hydrates, in the order it draws them: the
 * printed one it hydrates in, then the reader's, then the rest (it keeps the room of them all,
 * ChartFigure's `holds`). wakeBlock.ts computes each in an idle period of its own, so hydrating a
 * block and changing its step only draw.
 */
export function viewsToPrepare(block: StoryBlock, position: StoryPosition): ChartState[] {
	const first = [printedState(block), wantedState(block, position)];
	const rest = block.steps.map((step) => step.state).filter((state) => !first.includes(state));
	return [...new Set(first), ...rest];
}
