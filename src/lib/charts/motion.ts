/**
 * Motion settings for charts' glides. `--duration` in app.css covers CSS; glides read the same
 * preference here so a reader who asks for reduced motion gets none.
 */
import { getContext, setContext } from 'svelte';

/** Whether the reader asked for reduced motion (false on the server). */
function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long a chart's change between states glides, in ms: 0 for a reader who asked for none. */
export function glideMs(): number {
	return prefersReducedMotion() ? 0 : 600;
}

const MOTION = Symbol('chart-motion');

/**
 * Tell the charts below whether a change of state should glide (`animate()` true) or jump.
 */
export function setChartMotion(animate: () => boolean): void {
	setContext(MOTION, animate);
}

/**
 * A context telling the charts of a block (a root of its own) whether a change of state should glide (`animate()` true) or jump. The
 * story says "jump" until the page has been measured, so the switch from the server-drawn state
 * to the reader's first state is not animated.
 */
export function chartMotionContext(animate: () => boolean): Map<symbol, () => boolean> {
	// Handed to hydrate once, never changed: nothing here needs to be reactive.
	return new Map([[MOTION, animate]]);
}

/** Whether a change of state should glide now; charts outside the story always glide. */
export function getChartMotion(): () => boolean {
	return getContext<(() => boolean) | undefined>(MOTION) ?? (() => true);
}
