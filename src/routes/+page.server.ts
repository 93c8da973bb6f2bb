/**
 * The story page's words that the hydrated page itself needs (its head, the masthead, each
 * section's heading and share text), worked out from the copy at prerender time. The page then
 * imports neither the copy nor the data module: those load with the charts, when the reader
 * nears one, and so do each chart's words, from /words/<chart>.json (see
 * $lib/story/BlockIsland.svelte).
 */
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { SECTION_CARDS, STORY_CARD_SECTION } from '$lib/share/cards';
import { SECTION_COPY, SITE } from '$lib/story/copy';
import { PUBLISHED, lastUpdated } from '$lib/story/corrections';
import { formatDate } from '$lib/formatDate';

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
