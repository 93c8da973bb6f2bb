/**
 * The page's words, and the quotations and claims the sources page lists, read on the server so their words reach the
 * reader as prerendered HTML rather than inside the page's JavaScript. Only what the list prints
 * goes into the page's data; the seed each was read in stays in story/quotes.ts.
 */
import { RECORDS, SOURCES } from '$lib/data/records.server';
import { CLAIMS, QUOTES } from '$lib/story/quotes';
import { sourceListWords } from '$lib/story/SourceList.svelte';
import { WORDS } from '$lib/story/words.server';

// Nothing on the page acts (its lists and quotations are text and links, and every link is a full
// page load): it is sent without the app, so a reader who taps a chart's source line downloads
// no script.
export const csr = false;

export function load() {
	const notes = WORDS.sections.sources.notes;
	const { pageTitle, pageDescription, pageIntro } = notes;
	return {
		// The page's own words, in src/content/sources.aml.
		words: { title: pageTitle, description: pageDescription, intro: pageIntro },
		// The list's headings and its note on quotations, in the same document.
		listWords: sourceListWords(notes),
		quotes: Object.values(QUOTES).map(({ text, speaker, publication }) => ({
			text,
			speaker,
			publication
		})),
		claims: Object.values(CLAIMS).map(({ figure, by, publication }) => ({
			figure,
			by,
			publication
		})),
		sources: Object.values(SOURCES),
		// Only what the list prints of each record, not its figures.
		series: Object.values(RECORDS).map(({ id, title, measure, revision, notes }) => ({
			id,
			title,
			measure,
			revision,
			notes
		}))
	};
}
