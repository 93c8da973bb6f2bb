/**
 * Every chart's own words, read at build time from one text document per chart
 * (src/content/charts/<chart>.aml): its heading, the finding above it in each state (the
 * timeline's leads), and the frames of each state's screen-reader summary and table, whose
 * `{slots}` its view fills with numbers. Figures enter only through placeholders
 * (./text/vocabulary.ts), as in the section documents, and a mistake stops the build with
 * `file:line: reason`: a typed digit, a state left without words, a frame no state uses, a
 * phrase a view's summary, table or drawing names but the document lacks, or a slot its view
 * does not fill.
 *
 * Server-only, like ./words.server.ts: the words reach the charts as page data and props, so no
 * chart sentence ships inside a JavaScript chunk.
 */
import { CHART_IDS, CHART_STATES, isChartId, type ChartId } from '$lib/charts/ids';
import { CHARTS } from '$lib/charts/registry';
import { detailOf, headlineOf } from '$lib/charts/timelineView';
import { SOURCES, TIMELINE_RECORD } from '$lib/data/records.server';
import type { Source, SourceName, TimelineRecord } from '$lib/data/types';
import { phrasesIn, slotsOf } from '$lib/charts/sayView';
import type { ChartFrames, ChartView, ChartWords, Phrase } from '$lib/charts/view';
import { readDocument, type TextDocument } from './text/document';
import { resolveFrame } from './text/frames';
import { resolve, type Vocabulary } from './text/placeholders';
import { VOCABULARY } from './text/vocabulary';
import { field, only } from './words.server';

/**
 * What a chart's views ask its document for, state by state: the summary and table, and the
 * geometry whose drawn words (notes, labels, legend names, tooltips) name phrases by form.
 */
export type ViewsOf = (
	chart: ChartId
) => (Pick<ChartView, 'summary' | 'table'> & { state: string; chart?: unknown })[];

const viewsOf: ViewsOf = (chart) =>
	CHART_STATES[chart].map((state) => ({ state, ...CHARTS[chart].view(state as never) }));

/**
 * Every phrase a geometry names, wherever it is drawn: an object holding only a `form` and its
 * `slots` (a series, whose `form` is its shape, holds more).
 */
function drawnPhrases(geometry: unknown): Phrase[] {
	if (Array.isArray(geometry)) return geometry.flatMap(drawnPhrases);
	if (typeof geometry !== 'object' || geometry === null) return [];
	const keys = Object.keys(geometry);
	const isPhrase =
		typeof (geometry as Partial<Phrase>).form === 'string' &&
		keys.every((key) => key === 'form' || key === 'slots');
	return isPhrase ? [geometry as Phrase] : Object.values(geometry).flatMap(drawnPhrases);
}

/** The document's maps of frames: the keys of `ChartFrames`. */
const FRAMES = ['summaries', 'captions', 'columns', 'phrases'] as const;

/** Phrases a chart draws from its data rather than its document, by chart. */
export type DataPhrases = Partial<Record<ChartId, Record<string, string>>>;

/**
 * Each timeline event's headline and detail (data/raw/timeline.csv, in our words and sourced like
 * a figure) as phrases of the timeline, which its view and chart file name by form.
 */
function eventPhrases(timeline: TimelineRecord): Record<string, string> {
	return Object.fromEntries(
		timeline.events.flatMap((e) => [
			[headlineOf(e), e.title],
			[detailOf(e), e.detail]
		])
	);
}

/** The ids of the sources each chart names in one state or another. */
export type NamedBy = (chart: ChartId) => readonly string[];

// Those its states name, not all its data cite: a chart that marks a few events would otherwise
// carry the timeline's 43 sources in its words.
const namedBy: NamedBy = (chart) => [
	...new Set(CHART_STATES[chart].flatMap((state) => CHARTS[chart].sources(state as never)))
];

/**
 * The sources a chart names in its states, by name (publisher, publication, link): what its source
 * line and the list beside its numbers print, and no more of each source's record. Its code and
 * data carry the ids only, so the names come with its words rather than in the block's script.
 */
function sourceNamesOf(
	chart: ChartId,
	ids: readonly string[],
	registry: Readonly<Record<string, Source>>
): Record<string, SourceName> {
	return Object.fromEntries(
		ids.map((id) => {
			const source = Object.hasOwn(registry, id) ? registry[id] : undefined;
			if (!source)
				throw new Error(`${chart}: it names the source "${id}", which data/sources.ts lacks`);
			const { publisher, publication, url } = source;
			return [id, { id, publisher, publication, url }];
		})
	);
}

/** Read and resolve the chart documents, given as path → text; throws `file:line: reason`. */
export function readChartWords(
	files: Record<string, string>,
	vocabulary: Vocabulary = VOCABULARY,
	views: ViewsOf = viewsOf,
	data: DataPhrases = { timeline: eventPhrases(TIMELINE_RECORD) },
	named: NamedBy = namedBy,
	registry: Readonly<Record<string, Source>> = SOURCES
): Record<ChartId, ChartWords> {
	const read = new Map<ChartId, ChartWords>();
	for (const [path, raw] of Object.entries(files)) {
		const file = path.replace(/^\//, '');
		const name = file.replace(/^.*\//, '').replace(/\.aml$/, '');
		if (!isChartId(name)) throw new Error(`${file}:1: no chart has the id "${name}"`);
		const doc = readDocument(file, raw);
		only(doc, ['title'], [], ['findings', ...FRAMES]);
		const text = (part: { text: string; line: number }) =>
			resolve(part.text, vocabulary, { file: doc.file, line: part.line });
		const states = CHART_STATES[name] as readonly string[];
		const written = doc.maps.findings ?? {};
		for (const [state, part] of Object.entries(written)) {
			if (!states.includes(state)) {
				throw new Error(`${doc.file}:${part.line}: "${state}" is not a state of ${name}`);
			}
		}
		const findings: Record<string, string> = {};
		for (const state of states) {
			if (!written[state]) throw new Error(`${doc.file}:1: no finding for the state "${state}"`);
			findings[state] = text(written[state]);
		}
		const frames = readFrames(doc, vocabulary);
		for (const [form, phrase] of Object.entries(data[name] ?? {})) {
			if (Object.hasOwn(frames.phrases, form)) {
				throw new Error(
					`${doc.file}:${doc.maps.phrases[form].line}: the phrase "${form}" is the data's; name this one otherwise`
				);
			}
			frames.phrases[form] = phrase;
		}
		checkFrames(doc, raw, frames, views(name));
		read.set(name, {
			title: text(field(doc, 'title')),
			findings,
			frames,
			sources: sourceNamesOf(name, named(name), registry)
		});
	}
	return Object.fromEntries(
		CHART_IDS.map((id) => {
			const words = read.get(id);
			if (!words) throw new Error(`src/content/charts/${id}.aml: the document is missing`);
			return [id, words];
		})
	) as Record<ChartId, ChartWords>;
}

/** The document's frames, placeholders resolved and slots kept; `columns` split at " | ". */
function readFrames(doc: TextDocument, vocabulary: Vocabulary): ChartFrames {
	const map = (key: (typeof FRAMES)[number]) =>
		Object.entries(doc.maps[key] ?? {}).map(
			([form, part]) =>
				[form, resolveFrame(part.text, vocabulary, { file: doc.file, line: part.line })] as const
		);
	return {
		summaries: Object.fromEntries(map('summaries')),
		captions: Object.fromEntries(map('captions')),
		columns: Object.fromEntries(map('columns').map(([form, line]) => [form, line.split(' | ')])),
		phrases: Object.fromEntries(map('phrases'))
	};
}

/**
 * Throws unless every state's summary, caption, columns and phrases, and every phrase its chart
 * draws, have a frame, each frame's slots are ones its view fills, a row has a cell under each heading, and every summary,
 * caption and set of columns is used.
 */
function checkFrames(
	doc: TextDocument,
	raw: string,
	frames: ChartFrames,
	views: ReturnType<ViewsOf>
): void {
	const used = new Set<string>();
	const lineOf = (key: string, form?: string) =>
		form && doc.maps[key]?.[form]
			? doc.maps[key][form].line
			: raw.split(/\r?\n/).findIndex((l) => l.trim() === `{${key}}`) + 1 || 1;
	const need = (key: (typeof FRAMES)[number], phrase: Phrase, state: string, drawn = false) => {
		const frame = frames[key][phrase.form];
		if (frame === undefined) {
			throw new Error(
				`${doc.file}:${lineOf(key)}: no ${key} "${phrase.form}" for the state "${state}"${drawn ? ', which its chart draws' : ''}`
			);
		}
		used.add(`${key}.${phrase.form}`);
		const filled = Object.keys(phrase.slots ?? {});
		for (const slot of slotsOf([frame].flat().join(' | '))) {
			if (!filled.includes(slot)) {
				throw new Error(
					`${doc.file}:${lineOf(key, phrase.form)}: unknown slot "{${slot}}" in ${key} "${phrase.form}"; its view fills ${filled.join(', ') || 'none'}`
				);
			}
		}
		for (const p of phrasesIn(phrase.slots)) need('phrases', p, state, drawn);
	};
	for (const { state, summary, table, chart } of views) {
		for (const p of drawnPhrases(chart)) need('phrases', p, state, true);
		need('summaries', summary, state);
		need('captions', table.caption, state);
		need('columns', table.columns, state);
		const headings = frames.columns[table.columns.form];
		for (const row of table.rows) {
			if (row.length !== headings.length) {
				throw new Error(
					`${doc.file}:${lineOf('columns', table.columns.form)}: columns "${table.columns.form}" has ${headings.length} headings, but the state "${state}" has rows of ${row.length} cells`
				);
			}
			for (const cell of row) if (typeof cell !== 'string') need('phrases', cell, state);
		}
	}
	// A phrase may wait for data it words (a gap: `no-figure`); the prerender of every state
	// reads each one the data asks for.
	for (const key of FRAMES.filter((k) => k !== 'phrases')) {
		for (const form of Object.keys(frames[key])) {
			if (!used.has(`${key}.${form}`)) {
				throw new Error(`${doc.file}:${lineOf(key, form)}: no state uses the ${key} "${form}"`);
			}
		}
	}
}

/** The documents in src/content/charts, as Vite reads them at build time. */
const FILES = import.meta.glob<string>('/src/content/charts/*.aml', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** Every chart's words, read once per build. */
export const CHART_WORDS: Record<ChartId, ChartWords> = readChartWords(FILES);
