import { CHART_IDS, CHART_STATES } from '$lib/charts/ids';
import { chartParam, chartPictureSvg, stateParam } from '$lib/server/chartPictures';
import { svgToPng } from '$lib/server/pictures';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) => CHART_STATES[chart].map((state) => ({ chart, state })));

export const GET: RequestHandler = ({ params }) => {
	const chart = chartParam(params.chart);
	const svg = chartPictureSvg(chart, stateParam(chart, params.state));
	return new Response(new Uint8Array(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
