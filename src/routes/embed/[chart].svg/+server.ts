import { CHART_IDS } from '$lib/charts/ids';
import { chartParam, chartPictureSvg } from '$lib/server/chartPictures';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) =>
	new Response(chartPictureSvg(chartParam(params.chart)), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
