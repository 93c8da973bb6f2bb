/**
 * The typed data module: the only import path for numbers (`$lib/data`). Every export is a
 * Series or the Timeline, each citing its sources by id (a series' whole record, and the registry
 * of sources by id, are server-side: ./records.server), generated from data/raw by
 * `npm run data:build`: the series, their ids and the SERIES table by id come from
 * generated/series.ts, so nothing here lists them again. Components read figures from here and
 * format them with $lib/format.
 */
import { SERIES, type SeriesId } from './generated/series';

export type * from './types';
export * from './generated/series';
export { timeline } from './generated/timeline';
export { observationIn, observedIn, requireValue, valueIn } from './observation';

/** Whether `id` names a series; own keys only, so `constructor` or `toString` is no series. */
export function isSeriesId(id: string): id is SeriesId {
	return Object.hasOwn(SERIES, id);
}
