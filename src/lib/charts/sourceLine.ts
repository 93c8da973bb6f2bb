/**
 * The line under every chart naming its sources, in the figure and in the picture: the first
 * few sources by publisher and publication, and how many more are listed with the numbers.
 */
import type { SourceName } from '$lib/data/types';

/** How many sources the line names; the rest are listed with the numbers (or counted). */
export const SHOWN_SOURCES = 2;

export interface SourceLine {
	/** "Source" for one, "Sources" for more. */
	label: 'Source' | 'Sources';
	/** The sources the line names, in order. */
	shown: SourceName[];
	/** How many more there are, named elsewhere; 0 when the line names them all. */
	more: number;
}

export function sourceLine(sources: SourceName[]): SourceLine {
	return {
		label: sources.length > 1 ? 'Sources' : 'Source',
		shown: sources.slice(0, SHOWN_SOURCES),
		more: Math.max(0, sources.length - SHOWN_SOURCES)
	};
}

/** The line as plain text, for pictures: "Sources: MoJ, Safety in Custody; …; and 2 more". */
export function sourceLineText(sources: SourceName[]): string {
	const { label, shown, more } = sourceLine(sources);
	const named = shown.map((s) => `${s.publisher}, ${s.publication}`).join('; ');
	return `${label}: ${named}${more ? `; and ${more} more` : ''}`;
}
