/**
 * In which frame a block's chart changes, and in which its words follow. A step's change is drawn
 * over three frames: the chart's marks first, its labels in the next (CartesianChart), then the
 * figure's words, `data-state` among them (StoryBlock); a change the chart jumps through, as jobs of
 * the story's queue. Counted in the page: a
 * `requestAnimationFrame` loop numbers the frames, and
 * one `MutationObserver` on the chart's part and one on the figure note the first frame each
 * changed in.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** What the page noted: frame numbers (-1: no change yet) and the state the words first named. */
interface FrameOrder {
	frame: number;
	chart: number;
	words: number;
	wordsState: string;
}

/**
 * Starts counting inside `block` (a block or its island). `chartPart` selects what in it counts as
 * the chart's change; `chartChanges` says which of its mutations count (the whole chart slot's,
 * or only its list's children and text).
 */
export async function watchFrameOrder(
	block: Locator,
	chartPart: string,
	chartChanges: MutationObserverInit
): Promise<void> {
	await block.evaluate(
		(root, { chartPart, chartChanges }) => {
			const seen: FrameOrder = { frame: 0, chart: -1, words: -1, wordsState: '' };
			(window as unknown as { frameOrder: FrameOrder }).frameOrder = seen;
			const count = () => {
				seen.frame++;
				requestAnimationFrame(count);
			};
			requestAnimationFrame(count);
			new MutationObserver(() => {
				if (seen.chart < 0) seen.chart = seen.frame;
			}).observe(root.querySelector(chartPart)!, { subtree: true, ...chartChanges });
			const figure = root.querySelector<HTMLElement>('figure[data-chart]')!;
			new MutationObserver(() => {
				if (seen.words < 0) [seen.words, seen.wordsState] = [seen.frame, figure.dataset.state!];
			}).observe(figure, { attributes: true, attributeFilter: ['data-state'] });
		},
		{ chartPart, chartChanges }
	);
}

/**
 * Asserts that the chart changed, then the words named `state` two frames after the frame that
 * drew it, with the chart's labels' frame between (a step the reader scrolls through). The loop's
 * callback runs first in each frame, so a change made in a frame's callbacks counts in the number
 * that frame gets: the chart's, made in a task between frames, has the number of the frame before
 * the one that draws it. A block that wakes into the reader's step jumps to it instead, and its
 * words catch up as a later job of the story's queue (`asJobs`): in a frame after the chart's,
 * however many frames the queue's wait for an idle moment takes.
 */
export async function expectChartThenWords(
	page: Page,
	state: string,
	{ asJobs = false } = {}
): Promise<void> {
	const seen = await page.evaluate(
		() => (window as unknown as { frameOrder: FrameOrder }).frameOrder
	);
	expect(seen.wordsState).toBe(state);
	expect(seen.chart, 'the chart changed').toBeGreaterThanOrEqual(0);
	if (asJobs) {
		expect(seen.words, 'the words came in a frame after the chart').toBeGreaterThan(seen.chart);
		return;
	}
	expect(seen.words, 'the words came after the chart and its labels').toBeGreaterThanOrEqual(
		seen.chart + 2
	);
	expect(seen.words, 'within three frames').toBeLessThanOrEqual(seen.chart + 3);
}
