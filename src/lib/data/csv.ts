/**
 * The downloadable CSVs behind the charts: one row per observation, each row carrying its
 * source, so the file keeps its provenance wherever it travels.
 */
import type { Series, Source, Timeline } from './types';
import { licenceLine } from './licence';

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

function csv(rows: (string | number | null | undefined)[][]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function sourceOf(sources: readonly Source[], id: string): Source {
	const source = sources.find((s) => s.id === id);
	if (!source) throw new Error(`seriesCsv: source ${id} is not among the series' sources`);
	return source;
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
 * A series as CSV; a gap is an empty value with its note. Every row's licence cell credits
 * `siteName` (the caller's, so the data room imports nothing of the app) and, as a CSV carries no
 * links, spells out the licences' addresses.
 */
export function seriesCsv(series: Series, siteName: string): string {
	const licence = licenceLine(siteName, true);
	return csv([
		[...SERIES_CSV_COLUMNS],
		...series.observations.map((o) => {
			const source = sourceOf(series.sources, o.source);
			return [
				series.id,
				series.title,
				series.unit,
				o.label,
				o.date,
				o.value,
				o.note,
				source.publisher,
				source.publication,
				source.table,
				source.url,
				series.revision,
				licence
			];
		})
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
export function timelineCsv(timeline: Timeline, siteName: string): string {
	const licence = licenceLine(siteName, true);
	return csv([
		[...TIMELINE_CSV_COLUMNS],
		...timeline.events.map((e) => {
			const source = sourceOf(timeline.sources, e.source);
			return [
				e.id,
				e.date,
				e.precision,
				e.kind,
				e.title,
				e.detail,
				source.publisher,
				source.publication,
				source.url,
				licence
			];
		})
	]);
}
