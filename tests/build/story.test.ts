import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, builtFiles, read, scriptsReachedFrom } from './site';

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

	it('starts with one script of its own that brings no part of Kit’s client router', () => {
		// The page is printed whole (`csr = false`): its one script imports its own start-up, and
		// nothing it loads, then or as a block wakes, is Kit's router (29 KB of code the story
		// never used, with devalue and the route nodes).
		const imports = [...html.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1]);
		expect(imports).toHaveLength(1);
		expect(imports[0]).toMatch(new RegExp(`^${BASE}/_app/immutable/entry/story\\.[\\w-]+\\.js$`));
		expect(html).not.toMatch(/<link[^>]+modulepreload/);
		// Static and dynamic imports alike: everything a whole read can fetch.
		const seen = scriptsReachedFrom(imports[0].slice(BASE.length + 1));
		expect(seen.size).toBeGreaterThan(5);
		for (const file of seen) {
			expect(read(file), file).not.toMatch(/sveltekit:snapshot|__sveltekit_/);
		}
	});

	it('has a waking block preload only files that nothing has asked for yet', () => {
		// Each preload is a <link> the start-up adds to the head, 3-5 ms at 4x CPU even for a file
		// already loaded (BENCHMARK.md, thirty-sixth session): in a block's first code request they
		// were three, in frames of 50-57 ms as a read began.
		const entry = html.match(/\bimport\("([^"]+)"\)/)![1].slice(BASE.length + 1);
		const code = read(entry);
		const listed: string[] = JSON.parse(code.match(/m\.f=(\[[^\]]*\])/)![1]);
		const file = (relativePath: string) => posix.join(posix.dirname(entry), relativePath);
		// What the start-up has loaded before it runs: its static imports, all the way down.
		const loaded = new Set<string>();
		const visit = (at: string) => {
			for (const [, next] of read(at).matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
				const imported = posix.join(posix.dirname(at), next);
				if (!loaded.has(imported)) {
					loaded.add(imported);
					visit(imported);
				}
			}
		};
		visit(entry);
		expect(loaded.size).toBeGreaterThan(0);
		const requests = [
			...code.matchAll(/import\(`([^`]+\.js)`\)((?:(?!import\().)*?)__vite__mapDeps\(\[([\d,]*)\]\)/g)
		].map(([, target, , indexes]) => ({
			target: file(target),
			preloads: indexes.split(',').map((index) => listed[Number(index)])
		}));
		// The block's shell (asked for twice: its component, its views), then each chart's code.
		expect(requests.length).toBeGreaterThanOrEqual(8);
		// Files the start-up imports itself: each is asked for by its own request, the block's
		// shell before any chart's (wakeBlock.ts).
		const imported = new Set(requests.map((request) => request.target));
		for (const { target, preloads } of requests) {
			expect(preloads, target).not.toContain(target);
			for (const preload of preloads) {
				expect(loaded.has(preload), `${target} preloads ${preload}, loaded at start-up`).toBe(false);
				expect(imported.has(preload), `${target} preloads ${preload}, asked for by a request`).toBe(
					false
				);
			}
		}
	});
});
