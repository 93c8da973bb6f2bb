/**
 * Every sentence the story's sections print, read at build time from one text document per
 * section (src/content/<slug>.aml) and the site's own (src/content/site.aml), with each
 * placeholder resolved from the data module (./text/vocabulary.ts). A document that names an
 * unknown placeholder, series, year or step, or has a figure typed into it, stops the build
 * with `file:line: reason`.
 *
 * Server-only (the `.server` name): SvelteKit refuses to build a client module that imports it,
 * so the words reach the browser as prerendered HTML and never inside its JavaScript.
 */
import type { ChartState } from '$lib/charts/ids';
import { SECTION_SLUGS, SECTION_STEPS, type SectionSlug } from './outline';
import { readDocument, type Located, type TextDocument } from './text/document';
import { resolve, type Vocabulary } from './text/placeholders';
import { VOCABULARY } from './text/vocabulary';

/** A section's words, resolved. */
export interface SectionText {
	/** The section heading, and the share page's title. */
	title: string;
	/** A short label above the heading. */
	kicker?: string;
	/** One or two sentences with the section's key figure: share description and link preview. */
	summary: string;
	/** Paragraphs before the section's chart blocks (all of them when it has none). */
	before: string[];
	/** Paragraphs after its chart blocks. */
	after: string[];
	/** Other sentences a section's own layout places (`{notes}` in the document), by name. */
	notes: Record<string, string>;
}

/** The site's own words: the masthead, search results and the data package. */
interface SiteText {
	title: string;
	description: string;
	byline: string;
	/** What the downloads are, for search engines' dataset listings and the data package. */
	dataset: string;
	/** Other pages' words (`{notes}` in the document), by name: the chart gallery's. */
	notes: Record<string, string>;
}

export interface Words {
	site: SiteText;
	sections: Record<SectionSlug, SectionText>;
	/** The text of each scroll-step card, by the chart state the step shows. */
	steps: Record<ChartState, string>;
}

const SITE_FIELDS = ['title', 'description', 'byline', 'dataset'] as const;
const SECTION_FIELDS = ['title', 'kicker', 'summary'];
const SECTION_LISTS = ['before', 'after'];
const SECTION_MAPS = ['steps', 'notes'];

/** Read and resolve the documents, given as path → text; throws `file:line: reason`. */
export function readWords(
	files: Record<string, string>,
	vocabulary: Vocabulary = VOCABULARY
): Words {
	const docs = new Map<string, TextDocument>();
	for (const [path, raw] of Object.entries(files)) {
		const file = path.replace(/^\//, '');
		const name = file.replace(/^.*\//, '').replace(/\.aml$/, '');
		if (name !== 'site' && !(SECTION_SLUGS as readonly string[]).includes(name)) {
			throw new Error(`${file}:1: no section has the slug "${name}"`);
		}
		docs.set(name, readDocument(file, raw));
	}
	const need = (name: string): TextDocument => {
		const doc = docs.get(name);
		if (!doc) throw new Error(`src/content/${name}.aml: the document is missing`);
		return doc;
	};
	const text = (doc: TextDocument, part: Located) =>
		resolve(part.text, vocabulary, { file: doc.file, line: part.line });

	const siteDoc = need('site');
	only(siteDoc, SITE_FIELDS, [], ['notes']);
	const site = {
		...Object.fromEntries(SITE_FIELDS.map((key) => [key, text(siteDoc, field(siteDoc, key))])),
		notes: Object.fromEntries(
			Object.entries(siteDoc.maps.notes ?? {}).map(([key, part]) => [key, text(siteDoc, part)])
		)
	} as unknown as SiteText;

	const steps: Partial<Record<ChartState, string>> = {};
	const sections = Object.fromEntries(
		SECTION_SLUGS.map((slug) => {
			const doc = need(slug);
			only(doc, SECTION_FIELDS, SECTION_LISTS, SECTION_MAPS);
			const states = SECTION_STEPS[slug].map((step) => step.state);
			const written = doc.maps.steps ?? {};
			for (const [state, part] of Object.entries(written)) {
				if (!(states as string[]).includes(state)) {
					throw new Error(`${doc.file}:${part.line}: "${state}" is not a step of ${slug}`);
				}
			}
			for (const state of states) {
				if (!written[state]) throw new Error(`${doc.file}:1: no text for the step "${state}"`);
				steps[state] = text(doc, written[state]);
			}
			const kicker = doc.fields.kicker;
			const section: SectionText = {
				title: text(doc, field(doc, 'title')),
				...(kicker ? { kicker: text(doc, kicker) } : {}),
				summary: text(doc, field(doc, 'summary')),
				before: (doc.lists.before ?? []).map((part) => text(doc, part)),
				after: (doc.lists.after ?? []).map((part) => text(doc, part)),
				notes: Object.fromEntries(
					Object.entries(doc.maps.notes ?? {}).map(([key, part]) => [key, text(doc, part)])
				)
			};
			return [slug, section];
		})
	) as Record<SectionSlug, SectionText>;
	return { site, sections, steps: steps as Record<ChartState, string> };
}

/** A required field; throws naming the document when it is absent. */
export function field(doc: TextDocument, key: string): Located {
	const part = doc.fields[key];
	if (!part?.text.trim()) throw new Error(`${doc.file}:1: no "${key}:" line`);
	return part;
}

/** Throws on any part the document's kind does not have: a misspelt key is not silently lost. */
export function only(
	doc: TextDocument,
	fields: readonly string[],
	lists: readonly string[],
	maps: readonly string[]
): void {
	const check = (
		parts: object,
		allowed: readonly string[],
		kind: string,
		line: (key: string) => number
	) => {
		for (const key of Object.keys(parts)) {
			if (!allowed.includes(key)) {
				throw new Error(
					`${doc.file}:${line(key)}: unknown ${kind} "${key}"; expected ${allowed.join(', ') || 'none'}`
				);
			}
		}
	};
	check(doc.fields, fields, 'field', (key) => doc.fields[key].line);
	check(doc.lists, lists, 'list', (key) => doc.lists[key][0]?.line ?? 1);
	check(doc.maps, maps, 'map', (key) => Object.values(doc.maps[key])[0]?.line ?? 1);
}

/** The documents in src/content, as Vite reads them at build time (the controls' are read by ./controls.server). */
const FILES = import.meta.glob<string>(['/src/content/*.aml', '!/src/content/controls.aml'], {
	query: '?raw',
	import: 'default',
	eager: true
});

/** The story's words, read once per build. */
export const WORDS: Words = readWords(FILES);
