/**
 * The story's outline: its sections (their slugs are part of every shared URL: keep them stable)
 * and the scroll steps each drives (DESIGN.md, "Story outline"). The charts own their states and
 * their order (`$lib/charts/ids`); the outline only says where each section stops on a chart, so
 * no state is listed twice. Plain TypeScript importing only the chart ids, so Playwright tests,
 * build scripts and components all read the same outline.
 */
import { CHART_STATES, type ChartId, type ChartState } from '$lib/charts/ids';

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

export interface StepRef {
	chart: ChartId;
	state: ChartState;
}

/** A run of one chart's steps: on from where the story last left that chart, through `last`. */
interface Run<C extends ChartId = ChartId> {
	chart: C;
	last: ChartState<C>;
}

const through = <C extends ChartId>(chart: C, last: ChartState<C>): Run => ({ chart, last });

/**
 * Where each section stops on each chart it drives, in reading order. A section takes a chart's
 * states from the one after where the previous section on that chart stopped, so a state added
 * to a chart lands in the section whose run spans it.
 */
const RUNS: Record<SectionSlug, Run[]> = {
	walkout: [],
	'no-right-to-strike': [],
	'the-cuts': [through('officers', 'prisoners-per-officer')],
	violence: [through('assaults', 'staff-2018')],
	harm: [through('harm', 'deaths-total')],
	'walkouts-2016': [through('timeline', 'birmingham-riot')],
	'pay-and-the-courts': [through('timeline', 'injunctions-2017')],
	recruitment: [through('officers', 'officers-2019'), through('experience', 'experience-2019')],
	'protest-2018': [through('timeline', 'lindholme')],
	'liverpool-2019': [through('timeline', 'liverpool-walkout')],
	'what-changed': [through('scorecard', 'scorecard')],
	'what-happened-next': [
		through('since-2019', 'deaths-2024'),
		through('timeline', 'timeline-since-2019')
	],
	sources: []
};

/** The scroll steps of each section, in order, read off the runs and the charts' states. */
export const SECTION_STEPS: Record<SectionSlug, StepRef[]> = stepsOf(RUNS);

function stepsOf(runs: Record<SectionSlug, Run[]>): Record<SectionSlug, StepRef[]> {
	const next = new Map<ChartId, number>();
	const out = {} as Record<SectionSlug, StepRef[]>;
	for (const slug of SECTION_SLUGS) {
		out[slug] = runs[slug].flatMap(({ chart, last }) => {
			const states: readonly ChartState[] = CHART_STATES[chart];
			const from = next.get(chart) ?? 0;
			const to = states.indexOf(last, from);
			// A run that ends before it starts would silently drop or repeat steps.
			if (to < 0) throw new Error(`${slug}: ${chart} has no state ${last} after step ${from}`);
			next.set(chart, to + 1);
			return states.slice(from, to + 1).map((state) => ({ chart, state }));
		});
	}
	return out;
}

export function isSectionSlug(value: string): value is SectionSlug {
	return (SECTION_SLUGS as readonly string[]).includes(value);
}

/** The section where a chart first appears: where an embed or a picture of it links back to. */
export function chartSection(chart: ChartId): SectionSlug {
	const slug = SECTION_SLUGS.find((s) => SECTION_STEPS[s].some((step) => step.chart === chart));
	// Every chart has states and every state is in a section (tested), so this cannot be reached.
	if (!slug) throw new Error(`outline: chart ${chart} is in no section`);
	return slug;
}
