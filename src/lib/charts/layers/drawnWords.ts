/**
 * The words a chart draws on itself (notes, gap and break labels, legend names, tooltips, the
 * timeline's headlines): its document's phrases (src/content/charts/<chart>.aml, read at build
 * time into `ChartWords.frames.phrases`), handed to the chart file and its layers through context
 * by ChartFigure, or by exportSvg for a picture, so no chart carries a sentence in its code. A
 * chart's geometry names each by its form, with its figures as slots, as its summary and table do.
 */
import { getContext, setContext } from 'svelte';
import type { DrawnText } from './marks';
import { say } from './phrase';

const KEY = Symbol('drawn-words');

type Read = () => Readonly<Record<string, string>>;

/** Hand `read()`'s phrases to the charts below; call during component initialisation. */
export function setDrawnWords(read: Read): void {
	setContext(KEY, read);
}

/** The context for `render(Chart, { context })` outside a ChartFigure (a picture, a test). */
export function drawnWordsContext(phrases: Readonly<Record<string, string>>): Map<symbol, Read> {
	return new Map([[KEY, () => phrases]]);
}

/**
 * What a mark writes, in words: a figure as printed stays as it is; a phrase is read with its
 * frame from the chart's `phrases`, its slots filled. Throws when the document has no such
 * phrase or a slot is left unfilled.
 */
export function sayDrawn(text: DrawnText, phrases: Readonly<Record<string, string>>): string {
	if (typeof text === 'string') return text;
	if (phrases[text.form] === undefined) {
		throw new Error(`no phrase "${text.form}" in the chart's document`);
	}
	return say(text, phrases, phrases);
}

/**
 * `sayDrawn` with the words handed down to the chart; call during component initialisation.
 * Throws when the chart has no words handed down, or as `sayDrawn` does: the build checks every
 * phrase a view's geometry names, and its prerender of every state finds the rest.
 */
export function getDrawnWords(): (text: DrawnText) => string {
	const read = getContext<Read | undefined>(KEY);
	if (!read) throw new Error('getDrawnWords() needs a ChartFigure, or drawnWordsContext()');
	return (text) => sayDrawn(text, read());
}
