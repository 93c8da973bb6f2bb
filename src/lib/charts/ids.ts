/**
 * The charts' public identifiers: chart ids (part of every embed URL) and each chart's states
 * (the scroll steps, part of pinned embed URLs), in story order. Plain TypeScript with no imports
 * so that Playwright tests, build scripts and components all read the same list. Keep these
 * stable. Which section drives which states is the story's outline (`$lib/story/outline`).
 */

/** Each chart's states in story order; the last is the one embeds and no-JS readers see. */
export const CHART_STATES = {
	officers: [
		'officers-2010',
		'officers-2014',
		'officers-low-2016',
		'prisoners-per-officer',
		'recruitment-target',
		'officers-2019'
	],
	assaults: ['staff-2010', 'staff-2016', 'staff-per-day', 'assault-rate', 'staff-2018'],
	harm: ['self-harm', 'self-inflicted-deaths', 'deaths-total'],
	timeline: [
		'may-2016',
		'autumn-2016',
		'protest-2016-11-15',
		'birmingham-riot',
		'deal-rejected',
		'pay-rise-2017',
		'action-2017',
		'injunctions-2017',
		'birmingham-takeover',
		'protest-2018-09-14',
		'lindholme',
		'liverpool-walkout',
		'timeline-since-2019'
	],
	experience: ['experience-2010', 'experience-2019'],
	scorecard: ['scorecard'],
	'since-2019': [
		'officers-2025',
		'experience-2025',
		'staff-assaults-2024',
		'self-harm-2024',
		'deaths-2024'
	]
} as const;

export type ChartId = keyof typeof CHART_STATES;
export type ChartState<C extends ChartId = ChartId> = (typeof CHART_STATES)[C][number];
export const CHART_IDS = Object.keys(CHART_STATES) as ChartId[];

/** The last state of a chart: what an embed without a pinned state and a no-JS reader see. */
export function finalState<C extends ChartId>(chart: C): ChartState<C> {
	const states = CHART_STATES[chart];
	return states[states.length - 1];
}

/** Own keys only: `in` would also accept inherited names such as `constructor` or `__proto__`. */
export function isChartId(value: string): value is ChartId {
	return Object.hasOwn(CHART_STATES, value);
}

export function isChartState<C extends ChartId>(chart: C, value: string): value is ChartState<C> {
	return (CHART_STATES[chart] as readonly string[]).includes(value);
}
