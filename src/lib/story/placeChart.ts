/**
 * How a story block's chart sits: stuck while its cards scroll past, or, when it cannot stick
 * (see stickyFit), in the flow above its cards or at the top of its own column beside them.
 * Measured in the browser whenever a woken block's chart, its cards or the viewport change size;
 * a change keeps what the reader sees where it is. A block asleep below the viewport was placed
 * before it woke (placeAhead).
 */
import { flushSync } from 'svelte';
import { triggerFraction } from './activeStep';
import { giveRoom, placement, type BlockParts, type Unstuck } from './placeAhead';

/**
 * Watch a block and set how its chart sits. `get` and `set` read and write the component's
 * state; `set` must update the DOM when `flushSync` runs. Returns the cleanup.
 */
export function placeChart(
	{ root, graphic, stepList }: BlockParts,
	get: () => Unstuck,
	set: (next: Unstuck) => void
): () => void {
	// The tallest the chart has been at this viewport size: deciding on the current state
	// alone would make the chart stick and let go as its height changes from step to step. It
	// starts at the printed state's (the block mounts over the printed chart, and the reader will
	// reach that state), as placeAhead measured it, so a block placed asleep stays as placed.
	let tallest = graphic.offsetHeight;
	const place = () => {
		// An open panel takes the chart's place (see the styles) and is not the chart's size.
		if (graphic.querySelector('details[open]')) return;
		tallest = Math.max(tallest, graphic.offsetHeight);
		const { unstuck: next, room } = placement({ root, graphic, stepList }, tallest);
		// How far down a chart beside the text sticks moves nothing else on the page.
		giveRoom(graphic, room);
		if (next === get()) return;
		// Changing how the chart sits moves what follows it. Keep what the reader sees where it
		// is: the focused control inside the block; else the block's top when it starts on screen;
		// else the step card at the reading line (the one being read, whose step the chart
		// shows: the cards' spacing changes with the layout, so keeping another card in place
		// would carry a later step to the line), or the first still on screen; else, for a
		// block wholly above the viewport (a section opened from a link), the block's foot.
		const focused = document.activeElement;
		const block = root.getBoundingClientRect();
		const line = innerHeight * triggerFraction(innerWidth);
		const onScreen = [...stepList.children].filter((li) => li.getBoundingClientRect().bottom > 0);
		const card =
			onScreen.filter((li) => li.getBoundingClientRect().top <= line).at(-1) ?? onScreen[0];
		const anchor: () => number =
			focused && focused !== root && root.contains(focused)
				? () => focused.getBoundingClientRect().top
				: block.top >= 0
					? () => root.getBoundingClientRect().top
					: card
						? () => card.getBoundingClientRect().top
						: () => root.getBoundingClientRect().bottom;
		const before = anchor();
		// The change and its correction happen in this one task, before anything is painted,
		// with the browser's own scroll anchoring off until the next frame: so nothing is
		// corrected twice, and a reader who scrolls in the meantime is never pulled back (a
		// correction two frames later once undid a scroll made in between, on a busy phone).
		const page = document.documentElement.style;
		page.overflowAnchor = 'none';
		set(next);
		flushSync();
		scrollBy(0, anchor() - before);
		requestAnimationFrame(() => (page.overflowAnchor = ''));
	};
	const observer = new ResizeObserver(place);
	observer.observe(graphic);
	observer.observe(stepList);
	const onResize = () => {
		tallest = 0;
		place();
	};
	addEventListener('resize', onResize);
	return () => {
		observer.disconnect();
		removeEventListener('resize', onResize);
	};
}
