/**
 * The gallery's words: each chart's title and findings (src/content/charts), read here on the
 * server, so they reach the gallery's picker as page data and no chart sentence ships as script.
 */
import { CHART_WORDS } from '$lib/story/chartWords.server';

export function load() {
	return { charts: CHART_WORDS };
}
