/**
 * Every chart's own words, read at build time from one text document per chart
 * (src/content/charts/<chart>.aml): its heading and the finding above it in each state (the
 * timeline's leads). Figures enter only through placeholders (./text/vocabulary.ts), as in the
 * section documents, and a mistake stops the build with `file:line: reason`.
 *
 * Server-only, like ./words.server.ts: the words reach the charts as page data and props, so no
 * chart sentence ships inside a JavaScript chunk.
 */
import { CHART_IDS, CHART_STATES, isChartId, type ChartId } from '$lib/charts/ids';
import type { ChartWords } from '$lib/charts/view';
import { readDocument } from './text/document';
import { resolve, type Vocabulary } from './text/placeholders';
import { VOCABULARY } from './text/vocabulary';
import { field, only } from './words.server';

/** Read and resolve the chart documents, given as path → text; throws `file:line: reason`. */
export function readChartWords(
	files: Record<string, string>,
	vocabulary: Vocabulary = VOCABULARY
): Record<ChartId, ChartWords> {
	const read = new Map<ChartId, ChartWords>();
	for (const [path, raw] of Object.entries(files)) {
		const file = path.replace(/^\//, '');
		const name = file.replace(/^.*\//, '').replace(/\.aml$/, '');
		if (!isChartId(name)) throw new Error(`${file}:1: no chart has the id "${name}"`);
		const doc = readDocument(file, raw);
		only(doc, ['title'], [], ['findings']);
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
		read.set(name, { title: text(field(doc, 'title')), findings });
	}
	return Object.fromEntries(
		CHART_IDS.map((id) => {
			const words = read.get(id);
			if (!words) throw new Error(`src/content/charts/${id}.aml: the document is missing`);
			return [id, words];
		})
	) as Record<ChartId, ChartWords>;
}

/** The documents in src/content/charts, as Vite reads them at build time. */
const FILES = import.meta.glob<string>('/src/content/charts/*.aml', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** Every chart's words, read once per build. */
export const CHART_WORDS: Record<ChartId, ChartWords> = readChartWords(FILES);
