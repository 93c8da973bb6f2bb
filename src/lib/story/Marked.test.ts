import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Marked from './Marked.svelte';
import { WORDS } from './words.server';
import { sectionProse } from '$lib/server/prose';

const link = createRawSnippet((words: () => string) => ({
	render: () => `<a href="/embed/">${words()}</a>`
}));

describe('render(Marked)', () => {
	it('render(Marked, { text, slots }) draws marked words with the slot of their name', () => {
		const { body } = render(Marked, {
			props: { text: 'See the [chart gallery](gallery).', slots: { gallery: link } }
		});
		expect(body.replace(/<!--[^>]*-->/g, '')).toBe('See the <a href="/embed/">chart gallery</a>.');
	});

	it('render(Marked) throws on a name no slot draws, naming it', () => {
		expect(() => render(Marked, { props: { text: 'See [it](nowhere).', slots: {} } }).body).toThrow(
			/"nowhere" is marked/
		);
	});
});

describe('the Sources section from src/content/sources.aml', () => {
	const html = sectionProse('sources')
		.before.replace(/<!--[^>]*-->/g, '')
		.replace(/ class="[^"]*"/g, '');

	it('links the marked words of its methods note, licence and gallery sentence', () => {
		expect(html).toMatch(/<a href="[^"]*\/sources\/">Every source, with its address/);
		expect(html).toMatch(/<a href="[^"]*\/embed\/">chart gallery<\/a>\./);
		expect(html).toMatch(/rel="license noopener">CC BY 4\.0<\/a>: credit Holding the Line/);
		expect(html).toMatch(/<a href="[^"]*\/data\/datapackage\.json">data package<\/a>/);
	});

	it('cites the site’s title and says when the story was published and updated', () => {
		expect(html).toContain(`<cite>${WORDS.site.title}</cite>. Published by Holding the Line, `);
		expect(html).toMatch(/, updated \d+ \w{3} \d{4}\. http/);
		expect(html).toContain('Accessed [date you read it].');
	});
});
