/**
 * Every series' whole record and every source in full, for what only the server prints: the
 * sources section and page, the CSV files, the data package and the words' placeholders (a
 * revision, a retrieval date). Charts draw `Series` from `$lib/data`, which carry their sources by
 * id only; this module is server-only, so Kit refuses it in browser code and no chart's code
 * carries a record.
 */
import { SERIES_IDS, type SeriesId } from './generated/series';
import { recordFrom } from './rows';
import { SOURCES } from './generated/sources';
import { timeline } from './generated/timeline';
import EVENT_WORDS from './generated/records/timeline.json';
import type { SeriesRecord, TimelineRecord } from './types';

export { SOURCES };

const WORDS_FILE = 'src/lib/data/generated/records/timeline.json';

const FILES = import.meta.glob<{ rows: readonly (readonly unknown[])[] }>(
	['./generated/records/*.json', '!./generated/records/timeline.json'],
	{ eager: true, import: 'default' }
);

/** Every series' record, by id. */
export const RECORDS = Object.fromEntries(
	SERIES_IDS.map((id) => {
		const json = FILES[`./generated/records/${id}.json`];
		if (!json)
			throw new Error(`src/lib/data/generated/records/${id}.json is missing: npm run data:build`);
		return [id, recordFrom(json)];
	})
) as { readonly [id in SeriesId]: SeriesRecord };

/** The timeline with each source in full and each event's words, for its CSV, words and data package. */
export const TIMELINE_RECORD: TimelineRecord = {
	...timeline,
	sources: timeline.sources.map((id) => SOURCES[id]),
	events: timeline.events.map((e) => {
		const words = (EVENT_WORDS as Record<string, { title: string; detail: string } | undefined>)[
			e.id
		];
		if (!words)
			throw new Error(`${WORDS_FILE} has no words for the event "${e.id}": npm run data:build`);
		return { ...e, ...words };
	})
};

/** The whole record of a series a chart draws. */
export function recordOf(series: { id: string }): SeriesRecord {
	const record = (RECORDS as Record<string, SeriesRecord | undefined>)[series.id];
	if (!record) throw new Error(`no series has the id "${series.id}"`);
	return record;
}
