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
