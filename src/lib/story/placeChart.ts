/**
 * How a story block's chart sits: stuck while its cards scroll past, or, when it cannot stick
 * (see stickyFit), in the flow above its cards or at the top of its own column beside them.
 * Measured in the browser: for a printed block still asleep below the viewport, once, with the
 * others (placeAhead); for a woken block, whenever its chart, its cards or the viewport change
 * size, a change keeping what the reader sees where it is (placeChart).
 */
import { flushSync } from 'svelte';
import { triggerFraction } from './activeStep';
import { inIdleTime } from './idle';
import { canStick } from './stickyFit';

/** How the chart sits when it cannot stick; undefined while it sticks, as the server draws it. */
export type Unstuck = 'flow' | 'static' | undefined;

/** The block's parts that are measured. */
export interface BlockParts {
	/** The block: its grid columns say whether the chart sits beside the text. */
	root: HTMLElement;
	/** The chart's sticky container (`data-block-graphic`). */
	graphic: HTMLElement;
	/** The list of step cards (`data-block-steps`). */
	stepList: HTMLElement;
}

/** Reads how a block's chart sits from its root's `data-stick`, as StoryBlock writes it. */
export function unstuckOf(root: HTMLElement): Unstuck {
	const value = root.dataset.stick;
	return value === 'flow' || value === 'static' ? value : undefined;
}

/**
 * How the chart can sit in the room it has now, `tallest` being the tallest it has been: the one
 * decision, for a block asleep (placeAhead) and awake (placeChart). Reads the layout, writes nothing.
 */
function placement({ root, graphic, stepList }: BlockParts, tallest: number): Unstuck {
	const style = getComputedStyle(graphic);
	// Only the side-by-side layout gives the block columns.
	const beside = getComputedStyle(root).gridTemplateColumns.includes(' ');
	const fits = canStick({
		viewport: innerHeight,
		graphic: tallest,
		tallestStep: Math.max(...[...stepList.children].map((li) => (li as HTMLElement).offsetHeight)),
		top: beside ? parseFloat(style.top) || 0 : 0,
		beside,
		trigger: triggerFraction(innerWidth)
	});
	return fits ? undefined : beside ? 'static' : 'flow';
}

/** Blocks still asleep, printed and waiting to be placed, with what says whether they still are. */
const asleep = new Map<HTMLElement, () => boolean>();
let placing = false;

/**
 * Places a printed block's chart before the block wakes, in one idle moment with every other
 * block then asleep below the viewport. The page is printed with every chart stuck. A chart that
 * cannot stick went into the flow as its block woke, a screen or so ahead of the reader: its cards
 * spread out, and the page was laid out again in the middle of a frame the reader was scrolling
 * (25–35 ms of forced layout at 4× CPU, for 5 of the 12 blocks on a 390×844 phone and all 12 at
 * 320×568 or at 200% zoom). Placed together, they cost one layout, while the page is idle. Only
 * blocks wholly below the viewport are placed here: nothing the reader sees moves. The others,
 * and any the viewport has changed for since, are placed as they wake (placeChart), and keep the
 * reader's place. Returns what takes the block out of the batch (it woke, or left the page).
 */
export function placeAhead(root: HTMLElement, sleeping: () => boolean): () => void {
	asleep.set(root, sleeping);
	if (!placing) {
		placing = true;
		// In the page's own fonts, which come after the first paint: a finding that wraps onto
		// another line in the fallback makes a chart taller than it will be.
		void document.fonts.ready.then(() => inIdleTime(placeAsleep));
	}
	return () => asleep.delete(root);
}

function placeAsleep() {
	placing = false;
	const waiting = [...asleep].filter(([, sleeping]) => sleeping());
	asleep.clear();
	// Everything is read first and written after, so the page is laid out once, not per block.
	const placed = waiting.flatMap(([root]) => {
		const graphic = root.querySelector<HTMLElement>(':scope > [data-block-graphic]');
		const stepList = root.querySelector<HTMLElement>(':scope > [data-block-steps]');
		if (!graphic || !stepList || root.getBoundingClientRect().top < innerHeight) return [];
		return [{ root, next: placement({ root, graphic, stepList }, graphic.offsetHeight) }];
	});
	for (const { root, next } of placed) {
		if (next === unstuckOf(root)) continue;
		if (next) root.dataset.stick = next;
		else delete root.dataset.stick;
	}
}

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
		const next = placement({ root, graphic, stepList }, tallest);
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
