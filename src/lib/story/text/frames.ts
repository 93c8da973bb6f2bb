/**
 * Frames: the text of a chart's generated words (its summaries, captions, column headings and
 * phrases), which hold two kinds of brace. A placeholder with arguments, `{year 2010}`, is
 * resolved now from the vocabulary, as in any document, and so is a bare name the vocabulary
 * knows (`{site}`); any other bare name, `{rows}`, is a slot the chart's view fills with the
 * numbers it computed, and is left in the text for it.
 */
import { resolve, type Vocabulary, type Where } from './placeholders';

/** A slot: one bare name in braces (the same rule as $lib/charts/sayView's). */
const SLOT = /\{([a-zA-Z][a-zA-Z-]*)\}/g;

// Private-use characters hold a slot's place while the placeholders are resolved: they are no
// digit and no brace, so the reader passes them as literal text.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** The frame with its placeholders resolved and its slots kept; throws `file:line: reason`. */
export function resolveFrame(text: string, vocabulary: Vocabulary, where: Where): string {
	const held = text.replace(SLOT, (whole, name: string) =>
		Object.hasOwn(vocabulary, name) ? whole : `${OPEN}${name}${CLOSE}`
	);
	return resolve(held, vocabulary, where).replace(
		new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g'),
		(_, name: string) => `{${name}}`
	);
}
