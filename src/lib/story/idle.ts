/**
 * One piece of deferred work per idle period, in the order asked. Redrawing a chart the reader
 * cannot see is worth doing, but not in the same task as the ones they can: after a fling the
 * blocks far away catch up one at a time instead of all at once.
 */
type Job = () => void;

const queue: Job[] = [];
let scheduled = false;

const whenIdle: (run: () => void) => void =
	typeof requestIdleCallback === 'function'
		? (run) => requestIdleCallback(run, { timeout: 1000 })
		: (run) => setTimeout(run, 50);

function next() {
	scheduled = false;
	// A job that throws (a chart that fails to hydrate) is reported as usual, but the jobs after
	// it still run: otherwise every block queued behind it would wait, unshown, for another job.
	try {
		queue.shift()?.();
	} finally {
		if (queue.length > 0) schedule();
	}
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	whenIdle(next);
}

/** Runs `job` in a later idle period; returns a function that cancels it if it has not run. */
export function inIdleTime(job: Job): () => void {
	queue.push(job);
	schedule();
	return () => {
		const at = queue.indexOf(job);
		if (at >= 0) queue.splice(at, 1);
	};
}
