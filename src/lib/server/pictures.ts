/**
 * Build-time pictures: turn a standalone SVG into a PNG with resvg, drawing text with the
 * site's own self-hosted fonts (unpacked from @fontsource's WOFF files) and no system fonts,
 * so the same build gives the same pixels on any machine.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { woffToSfnt } from './woff';
import { FONTS } from '$lib/tokens';

const require = createRequire(import.meta.url);

/**
 * The faces the pictures use, as @fontsource package and file stem: the upright faces of both
 * typefaces. The page's one italic face, the serif's, is set in no picture.
 */
const FACES = Object.values(FONTS).flatMap((font) =>
	font.faces
		.filter((face) => face.style === 'normal')
		.map((face) => [
			font.package,
			`${font.package.replace('@fontsource/', '')}-latin-${face.weight}-${face.style}`
		])
);

let fontFiles: string[] | undefined;

/** Paths of the unpacked TrueType fonts, written once per process to a temporary folder. */
export function pictureFonts(): string[] {
	if (fontFiles) return fontFiles;
	const folder = join(tmpdir(), 'holding-the-line-fonts');
	mkdirSync(folder, { recursive: true });
	fontFiles = FACES.map(([pkg, stem]) => {
		const target = join(folder, `${stem}.ttf`);
		if (!existsSync(target)) {
			const woff = join(dirname(require.resolve(`${pkg}/package.json`)), 'files', `${stem}.woff`);
			writeFileSync(target, woffToSfnt(readFileSync(woff)));
		}
		return target;
	});
	return fontFiles;
}

/** Render an SVG document to a PNG at its own pixel size (or `width` px wide). */
export function svgToPng(svg: string, width?: number): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
		font: {
			loadSystemFonts: false,
			fontFiles: pictureFonts(),
			defaultFontFamily: FONTS.ui.family,
			serifFamily: FONTS.text.family,
			sansSerifFamily: FONTS.ui.family
		}
	});
	return resvg.render().asPng();
}
