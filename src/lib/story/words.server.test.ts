import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_STATES } from '$lib/charts/ids';
import { SECTION_SLUGS } from './outline';
import { WORDS, readWords } from './words.server';

/**
 * The real documents, as the build reads them, so a fixture differs from them in one place
 * (the controls' document is read by ./controls.server, and tested beside it).
 */
const dir = new URL('../../content/', import.meta.url);
const real = Object.fromEntries(
	readdirSync(dir)
		.filter((name) => name.endsWith('.aml') && name !== 'controls.aml')
		.map((name) => [`/src/content/${name}`, readFileSync(new URL(name, dir), 'utf8')])
);
const changed = (name: string, edit: (raw: string) => string) => ({
	...real,
	[`/src/content/${name}`]: edit(real[`/src/content/${name}`])
});
/** The line of `text` in a real document, counted from 1. */
const lineOf = (name: string, text: string) =>
	real[`/src/content/${name}`].split('\n').findIndex((line) => line.includes(text)) + 1;

describe('WORDS', () => {
	it('has a document for every section and the site, and no other', () => {
		expect(Object.keys(real).sort()).toEqual(
			[...SECTION_SLUGS, 'site'].map((slug) => `/src/content/${slug}.aml`).sort()
		);
	});

	it('has text for every chart state the story steps through', () => {
		expect(Object.keys(WORDS.steps).sort()).toEqual(Object.values(CHART_STATES).flat().sort());
	});

	it('gives every section a title and summary, with no placeholder left unresolved', () => {
		for (const slug of SECTION_SLUGS) {
			const { title, summary, before, after, notes } = WORDS.sections[slug];
			for (const text of [title, summary, ...before, ...after, ...Object.values(notes)])
				expect(text, slug).not.toMatch(/[{}]|undefined|NaN/);
		}
	});

	it('does not modify the documents it reads', () => {
		const files = { ...real };
		readWords(files);
		expect(files).toEqual(real);
	});
});

describe('readWords(files) stops the build with file:line', () => {
	it('on a figure typed into a step', () => {
		const files = changed('violence.aml', (raw) =>
			raw.replace('That is {daily assaults-on-staff 2016}', 'That is 19')
		);
		const line = lineOf('violence.aml', 'staff-per-day:');
		expect(() => readWords(files)).toThrow(
			new RegExp(`^src/content/violence\\.aml:${line}: a figure was typed into the text`)
		);
	});

	it('on an unknown series in a paragraph', () => {
		const files = changed('harm.aml', (raw) =>
			raw.replace('{figure self-harm-individuals 2019}', '{figure self-harms 2019}')
		);
		const line = lineOf('harm.aml', 'More people were hurting');
		expect(() => readWords(files)).toThrow(
			`src/content/harm.aml:${line}: unknown series "self-harms" in {figure self-harms 2019}`
		);
	});

	it('on a year the series does not hold, in a summary', () => {
		const files = changed('the-cuts.aml', (raw) =>
			raw.replace('fell from {figure officers 2010}', 'fell from {figure officers 1899}')
		);
		expect(() => readWords(files)).toThrow(/^src\/content\/the-cuts\.aml:\d+: .*1899/);
	});

	it('on a step the section does not have', () => {
		const files = changed('harm.aml', (raw) => raw.replace('deaths-total:', 'deaths-all:'));
		expect(() => readWords(files)).toThrow(/harm\.aml:\d+: "deaths-all" is not a step of harm/);
	});

	it('on a step with no text', () => {
		const files = changed('harm.aml', (raw) => raw.replace(/^deaths-total:.*$/m, ''));
		expect(() => readWords(files)).toThrow(/harm\.aml:1: no text for the step "deaths-total"/);
	});

	it('on a misspelt field', () => {
		const files = changed('harm.aml', (raw) => raw.replace('kicker:', 'kickr:'));
		expect(() => readWords(files)).toThrow(/harm\.aml:\d+: unknown field "kickr"/);
	});

	it('on a missing title', () => {
		const files = changed('harm.aml', (raw) => raw.replace(/^title:.*$/m, ''));
		expect(() => readWords(files)).toThrow(/harm\.aml:1: no "title:" line/);
	});

	it('on a document for no section, or a section without one', () => {
		expect(() => readWords({ ...real, '/src/content/extra.aml': 'title: x' })).toThrow(
			/extra\.aml:1: no section has the slug "extra"/
		);
		const rest = Object.fromEntries(
			Object.entries(real).filter(([path]) => !path.endsWith('/harm.aml'))
		);
		expect(() => readWords(rest)).toThrow(/harm\.aml: the document is missing/);
	});
});
