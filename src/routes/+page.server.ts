/**
 * The story page's own words (its head, the masthead, each section's heading and share text),
 * worked out from the copy at prerender time. The page is printed whole and never hydrated as a
 * whole (`csr = false`): its blocks load their charts' code when the reader nears one, and each
 * chart's words from /words/<chart>.json (see $lib/story/wakeBlock.ts).
 */
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { SECTION_CARDS, STORY_CARD_SECTION } from '$lib/share/cards';
import { SECTION_COPY, SITE } from '$lib/story/copy';
import { PUBLISHED, lastUpdated } from '$lib/story/corrections';
import { formatDate } from '$lib/formatDate';

export const prerender = true;
// Printed whole, read without scripts: no part of the page is hydrated as a whole, so Kit's client
// does not load here. The story's own start-up ($lib/story/start.svelte.ts) brings its blocks and
// controls to life, each as a root of its own ($lib/server/storyStart.ts links it).
export const csr = false;

export function load() {
	const card = SECTION_CARDS[STORY_CARD_SECTION];
	const words = CHART_WORDS[card.chart];
	return {
		site: { name: SITE.name, description: SITE.description, byline: SITE.byline },
		// ISO for <time datetime>, and as the story writes dates; "updated" only after a correction.
		dates: {
			published: { iso: PUBLISHED, text: formatDate(PUBLISHED) },
			updated:
				lastUpdated() === PUBLISHED ? null : { iso: lastUpdated(), text: formatDate(lastUpdated()) }
		},
		sections: SECTION_COPY,
		cardAlt: `${words.title}: ${words.findings[card.state]}`
	};
}
