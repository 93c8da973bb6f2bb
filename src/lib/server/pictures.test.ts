import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pictureFonts, svgToPng } from './pictures';
import { woffToSfnt } from './woff';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('woffToSfnt(woff)', () => {
	it('unpacks every font the pictures use into a TrueType file', () => {
		for (const file of pictureFonts()) {
			const sfnt = readFileSync(file);
			expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
			expect(sfnt.readUInt16BE(4)).toBeGreaterThan(5);
		}
	});

	it('refuses a file that is not WOFF', () => {
		expect(() => woffToSfnt(Buffer.from('not a font at all, not even close to one......'))).toThrow(
			/not a WOFF 1.0 file/
		);
	});
});

describe('svgToPng(svg)', () => {
	it('renders at the SVG’s own size', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#f7f4ee"/></svg>`;
		expect(pngSize(svgToPng(svg))).toEqual({ width: 1200, height: 630 });
	});

	it('draws text with the self-hosted fonts (text adds ink)', () => {
		const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#fff"/></svg>`;
		const withText = blank.replace(
			'</svg>',
			`<text x="10" y="60" font-family="Source Serif 4" font-size="40" fill="#000">Holding the Line</text></svg>`
		);
		expect(svgToPng(withText).length).toBeGreaterThan(svgToPng(blank).length + 500);
	});
});
