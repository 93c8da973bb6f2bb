import { SECTION_SLUGS } from '$lib/story/outline';
import { sectionCardPng, sectionParam } from '$lib/server/chartPictures';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => SECTION_SLUGS.map((section) => ({ section }));

export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(sectionCardPng(sectionParam(params.section))), {
		headers: { 'content-type': 'image/png' }
	});
