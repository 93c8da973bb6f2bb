/**
 * A chart's HTML layouts (its axes, labels, notes and values, laid over the plot) as roots of
 * their own, hydrated after the rest of the chart. In the story a chart wakes in idle slices
 * (see $lib/story/ChartSlot): first its cake, marks and legend, then each HTML layout in a slice
 * of its own, so that no slice is a long task on a slow phone (one chart's first hydration, its
 * code still cold, took 36–60 ms at 4× CPU). The prerender prints each layout into the empty slot
 * its Layout leaves ($lib/server/islands), as it prints the chart into the block's chart slot, so
 * each is hydrated in place: nothing is redrawn, and a keyboard reader's focus on a printed value
 * stays where it is. Everywhere else (embeds, the gallery, share pages, pictures) no one takes
 * the layouts and Layout draws them with the rest.
 */
import { getContext, type Snippet } from 'svelte';

/** One HTML layout, left for later: what it draws, where, and in what context. */
export interface OverlaySlot {
	/** The slot Layout left, in the page (undefined on the server). */
	target(): HTMLElement | undefined;
	/** The layout's layers, as the chart file listed them. */
	layers(): Snippet;
	/** The contexts the layers read (the chart's cake among them), as Layout had them. */
	context: Map<unknown, unknown>;
}

/** Takes a chart's HTML layouts while the chart is first drawn (`taking`), in document order. */
export interface OverlayTaker {
	/** Whether a Layout made now leaves its HTML layout in a slot (only during the first draw). */
	readonly taking: boolean;
	take(slot: OverlaySlot): void;
}

const KEY = Symbol('overlays');

/** The chart's overlay taker, or undefined when no one takes its layouts. */
export function getOverlayTaker(): OverlayTaker | undefined {
	return getContext<OverlayTaker | undefined>(KEY);
}

/**
 * A taker and the slots it took, for one chart's first draw: `taking` is true until `done()`,
 * so a layout made later (a branch a state change opens) is drawn in place as usual.
 */
export function takeOverlays(): {
	slots: OverlaySlot[];
	context: Map<symbol, OverlayTaker>;
	done(): void;
} {
	const slots: OverlaySlot[] = [];
	let taking = true;
	const taker: OverlayTaker = {
		get taking() {
			return taking;
		},
		take: (slot) => void slots.push(slot)
	};
	return { slots, context: new Map([[KEY, taker]]), done: () => (taking = false) };
}
