import { json } from '@sveltejs/kit';
import { CHART_IDS } from '$lib/charts/ids';
import { chartOembed } from '$lib/embed/oembed';
import { chartParam } from '$lib/server/chartPictures';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => json(chartOembed(chartParam(params.chart)));
