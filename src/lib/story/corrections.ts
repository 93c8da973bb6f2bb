/**
 * The story's dated record of corrections and clarifications, newest first. Kept from the
 * 2026-12 round on: every change to what a sentence says, or to a figure, adds an entry here.
 * The page's "last updated" date and the article metadata's dateModified are read from it.
 */

/** The date the story first went out (its first landing), ISO `YYYY-MM-DD`. */
export const PUBLISHED = '2026-11-23';

export interface Correction {
	/** ISO `YYYY-MM-DD`. */
	date: string;
	/** What was wrong and what it says now, in a sentence or two, for the reader. */
	text: string;
}

export const CORRECTIONS: Correction[] = [];

/** The latest correction's date, or the publication date when there is none. */
export function lastUpdated(corrections: readonly Correction[] = CORRECTIONS): string {
	return corrections.reduce((latest, { date }) => (date > latest ? date : latest), PUBLISHED);
}
