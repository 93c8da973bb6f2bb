/**
 * What the printed story page and its start-up (./start.svelte.ts) agree on: the data block that
 * carries the interface's labels, and the mark of a section's share control, whose props travel
 * with it as JSON so that the server prints it and the browser hydrates it from the same values.
 */

/** The id of the page's `<script type="application/json">` holding the labels (Controls). */
export const CONTROLS_DATA_ID = 'story-controls';

/** The attribute on a share control's host; its value is the control's props as JSON. */
export const SHARE_ISLAND_ATTRIBUTE = 'data-share-island';

/** A section's share control's props (ShareControl's). */
export interface ShareIslandProps {
	url: string;
	href: string;
	title: string;
	text: string;
}
