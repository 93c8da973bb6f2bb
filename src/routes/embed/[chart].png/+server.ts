import { CHART_IDS } from '$lib/charts/ids';
import { chartParam, chartPictureSvg } from '$lib/server/chartPictures';
import { svgToPng } from '$lib/server/pictures';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(svgToPng(chartPictureSvg(chartParam(params.chart)))), {
		headers: { 'content-type': 'image/png' }
	});
