/**
 * The one rule for "the value for a year": a series has at most one observation whose period
 * ends in a given year (a published gap counts as one). A year with several (a rolling or
 * point-in-time series sampled more than once a year) is a question with no single answer, so
 * it throws rather than let a chart, a sentence or a test each pick a different one; callers
 * that mean a particular period choose it from `series.observations` by date.
 */
import type { Observation, Series } from './types';

/** The observation whose period ends in `year`, gap rows included; undefined when there is none. */
export function observationIn(series: Series, year: number): Observation | undefined {
	const found = series.observations.filter((o) => o.year === year);
	if (found.length > 1) {
		throw new Error(`${series.id} has ${found.length} observations in ${year}; choose one by date`);
	}
	return found[0];
}

/** The value for `year`, or null when that year is a published gap or not in the series. */
export function valueIn(series: Series, year: number): number | null {
	return observationIn(series, year)?.value ?? null;
}

/** The observation for `year` with its value, throwing when it is a gap or absent. */
export function observedIn(series: Series, year: number): Observation & { value: number } {
	const found = observationIn(series, year);
	if (!found || found.value === null) throw new Error(`${series.id} has no value for ${year}`);
	return { ...found, value: found.value };
}

/** The value for `year`, throwing when it is a gap or absent: a sentence never states a figure it lacks. */
export function requireValue(series: Series, year: number): number {
	return observedIn(series, year).value;
}
