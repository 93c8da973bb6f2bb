/**
 * One piece of deferred work per idle period. Redrawing a chart the reader cannot see is worth
 * doing, but not in the same task as the ones they can: after a fling the blocks far away catch
 * up one at a time instead of all at once. Work for what the reader is looking at goes first and
 * waits a tenth as long for the page to fall idle (on a busy phone that can otherwise be a second
 * per slice, for each job ahead of it), but it is still one slice per task, so it never lands as
 * one long task either.
 */
import { getContext, untrack } from 'svelte';

type Job = () => void;
/** Whether a job's work is for what the reader is looking at now (asked each time one is picked). */
export type Urgency = () => boolean;

interface Queued {
	run: Job;
	urgent: Urgency;
}

const queue: Queued[] = [];
const never: Urgency = () => false;
/** Cancels the pending turn, or undefined when none is pending. */
let pending: (() => void) | undefined;
/** Whether a job has run and the frame after it has not come yet (no turn is taken until it has). */
let resting = false;
/** Whether the pending turn is the long wait for idle (rather than `soon`). */
let pendingIdle = false;

/**
 * Waits for an idle period, or at most `patience` ms (a busy phone may have none for a while);
 * without requestIdleCallback (Safari), for a fixed short delay. Returns what cancels the wait.
 */
function afterIdle(patience: number, fallback: number): (run: () => void) => () => void {
	return (run) => {
		if (typeof requestIdleCallback === 'function') {
			const handle = requestIdleCallback(run, { timeout: patience });
			return () => cancelIdleCallback(handle);
		}
		const handle = setTimeout(run, fallback);
		return () => clearTimeout(handle);
	};
}
/** Work nobody is waiting for. */
const whenIdle = afterIdle(1000, 50);
/** Work for the block in view: still after the frame in hand, but a tenth of the wait at most. */
const soon = afterIdle(100, 0);

/**
 * Whether any queued job is urgent. Asked untracked: an urgency reads the reader's place, and a
 * component that queues work from inside an effect (drawnState) must not come to depend on it, or
 * every change of section would re-run that effect and send its job to the back of the queue.
 */
const anyUrgent = () => untrack(() => queue.some((job) => job.urgent()));

function next() {
	pending = undefined;
	const at = untrack(() => queue.findIndex((job) => job.urgent()));
	const [job] = queue.splice(Math.max(at, 0), 1);
	// A job that throws (a chart that fails to hydrate) is reported as usual, but the jobs after
	// it still run: otherwise every block queued behind it would wait, unshown, for another job.
	try {
		job?.run();
	} finally {
		afterTheFrame();
	}
}

/**
 * The next turn waits for the frame after a job. An idle period can hold two jobs' turns (the
 * browser calls the next callback if the deadline allows, and a turn that times out runs as any
 * task does), and two jobs before one frame made it a long one: at 4× CPU, two blocks' jobs of 7
 * and 14 ms, then 27 ms of rendering their changes, in a frame of 58 ms. In a hidden tab no frame
 * comes, so the queue waits until the page is seen again: nothing it draws is seen before then.
 */
function afterTheFrame() {
	if (typeof requestAnimationFrame !== 'function') {
		schedule();
		return;
	}
	resting = true;
	requestAnimationFrame(() => {
		resting = false;
		schedule();
	});
}

function schedule() {
	if (queue.length === 0 || resting) return;
	const urgent = anyUrgent();
	// A turn coming soon serves any job; one waiting long for idle is brought forward.
	if (pending) {
		if (!pendingIdle || !urgent) return;
		pending();
	}
	pendingIdle = !urgent;
	pending = (urgent ? soon : whenIdle)(next);
}

/**
 * Runs `job` in a later idle period, sooner and first while `urgent` says so; returns a
 * function that cancels it if it has not run.
 */
export function inIdleTime(job: Job, urgent: Urgency = never): () => void {
	const queued = { run: job, urgent };
	queue.push(queued);
	schedule();
	return () => {
		const at = queue.indexOf(queued);
		if (at >= 0) queue.splice(at, 1);
	};
}

/** Something became urgent (the reader jumped to a block): its queued work stops waiting for idle. */
export function hurry(): void {
	schedule();
}

const URGENCY = Symbol('urgency');

/** A context telling a block's components (ChartSlot, across a root of its own) when it is urgent. */
export function urgencyContext(urgent: Urgency): Map<symbol, Urgency> {
	// Handed to hydrate once, never changed: nothing here needs to be reactive.
	return new Map([[URGENCY, urgent]]);
}

/** The block's urgency, or never when no block set one (a chart drawn outside the story). */
export function getUrgency(): Urgency {
	return getContext<Urgency | undefined>(URGENCY) ?? never;
}
