import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { SECTION_SLUGS, SECTION_STEPS } from '../outline';
import { RECORDS, SOURCES } from '$lib/data/records.server';
import { SECTIONS } from './index';
import SourceList, { sourceListWords } from '../SourceList.svelte';
import { CLAIMS, QUOTES } from '../quotes';
import { WORDS } from '../words.server';

const text = (slug: keyof typeof WORDS.sections) => WORDS.sections[slug];
const quotes = {
	quotes: Object.values(QUOTES),
	claims: Object.values(CLAIMS),
	sources: Object.values(SOURCES),
	series: Object.values(RECORDS),
	words: sourceListWords(WORDS.sections.sources.notes)
};
const scrolly = createRawSnippet(() => ({ render: () => '<div data-test="scrolly"></div>' }));

const fileOf = (slug: string) =>
	slug
		.split('-')
		.map((part) => part[0].toUpperCase() + part.slice(1))
		.join('') + '.svelte';

describe('section components', () => {
	test('SECTIONS maps every slug to a component', () => {
		expect(Object.keys(SECTIONS).sort()).toEqual([...SECTION_SLUGS].sort());
	});

	test.each(SECTION_SLUGS)('render(%s) has prose and no empty paragraphs', (slug) => {
		const { body } = render(SECTIONS[slug], { props: { text: text(slug) } });
		expect(body).toMatch(/<p[\s>]/);
		expect(body).not.toMatch(/<p[^>]*>\s*<\/p>/);
		expect(body).not.toMatch(/undefined|NaN|null/);
	});

	test.each(SECTION_SLUGS)('render(%s) prints every paragraph of its text document', (slug) => {
		const { body } = render(SECTIONS[slug], { props: { text: text(slug) } });
		const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
		for (const paragraph of [...text(slug).before, ...text(slug).after])
			expect(body).toContain(`>${escaped(paragraph)}</p>`);
	});

	test.each(SECTION_SLUGS.filter((slug) => SECTION_STEPS[slug].length > 0))(
		'render(%s) renders its scrolly snippet exactly once',
		(slug) => {
			const { body } = render(SECTIONS[slug], { props: { scrolly, text: text(slug) } });
			expect(body.match(/data-test="scrolly"/g)?.length).toBe(1);
		}
	);

	// Sections drawn by the plain Prose have no file of their own: their words are checked as
	// their text document is read (words.server.ts).
	test.each(SECTION_SLUGS.filter((slug) => existsSync(new URL(fileOf(slug), import.meta.url))))(
		'%s has no figure typed into its markup',
		(slug) => {
			const source = readFileSync(new URL(fileOf(slug), import.meta.url), 'utf8')
				.replace(/<!--[\s\S]*?-->/g, '')
				.replace(/<script[\s\S]*?<\/script>/g, '')
				.replace(/<style[\s\S]*?<\/style>/g, '')
				.replace(/\{[^{}]*\}/g, '')
				.replace(/<[^>]*>/g, '');
			expect(source).not.toMatch(/\d/);
		}
	);

	test('render(sources) links the full source list, and a CSV for every series', () => {
		const { body } = render(SECTIONS.sources, { props: { text: text('sources') } });
		expect(body).toContain('href="/sources/"');
		for (const series of Object.values(RECORDS)) expect(body).toContain(`/data/${series.id}.csv`);
		expect(body).toContain('/embed/');
	});

	test('render(SourceList) lists every source URL, and every series with its revision', () => {
		const { body } = render(SourceList, { props: quotes });
		for (const source of Object.values(SOURCES))
			expect(body).toContain(`href="${source.url.replaceAll('&', '&amp;')}"`);
		for (const series of Object.values(RECORDS)) expect(body).toContain(series.revision);
	});

	test('render(SourceList) marks every external link rel="noopener"', () => {
		const { body } = render(SourceList, { props: quotes });
		for (const link of body.match(/<a [^>]*href="https?:[^>]*>/g) ?? [])
			expect(link).toMatch(/rel="(?:[^"]* )?noopener(?: [^"]*)?"/);
	});
});
