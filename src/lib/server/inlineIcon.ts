/**
 * The page's icon, written into its head as a `data:` address instead of a link to
 * static/favicon.svg. A browser asks its host for the icon again each time the page's address
 * changes, and the story changes its address (its `#section`) as the reader moves between
 * sections: a read from top to bottom asked for the icon 14 times in Chromium, the whole file each
 * time. Written in, it is never asked for. static/favicon.svg stays the one drawing of it.
 */

/** static/favicon.svg as Vite reads it at build time. */
const ICON = import.meta.glob<string>('/static/favicon.svg', {
	query: '?raw',
	import: 'default',
	eager: true
})['/static/favicon.svg'];

/** Matches app.html's icon link: $1 what comes before its address, $2 what comes after. */
const ICON_LINK = /(<link rel="icon" href=")[^"]*\/favicon\.svg(")/;

/** The SVG as a `data:` address, escaped so it sits in a double-quoted attribute. */
export function iconAddress(svg: string): string {
	return `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
}

/** A page with its icon written in; throws if the page has no icon link to write into. */
export function withInlineIcon(html: string, svg: string = ICON): string {
	if (!ICON_LINK.test(html))
		throw new Error('inlineIcon: the page has no <link rel="icon"> to favicon.svg to write into.');
	return html.replace(ICON_LINK, `$1${iconAddress(svg)}$2`);
}
