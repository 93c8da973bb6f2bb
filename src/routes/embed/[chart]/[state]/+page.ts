import { error } from '@sveltejs/kit';
import { CHART_IDS, CHART_STATES, isChartId, isChartState } from '$lib/charts/ids';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) => CHART_STATES[chart].map((state) => ({ chart, state })));

export const load: PageLoad = ({ params }) => {
	if (!isChartId(params.chart) || !isChartState(params.chart, params.state)) {
		error(404, 'No such chart state');
	}
	return { chart: params.chart, state: params.state };
};
