import { untrack } from 'svelte';
import type { Later } from './idle';

/**
 * A value that follows `value` `frames` frames later (one by default): drawn that many frames after
 * the one its change is drawn in, or at once while `immediately()` (paper, which draws one moment),
 * or, while `queue()` names one, that many jobs of that queue later (a chart that jumps, far from
 * the reader or waking, whose change is itself a job of the story's queue of idle work, a job a
 * frame: frames behind that job, the value landed in the frame of the queue's next job). A story's
 * step is drawn over three frames this way: the chart's marks and axes, then its labels
 * (CartesianChart), then the words (the finding, the cards, the table; StoryBlock, two frames
 * behind), so no frame holds the whole of it: at 4× CPU a step's frame held 15–40 ms of script and
 * 40–80 of rendering, over the 50 a frame can take before a reader feels it, and the since-2019
 * chart's labels and the words, drawn in one frame, made one of 49–51 ms in traced reads. Call it
 * while a component initialises (it makes an effect).
 */
export function afterNextFrame<T>(
	value: () => T,
	immediately: () => boolean,
	frames = 1,
	queue: () => Later | undefined = () => undefined
) {
	// Raw: a deep proxy of a view would be a different object from it (the charts compare the two
	// by identity) and would make a signal of every field read through it.
	let current = $state.raw(untrack(value));
	$effect(() => {
		const next = value();
		if (immediately()) {
			current = next;
			return;
		}
		const later = queue();
		if (later) {
			// As many jobs behind as it would be frames: the block's words (two) are queued in the
			// same flush as the chart's labels (one), and before them, so a hop puts the words
			// behind the labels, and a block is ready (its words caught up) with its labels drawn.
			let left = frames;
			let cancel = () => {};
			const hop = () => {
				if (--left === 0) current = next;
				else cancel = later(hop, 1000);
			};
			cancel = later(hop, 1000);
			return () => cancel();
		}
		// The first callback runs before the frame that draws the change, each further one in the
		// frame after.
		let handle = 0;
		let left = frames + 1;
		const tick = () => {
			if (--left === 0) current = next;
			else handle = requestAnimationFrame(tick);
		};
		handle = requestAnimationFrame(tick);
		return () => cancelAnimationFrame(handle);
	});
	return {
		get current(): T {
			return current;
		}
	};
}
