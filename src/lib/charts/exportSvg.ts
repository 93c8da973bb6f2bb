/**
 * Export mode: a chart state as one standalone SVG picture (for `/embed/<chart>.svg`, the PNGs
 * rendered from it with resvg, and the 1200×630 share cards). It server-renders the SAME chart
 * file and layers the story uses, in the picture render mode (layers/renderMode.ts), so the chart
 * draws one fixed-pixel `<svg>` with SVG `<text>` labels instead of its Html layers, lifts it out
 * of LayerCake's wrapper, and frames it with the title, the finding, the source line and the site
 * name. CSS colour tokens become the theme's hex values from $lib/tokens (the palettes src/tokens.css is
 * written from), so the file needs no stylesheet and no
 * web fonts to be valid.
 */
import { render } from 'svelte/server';
import { CHARTS, type ChartSpec } from './registry';
import type { ChartId, ChartState } from './ids';
import type { ChartWords } from './view';
import { FONTS, PALETTES, type Theme } from '$lib/tokens';
import { sourceLineText, sourceNames, type SourceWords } from './sourceLine';
import { pictureContext } from './layers/renderMode';
import { drawnWordsContext } from './layers/drawnWords';

export type ExportTheme = Theme;

export interface ExportOptions {
	/** Picture width in pixels, e.g. 1200. */
	width: number;
	/** Picture height in pixels, e.g. 800 (chart picture) or 630 (share card). */
	height: number;
	theme: ExportTheme;
	/** Drawn at the foot with the URL, e.g. "Holding the Line". */
	siteName: string;
	/** The link back to the story or section, drawn at the foot. */
	url: string;
	/** The chart's title and findings, from its text document (src/content/charts). */
	words: ChartWords;
	/** The source line's words, from src/content/controls.aml. */
	sourceWords: SourceWords;
	/** The line above the finding; the chart's title unless a share card names its section. */
	title?: string;
	/** The reuse terms, drawn under the source line; pictures for download carry them. */
	licence?: string;
}

const SERIF = FONTS.text.family;
const SANS = FONTS.ui.family;

/**
 * The font stack each of the site's faces stands for in a downloaded SVG: the site's own face
 * first (resvg draws the PNGs with it), then faces a re-user who opens the file is likely to
 * have, so a missing web font degrades to a near match rather than to the viewer's default.
 */
const FONT_STACKS: Record<string, string> = Object.fromEntries(
	Object.values(FONTS).map(({ family, pictureFallbacks, generic }) => [
		family,
		[family, ...pictureFallbacks]
			.map((name) => (name.includes(' ') ? `'${name}'` : name))
			.join(', ') + `, ${generic}`
	])
);

/** Gives every `font-family` that names one of the site's faces its fallback stack. */
export function withFontStacks(svg: string): string {
	return svg.replace(/font-family="([^"]*)"/g, (attr, family: string) =>
		FONT_STACKS[family] ? `font-family="${FONT_STACKS[family]}"` : attr
	);
}

/** Escapes text for an XML text node or attribute. */
function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/** Greedy word wrap by an average glyph width; at most `maxLines`, the last one ellipsised. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3): string[] {
	const perChar = fontSize * 0.5;
	const maxChars = Math.max(8, Math.floor(maxWidth / perChar));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (!line) line = word;
		else if ((line + ' ' + word).length <= maxChars) line += ' ' + word;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = kept[maxLines - 1].replace(/\s*\S*$/, '') + ' …';
		return kept;
	}
	return lines;
}

/** Replaces `var(--token)` with the theme's hex value; unknown tokens fall back to ink. */
export function resolveColours(svg: string, theme: ExportTheme): string {
	const palette: Record<string, string> = PALETTES[theme];
	return svg.replace(/var\(--([a-z0-9-]+)\)/g, (_, token: string) => palette[token] ?? palette.ink);
}

/**
 * The chart's own drawing from a server render in export mode: the LayerCake `<svg>` with its
 * CSS-positioned wrapper replaced by a `<g>` translated by the cake's padding.
 */
export function extractChartSvg(html: string): string {
	const start = html.indexOf('<svg');
	const end = html.lastIndexOf('</svg>');
	if (start < 0 || end < 0) throw new Error('exportSvg: the chart rendered no <svg>');
	const inner = html.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
	return inner
		.replace(/<svg([^>]*)>/g, (_, attrs: string) => {
			const top = Number(/top:\s*(-?[\d.]+)px/.exec(attrs)?.[1] ?? 0);
			const left = Number(/left:\s*(-?[\d.]+)px/.exec(attrs)?.[1] ?? 0);
			return `<g transform="translate(${left},${top})">`;
		})
		.replace(/<\/svg>/g, '</g>');
}

/** A standalone SVG picture of one chart state: title, finding, chart, source line, site name. */
export function renderChartSvg<C extends ChartId>(
	id: C,
	state: ChartState<C>,
	{
		width,
		height,
		theme,
		siteName,
		url,
		words,
		sourceWords,
		title: heading,
		licence
	}: ExportOptions
): string {
	const spec = CHARTS[id] as unknown as ChartSpec;
	const view = spec.view(state);
	const kicker = heading ?? words.title;
	const finding = words.findings[state];
	const palette = PALETTES[theme];
	const u = width / 1200;
	const margin = Math.round(48 * u);
	const inner = width - margin * 2;
	const compact = height < width * 0.6;

	const titleSize = Math.round(22 * u);
	const findingSize = Math.round((compact ? 30 : 34) * u);
	const footSize = Math.round(17 * u);
	let y = margin + titleSize;
	const parts: string[] = [];
	parts.push(
		`<text x="${margin}" y="${y}" font-family="${SANS}" font-size="${titleSize}" font-weight="600" fill="${palette['ink-muted']}" letter-spacing="0.5">${escapeXml(kicker.toUpperCase())}</text>`
	);
	y += Math.round(14 * u);
	const findingLines = wrapText(finding, inner, findingSize, 3);
	for (const line of findingLines) {
		y += Math.round(findingSize * 1.2);
		parts.push(
			`<text x="${margin}" y="${y}" font-family="${SERIF}" font-size="${findingSize}" font-weight="600" fill="${palette.ink}">${escapeXml(line)}</text>`
		);
	}
	y += Math.round(28 * u);

	const sourceLines = [
		...wrapText(
			sourceLineText(sourceNames(view.sources, words.sources), sourceWords),
			inner,
			footSize,
			2
		),
		...(licence ? wrapText(licence, inner, footSize, 2) : [])
	];
	const footHeight = Math.round(footSize * 1.35) * (sourceLines.length + 1) + Math.round(16 * u);
	const chartTop = y;
	const chartHeight = height - margin - footHeight - chartTop;
	const Chart = spec.component;
	const { body } = render(Chart, {
		props: { view: view.chart },
		context: new Map<unknown, unknown>([
			...pictureContext(inner, Math.max(120, chartHeight)),
			...drawnWordsContext(words.frames.phrases)
		])
	});
	parts.push(`<g transform="translate(${margin},${chartTop})">${extractChartSvg(body)}</g>`);

	let fy = height - margin - footHeight + Math.round(16 * u);
	parts.push(
		`<line x1="${margin}" x2="${width - margin}" y1="${fy}" y2="${fy}" stroke="${palette.rule}" stroke-width="1"/>`
	);
	for (const line of sourceLines) {
		fy += Math.round(footSize * 1.35);
		parts.push(
			`<text x="${margin}" y="${fy}" font-family="${SANS}" font-size="${footSize}" fill="${palette['ink-muted']}">${escapeXml(line)}</text>`
		);
	}
	fy += Math.round(footSize * 1.35);
	parts.push(
		`<text x="${margin}" y="${fy}" font-family="${SANS}" font-size="${footSize}" font-weight="600" fill="${palette.ink}">${escapeXml(siteName)}</text>`,
		`<text x="${width - margin}" y="${fy}" text-anchor="end" font-family="${SANS}" font-size="${footSize}" fill="${palette['ink-muted']}">${escapeXml(url)}</text>`
	);

	const title = `${kicker}: ${finding}`;
	return withFontStacks(
		resolveColours(
			`<?xml version="1.0" encoding="UTF-8"?>\n` +
				`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">` +
				`<title>${escapeXml(title)}</title>` +
				`<rect width="${width}" height="${height}" fill="${palette.paper}"/>` +
				parts.join('') +
				`</svg>\n`,
			theme
		)
	);
}
