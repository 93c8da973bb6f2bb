/**
 * Every chart of the story by id: its title, component, the series behind it (for the source line
 * and CSV downloads), where it first appears, and for any state its finding, summary and table.
 * The story, the embed pages, the gallery and the picture export all read this one table.
 */
import type { Component } from 'svelte';
import {
	assaultRate,
	assaultsOnStaff,
	assaultsOnStaffRolling,
	deaths,
	deathsRolling,
	experience10Plus,
	experienceUnder3,
	officers,
	officersLow2016,
	population,
	selfHarm,
	selfInflictedDeaths,
	seriousAssaultsOnStaff,
	timeline,
	SOURCES
} from '$lib/data';
import type { Series, Source } from '$lib/data/types';
import type { ChartId, ChartState } from './ids';
import type { ChartTable, Datum } from './view';
import { sourceIdsOf } from './viewHelpers';
import OfficersLine from './OfficersLine.svelte';
import AssaultsChart from './AssaultsChart.svelte';
import HarmChart from './HarmChart.svelte';
import TimelineChart from './TimelineChart.svelte';
import ExperienceChart from './ExperienceChart.svelte';
import Scorecard from './Scorecard.svelte';
import SinceChart from './SinceChart.svelte';
import { officersView, type OfficersState } from './officersView';
import { assaultsView, type AssaultsState } from './assaultsView';
import { harmView, type HarmState } from './harmView';
import { timelineView, type TimelineState } from './timelineView';
import { experienceView, type ExperienceState } from './experienceView';
import { scorecardView, type ScorecardState } from './scorecardView';
import { sinceView, type SinceState } from './sinceView';

/** Props every composed chart takes. */
interface ChartProps<C extends ChartId = ChartId> {
	state: ChartState<C>;
	/** Fixed pixel size for export mode; `undefined` in the browser. */
	exportSize?: { width: number; height: number };
}

export interface ChartSpec<C extends ChartId = ChartId> {
	id: C;
	/** A short title for galleries, embeds and pictures. */
	title: string;
	component: Component<ChartProps<C>>;
	/** The series drawn (their sources make the source line; each is a CSV download). */
	series: Series[];
	/** Sources that are not series (the timeline's). */
	extraSources?: Source[];
	/** One sentence saying what the state shows, its figures from the data module. */
	finding(state: ChartState<C>): string;
	/** A plain-text description of exactly what the state plots, for screen readers. */
	summary(state: ChartState<C>): string;
	/** The numbers the state plots. */
	table(state: ChartState<C>): ChartTable;
	/** The sources of exactly the figures the state plots, each once: the figure's source line. */
	sources(state: ChartState<C>): Source[];
}

interface AnyView {
	finding: string;
	summary: string;
	table: ChartTable;
	sources?: string[];
	chart?: { series: { data: Datum[] }[] };
}

function spec<C extends ChartId>(
	base: Omit<ChartSpec<C>, 'finding' | 'summary' | 'table' | 'sources'>,
	view: (state: ChartState<C>) => AnyView
): ChartSpec<C> {
	return {
		...base,
		finding: (s) => view(s).finding,
		summary: (s) => view(s).summary,
		table: (s) => view(s).table,
		sources: (s) => {
			const v = view(s);
			return resolveSources(v.sources ?? sourceIdsOf(v.chart?.series ?? []));
		}
	};
}

/** Sources by id, one per publication URL; an unknown id is a data error and throws. */
export function resolveSources(ids: string[]): Source[] {
	const seen = new Set<string>();
	return ids
		.map((id) => {
			// Own keys only, so `constructor` or `toString` is an unknown id, not an inherited function.
			const source = Object.hasOwn(SOURCES, id) ? SOURCES[id] : undefined;
			if (!source) throw new Error(`registry: unknown source id ${JSON.stringify(id)}`);
			return source;
		})
		.filter((s) => !seen.has(s.url) && seen.add(s.url));
}

export const CHARTS: { [C in ChartId]: ChartSpec<C> } = {
	officers: spec(
		{
			id: 'officers',
			title: 'Officers in public-sector prisons, 2010–2019',
			component: OfficersLine as Component<ChartProps<'officers'>>,
			series: [officers, officersLow2016, population]
		},
		(s) => officersView(s as OfficersState)
	),
	assaults: spec(
		{
			id: 'assaults',
			title: 'Assaults on prison staff, 2010–2019',
			component: AssaultsChart as Component<ChartProps<'assaults'>>,
			series: [assaultsOnStaff, seriousAssaultsOnStaff, assaultRate]
		},
		(s) => assaultsView(s as AssaultsState)
	),
	harm: spec(
		{
			id: 'harm',
			title: 'Self-harm and deaths in custody, 2010–2019',
			component: HarmChart as Component<ChartProps<'harm'>>,
			series: [selfHarm, selfInflictedDeaths, deaths]
		},
		(s) => harmView(s as HarmState)
	),
	timeline: spec(
		{
			id: 'timeline',
			title: 'Protest, riots and the courts, 2016–2024',
			component: TimelineChart as Component<ChartProps<'timeline'>>,
			series: [],
			extraSources: timeline.sources
		},
		(s) => timelineView(s as TimelineState)
	),
	experience: spec(
		{
			id: 'experience',
			title: "Officers' length of service, 2010–2019",
			component: ExperienceChart as Component<ChartProps<'experience'>>,
			series: [experienceUnder3, experience10Plus]
		},
		(s) => experienceView(s as ExperienceState)
	),
	scorecard: spec(
		{
			id: 'scorecard',
			title: 'What changed: 2010, 2016, 2019 and the latest year',
			component: Scorecard as Component<ChartProps<'scorecard'>>,
			series: [officers, assaultsOnStaff, assaultsOnStaffRolling, selfHarm, deaths]
		},
		(s) => scorecardView(s as ScorecardState)
	),
	'since-2019': spec(
		{
			id: 'since-2019',
			title: 'Officers, violence, self-harm and deaths, 2010–2025',
			component: SinceChart as Component<ChartProps<'since-2019'>>,
			series: [
				officers,
				experience10Plus,
				experienceUnder3,
				assaultsOnStaff,
				selfHarm,
				deaths,
				selfInflictedDeaths,
				deathsRolling
			]
		},
		(s) => sinceView(s as SinceState)
	)
};
