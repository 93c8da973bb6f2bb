/**
 * The page's icon, written into its head as a `data:` address holding a PNG drawn from
 * static/favicon.svg, instead of a link to that file. A browser asks for the page's icon again
 * each time the page's address changes, and the story changes its address (its `#section`) as the
 * reader moves between sections. Linked, Chromium fetched the whole file 14 times in one read.
 * Written in as SVG, it was never fetched but still decoded 13 times a read, on the page's own
 * main thread, and an SVG is a whole document to build: 5–13 ms at 4× CPU each time, in traced
 * reads, landing in whatever frame the reader was scrolling. A PNG of the same drawing decodes
 * in 0.2–3.3 ms. static/favicon.svg stays the one drawing of it.
 */
import { Resvg } from '@resvg/resvg-js';

/** static/favicon.svg as Vite reads it at build time. */
const ICON = import.meta.glob<string>('/static/favicon.svg', {
	query: '?raw',
	import: 'default',
	eager: true
})['/static/favicon.svg'];

/** The icon's width and height in pixels: a tab's 16 CSS px is 48 on a phone's 3× screen. */
export const ICON_PX = 64;

/** Matches app.html's icon link, the whole tag. */
const ICON_LINK = /<link rel="icon" href="[^"]*\/favicon\.svg"[^>]*>/;

/** The drawing as a PNG of ICON_PX square; it has no text, so no fonts are loaded. */
function iconPng(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: ICON_PX },
		font: { loadSystemFonts: false }
	});
	return resvg.render().asPng();
}

/** Each drawing's link tag, made once: every prerendered page gets the same one. */
const tags = new Map<string, string>();

/** The icon link for a drawing, its PNG written in as a `data:` address. */
export function iconTag(svg: string): string {
	let tag = tags.get(svg);
	if (!tag) {
		const address = `data:image/png;base64,${iconPng(svg).toString('base64')}`;
		tag = `<link rel="icon" href="${address}" type="image/png" sizes="${ICON_PX}x${ICON_PX}" />`;
		tags.set(svg, tag);
	}
	return tag;
}

/** A page with its icon written in; throws if the page has no icon link to write into. */
export function withInlineIcon(html: string, svg: string = ICON): string {
	if (!ICON_LINK.test(html))
		throw new Error('inlineIcon: the page has no <link rel="icon"> to favicon.svg to write into.');
	return html.replace(ICON_LINK, iconTag(svg));
}
