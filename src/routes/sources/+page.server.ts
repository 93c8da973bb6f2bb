/**
 * The quotations and claims the sources page lists, read on the server so their words reach the
 * reader as prerendered HTML rather than inside the page's JavaScript. Only what the list prints
 * goes into the page's data; the seed each was read in stays in story/quotes.ts.
 */
import { CLAIMS, QUOTES } from '$lib/story/quotes';

export function load() {
	return {
		quotes: Object.values(QUOTES).map(({ text, speaker, publication }) => ({
			text,
			speaker,
			publication
		})),
		claims: Object.values(CLAIMS).map(({ figure, by, publication }) => ({
			figure,
			by,
			publication
		}))
	};
}
