/**
 * Motion settings for JS tweens. `--duration` in app.css covers CSS; tweens read the same
 * preference here so a reader who asks for reduced motion gets none.
 */
import { cubicOut } from 'svelte/easing';

/** Whether the reader asked for reduced motion (false on the server). */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Tween options for chart changes between states. */
export function tweenOptions() {
	return { duration: prefersReducedMotion() ? 0 : 600, easing: cubicOut };
}
