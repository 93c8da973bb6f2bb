import { describe, expect, it } from 'vitest';
import { builtFiles, read } from './site';

/** A prose slot's opening, then any hydration comments Svelte's renderer leaves. */
const SLOT = /data-prose="([^"]+)"[^>]*>(?:<!--[^>]*-->|\s)*<(\w+)[^>]*>([^<]*)/g;

describe('the story page as built', () => {
	const html = read('index.html');
	const filled = [...html.matchAll(SLOT)];

	it('prints every section’s prose in the HTML', () => {
		const sections = [...html.matchAll(/<section id="([^"]+)" data-section/g)].map((m) => m[1]);
		expect(sections.length).toBeGreaterThan(10);
		for (const slug of sections) {
			expect(
				filled.map((m) => m[1]),
				slug
			).toContain(`${slug}/before`);
		}
	});

	it('does not send the prose a second time inside the JavaScript', () => {
		const sentences = filled
			.map((m) => m[3].trim())
			.filter((text) => text.length >= 60)
			.map((text) => text.slice(0, 50));
		expect(sentences.length).toBeGreaterThan(5);
		const scripts = builtFiles().filter((file) => file.startsWith('_app/') && file.endsWith('.js'));
		const code = scripts.map((file) => read(file)).join('\n');
		for (const sentence of sentences) expect(code, sentence).not.toContain(sentence);
	});
});
