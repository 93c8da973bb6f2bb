/**
 * How the generated series modules store observations: one row per observation instead of one
 * object with repeated keys, expanded once when the module loads. The year is read from the date,
 * so the two cannot disagree.
 */
import type { Observation, Series } from './types';

/** An observation as generated/series/*.json stores it: date, label, value, source, note. */
export type ObservationRow = readonly [
	date: string,
	label: string,
	value: number | null,
	source: string,
	note?: string
];

/** The observations a generated module's rows describe, in the order given. */
export function observationsFrom(rows: readonly ObservationRow[]): Observation[] {
	return rows.map(([date, label, value, source, note]) => ({
		date,
		year: Number(date.slice(0, 4)),
		label,
		value,
		source,
		...(note === undefined ? {} : { note })
	}));
}

/** A series as generated/series/<id>.json stores it: its fields, and its observations as rows. */
type SeriesJson = Omit<Series, 'observations'> & { rows: readonly ObservationRow[] };

/**
 * The series a generated JSON file describes. data:build validated every field when it wrote the
 * file, and data:check keeps it so; JSON's inferred type cannot say so (a tuple reads as an
 * array, a union as a string), hence the one assertion, here.
 */
export function seriesFrom(json: { rows: readonly (readonly unknown[])[] }): Series {
	const { rows, ...fields } = json as unknown as SeriesJson;
	return { ...fields, observations: observationsFrom(rows) };
}
