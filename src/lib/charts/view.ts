/**
 * The view model every composed chart draws: what a state shows, as plain data. Each chart's view
 * function (`officersView(state)` …) returns a `ChartView`; ChartFigure computes it once per state
 * and hands its `chart` to the chart file, so the drawing, the finding, the table, the summary,
 * the source line and the exported picture all read the same object and cannot disagree.
 */

/** A colour role; layers map it to a CSS token (`var(--accent)`) or, in export, a hex value. */
export type Tone = 'accent' | 'series-2' | 'series-3' | 'faint' | 'ink';

/** One plotted value. `y: null` is a published gap and is drawn as a gap. */
export interface Datum {
	/** Position along x in data units (decimal years on time charts). */
	x: number;
	y: number | null;
	/** The period as a reader says it: "31 Mar 2014", "2016", "12 months to Jun 2019". */
	label: string;
	/** The value formatted for reading, with its unit; "no figure" for a gap. */
	text: string;
	/** Id of the Source the figure (or the statement of its absence) came from. */
	source?: string;
}

export interface SeriesView {
	id: string;
	/** The series' name as it appears in the legend and the table. */
	name: string;
	form: 'line' | 'bars' | 'area';
	tone: Tone;
	data: Datum[];
	/** Drawn dashed: a different kind of period (rolling 12 months, point-in-time lows). */
	dashed?: boolean;
}

/** A labelled point: a highlighted value or a note on the chart. */
export interface Note {
	x: number;
	y: number;
	text: string;
	tone: Tone;
	/** Draw a dot at the point as well as the label. */
	dot?: boolean;
	/** Where the label sits relative to its point. */
	place?: 'above' | 'below';
}

export interface Tick {
	value: number;
	label: string;
}

/** A period with no published figure, marked on the x axis. */
export interface GapMark {
	x: number;
	label: string;
}

/** A stretch of x shaded behind the marks, e.g. the COVID-19 years. */
export interface SpanMark {
	from: number;
	to: number;
	label: string;
}

/** A declared series break, drawn as a vertical rule at x: figures either side do not compare. */
export interface BreakMark {
	x: number;
	label: string;
}

export interface CartesianView {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: Tick[];
	yTicks: Tick[];
	/** What the y axis counts, read after the top tick: "officers", "per 1,000 prisoners". */
	yUnit: string;
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

/** The numbers a state shows, for the "Show the numbers" table and CSV-like reading. */
export interface ChartTable {
	caption: string;
	columns: string[];
	rows: string[][];
}

/**
 * What every chart's view function returns for one state: the contract of all seven charts.
 * `G` is what its chart file draws (a CartesianView for the five time-series charts).
 */
export interface ChartView<G = unknown> {
	/** The geometry the chart file draws, in data units. */
	chart: G;
	/** One sentence saying what the state shows, its figures from the data module. */
	finding: string;
	/** A plain-text description of exactly what the state plots, for screen readers. */
	summary: string;
	/** The numbers the state plots. */
	table: ChartTable;
	/**
	 * Ids of the sources behind what the state shows, in order of first use; `undefined` means
	 * those of the data `chart.series` plots (see `sourceIdsOf`).
	 */
	sources?: string[];
}

/** CSS colour for a tone in the browser. */
export function toneVar(tone: Tone): string {
	return tone === 'faint' ? 'var(--ink-faint)' : tone === 'ink' ? 'var(--ink)' : `var(--${tone})`;
}
