/**
 * The story's public identifiers: section slugs (part of every shared URL), chart ids (part of
 * every embed URL) and chart states (the scroll steps). Plain TypeScript with no imports so that
 * Playwright tests, build scripts and components all read the same list. Keep these stable.
 */

export const SECTION_SLUGS = [
	'walkout',
	'no-right-to-strike',
	'the-cuts',
	'violence',
	'harm',
	'walkouts-2016',
	'pay-and-the-courts',
	'recruitment',
	'protest-2018',
	'liverpool-2019',
	'what-changed',
	'what-happened-next',
	'sources'
] as const;
export type SectionSlug = (typeof SECTION_SLUGS)[number];

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

export interface StepRef {
	chart: ChartId;
	state: ChartState;
}

/** The scroll steps of each section, in order (DESIGN.md, "Story outline"). */
export const SECTION_STEPS: Record<SectionSlug, StepRef[]> = {
	walkout: [],
	'no-right-to-strike': [],
	'the-cuts': steps('officers', [
		'officers-2010',
		'officers-2014',
		'officers-low-2016',
		'prisoners-per-officer'
	]),
	violence: steps('assaults', [
		'staff-2010',
		'staff-2016',
		'staff-per-day',
		'assault-rate',
		'staff-2018'
	]),
	harm: steps('harm', ['self-harm', 'self-inflicted-deaths', 'deaths-total']),
	'walkouts-2016': steps('timeline', [
		'may-2016',
		'autumn-2016',
		'protest-2016-11-15',
		'birmingham-riot'
	]),
	'pay-and-the-courts': steps('timeline', [
		'deal-rejected',
		'pay-rise-2017',
		'action-2017',
		'injunctions-2017'
	]),
	recruitment: [
		...steps('officers', ['recruitment-target', 'officers-2019']),
		...steps('experience', ['experience-2010', 'experience-2019'])
	],
	'protest-2018': steps('timeline', ['birmingham-takeover', 'protest-2018-09-14', 'lindholme']),
	'liverpool-2019': steps('timeline', ['liverpool-walkout']),
	'what-changed': steps('scorecard', ['scorecard']),
	'what-happened-next': [
		...steps('since-2019', [
			'officers-2025',
			'experience-2025',
			'staff-assaults-2024',
			'self-harm-2024',
			'deaths-2024'
		]),
		...steps('timeline', ['timeline-since-2019'])
	],
	sources: []
};

function steps<C extends ChartId>(chart: C, states: ChartState<C>[]): StepRef[] {
	return states.map((state) => ({ chart, state }));
}

/** The last state of a chart: what an embed without a pinned state and a no-JS reader see. */
export function finalState<C extends ChartId>(chart: C): ChartState<C> {
	const states = CHART_STATES[chart];
	return states[states.length - 1];
}

export function isSectionSlug(value: string): value is SectionSlug {
	return (SECTION_SLUGS as readonly string[]).includes(value);
}

/** Own keys only: `in` would also accept inherited names such as `constructor` or `__proto__`. */
export function isChartId(value: string): value is ChartId {
	return Object.hasOwn(CHART_STATES, value);
}

export function isChartState<C extends ChartId>(chart: C, value: string): value is ChartState<C> {
	return (CHART_STATES[chart] as readonly string[]).includes(value);
}
