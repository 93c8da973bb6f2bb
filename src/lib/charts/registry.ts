/**
 * Every chart of the story by id: its component, the series behind it (for the source line and
 * CSV downloads), and for any state its summary, table and sources. Its title and findings are
 * words (src/content/charts/<chart>.aml), handed to the charts as data. The story, the embed
 * pages, the gallery and the picture export all read this one table.
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
import type { CartesianView, ChartTable, ChartView } from './view';
import { sourceIdsOf } from './viewHelpers';
import CartesianChart from './CartesianChart.svelte';
import TimelineChart from './TimelineChart.svelte';
import Scorecard from './Scorecard.svelte';
import { officersView, type OfficersState } from './officersView';
import { assaultsView, type AssaultsState } from './assaultsView';
import { harmView, type HarmState } from './harmView';
import { timelineView, type TimelineState } from './timelineView';
import { experienceView, type ExperienceState } from './experienceView';
import { scorecardView, type ScorecardState } from './scorecardView';
import { sinceView, type SinceState } from './sinceView';

/** Props every chart file takes: what to draw, the state's view geometry computed by ChartFigure. */
interface ChartProps<G = unknown> {
	view: G;
}

/** A state's view with its sources resolved: what ChartFigure and the picture export read. */
interface FigureView<G = unknown> extends Omit<ChartView<G>, 'sources'> {
	/** The sources of exactly the figures the state shows, one per publication URL. */
	sources: Source[];
}

export interface ChartSpec<C extends ChartId = ChartId> {
	id: C;
	/** The chart file: draws `view.chart` with its layers, in the browser and in pictures. */
	component: Component<ChartProps>;
	/** The series drawn (their sources make the source line; each is a CSV download). */
	series: Series[];
	/** Sources that are not series (the timeline's). */
	extraSources?: Source[];
	/**
	 * The state's view. Computed on first use and kept: a view is a pure function of its state
	 * and the data module, so the summary, table and sources below read one object.
	 */
	view(state: ChartState<C>): FigureView;
	/** A plain-text description of exactly what the state plots, for screen readers. */
	summary(state: ChartState<C>): string;
	/** The numbers the state plots. */
	table(state: ChartState<C>): ChartTable;
	/** The sources of exactly the figures the state plots, each once: the figure's source line. */
	sources(state: ChartState<C>): Source[];
}

type Base<C extends ChartId, G> = Omit<
	ChartSpec<C>,
	'component' | 'view' | 'summary' | 'table' | 'sources'
> & { component: Component<ChartProps<G>> };

/** A spec from its chart file and its view function, whose geometry the chart file draws. */
function spec<C extends ChartId, G>(
	{ component, ...base }: Base<C, G>,
	compute: (state: ChartState<C>) => ChartView<G>
): ChartSpec<C> {
	const kept = new Map<ChartState<C>, FigureView<G>>();
	const view = (state: ChartState<C>) => {
		let v = kept.get(state);
		if (!v) {
			const raw = compute(state);
			const ids = raw.sources ?? sourceIdsOf((raw.chart as Partial<CartesianView>).series ?? []);
			v = { ...raw, sources: resolveSources(ids) };
			kept.set(state, v);
		}
		return v;
	};
	return {
		...base,
		component: component as Component<ChartProps>,
		view,
		summary: (s) => view(s).summary,
		table: (s) => view(s).table,
		sources: (s) => view(s).sources
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
			component: CartesianChart,
			series: [officers, officersLow2016, population]
		},
		(s) => officersView(s as OfficersState)
	),
	assaults: spec(
		{
			id: 'assaults',
			component: CartesianChart,
			series: [assaultsOnStaff, seriousAssaultsOnStaff, assaultRate]
		},
		(s) => assaultsView(s as AssaultsState)
	),
	harm: spec(
		{
			id: 'harm',
			component: CartesianChart,
			series: [selfHarm, selfInflictedDeaths, deaths]
		},
		(s) => harmView(s as HarmState)
	),
	timeline: spec(
		{
			id: 'timeline',
			component: TimelineChart,
			series: [],
			extraSources: timeline.sources
		},
		(s) => timelineView(s as TimelineState)
	),
	experience: spec(
		{
			id: 'experience',
			component: CartesianChart,
			series: [experienceUnder3, experience10Plus]
		},
		(s) => experienceView(s as ExperienceState)
	),
	scorecard: spec(
		{
			id: 'scorecard',
			component: Scorecard,
			series: [officers, assaultsOnStaff, assaultsOnStaffRolling, selfHarm, deaths]
		},
		(s) => scorecardView(s as ScorecardState)
	),
	'since-2019': spec(
		{
			id: 'since-2019',
			component: CartesianChart,
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
