import { error } from '@sveltejs/kit';
import { SERIES, isSeriesId, timeline } from '$lib/data';
import { RECORDS, TIMELINE_RECORD } from '$lib/data/records.server';
import { seriesCsv, timelineCsv } from '$lib/data/csv';
import { LICENCE_LINE } from '$lib/story/copy';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [
	...Object.keys(SERIES).map((dataset) => ({ dataset })),
	{ dataset: timeline.id }
];

export const GET: RequestHandler = ({ params }) => {
	const body =
		params.dataset === timeline.id
			? timelineCsv(TIMELINE_RECORD, LICENCE_LINE.inFiles)
			: isSeriesId(params.dataset)
				? seriesCsv(RECORDS[params.dataset], LICENCE_LINE.inFiles)
				: error(404, 'No such dataset');
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
