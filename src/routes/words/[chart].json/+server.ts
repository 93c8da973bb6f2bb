/**
 * Each chart's words (its title, findings, and the frames of its summaries, tables and drawn
 * labels) as a file of their own, `/words/<chart>.json`, fetched by a story block as it wakes
 * ($lib/story/chartWords.ts). Kept out of the story page's HTML: a reader loads the words of the
 * charts they reach, not all six in the document that holds up their first paint.
 */
import { error, json } from '@sveltejs/kit';
import { CHART_IDS, isChartId } from '$lib/charts/ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_IDS.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	if (!isChartId(params.chart)) error(404, 'No such chart');
	return json(CHART_WORDS[params.chart]);
};
