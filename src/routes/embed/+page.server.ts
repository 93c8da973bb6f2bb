/**
 * The gallery's words: its title and introduction, and each chart's title and findings (src/content/charts), read here on the
 * server, so they reach the gallery's picker as page data and no chart sentence ships as script.
 */
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { WORDS } from '$lib/story/words.server';

export function load() {
	const { galleryTitle, galleryDescription, galleryIntro } = WORDS.site.notes;
	return {
		// The page's own words, in src/content/site.aml.
		words: { title: galleryTitle, description: galleryDescription, intro: galleryIntro },
		charts: CHART_WORDS
	};
}
