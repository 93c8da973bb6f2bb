import { describe, expect, it } from 'vitest';
import { storyBlocks, storySteps } from './blocks';
import { CHART_STATES } from '$lib/charts/ids';
import { SECTION_STEPS, SECTION_SLUGS } from './outline';

describe('storyBlocks()', () => {
	const blocks = storyBlocks();

	it('gives each run of one chart in one section its own block', () => {
		const recruitment = blocks.filter((b) => b.section === 'recruitment');
		expect(recruitment.map((b) => b.chart)).toEqual(['officers', 'experience']);
	});

	it('numbers blocks contiguously through the story', () => {
		let next = 0;
		for (const block of blocks) {
			expect(block.first).toBe(next);
			next += block.steps.length;
		}
		expect(next).toBe(Object.values(SECTION_STEPS).flat().length);
	});

	it('gives blocks unique ids', () => {
		expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
	});

	it('keeps sections without steps out of the blocks', () => {
		const withSteps = SECTION_SLUGS.filter((s) => SECTION_STEPS[s].length > 0);
		expect([...new Set(blocks.map((b) => b.section))]).toEqual(withSteps);
	});
});

describe('storySteps()', () => {
	it('uses every chart state exactly once', () => {
		const states = storySteps().map((s) => s.state);
		expect(new Set(states).size).toBe(states.length);
		expect(states.toSorted()).toEqual(Object.values(CHART_STATES).flat().toSorted());
	});
});
