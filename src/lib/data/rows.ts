/**
 * How the generated series modules store observations: one row per observation instead of one
 * object with repeated keys, expanded once when the module loads. The year is read from the date,
 * so the two cannot disagree.
 */
import type { Observation, Series, SeriesRecord } from './types';

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

/** How a generated JSON file stores a series or a record: its fields, and its observations as rows. */
type WithRows<T extends { observations: Observation[] }> = Omit<T, 'observations'> & {
	rows: readonly ObservationRow[];
};

/**
 * A series or record a generated JSON file describes. data:build validated every field when it
 * wrote the file, and data:check keeps it so; JSON's inferred type cannot say so (a tuple reads
 * as an array, a union as a string), hence the one assertion, here.
 */
function expand<T extends { observations: Observation[] }>(json: {
	rows: readonly (readonly unknown[])[];
}): T {
	const { rows, ...fields } = json as unknown as WithRows<T>;
	return { ...fields, observations: observationsFrom(rows) } as unknown as T;
}

/** A series as charts draw it, from generated/series/<id>.json. */
export function seriesFrom(json: { rows: readonly (readonly unknown[])[] }): Series {
	return expand<Series>(json);
}

/** A series' whole record, from generated/records/<id>.json (server-side: records.server). */
export function recordFrom(json: { rows: readonly (readonly unknown[])[] }): SeriesRecord {
	return expand<SeriesRecord>(json);
}
