import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconAddress, withInlineIcon } from './inlineIcon';

const HEAD = (href: string) =>
	`<head><meta charset="utf-8" /><link rel="icon" href="${href}" type="image/svg+xml" /></head>`;

describe('withInlineIcon(html)', () => {
	it('writes static/favicon.svg into the icon link, so the page never asks for it', () => {
		const html = withInlineIcon(HEAD('./favicon.svg'));
		const href = /<link rel="icon" href="([^"]*)"/.exec(html)![1];
		expect(href).toMatch(/^data:image\/svg\+xml,/);
		expect(html).not.toContain('favicon.svg');
		// The drawing is the file's, whole.
		const drawn = decodeURIComponent(href.slice('data:image/svg+xml,'.length));
		expect(drawn).toBe(readFileSync('static/favicon.svg', 'utf8').trim());
		expect(drawn).toMatch(/^<svg [^>]*>[\s\S]*<\/svg>$/);
	});

	it('finds the link whatever path the page reaches the file by', () => {
		for (const href of ['/favicon.svg', '../../favicon.svg', '/holding-the-line/favicon.svg'])
			expect(withInlineIcon(HEAD(href), '<svg/>')).toContain(`href="${iconAddress('<svg/>')}"`);
	});

	it('stops the build when a page has no icon link to write into', () => {
		expect(() => withInlineIcon('<head></head>', '<svg/>')).toThrow(/no <link rel="icon">/);
	});
});

describe('iconAddress(svg)', () => {
	it('escapes what would end the attribute or the address', () => {
		const address = iconAddress('<svg fill="#c4432b" a=\'b\'>x</svg>');
		expect(address).not.toMatch(/["#<> ]/);
		expect(decodeURIComponent(address.split(',')[1])).toBe('<svg fill="#c4432b" a=\'b\'>x</svg>');
	});
});
