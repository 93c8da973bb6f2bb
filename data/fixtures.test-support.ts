/**
 * What the data build's tests share: one source, a yearly series' definition, and a raw CSV of
 * rows under the files' header, and the errors a call throws.
 */
import type { Source } from '../src/lib/data/types';
import { DataError } from './build';
import type { SeriesDefinition } from './sources';

export const source: Source = {
	id: 'pq-test',
	publisher: 'UK Parliament',
	publication: 'Written question HL0000',
	table: 'Answer table',
	url: 'https://example.org/hl0000',
	period: '2010 to 2017',
	retrieved: '2026-11-01',
	notes: ''
};
export const sources = [source];

export const yearly: SeriesDefinition = {
	file: 'moj-test-calendar-year.csv',
	id: 'test',
	exportName: 'test',
	title: 'Test series',
	unit: 'assaults',
	measure: 'Things counted in a year.',
	period: 'calendar-year',
	value: 'count',
	revision: 'first published',
	notes: []
};
export const FILE = 'data/raw/moj-test-calendar-year.csv';
const HEADER = 'period,value,source,note';
export const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

/** The errors a call throws, or [] when it does not throw. */
export function errorsOf(fn: () => unknown): string[] {
	try {
		fn();
		return [];
	} catch (error) {
		return error instanceof DataError ? error.errors : [(error as Error).message];
	}
}
