import { json } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/charts/ids';
import { chartOembed } from '$lib/embed/oembed';
import { chartParam } from '$lib/server/chartPictures';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	const chart = chartParam(params.chart);
	return json(chartOembed(chart, CHART_WORDS[chart]));
};
