/**
 * The typed data module: the only import path for numbers (`$lib/data`). Every export is a
 * Series or the Timeline, each carrying its sources, generated from data/raw by
 * `npm run data:build`. Components read figures from here and format them with $lib/format.
 */
import type { Observation, Series, Source } from './types';
import {
	SOURCES as SOURCE_REGISTRY,
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
	selfHarmIndividuals,
	selfInflictedDeaths,
	seriousAssaultsOnStaff
} from './generated/series';
import { timeline } from './generated/timeline';

export type * from './types';
export {
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
	timeline
};

/** Every source any series or the timeline may cite, by id (for the sources section). */
export const SOURCES: Readonly<Record<string, Source>> = SOURCE_REGISTRY;

/** Every series by its id (the `/data/<id>.csv` download name). */
export const SERIES: Readonly<Record<string, Series>> = Object.fromEntries(
	[
		officers,
		officersLow2016,
		population,
		assaultsOnStaff,
		assaultsOnStaffRolling,
		seriousAssaultsOnStaff,
		assaultRate,
		selfHarm,
		selfHarmIndividuals,
		deaths,
		deathsRolling,
		selfInflictedDeaths,
		experienceUnder3,
		experience10Plus
	].map((series) => [series.id, series])
);

/**
 * The series' one observation whose period ends in `year` (a gap row included), or undefined
 * when there is none. Throws when the year has several (rolling or monthly series): pick those
 * from `series.observations` by date instead, so a chart never shows an arbitrary one.
 */
export function getObservation(series: Series, year: number): Observation | undefined {
	const found = series.observations.filter((o) => o.year === year);
	if (found.length > 1) {
		throw new Error(
			`getObservation: ${series.id} has ${found.length} observations in ${year}; choose one by date`
		);
	}
	return found[0];
}

/** The series' value for `year`, or null when that year is a gap or absent; see getObservation. */
export function valueIn(series: Series, year: number): number | null {
	return getObservation(series, year)?.value ?? null;
}
