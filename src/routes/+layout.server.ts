import { CONTROLS } from '$lib/story/controls.server';

/**
 * Every page's controls' labels (src/content/controls.aml), as page data: +layout.svelte hands
 * them to the components by context, so none of them ships inside a JavaScript chunk.
 */
export function load() {
	return { controls: CONTROLS };
}
