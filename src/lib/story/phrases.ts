/**
 * How the story says a figure: each helper reads one value from the data module and formats it
 * as a sentence prints it, throwing when the value is missing, so a sentence cannot print a gap
 * or a number typed by hand. The text documents reach them through placeholders
 * (see ./text/vocabulary.ts).
 */
import {
	assaultsOnStaff,
	assaultsOnStaffRolling,
	deathsRolling,
	officers,
	officersLow2016,
	population,
	observationIn,
	observedIn
} from '$lib/data';
import { TIMELINE_RECORD } from '$lib/data/records.server';
import type { Observation, Series, TimelineEventRecord } from '$lib/data/types';
import { formatCount, formatDecimal, formatPercent } from '$lib/format';
import { formatDate } from '$lib/formatDate';
import { perDay } from '$lib/data/derive';

/** The observation of `series` at an ISO date, e.g. `2016-10-31`; throws when absent. */
function observedOn(series: Series, date: string): Observation & { value: number } {
	const found = series.observations.find((o) => o.date === date);
	if (!found || found.value === null) throw new Error(`copy: ${series.id} has no value on ${date}`);
	return { ...found, value: found.value };
}

/** How a series' period in `year` reads, even where that year is a published gap. */
export function periodOf(series: Series, year: number): string {
	const found = observationIn(series, year);
	if (!found) throw new Error(`copy: ${series.id} has no period in ${year}`);
	return found.label;
}

/** A calendar year as the story prints it, read from a calendar-year series: `2016`. */
export function yearLabel(year: number): string {
	return periodOf(assaultsOnStaff, year);
}

/** A percentage series' value in a year: `13%`. */
export function share(series: Series, year: number): string {
	return formatPercent(observedIn(series, year).value);
}

/** The timeline event with this id; throws when the data module has no such event. */
export function event(id: string): TimelineEventRecord {
	const found = TIMELINE_RECORD.events.find((e) => e.id === id);
	if (!found) throw new Error(`copy: the timeline has no event "${id}"`);
	return found;
}

/** A headline as a sentence fragment: `Up to 10,000…` → `up to 10,000…`; acronyms stay. */
export function lower(title: string): string {
	return /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

/** The date of a timeline event as it reads: `15 Nov 2016` or `May 2016`. */
export function on(id: string): string {
	return event(id).label;
}

/** The month of a timeline event as it reads: `Aug 2018`. */
export function month(id: string): string {
	return formatDate(event(id).date.slice(0, 7) + '-01', 'month');
}

/** The later year's value as a multiple of the earlier's, to one decimal place: `2.4`. */
export function times(series: Series, from: number, to: number): string {
	return formatDecimal(observedIn(series, to).value / observedIn(series, from).value, 1);
}

/** The change from one year's value to another's, as a whole percentage: `140%`. */
export function rise(series: Series, from: number, to: number): string {
	const a = observedIn(series, from).value;
	const b = observedIn(series, to).value;
	return formatPercent((Math.abs(b - a) / a) * 100);
}

/** Average per day over a calendar year: `19`. */
export function daily(series: Series, year: number): string {
	// One decimal, as the chart's own annotation gives it, so card and chart agree.
	return formatDecimal(perDay(observedIn(series, year).value, year), 1);
}

/** Prisoners (30 June) per band 3–5 officer (31 March) in a year, to one decimal place: `4.6`. */
export function perOfficer(year: number): string {
	return formatDecimal(observedIn(population, year).value / observedIn(officers, year).value, 1);
}

/** The difference between two values, formatted: `6,579`. */
export function gap(a: number, b: number): string {
	return formatCount(Math.abs(a - b));
}

/** The Ministry's recruitment baseline (31 Oct 2016): named as the baseline wherever it is used. */
const recruitmentBaseline = observedOn(officersLow2016, '2016-10-31');

/**
 * Observations the story names rather than dates by year, for placeholders such as
 * `{figure officersLow}`: each is picked here once, so every sentence and the chart agree.
 */
export const POINTS = {
	recruitmentBaseline,
	/** The lowest count the story shows (the chart marks it): the one "low" of the story. */
	officersLow: officersLow2016.observations.reduce<Observation & { value: number }>(
		(a, b) => (b.value !== null && b.value < a.value ? { ...b, value: b.value } : a),
		recruitmentBaseline
	),
	/** Assaults on staff in the rolling year to June 2019, as first published. */
	assaultsRolling: observedOn(assaultsOnStaffRolling, '2019-06-30'),
	/** The latest rolling count of deaths in custody. */
	deathsLatest: latest(deathsRolling)
} as const satisfies Record<string, Observation & { value: number }>;

/** The last observation of a series that holds a value; throws when it has none. */
function latest(series: Series): Observation & { value: number } {
	const found = series.observations.filter((o) => o.value !== null).at(-1);
	if (!found || found.value === null) throw new Error(`copy: ${series.id} has no value`);
	return { ...found, value: found.value };
}
