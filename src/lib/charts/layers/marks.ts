/**
 * What the layers draw, as plain data: the marks a chart's view hands its layers (series, notes,
 * ticks, spans, breaks) and the colour roles they are painted in. Defined here, beside the layers,
 * so a layer needs nothing from the chart that stacks it; the charts' view model
 * (`../view.ts`) builds on these.
 */

import type { Phrase } from './phrase';

/**
 * What a mark writes: a figure, period or data title as printed ("24,830", "31 Mar 2014"), or
 * words from the chart's document by form, which the layer reads with `getDrawnWords()`.
 */
export type DrawnText = string | Phrase;

/** A colour role; layers map it to a CSS token (`var(--accent)`) or, in export, a hex value. */
export type Tone = 'accent' | 'series-2' | 'series-3' | 'faint' | 'ink';

/** One plotted value. `y: null` is a published gap and is drawn as a gap. */
export interface Datum {
	/** Position along x in data units (decimal years on time charts). */
	x: number;
	y: number | null;
	/** The period as a reader says it: "31 Mar 2014", "2016", "12 months to Jun 2019". */
	label: string;
	/** The value as read, with its unit (a phrase: "6,844 assaults"); a gap's phrase for none. */
	text: DrawnText;
	/** Id of the Source the figure (or the statement of its absence) came from. */
	source?: string;
}

export interface SeriesView {
	id: string;
	/** The series' name as the legend writes it: its data title, or a phrase. */
	name: DrawnText;
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
	text: DrawnText;
	tone: Tone;
	/** Draw a dot at the point as well as the label. */
	dot?: boolean;
	/** Where the label sits relative to its point. */
	place?: 'above' | 'below';
}

/** A tick and its label: a figure as printed ("2016", "25,000"), or a phrase (the timeline's months are words). */
export interface Tick<Label extends DrawnText = string> {
	value: number;
	label: Label;
}

/** A stretch of x shaded behind the marks, e.g. the COVID-19 years. */
export interface SpanMark {
	from: number;
	to: number;
	label: DrawnText;
	/** What a narrow plot writes instead of `label`; `undefined` writes `label` at every width. */
	short?: DrawnText;
}

/** A declared series break, drawn as a vertical rule at x: figures either side do not compare. */
export interface BreakMark {
	x: number;
	label: DrawnText;
}

/** A period with no published figure, marked on the x axis. */
export interface GapMark {
	x: number;
	label: DrawnText;
}

/** CSS colour for a tone in the browser. */
export function toneVar(tone: Tone): string {
	return tone === 'faint' ? 'var(--ink-faint)' : tone === 'ink' ? 'var(--ink)' : `var(--${tone})`;
}
