/**
 * The shapes of the typed data module. Every number the site shows is an Observation inside a
 * Series, and every Series carries the Sources it came from, so nothing can be drawn unsourced:
 * by name as charts draw it (Series), in full in its record (SeriesRecord).
 */

/** One publication a figure was read from. */
export interface Source {
	/** Stable kebab-case id used by raw CSV rows, e.g. `moj-hmpps-workforce-2019`. */
	id: string;
	/** Who published it, e.g. "Ministry of Justice" or "House of Lords (written answer)". */
	publisher: string;
	/** The publication's title as published. */
	publication: string;
	/** The table, sheet, chart or paragraph the figure is in. */
	table: string;
	/** Where a reader can check it (absolute https URL). */
	url: string;
	/** What period the publication covers, e.g. "31 Mar 2010 to 31 Mar 2019". */
	period: string;
	/** When the figure was read from it, ISO date `YYYY-MM-DD`. */
	retrieved: string;
	/** Revisions, definition changes and caveats a reader should know. Empty when none. */
	notes: string;
}

/** What the period of an observation means. */
export type PeriodKind = 'calendar-year' | 'point-in-time' | 'rolling-12-months';

/** One published figure for one period, or a published gap. */
export interface Observation {
	/** ISO date `YYYY-MM-DD` at the end of the period: `2010-03-31`, or `2016-12-31` for calendar 2016. */
	date: string;
	/** The calendar year the period ends in. */
	year: number;
	/** How the period reads on screen: "31 Mar 2010", "2016", "12 months to Jun 2019". */
	label: string;
	/**
	 * The figure, in the series' unit. `null` is a gap: no figure for this period has been
	 * published or found. A gap is shown as a gap; it is never interpolated or filled.
	 */
	value: number | null;
	/** Id of the Source this figure (or the statement of its absence) came from. */
	source: string;
	/** Why this row is special (a revision, a definition change, why it is a gap). */
	note?: string;
}

/** A time series with its whole provenance: what data:build writes and the sources pages print. */
export interface SeriesRecord {
	/** Kebab-case id; also the download name `/data/<id>.csv`. */
	id: string;
	/** A short title for captions and tables, e.g. "Band 3–5 prison officers". */
	title: string;
	/** Unit as read after a number, e.g. "officers (FTE)", "assaults", "per 1,000 prisoners", "%". */
	unit: string;
	/** What exactly is counted, in one sentence. */
	measure: string;
	period: PeriodKind;
	/** Which revision of the figures this is, e.g. "latest revision, PQ HL5359 (2020)". */
	revision: string;
	/** Every source any observation cites, resolved. */
	sources: Source[];
	/** Observations in date order; no two share a date. */
	observations: Observation[];
	/** Notes on the series as a whole: definition changes, comparability. */
	notes: string[];
	/** Runs of figures of one vintage, in date order (data/vintage.ts). Absent: one vintage throughout. */
	vintages?: VintageSpan[];
	/** Where the series is not comparable with what came before; charts draw each one. */
	breaks?: SeriesBreak[];
}

/** A run of a series' figures of one vintage: as first published, or from a later revision. */
export interface VintageSpan {
	vintage: 'first-published' | 'revised';
	/** The first and last periods of the run, as they read: "2010", "2018". */
	from: string;
	to: string;
}

/** A source as a chart names it: in the line under the figure and beside the numbers. */
export type SourceName = Pick<Source, 'id' | 'publisher' | 'publication' | 'url'>;

/**
 * A time series as the charts draw it: its figures, vintages and breaks, and the ids of its
 * sources. The rest of its record (what is measured, the revision, notes on the series and its
 * rows, each source in full) is printed by the server only (SeriesRecord, via
 * $lib/data/records.server), and a source's name reaches a page with its chart's words, so a story
 * block's code carries no more of a series than it draws.
 */
export interface Series extends Omit<
	SeriesRecord,
	'measure' | 'period' | 'revision' | 'notes' | 'sources'
> {
	/** The id of every source any observation cites, in order of first use. */
	sources: string[];
}

/** A declared series break: from this period on, figures are not comparable with earlier ones. */
export interface SeriesBreak {
	/** ISO date at the end of the first period after the break. */
	date: string;
	year: number;
	/** The first period after the break, as it reads: "2019". */
	label: string;
	/** Why, in one sentence a caption can show. */
	reason: string;
}

/** What kind of thing a timeline event is; the timeline chart colours by it. */
export type EventKind = 'protest' | 'violence' | 'government' | 'court' | 'pay';

/**
 * One dated event of 2016–2019 as the timeline chart places it. Its headline and detail are in
 * its record (TimelineEventRecord): they reach a page as the timeline's words (its phrases), so
 * no chart code carries them.
 */
export interface TimelineEvent {
	/** Stable kebab-case id, e.g. `protest-2016-11-15`. */
	id: string;
	/** ISO date; for month precision, the first of the month. */
	date: string;
	precision: 'day' | 'month';
	/** How the date reads: "15 Nov 2016" or "May 2016". */
	label: string;
	kind: EventKind;
	/** Id of the Source. */
	source: string;
}

/** An event with its words: what data/raw/timeline.csv holds, and the server reads. */
export interface TimelineEventRecord extends TimelineEvent {
	/** A short headline in our words, e.g. "Up to 10,000 officers stop work". */
	title: string;
	/** One or two sentences in our words. */
	detail: string;
}

/** The timeline as the chart draws it: its events, and the ids of their sources. */
export interface Timeline {
	id: 'timeline';
	title: string;
	/** The id of every source an event cites, in order of first use. */
	sources: string[];
	events: TimelineEvent[];
}

/** The timeline with each source in full: what data:build reads and its CSV prints (server-side). */
export interface TimelineRecord extends Omit<Timeline, 'sources' | 'events'> {
	sources: Source[];
	events: TimelineEventRecord[];
}
