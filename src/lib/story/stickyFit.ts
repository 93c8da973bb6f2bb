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
	/** Where the chart sticks, from the viewport's top. */
	top: number;
	/** True when the chart sits beside the text (wide screens), false when above it. */
	beside: boolean;
	/** The reading line a step's top must pass to become active, as a fraction of the viewport. */
	trigger: number;
}

/** Space kept clear between a stuck chart and the card under it, and at the viewport's foot. */
export const CLEARANCE = 8;

/**
 * True when the chart can stick and every step card can still be read whole while it is the
 * active one. Beside the text the chart only has to fit the viewport (or its own controls would
 * sit below the screen's edge); above the text, a card must fit between the chart's foot and
 * the viewport's, and the chart must end above the reading line, where cards become active.
 */
export function canStick(room: Room): boolean {
	for (const [name, value] of Object.entries(room)) {
		if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) {
			throw new Error(`canStick: ${name} must be a non-negative number, got ${value}`);
		}
	}
	const foot = room.top + room.graphic;
	if (room.beside) return foot + CLEARANCE <= room.viewport;
	return (
		foot + CLEARANCE <= room.viewport * room.trigger &&
		foot + CLEARANCE + room.tallestStep + CLEARANCE <= room.viewport
	);
}
