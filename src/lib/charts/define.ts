/**
 * What a chart is to the pages that show it (ChartSpec), and `defineChart`, which makes one from
 * its chart file and its view function. Each chart is defined in its own module (specs/<id>.ts)
 * importing only its own series, so the story can load one chart's code and data at a time
 * (./load.ts); ./registry.ts gathers them all for the build.
 */
import type { Component } from 'svelte';
import type { Series } from '$lib/data/types';
import type { ChartId, ChartState } from './ids';
import type { CartesianView, ChartView } from './view';
import { sourceIdsOf } from './viewHelpers';

/** Props every chart file takes: what to draw, the state's view geometry computed by ChartFigure. */
interface ChartProps<G = unknown> {
	view: G;
	/**
	 * The views of every state the figure steps through (`view`'s among them), or none: a chart
	 * keeps the room the tallest of them needs for what it writes above and around its plot (a
	 * legend, a list), so a change of step never moves the plot, or the buttons under it.
	 */
	held?: G[];
}

/** A state's view with its sources listed: what ChartFigure and the picture export read. */
interface FigureView<G = unknown> extends Omit<ChartView<G>, 'sources'> {
	/**
	 * The ids of the sources of exactly the figures the state shows, each once, in order of first
	 * use; the chart's words name them (`sourceNames`).
	 */
	sources: string[];
}

/** A dataset a reader can download as `/data/<id>.csv`. */
interface Dataset {
	id: string;
	title: string;
	/** The ids of its sources. */
	sources: string[];
}

export interface ChartSpec<C extends ChartId = ChartId> {
	id: C;
	/** The chart file: draws `view.chart` with its layers, in the browser and in pictures. */
	component: Component<ChartProps>;
	/** The series drawn (their sources make the source line; each is a CSV download). */
	series: Series[];
	/** Every CSV behind the chart, by id and title: its series, then the timeline if it draws events. */
	datasets: { id: string; title: string }[];
	/** The id of every source the chart's data cite, each once: the only ones a state may name. */
	cited: string[];
	/**
	 * The state's view. Computed on first use and kept: a view is a pure function of its state
	 * and the data module, so the summary, table and sources read one object. Its title, findings
	 * and the words of its summary and table (src/content/charts/<chart>.aml) are handed to the
	 * charts as data: `sayView(view, words)` puts the view's numbers into them.
	 */
	view(state: ChartState<C>): FigureView;
	/** The ids of the sources of exactly the figures the state plots, each once: its source line. */
	sources(state: ChartState<C>): string[];
}

interface Base<C extends ChartId, G> {
	id: C;
	component: Component<ChartProps<G>>;
	series: Series[];
	/** A dataset drawn that is not a series (the timeline): cited and offered as a CSV. */
	events?: Dataset;
}

/** A spec from its chart file and its view function, whose geometry the chart file draws. */
export function defineChart<C extends ChartId, G>(
	{ component, events, ...base }: Base<C, G>,
	compute: (state: ChartState<C>) => ChartView<G>
): ChartSpec<C> {
	const cited = [
		...new Set([...base.series.flatMap((s) => s.sources), ...(events?.sources ?? [])])
	];
	const kept = new Map<ChartState<C>, FigureView<G>>();
	const view = (state: ChartState<C>) => {
		let v = kept.get(state);
		if (!v) {
			const raw = compute(state);
			const ids = raw.sources ?? sourceIdsOf((raw.chart as Partial<CartesianView>).series ?? []);
			v = { ...raw, sources: citedSources(ids, cited) };
			kept.set(state, v);
		}
		return v;
	};
	return {
		...base,
		component: component as Component<ChartProps>,
		datasets: [...base.series, ...(events ? [events] : [])].map(({ id, title }) => ({ id, title })),
		cited,
		view,
		sources: (s) => view(s).sources
	};
}

/**
 * The ids a state's view names, each once, in order. An id none of the chart's own data cite is a
 * data error and throws: a source line never names what the chart does not show.
 */
export function citedSources(ids: string[], cited: readonly string[]): string[] {
	const known = new Set(cited);
	for (const id of ids)
		if (!known.has(id)) throw new Error(`registry: unknown source id ${JSON.stringify(id)}`);
	return [...new Set(ids)];
}
