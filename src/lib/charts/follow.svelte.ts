/**
 * A tween bound to a chart's target value, like `Tween.of`, that glides only while `animate()`
 * says so and jumps otherwise. Must be called during component initialisation.
 */
import { untrack } from 'svelte';
import { Tween } from 'svelte/motion';
import { tweenOptions } from './motion';

/** Whether two targets are the same value: a number, or a domain's numbers. */
export function sameTarget(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
	return Object.is(a, b);
}

export function follow<T>(target: () => T, animate: () => boolean): Tween<T> {
	const tween = new Tween(untrack(target), tweenOptions());
	$effect.pre(() => {
		const value = target();
		// The first run only repeats the starting value, and a new state with the same scale (a
		// chart's steps mostly share one) has nothing to glide: Svelte's tween would still run a
		// frame loop for its 600 ms, at every step.
		if (
			sameTarget(
				value,
				untrack(() => tween.target)
			)
		)
			return;
		tween.set(value, untrack(animate) ? undefined : { duration: 0 });
	});
	return tween;
}
