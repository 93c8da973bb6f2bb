/**
 * Brings one printed scroll block to life. The prerender prints the block's HTML into its island
 * (BlockIsland, $lib/server/islands); the browser fetches the block's code (the chart, its data,
 * LayerCake and D3) and its chart's words (./chartWords.ts) when the reader comes within a screen
 * and a half of it, reaches its section (a shared link opens on the section, chart and all) or
 * moves focus into it, then hydrates that HTML in place, in idle-time slices, and shows the chart
 * once it draws the reader's step (`data-live` on the island). Called by the story's start-up
 * (./start.ts), once per island.
 */
import { hydrate, unmount } from 'svelte';
import type { StoryBlock } from './blocks';
import type { StoryPosition } from './story.svelte';
import { hurry, inIdleTime, urgencyContext } from './idle';
import { loadChart } from '$lib/charts/load';
import { loadChartWords } from './chartWords';
import { placeAhead, unstuckOf } from './placeAhead';

/** How far ahead of the viewport a block starts loading: far enough to be ready on arrival. */
const AHEAD = '150% 0px';

/**
 * Makes `request` in a task after the next frame is drawn, so that its own work (and nothing
 * else asked here) lands in that frame. The request comes wrapped, not awaited: its answer is
 * awaited later with the others', and a failure is handled there (marked handled now, so the
 * frames in between do not report it as unhandled).
 */
function inAFrameOfItsOwn<T>(request: () => Promise<T>): Promise<{ asked: Promise<T> }> {
	return new Promise((resolve) =>
		requestAnimationFrame(() =>
			setTimeout(() => {
				const asked = request();
				asked.catch(() => {});
				resolve({ asked });
			})
		)
	);
}

/** A block being followed: `wake` brings it to life now (once); `stop` undoes everything. */
export interface FollowedBlock {
	readonly block: StoryBlock;
	wake(): void;
	stop(): void;
}

/**
 * Follows the island `host` for `block` until the reader nears it, then wakes it. `context` is the
 * page's (the reader's place, the labels, the charts' motion): the block is a root of its own.
 */
export function followBlock(
	host: HTMLElement,
	block: StoryBlock,
	position: StoryPosition,
	context: Map<unknown, unknown>
): FollowedBlock {
	/** Whether any of the block is on screen (measured by an observer). */
	let onScreen = false;
	/**
	 * The block is what the reader is looking at: its waking slices (and its chart's, in ChartSlot)
	 * go ahead of work for other blocks and stop waiting for the page to fall idle. A reader who
	 * jumps there (a shared link, a search, a fling) waits for this block, not for the queue.
	 */
	const urgent = () =>
		onScreen || position.section === block.section || host.contains(document.activeElement);
	const idle = () => new Promise<void>((resolve) => inIdleTime(resolve, urgent));
	const live = () => host.setAttribute('data-live', '');

	let instance: Record<string, unknown> | undefined;
	let gone = false;
	let woken = false;
	// The printed block, placed while it sleeps (see placeAhead) and hydrated as placed.
	const printed = host.querySelector<HTMLElement>('[data-block]')!;
	const unplace = placeAhead(printed, () => !woken);
	const wake = async () => {
		if (woken || gone) return;
		woken = true;
		unplace();
		observer.disconnect();
		host.removeEventListener('focusin', wake);
		try {
			// The chart's own code and series come as a chunk of their own, beside the block's,
			// and its words as a file of their own (neither code nor the page's HTML). Each is
			// asked for in a frame of its own, none in the frame that asked to wake (an
			// intersection's callback runs inside the frame's rendering): Vite's preload helper
			// adds a link for each file a chunk needs that nothing has asked for yet (3-5 ms each
			// at 4x CPU; the build keeps those lists short, see vite.config.ts), and the four asked
			// together, with the compiling of the files as they came back, made frames of 55-79 ms
			// at 4x CPU.
			const blockCode = await inAFrameOfItsOwn(() => import('./StoryBlock.svelte'));
			const viewsCode = await inAFrameOfItsOwn(() => import('./blockViews'));
			const specCode = await inAFrameOfItsOwn(() => loadChart(block.chart));
			const wordsFile = await inAFrameOfItsOwn(() => loadChartWords(block.chart));
			if (gone) return;
			const [{ default: Block }, { viewsToPrepare }, spec, words] = await Promise.all([
				blockCode.asked,
				viewsCode.asked,
				specCode.asked,
				wordsFile.asked
			]);
			// Waking is sliced so that no slice lands as one long task on a frame the reader
			// is scrolling: evaluating the code, then in idle periods of their own each step's
			// view (the first drawn first), the block (text, controls, table), and its chart
			// (ChartSlot). The figure keeps every step's room, so it needs all their views.
			for (const state of viewsToPrepare(block, position)) {
				await idle();
				if (gone) return;
				spec.view(state);
			}
			await idle();
			if (gone) return;
			instance = hydrate(Block, {
				target: host,
				props: { block, spec, words, onready: live, placed: unstuckOf(printed) },
				context: new Map([...context, ...urgencyContext(urgent)])
			});
		} catch (error) {
			// A failed download leaves the server-drawn chart in view rather than nothing.
			if (!gone) live();
			throw error;
		}
	};
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) void wake();
		},
		{ rootMargin: AHEAD }
	);
	observer.observe(host);
	const onScreenObserver = new IntersectionObserver((entries) => {
		onScreen = entries.some((entry) => entry.isIntersecting);
		if (onScreen) hurry();
	});
	onScreenObserver.observe(host);
	host.addEventListener('focusin', wake);
	host.addEventListener('focusin', hurry);
	return {
		block,
		wake: () => {
			void wake();
			hurry();
		},
		stop: () => {
			gone = true;
			unplace();
			observer.disconnect();
			onScreenObserver.disconnect();
			host.removeEventListener('focusin', wake);
			host.removeEventListener('focusin', hurry);
			if (instance) unmount(instance);
		}
	};
}
