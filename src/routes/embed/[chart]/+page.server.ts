import { error } from '@sveltejs/kit';
import { CHART_IDS, finalState, isChartId } from '$lib/charts/ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

// The chart's title and findings are read here, on the server: the page ships no script.
export const load: PageServerLoad = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	return {
		chart: params.chart,
		state: finalState(params.chart),
		words: CHART_WORDS[params.chart]
	};
};
