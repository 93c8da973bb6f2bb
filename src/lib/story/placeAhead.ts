/**
 * Where a printed block's chart sits before the block wakes, and the one decision of where a
 * chart can sit (see stickyFit), for a block asleep (here) and awake (placeChart). In the story's
 * start-up code, since every block's island asks for it at once; placeChart comes with the blocks.
 */
import { triggerFraction } from './activeStep';
import { inIdleTime } from './idle';
import { canStick, stickRoom } from './stickyFit';

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

/** How a chart can sit: whether it sticks, and how far below the viewport's top it may stick. */
export interface Placement {
	unstuck: Unstuck;
	/** Beside the text, for a chart that sticks: the room above it (see stickRoom). */
	room: number | undefined;
}

/**
 * How the chart can sit in the room it has now, `tallest` being the tallest it has been: the one
 * decision, for a block asleep (placeAhead) and awake (placeChart). Reads the layout, writes nothing.
 */
export function placement({ root, graphic, stepList }: BlockParts, tallest: number): Placement {
	// Only the side-by-side layout gives the block columns.
	const beside = getComputedStyle(root).gridTemplateColumns.includes(' ');
	const room = {
		viewport: innerHeight,
		graphic: tallest,
		tallestStep: Math.max(...[...stepList.children].map((li) => (li as HTMLElement).offsetHeight)),
		// Above the text the chart sticks at the viewport's top; beside it, its top gives way.
		top: beside ? 0 : parseFloat(getComputedStyle(graphic).top) || 0,
		beside,
		trigger: triggerFraction(innerWidth)
	};
	if (!canStick(room)) return { unstuck: beside ? 'static' : 'flow', room: undefined };
	return { unstuck: undefined, room: beside ? stickRoom(room) : undefined };
}

/** The room above a chart, as written for the CSS (`--stick-room`); empty for none. */
const roomValue = (room: number | undefined) =>
	room === undefined ? '' : `${Math.max(0, Math.floor(room))}px`;

/**
 * Gives a chart beside the text the room above it, which the CSS's sticking top never exceeds;
 * takes it away from one above the text or not stuck. Writes only a change, and moves nothing in
 * the flow (it is a sticky offset); app.css registers the property as not inherited, so a change
 * restyles the container alone, not every mark of the chart inside it.
 */
export function giveRoom(graphic: HTMLElement, room: number | undefined) {
	const value = roomValue(room);
	if (graphic.style.getPropertyValue('--stick-room') === value) return;
	if (value) graphic.style.setProperty('--stick-room', value);
	else graphic.style.removeProperty('--stick-room');
}

/** Blocks still asleep, printed and waiting to be placed, with what says whether they still are. */
const asleep = new Map<HTMLElement, () => boolean>();
/** Whether the placings are arranged: every block registers as the story starts, so once. */
let placing = false;

/**
 * Places a printed block's chart before the block wakes, in one idle moment with every other
 * block then asleep below the viewport. The page is printed with every chart stuck. A chart that
 * cannot stick went into the flow as its block woke, a screen or so ahead of the reader: its cards
 * spread out, and the page was laid out again in the middle of a frame the reader was scrolling
 * (25–35 ms of forced layout at 4× CPU, for 5 of the 12 blocks on a 390×844 phone and all 12 at
 * 320×568 or at 200% zoom). Here they are measured together, in one layout while the page is
 * idle, and moved one per idle period after. Only blocks wholly below the viewport are placed
 * here: nothing the reader sees moves. The others,
 * and any the viewport has changed for since, are placed as they wake (placeChart), and keep the
 * reader's place. Returns what takes the block out of the batch (it woke, or left the page).
 */
export function placeAhead(root: HTMLElement, sleeping: () => boolean): () => void {
	asleep.set(root, sleeping);
	if (!placing) {
		placing = true;
		// Placed at once, in the faces the page has, and again once the fonts are in: a finding
		// that wraps onto another line in the fallback makes a chart taller than it will be (the
		// 1280×800 violence block went beside the text asleep, and stuck again once awake), and
		// the second placing corrects it. Not at the reader's first move, as before: each block's
		// placing restyles it (107–159 elements) and moves all below it, a frame of 33–43 ms at 4×
		// CPU, and three of a 390×844 phone's five landed in the first half-second of a read begun
		// before the fonts were in. Nor only after the fonts: such a reader holds them back until they pause
		// ($lib/fonts.js), and a block reached unplaced is placed as it wakes, in a frame they are
		// scrolling (25–35 ms of forced layout at 4× CPU).
		if (!fontsArrived()) inIdleTime(placeAsleep);
		afterFonts(() => inIdleTime(placeAsleep));
	}
	return () => asleep.delete(root);
}

function placeAsleep() {
	// Blocks leave the batch as they wake (placeAhead's return): a second placing, after the
	// fonts, measures only those still asleep.
	const waiting = [...asleep].filter(([, sleeping]) => sleeping());
	// Everything is read first, in one layout, while the page is idle.
	const placed = waiting.flatMap(([root, sleeping]) => {
		const graphic = root.querySelector<HTMLElement>(':scope > [data-block-graphic]');
		const stepList = root.querySelector<HTMLElement>(':scope > [data-block-steps]');
		if (!graphic || !stepList || !below(root)) return [];
		const next = placement({ root, graphic, stepList }, graphic.offsetHeight);
		const same =
			next.unstuck === unstuckOf(root) &&
			roomValue(next.room) === graphic.style.getPropertyValue('--stick-room');
		return same ? [] : [{ root, graphic, sleeping, next }];
	});
	// Then written a block per idle period, so that each frame lays out one block's change. All
	// five blocks a 390x844 phone places, written together, made one frame of 68-202 ms of
	// rendering at 4x CPU, the longest of a read begun as the page loads. A block that has woken
	// since, or that the reader has scrolled to, is left to place itself (placeChart).
	for (const { root, graphic, sleeping, next } of placed)
		inIdleTime(() => {
			if (!sleeping() || !below(root)) return;
			giveRoom(graphic, next.room);
			if (next.unstuck) root.dataset.stick = next.unstuck;
			else delete root.dataset.stick;
		});
}

/** Whether all of the block is below the viewport, where a change to it moves nothing in view. */
const below = (root: HTMLElement) => root.getBoundingClientRect().top >= innerHeight;

/**
 * Runs `then` once every part of the page has its web fonts: $lib/fonts.js lets them in a part a
 * frame after the first paint, <body> last (`fonts-in`), or all at once by taking `fonts-wait`
 * off <html> when they cannot be loaded that way. `document.fonts.ready` is no signal: it has
 * nothing to wait for until that script asks for the faces.
 */
function afterFonts(then: () => void) {
	if (fontsArrived()) return then();
	const watch = new MutationObserver(() => {
		if (!fontsArrived()) return;
		watch.disconnect();
		then();
	});
	for (const element of [document.documentElement, document.body])
		watch.observe(element, { attributeFilter: ['class'] });
}

/** Whether every part of the page has its web fonts (see afterFonts). */
const fontsArrived = () =>
	document.body.classList.contains('fonts-in') ||
	!document.documentElement.classList.contains('fonts-wait');
