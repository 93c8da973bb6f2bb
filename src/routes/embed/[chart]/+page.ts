import { error } from '@sveltejs/kit';
import { CHART_IDS, finalState, isChartId } from '$lib/charts/ids';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const load: PageLoad = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	return { chart: params.chart, state: finalState(params.chart) };
};
