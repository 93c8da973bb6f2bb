/**
 * The typed data module: the only import path for numbers (`$lib/data`). Every export is a
 * Series or the Timeline, each carrying its sources, generated from data/raw by
 * `npm run data:build`. Components read figures from here and format them with $lib/format.
 */
import type { Series, Source } from './types';
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
export { observationIn, observedIn, requireValue, valueIn } from './observation';
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
