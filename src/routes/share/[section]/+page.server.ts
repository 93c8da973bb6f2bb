import { error } from '@sveltejs/kit';
import { SECTION_SLUGS, isSectionSlug } from '$lib/story/outline';
import { SECTION_COPY } from '$lib/story/copy';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { SECTION_CARDS } from '$lib/share/cards';
import type { EntryGenerator, PageServerLoad } from './$types';

// A share page is plain HTML: its tags are for link previews and its redirect needs no script.
export const csr = false;

export const entries: EntryGenerator = () => SECTION_SLUGS.map((section) => ({ section }));

// The section's heading and summary, and its card's chart title and finding, are read here, on the server: the words never ship as script.
export const load: PageServerLoad = ({ params }) => {
	if (!isSectionSlug(params.section)) error(404, 'No such section');
	const card = SECTION_CARDS[params.section];
	const words = CHART_WORDS[card.chart];
	return {
		slug: params.section,
		copy: SECTION_COPY[params.section],
		chart: { title: words.title, finding: words.findings[card.state] }
	};
};
