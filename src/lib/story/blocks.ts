/**
 * The story's scroll blocks: runs of consecutive steps in one section that drive one chart.
 * A block owns one sticky figure; its index range in the story's step list lets the block
 * compute its state from the story's active step alone.
 */
import type { ChartId } from '$lib/charts/ids';
import { SECTION_SLUGS, SECTION_STEPS, type SectionSlug, type StepRef } from './outline';

export interface StoryBlock {
	/** `<section>-<chart>`, unique in the story. */
	id: string;
	section: SectionSlug;
	chart: ChartId;
	/** Index in the story's step list of the block's first step. */
	first: number;
	steps: StepRef[];
}

/** Split the story's steps into blocks, in reading order. */
export function storyBlocks(
	sections: readonly SectionSlug[] = SECTION_SLUGS,
	stepsOf: Record<SectionSlug, StepRef[]> = SECTION_STEPS
): StoryBlock[] {
	const blocks: StoryBlock[] = [];
	let index = 0;
	for (const section of sections) {
		for (const step of stepsOf[section]) {
			const last = blocks.at(-1);
			if (last && last.section === section && last.chart === step.chart) last.steps.push(step);
			else
				blocks.push({
					id: `${section}-${step.chart}`,
					section,
					chart: step.chart,
					first: index,
					steps: [step]
				});
			index += 1;
		}
	}
	return blocks;
}

/** Every step of the story in reading order. */
export function storySteps(blocks: readonly StoryBlock[] = storyBlocks()): StepRef[] {
	return blocks.flatMap((block) => block.steps);
}
