/**
 * What the `timeline` chart shows in each state: the 2016–2019 events on a horizontal time axis,
 * zoomed to a window around the state's events, which are highlighted and listed beneath.
 */
import { timeline } from '$lib/data';
import { chronological, placedOn } from '$lib/data/chronology';
import type { EventKind, TimelineEvent } from '$lib/data/types';
import { dodge, yearFraction } from './geometry';
import type { XY } from './layers/geometry';
import { CHART_STATES, type ChartState } from './ids';
import type { ChartView, Phrase, Tick } from './view';

export type TimelineState = ChartState<'timeline'>;

interface PlacedEvent extends TimelineEvent {
	/** Position on the axis, decimal years. */
	x: number;
	/** Row above the axis (0 on it), from `dodge`: marks on one row never overlap, even at 320 px. */
	level: number;
	/** One of the events this state is about. */
	current: boolean;
}

/** What the timeline chart file draws for a state. */
export interface TimelineGeometry {
	domain: [number, number];
	/** Month ticks, labelled in the document's words. */
	ticks: Tick<Phrase>[];
	/** Every event inside the window, in date order. */
	events: PlacedEvent[];
	/** The state's events, in date order: highlighted and listed under the axis. */
	current: PlacedEvent[];
	levels: number;
	/** Rows of the busiest state, so the strip keeps one height (nothing shifts) between states. */
	rows: number;
}

export type TimelineView = ChartView<TimelineGeometry>;

/**
 * Each state's events: an ISO date range, inclusive, and the kinds of event it is about. The
 * sentence that introduces them is in src/content/charts/timeline.aml.
 */
const STATES: Record<TimelineState, { from: string; to: string; kinds?: EventKind[] }> = {
	'may-2016': {
		from: '2016-05-01',
		to: '2016-07-31',
		kinds: ['protest']
	},
	'autumn-2016': {
		from: '2016-10-01',
		to: '2016-11-14',
		kinds: ['violence']
	},
	'protest-2016-11-15': {
		from: '2016-11-15',
		to: '2016-11-15'
	},
	'birmingham-riot': {
		from: '2016-12-16',
		to: '2016-12-16'
	},
	'deal-rejected': {
		from: '2016-12-17',
		to: '2016-12-31'
	},
	'pay-rise-2017': {
		from: '2017-02-19',
		to: '2017-02-19'
	},
	'action-2017': {
		from: '2017-02-20',
		to: '2017-02-27'
	},
	'injunctions-2017': {
		from: '2017-02-28',
		to: '2017-07-31',
		kinds: ['court']
	},
	'birmingham-takeover': {
		from: '2018-08-01',
		to: '2018-08-31'
	},
	'protest-2018-09-14': {
		from: '2018-09-01',
		to: '2018-09-30'
	},
	lindholme: {
		from: '2018-10-01',
		to: '2018-12-31'
	},
	'liverpool-walkout': {
		from: '2019-01-01',
		to: '2019-04-30'
	},
	'timeline-since-2019': {
		from: '2019-12-01',
		to: '2025-12-31'
	}
};

/**
 * The forms of the months' words, January first: each a phrase of the timeline's document
 * (src/content/charts/timeline.aml) with its year as a slot, so a month reads as the editor writes it.
 */
const MONTHS = [
	'month-jan',
	'month-feb',
	'month-mar',
	'month-apr',
	'month-may',
	'month-jun',
	'month-jul',
	'month-aug',
	'month-sep',
	'month-oct',
	'month-nov',
	'month-dec'
];
const START = 2016;
const END = 2025.5;
/**
 * Marks on one row stay this share of the window apart: a large mark and its halo (18 px) on the
 * narrowest strip drawn (about 270 px, a 320 px phone), so marks never overlap at any width.
 */
const MARK_GAP = 18 / 270;
/** The narrowest window shown, in years: enough to see the events either side. */
const MIN_SPAN = 0.75;

/** Which events a state is about: by id when an event has the state's id, else by date range. */
export function eventsOf(
	state: TimelineState,
	events: readonly TimelineEvent[] = timeline.events
): TimelineEvent[] {
	const { from, to, kinds } = STATES[state];
	return events.filter(
		(e) => e.id === state || (e.date >= from && e.date <= to && (!kinds || kinds.includes(e.kind)))
	);
}

/** The visible window around some events: padded, at least MIN_SPAN wide, within 2016 to mid-2025. */
function windowAround(xs: number[]): [number, number] {
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	const pad = Math.max(0.2, (MIN_SPAN - (hi - lo)) / 2);
	let a = lo - pad;
	let b = hi + pad;
	if (a < START) [a, b] = [START, b + (START - a)];
	if (b > END) [a, b] = [a - (b - END), END];
	return [Math.max(START, a), Math.min(END, b)];
}

/** Month ticks across the window, spaced so at most about four labels show (they must fit a 360px phone). */
function monthTicks([a, b]: [number, number]): Tick<Phrase>[] {
	const months = (b - a) * 12;
	const step = [1, 2, 3, 6, 12, 24].find((s) => months / s <= 4) ?? 24;
	const ticks: Tick<Phrase>[] = [];
	for (let m = Math.ceil(a * 12); m <= Math.floor(b * 12); m++) {
		if (m % step) continue;
		const year = Math.floor(m / 12);
		const month = m - year * 12;
		ticks.push({
			value: yearFraction(`${year}-${String(month + 1).padStart(2, '0')}-01`),
			label: monthOf(year, month)
		});
	}
	return ticks;
}

/** Every event in order, with its place on the axis: worked out once, for every state's window. */
let ordered: { event: TimelineEvent; x: number }[] | undefined;
const orderedEvents = () =>
	// Month-only events sit at the end of their month, after its dated events (see chronology.ts).
	(ordered ??= chronological(timeline.events).map((event) => ({
		event,
		x: yearFraction(placedOn(event))
	})));

/** The state's window and its events placed in rows. */
function placed(state: TimelineState) {
	const mine = new Set(eventsOf(state).map((e) => e.id));
	const all = orderedEvents();
	const currentXs = all.filter(({ event }) => mine.has(event.id)).map(({ x }) => x);
	const domain = windowAround(currentXs.length ? currentXs : [START]);
	const inside = all.filter(({ x }) => x >= domain[0] && x <= domain[1]);
	const rows = dodge(
		inside.map(({ x }) => x),
		(domain[1] - domain[0]) * MARK_GAP
	);
	const events: PlacedEvent[] = inside.map(({ event, x }, i) => ({
		...event,
		x,
		level: rows[i],
		current: mine.has(event.id)
	}));
	return { domain, events, levels: Math.max(1, ...events.map((e) => e.level + 1)) };
}

/** Rows of the busiest state, worked out once: every state's strip is this tall. */
let busiest: number | undefined;
const rowsOfBusiest = () =>
	(busiest ??= Math.max(...CHART_STATES.timeline.map((s) => placed(s).levels)));

export function timelineView(state: TimelineState): TimelineView {
	const { domain, events, levels } = placed(state);
	const current = events.filter((e) => e.current);
	const span = { from: [monthAt(domain[0])], to: [monthAt(domain[1])] };
	return {
		chart: { domain, ticks: monthTicks(domain), events, current, levels, rows: rowsOfBusiest() },
		sources: [...new Set(events.map((e) => e.source))],
		summary: {
			form: 'timeline',
			slots: {
				...span,
				events: current.map((e) => ({
					form: 'event',
					slots: { when: e.label, headline: [{ form: headlineOf(e) }] }
				}))
			}
		},
		table: {
			caption: { form: 'timeline', slots: span },
			columns: { form: 'timeline' },
			rows: events.map((e) => [e.label, { form: headlineOf(e) }, { form: kindOf(e) }])
		}
	};
}

/** The strip's dots, in the order they are drawn: the window's other events, then the state's. */
export interface TimelineMarks<Tone extends string> {
	/** The events around the state's, in the window: small and faint. */
	others: XY[];
	/** The state's events, one group for each tone their kinds are drawn in, in order of first event. */
	current: { tone: Tone; points: XY[] }[];
}

/**
 * Each dot's place, grouped so that a group is one path: while the axis glides, every frame moves
 * every dot, and a handful of paths rewritten per frame cost less than two for each event.
 */
export function timelineMarks<Tone extends string>(
	view: Pick<TimelineGeometry, 'events'>,
	toneOf: (kind: EventKind) => Tone
): TimelineMarks<Tone> {
	const at = (e: PlacedEvent): XY => ({ x: e.x, y: e.level });
	const current = new Map<Tone, XY[]>();
	for (const e of view.events.filter((e) => e.current)) {
		const tone = toneOf(e.kind);
		current.set(tone, [...(current.get(tone) ?? []), at(e)]);
	}
	return {
		others: view.events.filter((e) => !e.current).map(at),
		current: [...current].map(([tone, points]) => ({ tone, points }))
	};
}

/**
 * The forms of an event's words in the timeline's phrases: its headline and detail come from
 * data/raw/timeline.csv (added to the phrases at build time, src/lib/story/chartWords.server.ts),
 * the names of its kind from src/content/charts/timeline.aml.
 */
export const headlineOf = (e: Pick<TimelineEvent, 'id'>) => `headline-${e.id}`;
export const detailOf = (e: Pick<TimelineEvent, 'id'>) => `detail-${e.id}`;
export const kindOf = (e: Pick<TimelineEvent, 'kind'>) => `kind-${e.kind}`;

/** A month as words: its phrase, with its year (`month` counts from 0, January). */
function monthOf(year: number, month: number): Phrase {
	return { form: MONTHS[month], slots: { yearLabel: String(year) } };
}

/** The month a point on the axis falls in, as words. */
function monthAt(x: number): Phrase {
	const year = Math.floor(x);
	return monthOf(year, Math.min(11, Math.floor((x - year) * 12)));
}
