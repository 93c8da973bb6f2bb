/**
 * The line under every chart naming its sources, in the figure and in the picture: the first
 * few sources by publisher and publication, and how many more are listed with the numbers.
 */
import type { SourceName } from '$lib/data/types';
import { fill, type Controls } from '$lib/controls';

/** The line's words, from src/content/controls.aml's `{figure}` (handed down as page data). */
export type SourceWords = Pick<Controls['figure'], 'source' | 'sources' | 'more'>;

/**
 * The sources a view lists by id (`ChartSpec.view(state).sources`), named from the chart's words
 * (`ChartWords.sources`), one per publication URL. An id the words do not name throws: the words
 * were written for another chart, or before its data changed.
 */
export function sourceNames(
	ids: readonly string[],
	names: Readonly<Record<string, SourceName>>
): SourceName[] {
	const seen = new Set<string>();
	return ids
		.map((id) => {
			const source = Object.hasOwn(names, id) ? names[id] : undefined;
			if (!source) throw new Error(`chart words: no name for the source ${JSON.stringify(id)}`);
			return source;
		})
		.filter((s) => !seen.has(s.url) && seen.add(s.url));
}

/** How many sources the line names; the rest are listed with the numbers (or counted). */
export const SHOWN_SOURCES = 2;

export interface SourceLine {
	/** The word for one source ("Source"), or for more ("Sources"). */
	label: string;
	/** The sources the line names, in order. */
	shown: SourceName[];
	/** How many more there are, named elsewhere; 0 when the line names them all. */
	more: number;
}

export function sourceLine(
	sources: SourceName[],
	words: Pick<SourceWords, 'source' | 'sources'>
): SourceLine {
	return {
		label: sources.length > 1 ? words.sources : words.source,
		shown: sources.slice(0, SHOWN_SOURCES),
		more: Math.max(0, sources.length - SHOWN_SOURCES)
	};
}

/** The line as plain text, for pictures: "Sources: MoJ, Safety in Custody; …; and 2 more". */
export function sourceLineText(sources: SourceName[], words: SourceWords): string {
	const { label, shown, more } = sourceLine(sources, words);
	const named = shown.map((s) => `${s.publisher}, ${s.publication}`).join('; ');
	return `${label}: ${named}${more ? `; ${fill(words.more, { count: more })}` : ''}`;
}
