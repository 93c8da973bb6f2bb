import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_PX, iconTag, withInlineIcon } from './inlineIcon';

const HEAD = (href: string) =>
	`<head><meta charset="utf-8" /><link rel="icon" href="${href}" type="image/svg+xml" /></head>`;

/** The bytes of the icon a page's head carries. */
function iconBytes(html: string): Buffer {
	const link = /<link rel="icon" href="data:image\/png;base64,([^"]*)" type="image\/png"/.exec(
		html
	);
	expect(link, 'a PNG icon written into the head').not.toBeNull();
	return Buffer.from(link![1], 'base64');
}

describe('withInlineIcon(html)', () => {
	it('writes the icon into the page as a PNG, so the page never asks for it', () => {
		const html = withInlineIcon(HEAD('./favicon.svg'));
		expect(html).not.toContain('favicon.svg');
		expect(html).not.toContain('image/svg+xml');
		expect(html.match(/<link rel="icon"/g)).toHaveLength(1);
		const png = iconBytes(html);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		// Width and height from the IHDR chunk: big enough for a phone's 3× tab (48 px).
		expect(png.readUInt32BE(16)).toBe(64);
		expect(png.readUInt32BE(20)).toBe(64);
		expect(html).toContain(`sizes="${ICON_PX}x${ICON_PX}"`);
		// Small enough to carry in every page.
		expect(png.length).toBeLessThan(2_000);
	});

	it('draws static/favicon.svg, and a change to the drawing changes the icon', () => {
		const file = readFileSync('static/favicon.svg', 'utf8');
		expect(withInlineIcon(HEAD('/favicon.svg'))).toContain(iconTag(file));
		const recoloured = file.replace('#c4432b', '#0000ff');
		expect(recoloured).not.toBe(file);
		expect(iconBytes(withInlineIcon(HEAD('/favicon.svg'), recoloured))).not.toEqual(
			iconBytes(withInlineIcon(HEAD('/favicon.svg')))
		);
	});

	it('finds the link whatever path the page reaches the file by', () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"/>';
		for (const href of ['/favicon.svg', '../../favicon.svg', '/holding-the-line/favicon.svg'])
			expect(withInlineIcon(HEAD(href), svg)).toContain(iconTag(svg));
	});

	it('stops the build when a page has no icon link to write into', () => {
		expect(() => withInlineIcon('<head></head>', '<svg/>')).toThrow(/no <link rel="icon">/);
	});
});
