/**
 * Validation of the raw files: the source registry, each series file and the timeline. Every
 * check runs and every problem is collected (up to MAX_ERRORS, with the count) before any throw.
 */
import type {
	EventKind,
	Observation,
	SeriesRecord,
	Source,
	TimelineRecord,
	TimelineEventRecord
} from '../src/lib/data/types';
import {
	count,
	isoDate,
	kebabId,
	percent,
	period,
	rate,
	requiredText,
	sourceId,
	yearMonth
} from './cells';
import { byChronology } from '../src/lib/data/chronology';
import { parseCsv, Problems } from './csv';
import { TIMELINE_DEFINITION, type SeriesDefinition, type ValueKind } from './sources';
import { dayLabel, monthLabel } from './labels';

export const SERIES_COLUMNS = ['period', 'value', 'source', 'note'] as const;
export const TIMELINE_COLUMNS = [
	'id',
	'date',
	'precision',
	'kind',
	'title',
	'detail',
	'source'
] as const;
export const EVENT_KINDS: readonly EventKind[] = [
	'protest',
	'violence',
	'government',
	'court',
	'pay'
];

const VALUE_PARSERS: Record<ValueKind, (value: string, where: string) => number> = {
	count,
	rate,
	percent
};

function sourceIndex(sources: readonly Source[]): Map<string, Source> {
	return new Map(sources.map((s) => [s.id, s]));
}

/** Check the source registry itself: ids unique and kebab-case, https URLs, no empty field. */
export function validateSources(sources: readonly Source[], where = 'data/sources.ts'): void {
	const problems = new Problems();
	const seen = new Set<string>();
	for (const s of sources) {
		const at = `${where}: source ${JSON.stringify(s.id)}`;
		problems.attempt(() => kebabId(s.id, at));
		if (seen.has(s.id)) problems.add(`${at}: duplicate id`);
		seen.add(s.id);
		for (const field of ['publisher', 'publication', 'table', 'url', 'period'] as const) {
			if (!s[field].trim()) problems.add(`${at}: ${field} is empty`);
		}
		if (!/^https:\/\/[^\s]+$/.test(s.url)) problems.add(`${at}: url must be an absolute https URL`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(s.retrieved))
			problems.add(`${at}: retrieved must be YYYY-MM-DD`);
	}
	problems.throwIfAny();
}

/** Parse and validate one raw series file into a SeriesRecord, or throw every problem in it. */
export function parseSeriesCsv(
	text: string,
	file: string,
	definition: SeriesDefinition,
	sources: readonly Source[]
): SeriesRecord {
	const rows = parseCsv(text, file, SERIES_COLUMNS);
	const known = sourceIndex(sources);
	const ids = new Set(known.keys());
	const parseValue = VALUE_PARSERS[definition.value];
	const problems = new Problems();
	const firstLine = new Map<string, number>();
	const observations: Observation[] = [];
	for (const { line, cells } of rows) {
		const at = (column: string) => `${file}:${line}: ${column}`;
		const before = problems.total;
		const when = problems.attempt(() => {
			const parsed = period(cells.period, definition.period, at('period'));
			const earlier = firstLine.get(parsed.date);
			if (earlier !== undefined) {
				throw new Error(
					`${at('period')}: duplicate period ${cells.period} (first on line ${earlier})`
				);
			}
			firstLine.set(parsed.date, line);
			return parsed;
		});
		const value = problems.attempt(() => {
			if (cells.value !== '') return parseValue(cells.value, at('value'));
			if (!cells.note.trim())
				throw new Error(`${at('value')}: missing value needs a note saying why`);
			return null;
		});
		const source = problems.attempt(() => sourceId(cells.source, at('source'), ids));
		if (cells.note !== cells.note.trim()) problems.add(`${at('note')}: leading or trailing spaces`);
		if (problems.total > before || !when || value === undefined || !source) continue;
		const observation: Observation = { ...when, value, source };
		if (cells.note) observation.note = cells.note;
		observations.push(observation);
	}
	if (!rows.length) problems.add(`${file}:2: row: the file has no data rows`);
	problems.throwIfAny();
	observations.sort((a, b) => a.date.localeCompare(b.date));
	const cited = [...new Set(observations.map((o) => o.source))];
	return {
		id: definition.id,
		title: definition.title,
		unit: definition.unit,
		measure: definition.measure,
		period: definition.period,
		revision: definition.revision,
		sources: cited.map((id) => known.get(id)!),
		observations,
		notes: [...definition.notes]
	};
}

/** Parse and validate the raw timeline file, or throw every problem in it. */
/**
 * An event's headline or detail: required, and without braces, which the timeline's words would
 * read as a slot for a number (src/lib/charts/sayView.ts).
 */
function eventWords(value: string | undefined, where: string): string {
	const text = requiredText(value, where);
	if (/[{}]/.test(text)) throw new Error(`${where}: braces are not allowed in an event's words`);
	return text;
}

export function parseTimelineCsv(
	text: string,
	file: string,
	sources: readonly Source[],
	title = TIMELINE_DEFINITION.title
): TimelineRecord {
	const rows = parseCsv(text, file, TIMELINE_COLUMNS);
	const known = sourceIndex(sources);
	const ids = new Set(known.keys());
	const problems = new Problems();
	const firstLine = new Map<string, number>();
	const events: TimelineEventRecord[] = [];
	for (const { line, cells } of rows) {
		const at = (column: string) => `${file}:${line}: ${column}`;
		const before = problems.total;
		const id = problems.attempt(() => {
			const parsed = kebabId(cells.id, at('id'));
			const earlier = firstLine.get(parsed);
			if (earlier !== undefined) {
				throw new Error(`${at('id')}: duplicate id ${parsed} (first on line ${earlier})`);
			}
			firstLine.set(parsed, line);
			return parsed;
		});
		const precision = problems.attempt(() => {
			if (cells.precision === 'day' || cells.precision === 'month') return cells.precision;
			throw new Error(
				`${at('precision')}: expected day or month, got ${JSON.stringify(cells.precision)}`
			);
		});
		const date = problems.attempt(() =>
			precision === 'month' ? yearMonth(cells.date, at('date')) : isoDate(cells.date, at('date'))
		);
		const kind = problems.attempt(() => {
			const found = EVENT_KINDS.find((k) => k === cells.kind);
			if (found) return found;
			throw new Error(
				`${at('kind')}: unknown kind ${JSON.stringify(cells.kind)} (expected ${EVENT_KINDS.join('|')})`
			);
		});
		const title = problems.attempt(() => eventWords(cells.title, at('title')));
		const detail = problems.attempt(() => eventWords(cells.detail, at('detail')));
		const source = problems.attempt(() => sourceId(cells.source, at('source'), ids));
		if (
			problems.total > before ||
			!id ||
			!precision ||
			!date ||
			!kind ||
			!title ||
			!detail ||
			!source
		)
			continue;
		events.push({
			id,
			date,
			precision,
			label: precision === 'month' ? monthLabel(date) : dayLabel(date),
			kind,
			title,
			detail,
			source
		});
	}
	if (!rows.length) problems.add(`${file}:2: row: the file has no data rows`);
	problems.throwIfAny();
	// The story's order: month-only events after their month's dated ones, same-day in file order.
	events.sort(byChronology);
	const cited = [...new Set(events.map((e) => e.source))];
	return { id: 'timeline', title, sources: cited.map((s) => known.get(s)!), events };
}
