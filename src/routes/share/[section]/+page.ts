import { error } from '@sveltejs/kit';
import { SECTION_SLUGS, isSectionSlug } from '$lib/story/outline';
import type { EntryGenerator, PageLoad } from './$types';

// A share page is plain HTML: its tags are for link previews and its redirect needs no script.
export const csr = false;

export const entries: EntryGenerator = () => SECTION_SLUGS.map((section) => ({ section }));

export const load: PageLoad = ({ params }) => {
	if (!isSectionSlug(params.section)) error(404, 'No such section');
	return { slug: params.section };
};
