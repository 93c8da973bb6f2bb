/**
 * The HTML a re-user pastes to embed one chart: a self-sizing iframe plus the host script.
 * Absolute URLs, a title for screen readers, and a starting height close to the real one so
 * the host page barely moves when the iframe fits itself.
 */
import type { ChartId, ChartState } from '$lib/charts/ids';
import { absolute, embedPath, embedScriptPath } from '$lib/links';

/** Escape text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

export interface SnippetOptions {
	chart: ChartId;
	/** Pin a state; undefined embeds the chart's final state. */
	state?: ChartState;
	/** The chart's title, for the iframe's accessible name. */
	title: string;
	/** Starting height in px before the iframe reports its own. */
	height?: number;
}

/** The frame's starting height in px, before it reports its own: most charts are close to it. */
export const EMBED_HEIGHT = 640;

/** The embed snippet for a chart. */
export function embedSnippet({
	chart,
	state,
	title,
	height = EMBED_HEIGHT
}: SnippetOptions): string {
	const src = absolute(embedPath(chart, state));
	return (
		`<iframe src="${src}" data-holding-the-line title="${escapeAttribute(title)}" ` +
		`width="100%" height="${Math.round(height)}" style="border:0;width:100%" loading="lazy"></iframe>` +
		`<script src="${absolute(embedScriptPath())}" async></script>`
	);
}
