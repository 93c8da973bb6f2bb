/**
 * Whether a block's chart may stick while its steps scroll past, as a pure function of the room
 * it has. A stuck chart that leaves no room for a whole step card hides the very text it
 * illustrates (at 200% zoom, on a small phone), so such a chart goes into the flow instead.
 */

/** Sizes in CSS pixels, measured in the browser. */
export interface Room {
	/** The viewport's height. */
	viewport: number;
	/** The stuck chart's height (figure, controls and all). */
	graphic: number;
	/** The tallest of the block's step cards. */
	tallestStep: number;
	/** Where the chart sticks above the text, from the viewport's top. Beside the text the
	    sticking top gives way to a tall chart (see stickRoom), so there only the height counts. */
	top: number;
	/** True when the chart sits beside the text (wide screens), false when above it. */
	beside: boolean;
	/** The reading line a step's top must pass to become active, as a fraction of the viewport. */
	trigger: number;
}

/** Space kept clear between a stuck chart and the card under it, and at the viewport's foot. */
export const CLEARANCE = 8;

/**
 * The most a chart beside the text may sit below the viewport's top and still end CLEARANCE above
 * its foot: the CSS sticks it at the lesser of this and its usual gap (6svh). A chart of 753 px
 * did not stick at 1280×800 under a fixed 6svh (48 px), and its column stood empty while its
 * later cards scrolled past; 39 px down, it fits. Negative when no top would do.
 */
export function stickRoom(room: Pick<Room, 'viewport' | 'graphic'>): number {
	return room.viewport - room.graphic - CLEARANCE;
}

/**
 * True when the chart can stick and every step card can still be read whole while it is the
 * active one. Beside the text the chart only has to fit the viewport, its sticking top giving way
 * (or its own controls would sit below the screen's edge); above the text, a card must fit between
 * the chart's foot and the viewport's, and the chart must end above the reading line, where cards
 * become active.
 */
export function canStick(room: Room): boolean {
	for (const [name, value] of Object.entries(room)) {
		if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) {
			throw new Error(`canStick: ${name} must be a non-negative number, got ${value}`);
		}
	}
	if (room.beside) return stickRoom(room) >= 0;
	const foot = room.top + room.graphic;
	return (
		foot + CLEARANCE <= room.viewport * room.trigger &&
		foot + CLEARANCE + room.tallestStep + CLEARANCE <= room.viewport
	);
}
