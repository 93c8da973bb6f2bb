/**
 * How the generated series modules store observations: one row per observation instead of one
 * object with repeated keys, expanded once when the module loads. The year is read from the date,
 * so the two cannot disagree.
 */
import type { Observation } from './types';

/** An observation as generated/series/*.ts prints it: date, label, value, source, note. */
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
