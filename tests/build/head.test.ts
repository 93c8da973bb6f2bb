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

			if (!page.startsWith('share/'))
				it('asks for legend swatches on paper: print dialogs drop backgrounds by default', () => {
					// Minified (src/lib/server/minifyStyles.ts): `:before`, no spaces.
					expect(head).toMatch(/\.legend\.svelte-\w+ li[^{}]*::?before\s*\{[^}]*print-color-adjust:\s*exact/);
				});

			it('preloads no font', () => {
				// A font that finishes before the first paint sits in the largest paint's path.
				expect(tags(head, /<link[^>]*as="font"[^>]*>/g)).toEqual([]);
			});

			it('holds the web fonts back until the first paint', () => {
				// The faces are asked for after it (src/lib/fonts.js, src/fallback-fonts.css).
				const script = head.match(/<script>((?:(?!<\/script>)[\s\S])*)<\/script>/g) ?? [];
				expect(script.filter((s) => /classList[\s\S]*'fonts-wait'/.test(s))).toHaveLength(1);
				expect(head).toMatch(/:root\.fonts-wait\{--font-text:"Source Serif 4 Fallback: Georgia"/);
			});

			if (page.startsWith('embed/'))
				it('then uses the web fonts only if they come at once, and never swaps them in later', () => {
					// A late swap re-wraps lines, and a frame sized to its content then moves the host's page.
					expect(html).toMatch(/<html class="fonts-optional"/);
					expect(head).toMatch(
						/:root\.fonts-optional\{--font-text:"Source Serif 4 Optional", ?"Source Serif 4 Fallback: Georgia"/
					);
					expect(head).toMatch(/font-family:"Source Serif 4 Optional"[^}]*font-display:optional/);
					// While the fonts wait, the fallbacks win over the embed's stack: the later rule.
					expect(head.indexOf(':root.fonts-wait{')).toBeGreaterThan(
						head.indexOf(':root.fonts-optional{')
					);
				});

			it('does not queue scripts ahead of the HTML and fonts', () => {
				expect(tags(head, /rel="modulepreload"/g)).toEqual([]);
			});
		});
	}
});

describe('inline styles', () => {
	it('every page’s inline styles are minified: no comment, no indentation', () => {
		const pages = builtFiles().filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) {
			const styles = [...read(page).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
			expect(styles.length, page).toBeGreaterThan(0);
			for (const css of styles) {
				expect(css, page).not.toContain('/*');
				expect(css, page).not.toMatch(/\n\s/);
			}
		}
	});
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
			// JSON-LD and the story's labels are data blocks: browsers never run them, so the policy
			// does not govern them.
			const inline = [
				...html.matchAll(
					/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g
				)
			];
			for (const [, , body] of inline) {
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
