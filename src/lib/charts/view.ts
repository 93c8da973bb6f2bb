/**
 * The view model every composed chart draws: what a state shows, as plain data. Each chart's view
 * function (`officersView(state)` …) returns a `ChartView`; ChartFigure computes it once per state
 * and hands its `chart` to the chart file, so the drawing, the table, the summary, the source
 * line and the exported picture all read the same object and cannot disagree. The words around
 * its numbers (the finding, the summary's and the table's) are not shaping: see `ChartWords`.
 */
import type { BreakMark, GapMark, Note, SeriesView, SpanMark, Tick } from './layers/marks';
import type { Phrase } from './layers/phrase';
import type { SourceName } from '$lib/data/types';

// A view's words by name, as the layers read them too.
export type { Phrase, Slots } from './layers/phrase';

// The marks are the layers' vocabulary; charts and views read them through this module too.
export type {
	BreakMark,
	Datum,
	DrawnText,
	GapMark,
	Note,
	SeriesView,
	SpanMark,
	Tick,
	Tone
} from './layers/marks';
export { toneVar } from './layers/marks';

export interface CartesianView {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: Tick[];
	yTicks: Tick[];
	series: SeriesView[];
	notes: Note[];
	gaps: GapMark[];
	/** Half the width of a bar in x units (bar charts only). */
	barHalfWidth?: number;
	/** Periods shaded behind the marks, labelled at the top. */
	spans?: SpanMark[];
	/** Series breaks, each a labelled vertical rule. */
	breaks?: BreakMark[];
}

/** The numbers a state shows, as the "Show the numbers" table prints them: words filled in. */
export interface ChartTable {
	caption: string;
	columns: string[];
	rows: string[][];
}

/** A table cell: a figure or label as printed, or words read from the document's `{phrases}`. */
export type Cell = string | Phrase;

/** The numbers of a state's table, and the frames of its caption and its column headings. */
interface TableCells {
	caption: Phrase;
	/** Names a line of headings in the document's `{columns}`; its slots fill theirs. */
	columns: Phrase;
	rows: Cell[][];
}

/**
 * The frames of a chart's generated words, from its text document: each state's screen-reader
 * summary, its table's caption and column headings, and the phrases a list or a cell is read
 * with. Placeholders are resolved at build time; `{slot}`s are left for `sayView` to fill.
 */
export interface ChartFrames {
	summaries: Record<string, string>;
	captions: Record<string, string>;
	columns: Record<string, string[]>;
	phrases: Record<string, string>;
}

/**
 * A chart's words: its heading, each state's finding (the timeline's leads) and the frames of
 * its summaries and tables, written in src/content/charts/<chart>.aml and resolved at build time. They reach a chart as data (page data
 * and props), never inside its JavaScript, so a view computes none of them.
 */
export interface ChartWords {
	/** A short title for galleries, embeds, pictures and the figure's name. */
	title: string;
	/** One sentence per state saying what it shows, its figures from the data module. */
	findings: Record<string, string>;
	/** The frames of each state's summary and table, which its view fills with numbers. */
	frames: ChartFrames;
	/**
	 * Every source one of the chart's states names, by id, as its source line and the list beside
	 * its numbers name it: the chart's code and data carry ids only (see `sourceNames`).
	 */
	sources: Record<string, SourceName>;
}

/**
 * What every chart's view function returns for one state: the contract of all seven charts.
 * `G` is what its chart file draws (a CartesianView for the five time-series charts).
 */
export interface ChartView<G = unknown> {
	/** The geometry the chart file draws, in data units. */
	chart: G;
	/** A plain-text description of exactly what the state plots, for screen readers: its frame and numbers. */
	summary: Phrase;
	/** The numbers the state plots, and the frames of its caption and headings. */
	table: TableCells;
	/**
	 * Ids of the sources behind what the state shows, in order of first use; `undefined` means
	 * those of the data `chart.series` plots (see `sourceIdsOf`).
	 */
	sources?: string[];
}
