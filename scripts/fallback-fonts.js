#!/usr/bin/env node
/**
 * Writes src/fallback-fonts.css: for each web face the story uses, @font-face rules over the
 * system fonts a reader already has, resized and re-spaced (size-adjust, ascent-override,
 * descent-override, line-gap-override, by Capsize's formula from each font's own metrics) so that
 * text set in the fallback takes the room the web font will take. The first paint is then set in
 * a fallback, and the web fonts swap in later without moving anything.
 *
 * Usage: npm run fonts:fallbacks (tsx, which reads the typefaces from src/lib/tokens.ts)
 *        tsx scripts/fallback-fonts.js --check   fails if the file is stale
 */
import { createFontStack } from '@capsizecss/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FONTS } from '../src/lib/tokens';

export const OUT = fileURLToPath(new URL('../src/fallback-fonts.css', import.meta.url));

/**
 * A font's metrics as @capsizecss/metrics gives them (font units).
 * @typedef {{ familyName: string, fullName?: string, postscriptName?: string, ascent: number, descent: number, lineGap: number, unitsPerEm: number, xWidthAvg: number }} Metrics
 */

/** @param {string} path e.g. 'georgia/700' */
const metrics = async (path) =>
	/** @type {Metrics} */ ((await import(`@capsizecss/metrics/${path}`)).default);

/**
 * DejaVu (the serif and sans most Linux desktops fall back to) is not in @capsizecss/metrics:
 * these are read from Debian 12's fonts-dejavu-core 2.37 TTFs by @capsizecss/unpack's fromFile.
 * @type {Record<string, Metrics>}
 */
const DEJAVU = {
	serif: {
		familyName: 'DejaVu Serif',
		fullName: 'DejaVu Serif',
		postscriptName: 'DejaVuSerif',
		ascent: 1901,
		descent: -483,
		lineGap: 0,
		unitsPerEm: 2048,
		xWidthAvg: 1058
	},
	serifBold: {
		familyName: 'DejaVu Serif',
		fullName: 'DejaVu Serif Bold',
		postscriptName: 'DejaVuSerif-Bold',
		ascent: 1923,
		descent: -483,
		lineGap: 0,
		unitsPerEm: 2048,
		xWidthAvg: 1168
	},
	serifItalic: {
		familyName: 'DejaVu Serif',
		fullName: 'DejaVu Serif Italic',
		postscriptName: 'DejaVuSerif-Italic',
		ascent: 1901,
		descent: -483,
		lineGap: 0,
		unitsPerEm: 2048,
		xWidthAvg: 1058
	},
	sans: {
		familyName: 'DejaVu Sans',
		fullName: 'DejaVu Sans',
		postscriptName: 'DejaVuSans',
		ascent: 1901,
		descent: -483,
		lineGap: 0,
		unitsPerEm: 2048,
		xWidthAvg: 1041
	},
	sansBold: {
		familyName: 'DejaVu Sans',
		fullName: 'DejaVu Sans Bold',
		postscriptName: 'DejaVuSans-Bold',
		ascent: 1901,
		descent: -483,
		lineGap: 0,
		unitsPerEm: 2048,
		xWidthAvg: 1176
	}
};

/**
 * @typedef {object} Face one web face and the system faces that stand in for it
 * @property {number} weight
 * @property {'normal' | 'italic'} style
 * @property {Metrics} web
 * @property {Metrics[]} fallbacks in the order of the font stack
 */

/**
 * The faces src/lib/tokens.ts names (src/tokens.css loads them from @fontsource), each with its
 * stand-ins: Georgia (iOS, macOS, Windows) or Arial, then Android's Noto Serif or Roboto, then
 * Linux's DejaVu.
 * @returns {Promise<{ variable: string, family: string, generic: string, faces: Face[] }[]>}
 */
export async function families() {
	return [
		{
			variable: FONTS.text.variable,
			family: FONTS.text.family,
			generic: FONTS.text.generic,
			faces: [
				{
					weight: 400,
					style: 'normal',
					web: await metrics('sourceSerif4'),
					fallbacks: [await metrics('georgia'), await metrics('notoSerif'), DEJAVU.serif]
				},
				{
					weight: 400,
					style: 'italic',
					web: await metrics('sourceSerif4/italic'),
					fallbacks: [
						await metrics('georgia/italic'),
						await metrics('notoSerif/italic'),
						DEJAVU.serifItalic
					]
				},
				{
					weight: 600,
					style: 'normal',
					web: await metrics('sourceSerif4/600'),
					fallbacks: [
						await metrics('georgia/700'),
						await metrics('notoSerif/600'),
						DEJAVU.serifBold
					]
				}
			]
		},
		{
			variable: FONTS.ui.variable,
			family: FONTS.ui.family,
			generic: FONTS.ui.generic,
			faces: [
				{
					weight: 400,
					style: 'normal',
					web: await metrics('sourceSans3'),
					fallbacks: [await metrics('arial'), await metrics('roboto'), DEJAVU.sans]
				},
				{
					weight: 600,
					style: 'normal',
					web: await metrics('sourceSans3/600'),
					fallbacks: [await metrics('arial/700'), await metrics('roboto/600'), DEJAVU.sansBold]
				}
			]
		}
	];
}

/** @param {string} name */
const quote = (name) => `'${name}'`;

/** The family name of a web font's faces as an embed loads them: used only if there in time. */
export const optionalFamily = (/** @type {string} */ family) => `${family} Optional`;

/**
 * The web face again under its own family name with `font-display: optional`, for embeds
 * (`html.fonts-optional`, set by src/hooks.server.ts): asked for after the first paint, as on
 * every page, the browser uses it only if it comes at once (cached from an earlier visit, or a
 * fast line), and otherwise keeps the fallback for the whole visit. An embed then never re-sets
 * its text later, which would re-wrap a line, resize the frame and move the host's page under its
 * reader.
 * @param {string} family
 * @param {{ weight: number, style: string }} face
 */
function optionalFace(family, face) {
	const font = Object.values(FONTS).find((f) => f.family === family);
	if (!font) throw new Error(`fallback-fonts: no typeface ${family} in src/lib/tokens.ts`);
	const name = font.package.replace('@fontsource/', '');
	// Relative to this stylesheet, so Vite emits the very file the @fontsource stylesheet uses.
	const file = `../node_modules/${font.package}/files/${name}-latin-${face.weight}-${face.style}.woff2`;
	return [
		'@font-face {',
		`	font-family: ${quote(optionalFamily(family))};`,
		`	src: url('${file}') format('woff2');`,
		`	font-weight: ${face.weight};`,
		`	font-style: ${face.style};`,
		'	font-display: optional;',
		'}'
	].join('\n');
}

/**
 * The stylesheet: the fallback faces, the font stacks as custom properties, the embeds' stacks
 * whose web faces are used only if there in time (`html.fonts-optional`), and the stacks without
 * the web fonts for `html.fonts-wait` (set by the head script until the first paint), last so
 * they win in an embed, which has both classes until then; and the full stacks again for `.fonts-in`,
 * the parts of a page the script lets the web fonts into one at a time before <html> follows.
 * @param {Awaited<ReturnType<typeof families>>} list
 */
export function fallbackCss(list) {
	/** @type {string[]} */
	const faces = [];
	/** @type {string[]} */
	const full = [];
	/** @type {string[]} */
	const waiting = [];
	/** @type {string[]} */
	const optional = [];
	for (const { variable, family, generic, faces: webFaces } of list) {
		for (const face of webFaces) faces.push(optionalFace(family, face));
		const names = webFaces[0].fallbacks.map((f) => `${family} Fallback: ${f.familyName}`);
		for (const face of webFaces) {
			face.fallbacks.forEach((fallback, i) => {
				const { fontFaces } = createFontStack([face.web, fallback], {
					fontFaceFormat: 'styleObject',
					fontFaceProperties: { fontWeight: String(face.weight), fontStyle: face.style }
				});
				const rule = /** @type {Record<string, string>} */ (fontFaces[0]['@font-face']);
				faces.push(
					[
						'@font-face {',
						`\tfont-family: ${quote(names[i])};`,
						`\tsrc: ${rule.src};`,
						`\tfont-weight: ${face.weight};`,
						`\tfont-style: ${face.style};`,
						...['sizeAdjust', 'ascentOverride', 'descentOverride', 'lineGapOverride']
							.filter((key) => rule[key] !== undefined)
							.map(
								(key) => `\t${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${rule[key]};`
							),
						'}'
					].join('\n')
				);
			});
		}
		const systems = webFaces[0].fallbacks.map((f) => quote(f.familyName));
		const stack = [...names.map(quote), ...systems, generic].join(', ');
		full.push(`\t${variable}: ${quote(family)}, ${stack};`);
		waiting.push(`\t${variable}: ${stack};`);
		optional.push(`\t${variable}: ${quote(optionalFamily(family))}, ${stack};`);
	}
	return [
		'/* GENERATED by scripts/fallback-fonts.js from @capsizecss/metrics: do not edit. */',
		'',
		...faces.map((f) => f + '\n'),
		':root {',
		...full,
		'}',
		'',
		'/* Embeds: the web faces only if they come at once, and never swapped in later (see above). */',
		':root.fonts-optional {',
		...optional,
		'}',
		'',
		'/* Until the first paint the web fonts are not asked for, in an embed too: see src/lib/fonts.js. */',
		':root.fonts-wait {',
		...waiting,
		'}',
		'',
		'/* A part of a page the web fonts have been let into while <html> still waits (src/lib/fonts.js). */',
		'.fonts-in {',
		...full,
		'}',
		'',
		"/* Its text face too: it would otherwise inherit <body>'s, resolved from the waiting stack.",
		'   No weight, so a class that sets its own face on the part (`.ui`) still wins. */',
		':where(.fonts-in) {',
		'\tfont-family: var(--font-text);',
		'}',
		''
	].join('\n');
}

async function main() {
	const css = fallbackCss(await families());
	if (process.argv.includes('--check')) {
		const current = readFileSync(OUT, 'utf8');
		if (current !== css) {
			console.error(`${OUT} is stale: run npm run fonts:fallbacks`);
			process.exit(1);
		}
		return;
	}
	writeFileSync(OUT, css);
	console.error(`wrote ${OUT}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
