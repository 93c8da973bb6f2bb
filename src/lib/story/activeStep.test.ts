import { describe, expect, it } from 'vitest';
import { blockState, findActiveIndex, stepBy, triggerFraction } from './activeStep';
import type { StepRef } from './outline';

const block: StepRef[] = [
	{ chart: 'harm', state: 'self-harm' },
	{ chart: 'harm', state: 'self-inflicted-deaths' },
	{ chart: 'harm', state: 'deaths-total' }
];

describe('findActiveIndex(tops, triggerY)', () => {
	it.each([
		{ tops: [500, 900, 1300], trigger: 400, expected: -1, why: 'is -1 above the first step' },
		{ tops: [300, 900, 1300], trigger: 400, expected: 0, why: 'picks a step whose top passed' },
		{ tops: [-900, -300, 380], trigger: 400, expected: 2, why: 'picks the last passed step' },
		{
			tops: [-3000, -2000, -1000],
			trigger: 400,
			expected: 2,
			why: 'keeps the last step below the end'
		},
		{ tops: [400, 900], trigger: 400, expected: 0, why: 'counts a top exactly on the line' },
		{ tops: [], trigger: 400, expected: -1, why: 'is -1 with no steps' }
	])('$why', ({ tops, trigger, expected }) => {
		expect(findActiveIndex(tops, trigger)).toBe(expected);
	});

	it('does not modify its input', () => {
		const tops = [3, 1, 2];
		findActiveIndex(tops, 2);
		expect(tops).toEqual([3, 1, 2]);
	});
});

describe('blockState(first, steps, active)', () => {
	it('shows the first state before the reader reaches the block', () => {
		expect(blockState(5, block, -1)).toBe('self-harm');
		expect(blockState(5, block, 4)).toBe('self-harm');
	});
	it('shows the active step inside the block', () => {
		expect(blockState(5, block, 6)).toBe('self-inflicted-deaths');
	});
	it('shows the last state once the block is passed', () => {
		expect(blockState(5, block, 8)).toBe('deaths-total');
		expect(blockState(5, block, 30)).toBe('deaths-total');
	});
	it('is the same whichever way the reader arrived', () => {
		const slow = [4, 5, 6, 7].map((a) => blockState(5, block, a)).at(-1);
		const jump = blockState(5, block, 7);
		expect(jump).toBe(slow);
	});
	it('throws on an empty block', () => {
		expect(() => blockState(0, [], 0)).toThrow(/at least one step/);
	});
});

describe('triggerFraction(width)', () => {
	it('is lower on phones, where the chart sticks to the top', () => {
		expect(triggerFraction(390)).toBeGreaterThan(triggerFraction(1280));
	});
});

describe('stepBy(current, delta, length)', () => {
	it('moves and clamps to the block', () => {
		expect(stepBy(0, 1, 3)).toBe(1);
		expect(stepBy(2, 1, 3)).toBe(2);
		expect(stepBy(0, -1, 3)).toBe(0);
	});
});
