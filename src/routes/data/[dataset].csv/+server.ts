import { error } from '@sveltejs/kit';
import { SERIES, isSeriesId, timeline } from '$lib/data';
import { RECORDS, TIMELINE_RECORD } from '$lib/data/records.server';
import { seriesCsv, timelineCsv } from '$lib/data/csv';
import { SITE_NAME } from '$lib/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [
	...Object.keys(SERIES).map((dataset) => ({ dataset })),
	{ dataset: timeline.id }
];

export const GET: RequestHandler = ({ params }) => {
	const body =
		params.dataset === timeline.id
			? timelineCsv(TIMELINE_RECORD, SITE_NAME)
			: isSeriesId(params.dataset)
				? seriesCsv(RECORDS[params.dataset], SITE_NAME)
				: error(404, 'No such dataset');
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
