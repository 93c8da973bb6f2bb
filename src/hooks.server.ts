import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { fillIslands, fillShareControls } from '$lib/server/islands';
import { fillProse } from '$lib/server/prose';
import { FONTS_SCRIPT_TAG } from '$lib/fonts.js';
import { withStructuredData } from '$lib/server/structuredData';
import { withStoryStart } from '$lib/server/storyStart';
import { withMinifiedStyles } from '$lib/server/minifyStyles';
import { withInlineIcon } from '$lib/server/inlineIcon';

/**
 * What a prerendered page's head asks the browser to fetch early: the stylesheet, nothing else.
 * Not fonts: a preloaded face finishes before the first paint and so sits in the largest paint's
 * path (Lighthouse's simulation counts every request that ended before it); the faces are asked
 * for after the first paint instead (FONTS_SCRIPT_TAG, src/fallback-fonts.css). Not scripts: the
 * first screen is prose that reads without them, and twelve module preloads competing with the
 * HTML for a phone's bandwidth put the largest paint at 2.5 s in Lighthouse's mobile run (1.7 s
 * without). The scripts still load straight after the HTML, from Kit's start-up import.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// The story's prose and scroll blocks are printed into their slots here: see
		// $lib/story/prose.ts and $lib/server/islands.ts; its own start-up, which Kit does not
		// know of, starts after its first paint ($lib/server/storyStart.ts). Every page but an embed's frame gets the fonts
		// script, every page's inline styles are minified ($lib/server/minifyStyles.ts), and every
		// page's icon is written in ($lib/server/inlineIcon.ts).
		transformPageChunk: ({ html }) =>
			withInlineIcon(
				withMinifiedStyles(
					withFontsScript(
						isEmbedFrame(event.route.id)
							? withOptionalFonts(html)
							: event.route.id === '/'
								? withStoryStart(
										withStructuredData(fillShareControls(fillIslands(fillProse(html)))),
										dev
									)
								: html
					)
				)
			),
		preload: ({ type }) => type === 'css'
	});

/** The fonts script goes last in the head: it must run before the body is parsed. */
function withFontsScript(html: string): string {
	return html.replace('</head>', `${FONTS_SCRIPT_TAG}</head>`);
}

/** A chart's embed page, the page other sites frame (not the gallery of embeds at /embed/). */
function isEmbedFrame(routeId: string | null): boolean {
	return routeId?.startsWith('/embed/[chart]') ?? false;
}

/**
 * An embed sets its text in the web fonts only if they come at once, and otherwise in the
 * fallbacks for the whole visit (src/fallback-fonts.css, `fonts-optional`): a late swap can
 * re-wrap a line, and in a frame that resizes to its content that moves the host's page. Like
 * every page it asks for them only after its first paint (the fonts script), so they are never in
 * its largest paint's path; cached ones then draw it a moment later. The class is in the HTML,
 * so without JavaScript the embed asks for them at once and keeps them only if they are in time.
 */
function withOptionalFonts(html: string): string {
	return html.replace('<html ', '<html class="fonts-optional" ');
}
