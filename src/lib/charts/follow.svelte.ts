/**
 * A tween bound to a chart's target value, like `Tween.of`, that glides only while `animate()`
 * says so and jumps otherwise. Must be called during component initialisation.
 */
import { untrack } from 'svelte';
import { Tween } from 'svelte/motion';
import { tweenOptions } from './motion';

export function follow<T>(target: () => T, animate: () => boolean): Tween<T> {
	const tween = new Tween(untrack(target), tweenOptions());
	let first = true;
	$effect.pre(() => {
		const value = target();
		// The first run only repeats the starting value; a jump avoids a 600 ms no-op loop.
		const glide = !first && untrack(animate);
		first = false;
		tween.set(value, glide ? undefined : { duration: 0 });
	});
	return tween;
}
