/**
 * The state a story block's chart draws: the one the reader's place calls for, at once while the
 * block is within a screen of the viewport (or on paper), and in idle time while it is far, so a
 * block the reader cannot see never redraws on a frame they are scrolling. Call it while a
 * component initialises (it makes an effect), then `observe` the block once it is mounted.
 */
import { untrack } from 'svelte';
import type { ChartState } from '$lib/charts/ids';
import { inIdleTime } from './idle';

export function drawnState(wanted: () => ChartState, printing: () => boolean) {
	/** Whether the block is within a screen of the viewport (assumed until measured). */
	let near = $state(true);
	let drawn = $state(untrack(wanted));
	$effect(() => {
		const next = wanted();
		if (near || printing()) {
			drawn = next;
			return;
		}
		return inIdleTime(() => (drawn = next));
	});
	return {
		get current(): ChartState {
			return drawn;
		},
		/**
		 * Whether the block is within a screen of the viewport. A change drawn while it is not
		 * (in idle time, after a fling past it) is for nobody's eyes: it should jump, not glide, or
		 * its 600 ms of frames run while the reader scrolls somewhere else.
		 */
		get near(): boolean {
			return near;
		},
		/** Watches how near the block is; returns the function that stops watching. */
		observe(block: Element): () => void {
			const observer = new IntersectionObserver(
				(entries) => (near = entries.some((entry) => entry.isIntersecting)),
				{ rootMargin: '100% 0px' }
			);
			observer.observe(block);
			return () => observer.disconnect();
		}
	};
}

/**
 * A value that follows `value` a frame later: the frame after the one its change is drawn in, or at
 * once while `immediately()` (paper, which draws one moment). A step's change is drawn in two
 * frames this way, the chart's and then the words' (the finding, the cards, the table), so neither
 * frame holds the whole of it: at 4× CPU a step's frame held 15–40 ms of script and 40–80 of
 * rendering, over the 50 a frame can take before a reader feels it. Call it while a component
 * initialises (it makes an effect).
 */
export function afterNextFrame<T>(value: () => T, immediately: () => boolean) {
	let current = $state(untrack(value));
	$effect(() => {
		const next = value();
		if (immediately()) {
			current = next;
			return;
		}
		// The first callback runs before the frame that draws the change, the second in the next.
		let second = 0;
		const first = requestAnimationFrame(() => {
			second = requestAnimationFrame(() => (current = next));
		});
		return () => {
			cancelAnimationFrame(first);
			cancelAnimationFrame(second);
		};
	});
	return {
		get current(): T {
			return current;
		}
	};
}
