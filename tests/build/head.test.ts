import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { builtFiles, read } from './site';

/** The story's and an embed's head: what the first paint waits for. */
const PAGES = ['index.html', 'embed/officers/index.html', 'share/the-cuts/index.html'];

const tags = (html: string, pattern: RegExp) => html.match(pattern) ?? [];

describe('the head of a prerendered page', () => {
	for (const page of PAGES) {
		describe(page, () => {
			const html = read(page);
			const head = html.slice(0, html.indexOf('</head>'));

			it('needs no stylesheet request before the first paint', () => {
				const blocking = tags(head, /<link[^>]*rel="stylesheet"[^>]*>/g).filter(
					(tag) => !tag.includes('disabled')
				);
				expect(blocking).toEqual([]);
				expect(head).toMatch(/<style[^>]*>[^<]*--ink/);
			});

			it('preloads the three faces of the first screen, and only those', () => {
				const fonts = tags(head, /<link[^>]*as="font"[^>]*>/g).map(
					(tag) => tag.match(/href="[^"]*\/([a-z0-9-]+)\.[^"/]*\.woff2"/)?.[1]
				);
				expect(fonts.sort()).toEqual([
					'source-sans-3-latin-400-normal',
					'source-serif-4-latin-400-normal',
					'source-serif-4-latin-600-normal'
				]);
				for (const tag of tags(head, /<link[^>]*as="font"[^>]*>/g)) expect(tag).toContain('crossorigin');
			});

			it('does not queue scripts ahead of the HTML and fonts', () => {
				expect(tags(head, /rel="modulepreload"/g)).toEqual([]);
			});
		});
	}
});

describe('inline scripts and the Content-Security-Policy', () => {
	const pages = builtFiles().filter((file) => file.endsWith('.html'));

	it('every page’s inline scripts are allowed by that page’s policy, by hash', () => {
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) {
			const html = read(page);
			const policy = html.match(/http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
			expect(policy, page).toBeTruthy();
			const scriptSrc = policy!.match(/script-src ([^;]*)/)?.[1] ?? '';
			// JSON-LD is a data block: browsers never run it, so the policy does not govern it.
			const inline = [
				...html.matchAll(
					/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g
				)
			];
			for (const [, body] of inline) {
				const hash = createHash('sha256').update(body).digest('base64');
				expect(scriptSrc, `${page}: an inline script without its hash`).toContain(`'sha256-${hash}'`);
			}
		}
	});

	it('an embed page applies its theme before any script request', () => {
		const html = read('embed/officers/index.html');
		const head = html.slice(0, html.indexOf('</head>'));
		const blocking = [...head.matchAll(/<script[^>]*\bsrc="[^"]*"[^>]*>/g)].filter(
			([tag]) => !/\b(defer|async)\b/.test(tag) && !/type="module"/.test(tag)
		);
		expect(blocking).toEqual([]);
		expect(head).toMatch(/<script>[^<]*dataset\.theme/);
	});
});
