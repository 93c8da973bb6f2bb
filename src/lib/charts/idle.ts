/**
 * How a chart puts off work nobody is waiting for (the closed numbers panel, the values' keys):
 * by default the browser's next idle period; in the story, the story's one queue of idle work
 * (set by StoryBlock), which runs a job a frame. Two charts' catch-ups and a block's own idle job
 * had landed in one idle period after a step change: 5.7 and 15.5 ms of script and then 42 ms of
 * rendering in one frame, at 4× CPU in a traced read.
 */
import { getContext, setContext } from 'svelte';

/** Runs `job` later, within about `patience` ms; returns what cancels it if it has not run. */
export type Later = (job: () => void, patience: number) => () => void;

/** The browser's idle period; without requestIdleCallback (Safari), at once. */
const browserIdle: Later = (job, patience) => {
	if (typeof requestIdleCallback !== 'function') {
		job();
		return () => {};
	}
	const handle = requestIdleCallback(job, { timeout: patience });
	return () => cancelIdleCallback(handle);
};

const LATER = Symbol('chart-idle');

/** Tell the charts below how to put off their idle work. */
export function setChartIdle(later: Later): void {
	setContext(LATER, later);
}

/** How this chart puts off its idle work: the story's queue inside the story, else the browser's. */
export function getChartIdle(): Later {
	return getContext<Later | undefined>(LATER) ?? browserIdle;
}

const CATCH_UP = Symbol('chart-catch-up');

/**
 * Tell the charts below where a change they jump through catches up its labels: the story's queue
 * while the chart's block is far from the reader or waking into the reader's state (a job of that
 * queue drew its marks; its labels are the queue's next job), undefined while it glides.
 */
export function setChartCatchUp(queue: () => Later | undefined): void {
	setContext(CATCH_UP, queue);
}

/** Where this chart's labels catch up while it jumps; outside the story, nowhere (undefined). */
export function getChartCatchUp(): () => Later | undefined {
	return getContext<(() => Later | undefined) | undefined>(CATCH_UP) ?? (() => undefined);
}
