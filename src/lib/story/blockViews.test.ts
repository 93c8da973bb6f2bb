import { describe, expect, it } from 'vitest';
import { storyBlocks } from './blocks';
import { printedState, viewsToPrepare, wantedState } from './blockViews';
import type { StoryPosition } from './story.svelte';

const block = storyBlocks().find((b) => b.steps.length > 2)!;
const at = (active: number | undefined, printing = false) =>
	({ active, printing }) as StoryPosition;

describe('printedState(block)', () => {
	it('is the block’s last step, the whole picture a reader without JavaScript gets', () => {
		expect(printedState(block)).toBe(block.steps.at(-1)!.state);
		expect(printedState(block)).not.toBe(block.steps[0].state);
	});
});

describe('wantedState(block, position)', () => {
	it('is the final state until the page is measured, as the prerender draws it', () => {
		expect(wantedState(block, at(undefined))).toBe(block.steps.at(-1)!.state);
	});

	it('is the final state on paper, wherever the reader is', () => {
		expect(wantedState(block, at(block.first, true))).toBe(block.steps.at(-1)!.state);
	});

	it('is the active step’s state inside the block, and the nearer end outside it', () => {
		expect(wantedState(block, at(block.first + 1))).toBe(block.steps[1].state);
		expect(wantedState(block, at(-1))).toBe(block.steps[0].state);
		expect(wantedState(block, at(block.first + block.steps.length))).toBe(
			block.steps.at(-1)!.state
		);
	});
});

describe('viewsToPrepare(block, position)', () => {
	it('is every state of the block once: the printed one first, then the reader’s', () => {
		const states = block.steps.map((step) => step.state);
		const onSecond = viewsToPrepare(block, at(block.first + 1));
		expect(onSecond.slice(0, 2)).toEqual([states.at(-1), states[1]]);
		expect([...onSecond].sort()).toEqual([...states].sort());
		const measuredNot = viewsToPrepare(block, at(undefined));
		expect(measuredNot[0]).toBe(states.at(-1));
		expect([...measuredNot].sort()).toEqual([...states].sort());
	});
});
