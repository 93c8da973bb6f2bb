/**
 * The downloadable CSVs behind the charts: one row per observation, each row carrying its
 * source, so the file keeps its provenance wherever it travels.
 */
import type { SeriesRecord, Source, TimelineRecord } from './types';

/**
 * Quote a CSV cell when it needs it (RFC 4180). A text cell that a spreadsheet would read as a
 * formula (it begins with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` and quotes, as OWASP's
 * CSV-injection advice says; numbers are written as numbers, so `-3` stays a number.
 */
export function csvCell(value: string | number | null | undefined): string {
	if (typeof value === 'number') return String(value);
	const text = value ?? '';
	if (/^[=+\-@\t\r]/.test(text)) return `"'${text.replaceAll('"', '""')}"`;
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

type Cell = string | number | null | undefined;

/**
 * The CSV of `columns` and one row per item: its cells from the item and its source (which must
 * be among `sources`), then the licence cell: `licence`, the words' licence line with the
 * licences' addresses spelt out, as a CSV carries no links (the caller's, so the data room
 * imports nothing of the app).
 */
function sourcedCsv<T extends { source: string }>(
	columns: readonly string[],
	items: readonly T[],
	sources: readonly Source[],
	licence: string,
	cells: (item: T, source: Source) => Cell[]
): string {
	const rows = items.map((item) => {
		const source = sources.find((s) => s.id === item.source);
		if (!source) throw new Error(`csv: source ${item.source} is not among the dataset's sources`);
		return [...cells(item, source), licence];
	});
	return [[...columns], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const SERIES_CSV_COLUMNS = [
	'series_id',
	'series_title',
	'unit',
	'period',
	'date',
	'value',
	'note',
	'source_publisher',
	'source_publication',
	'source_table',
	'source_url',
	'revision',
	'licence'
] as const;

/**
 * A series' record (./records.server) as CSV; a gap is an empty value with its note. Licence
 * cells as `sourcedCsv`'s.
 */
export function seriesCsv(series: SeriesRecord, licence: string): string {
	return sourcedCsv(SERIES_CSV_COLUMNS, series.observations, series.sources, licence, (o, s) => [
		series.id,
		series.title,
		series.unit,
		o.label,
		o.date,
		o.value,
		o.note,
		s.publisher,
		s.publication,
		s.table,
		s.url,
		series.revision
	]);
}

export const TIMELINE_CSV_COLUMNS = [
	'id',
	'date',
	'precision',
	'kind',
	'title',
	'detail',
	'source_publisher',
	'source_publication',
	'source_url',
	'licence'
] as const;

/** The timeline of events as CSV, its licence cells as `seriesCsv`'s. */
export function timelineCsv(timeline: TimelineRecord, licence: string): string {
	return sourcedCsv(TIMELINE_CSV_COLUMNS, timeline.events, timeline.sources, licence, (e, s) => [
		e.id,
		e.date,
		e.precision,
		e.kind,
		e.title,
		e.detail,
		s.publisher,
		s.publication,
		s.url
	]);
}
