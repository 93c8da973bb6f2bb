/**
 * The interface's words (src/content/controls.aml), read at build time: each control's label,
 * with the story's placeholders resolved and its runtime slots left for `fill` ($lib/controls).
 * A label missing or unknown, a slot too many or too few, or a figure typed in stops the build
 * with `file:line: reason`, as the section documents do.
 *
 * Server-only, like ./words.server.ts: the labels reach the browser as the root layout's page
 * data, never inside a JavaScript chunk.
 */
import { CONTROL_SLOTS, slotsIn, type Controls } from '$lib/controls';
import { readDocument } from './text/document';
import { resolve, type Vocabulary } from './text/placeholders';
import { VOCABULARY } from './text/vocabulary';
import { only } from './words.server';

/** Read and resolve the document `file` with text `raw`; throws `file:line: reason`. */
export function readControls(
	file: string,
	raw: string,
	vocabulary: Vocabulary = VOCABULARY
): Controls {
	const doc = readDocument(file, raw);
	only(doc, [], [], Object.keys(CONTROL_SLOTS));
	const groups = Object.entries(CONTROL_SLOTS).map(([group, labels]) => {
		const written = doc.maps[group];
		if (!written) throw new Error(`${file}:1: no {${group}} map`);
		const allowed: Record<string, readonly string[]> = labels;
		for (const [name, part] of Object.entries(written)) {
			if (!Object.hasOwn(allowed, name)) {
				throw new Error(`${file}:${part.line}: {${group}} has no label "${name}"`);
			}
		}
		const read = Object.entries(allowed).map(([name, slots]) => {
			const part = written[name];
			if (!part?.text.trim()) throw new Error(`${file}:1: no "${name}:" line in {${group}}`);
			// A slot is written as a placeholder that stands for itself, so the resolver lets it
			// through (and it wins over a phrase of the same name, such as {title}).
			const own: Vocabulary = {
				...vocabulary,
				...Object.fromEntries(slots.map((slot) => [slot, () => `{${slot}}`]))
			};
			const text = resolve(part.text, own, { file, line: part.line });
			const missing = slots.filter((slot) => !slotsIn(text).includes(slot));
			if (missing.length > 0) {
				throw new Error(`${file}:${part.line}: "${name}" must carry {${missing.join('}, {')}}`);
			}
			return [name, text];
		});
		return [group, Object.fromEntries(read)];
	});
	return Object.fromEntries(groups) as Controls;
}

const FILE = 'src/content/controls.aml';

/** The document, as Vite reads it at build time. */
const RAW = import.meta.glob<string>('/src/content/controls.aml', {
	query: '?raw',
	import: 'default',
	eager: true
})[`/${FILE}`];

/** The interface's words, read once per build. */
export const CONTROLS: Controls = readControls(FILE, RAW);
