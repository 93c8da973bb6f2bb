/**
 * The order events are told in. A month-only event ("May 2016") cannot be said to come before
 * anything dated later in that month, so it sorts after the month's dated events, not on the
 * 1st; events on the same day keep the order they happened in, which is their order in
 * data/raw/timeline.csv (Array.prototype.sort is stable).
 */
import type { TimelineEvent } from './types';

/** The date an event is placed at for ordering: its day, or the last day of its month. */
export function placedOn(event: Pick<TimelineEvent, 'date' | 'precision'>): string {
	if (event.precision === 'day') return event.date;
	const [y, m] = event.date.split('-').map(Number);
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return `${event.date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** Where an event goes in the timeline's order: the day it is placed at, then how exact it is. */
interface Place {
	on: string;
	rank: number;
}

function placeOf(event: Pick<TimelineEvent, 'date' | 'precision'>): Place {
	return { on: placedOn(event), rank: rank(event) };
}

/**
 * The order's one rule. ISO dates sort as they read, so they are compared as plain text:
 * `localeCompare` would consult the locale's collation rules, and its first call sets those up
 * (in a browser at 4× CPU, sorting the timeline that way took 37 ms, in the slice that wakes the
 * story's first timeline).
 */
function comparePlaces(a: Place, b: Place): number {
	return (a.on < b.on ? -1 : a.on > b.on ? 1 : 0) || a.rank - b.rank;
}

/** Compare two events for the timeline's order; ties (same day, or same month) are equal. */
export function byChronology(
	a: Pick<TimelineEvent, 'date' | 'precision'>,
	b: Pick<TimelineEvent, 'date' | 'precision'>
): number {
	return comparePlaces(placeOf(a), placeOf(b));
}

/** Within one day, a dated event comes before a month-only event ending that day. */
function rank(e: Pick<TimelineEvent, 'precision'>): number {
	return e.precision === 'day' ? 0 : 1;
}

/** Events in the timeline's order, without modifying the input. */
export function chronological<T extends Pick<TimelineEvent, 'date' | 'precision'>>(
	events: readonly T[]
): T[] {
	// Each event's place is worked out once, not at each of the sort's comparisons.
	return events
		.map((event) => ({ event, place: placeOf(event) }))
		.sort((a, b) => comparePlaces(a.place, b.place))
		.map(({ event }) => event);
}
