/**
 * The story's reading line (`triggerFraction` in src/lib/story/activeStep.ts, at the `WIDE_PX`
 * breakpoint of src/lib/tokens.ts) as plain data: page.evaluate callbacks run in the browser and
 * cannot call the story's function, so specs pass this in as an argument and read the one fact.
 */
import { triggerFraction } from '../../src/lib/story/activeStep';
import { WIDE_PX } from '../../src/lib/tokens';

export const TRIGGER = {
	/** Viewports at least this wide (CSS px) put the text beside the chart. */
	wide: WIDE_PX,
	/** The line's height as a fraction of the viewport's, narrower than `wide`. */
	narrow: triggerFraction(WIDE_PX - 1),
	/** The same, at `wide` and wider. */
	beside: triggerFraction(WIDE_PX)
};

export type Trigger = typeof TRIGGER;
