import { onMount } from 'svelte';

/**
 * `current` turns true once the calling component is mounted in the browser (never on the
 * server). Call during component initialisation.
 */
export function mountedFlag(): { readonly current: boolean } {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get current() {
			return mounted;
		}
	};
}
