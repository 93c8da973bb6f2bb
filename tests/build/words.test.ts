/**
 * The story's words reach the reader as HTML only: no sentence of the text documents, and no
 * quotation, is in any JavaScript file the build ships. (The section prose has its own check in
 * story.test.ts; this one covers step cards, headings, summaries, the site's text, quotes, the
 * charts' titles, findings and timeline leads, and the frames of their screen-reader summaries
 * and tables.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTION_SLUGS } from '$lib/story/outline';
import { SERIES, timeline } from '$lib/data';
import {
	CODE_LICENCE,
	CONTENT_LICENCE,
	CROWN_LICENCE,
	PARLIAMENT_LICENCE
} from '$lib/data/licence';
import { TIMELINE_RECORD } from '$lib/data/records.server';
import { QUOTES } from '$lib/story/quotes';
import { WORDS } from '$lib/story/words.server';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CHART_STATES, type ChartId } from '$lib/charts/ids';
import { CHARTS } from '$lib/charts/registry';
import { CONTROLS } from '$lib/story/controls.server';
import { readDocument } from '$lib/story/text/document';
import { builtFiles, exists, read } from './site';

/** The longest stretch of a document's own words between its placeholders. */
const wordsOf = (source: string) => needle(source.replace(/\{[^}]*\}/g, '\u0000'));

/** The longest stretch of plain ASCII in a text, so a minifier's escapes cannot hide a match. */
const needle = (text: string) =>
	text
		.split(/[^\x20-\x7e]/)
		.reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '')
		.trim();

/** Every licence the data module names, in the code of the pages that print them. */
const LICENCES = [CONTENT_LICENCE, CROWN_LICENCE, PARLIAMENT_LICENCE, CODE_LICENCE];

describe('the JavaScript the build ships', () => {
	const scripts = builtFiles().filter((file) => file.startsWith('_app/') && file.endsWith('.js'));
	const code = scripts.map((file) => read(file)).join('\n');

	it('is there to search', () => {
		expect(scripts.length).toBeGreaterThan(5);
	});

	it.each(Object.entries(QUOTES))('holds no quotation: %s', (_, quote) => {
		expect(code).not.toContain(needle(quote.text));
	});

	it('holds no step card’s words', () => {
		const cards = Object.entries(WORDS.steps);
		expect(cards.length).toBeGreaterThan(25);
		for (const [state, text] of cards) expect(code, state).not.toContain(needle(text));
	});

	it('holds no timeline event’s headline or detail (the timeline’s words, as page data)', () => {
		for (const e of TIMELINE_RECORD.events) {
			expect(code, e.id).not.toContain(needle(e.title));
			expect(code, e.id).not.toContain(needle(e.detail));
		}
	});

	it('holds no section summary, and no paragraph of any section', () => {
		for (const slug of SECTION_SLUGS) {
			const { summary, before, after } = WORDS.sections[slug];
			for (const text of [summary, ...before, ...after])
				expect(code, slug).not.toContain(needle(text));
		}
	});

	it('holds none of the site’s own sentences', () => {
		for (const text of [WORDS.site.title, WORDS.site.description, WORDS.site.dataset])
			expect(code).not.toContain(needle(text));
	});

	it('holds none of the Sources section’s, the /sources/ page’s or the gallery’s sentences', () => {
		const notes = { ...WORDS.sections.sources.notes, ...WORDS.site.notes };
		expect(Object.keys(notes)).toEqual(expect.arrayContaining(['methods', 'pageIntro', 'galleryIntro']));
		// Sentences, not one-word headings such as "Licence", which any code may hold.
		const sentences = Object.entries(notes)
			.map(([name, text]) => [name, needle(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))])
			.filter(([, words]) => words.length > 40);
		expect(sentences.length).toBeGreaterThan(6);
		for (const [name, words] of sentences) expect(code, name).not.toContain(words);
	});

	it.each(Object.entries(CHART_WORDS))(
		'holds no heading or finding of the %s chart (the timeline’s: its leads)',
		(chart, { title, findings }) => {
			expect(code, chart).not.toContain(needle(title));
			const written = readDocument(
				`src/content/charts/${chart}.aml`,
				readFileSync(`src/content/charts/${chart}.aml`, 'utf8')
			).maps.findings;
			for (const [state, text] of Object.entries(findings)) {
				expect(code, state).not.toContain(needle(text));
				// The words between its figures too: a sentence built in code around the figures
				// would ship them, though never the sentence with its figures in.
				expect(code, state).not.toContain(wordsOf(written[state].text));
			}
		}
	);

	describe.each(Object.keys(CHART_WORDS) as ChartId[])('the %s chart’s summaries and tables', (chart) => {
		const { maps } = readDocument(
			`src/content/charts/${chart}.aml`,
			readFileSync(`src/content/charts/${chart}.aml`, 'utf8')
		);
		// Words the chart draws (a gap's label, a legend's name) ship with it, in its geometry, and
		// the data module's own words (a series' title, a licence's name) with the data.
		const shipped = JSON.stringify([
			CHART_STATES[chart].map((state) => CHARTS[chart].view(state as never).chart),
			SERIES,
			LICENCES
		]);
		const { frames } = CHART_WORDS[chart];
		const slotless = (text: string) => needle(text.replace(/\{[^}]*\}/g, '\u0000'));

		it('holds no summary’s, caption’s or phrase’s words', () => {
			const written = [maps.summaries, maps.captions, maps.phrases].flatMap((m) =>
				Object.entries(m).map(([form, part]) => [form, wordsOf(part.text)])
			);
			const resolved = [frames.summaries, frames.captions, frames.phrases].flatMap((m) =>
				Object.entries(m).map(([form, text]) => [form, slotless(text)])
			);
			const words = [...written, ...resolved].filter(
				([, text]) => text.length >= 10 && !shipped.includes(text)
			);
			expect(words.length).toBeGreaterThan(1);
			for (const [form, text] of words) expect(code, form).not.toContain(text);
		});

		it('holds no row of column headings', () => {
			for (const [form, headings] of Object.entries(frames.columns)) {
				for (let i = 1; i < headings.length; i++) {
					const [a, b] = [headings[i - 1], headings[i]].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
					expect(code, form).not.toMatch(new RegExp(`['"\`]${a}['"\`],\\s*['"\`]${b}['"\`]`));
				}
			}
		});
	});

	// The words a chart draws on itself (notes, gap and break labels, legend names, tooltips) are
	// its document's phrases, named by form in its geometry: none may ship typed in a chart's code.
	// The data module's own words (a series' title or unit, a licence's name: "Open Government
	// Licence") ship with the data, so a phrase that is one of them proves nothing here.
	it.each(Object.entries(CHART_WORDS))('holds none of the %s chart’s drawn words', (chart, words) => {
		const data = JSON.stringify([SERIES, timeline, LICENCES]);
		const drawn = Object.entries(words.frames.phrases)
			.map(([form, text]) => [form, needle(text.replace(/\{[^}]*\}/g, '\u0000'))])
			.filter(([, text]) => text.length > 8 && !data.includes(text));
		expect(drawn.length, chart).toBeGreaterThan(0);
		for (const [form, text] of drawn) expect(code, `${chart} ${form}`).not.toContain(text);
	});

	it('holds none of the controls’ labels', () => {
		// Each label's longest stretch of its own words, between its slots and placeholders (the
		// site's name is code's too). One under eight characters ("Next", "Share", "chart",
		// "Step") is in any code as a name or a word of the framework's, so it proves nothing.
		const written = readDocument(
			'src/content/controls.aml',
			readFileSync('src/content/controls.aml', 'utf8')
		).maps;
		expect(Object.keys(written).sort()).toEqual(Object.keys(CONTROLS).sort());
		const labels = Object.entries(written)
			.flatMap(([group, labels]) =>
				Object.entries(labels).map(([name, label]) => [`${group}.${name}`, wordsOf(label.text)])
			)
			.filter(([, words]) => words.length >= 8);
		expect(labels.length).toBeGreaterThan(20);
		for (const [name, words] of labels) expect(code, name).not.toContain(words);
	});
});

describe('each chart’s words travel in a file of their own', () => {
	const story = read('index.html');

	it.each(Object.keys(CHART_WORDS) as ChartId[])(
		'words/%s.json holds the chart’s title, findings and frames, as its document words them',
		(chart) => {
			expect(exists(`words/${chart}.json`), `words/${chart}.json`).toBe(true);
			expect(JSON.parse(read(`words/${chart}.json`))).toEqual(CHART_WORDS[chart]);
		}
	);

	it('the story’s page holds no chart’s frames: its blocks fetch them as they wake', () => {
		// A frame keeps its slots ("Timeline from {from} to {to}."); the printed page fills them.
		const frames = Object.values(CHART_WORDS).flatMap(({ frames }) =>
			[frames.summaries, frames.captions, frames.phrases].flatMap((m) =>
				Object.values(m).filter((text) => /\{[a-zA-Z-]+\}/.test(text))
			)
		);
		expect(frames.length).toBeGreaterThan(20);
		for (const frame of frames) expect(story, frame).not.toContain(JSON.stringify(frame).slice(1, -1));
	});
});
