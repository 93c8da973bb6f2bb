import { error } from '@sveltejs/kit';
import { CHART_IDS, CHART_STATES, isChartId, isChartState } from '$lib/charts/ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	CHART_IDS.flatMap((chart) => CHART_STATES[chart].map((state) => ({ chart, state })));

// The chart's title and findings are read here, on the server: the page ships no script.
export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.chart) || !isChartState(params.chart, params.state)) {
		error(404, 'No such chart state');
	}
	return { chart: params.chart, state: params.state, words: CHART_WORDS[params.chart] };
};
