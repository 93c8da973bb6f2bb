/**
 * The words a chart draws on itself (the timeline's headlines, details and kinds of event): its
 * document's phrases (src/content/charts/<chart>.aml, read at build time into
 * `ChartWords.frames.phrases`), handed to the chart file through context by ChartFigure, or by
 * exportSvg for a picture, so no chart file carries a sentence in its code. A chart's geometry
 * names each by its form, as its summary and table do.
 */
import { getContext, setContext } from 'svelte';

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
 * The phrase a chart draws for a form; call during component initialisation. Throws when the
 * chart has no words handed down, or its document has no such phrase: the build's prerender of
 * every state finds either.
 */
export function getDrawnWords(): (form: string) => string {
	const read = getContext<Read | undefined>(KEY);
	if (!read) throw new Error('getDrawnWords() needs a ChartFigure, or drawnWordsContext()');
	return (form) => {
		const phrase = read()[form];
		if (phrase === undefined) throw new Error(`no phrase "${form}" in the chart's document`);
		return phrase;
	};
}
