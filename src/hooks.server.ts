import type { Handle } from '@sveltejs/kit';
import { fillIslands } from '$lib/server/islands';
import { fillProse } from '$lib/server/prose';
import { FONTS_SCRIPT_TAG } from '$lib/fonts.js';
import { withStructuredData } from '$lib/server/structuredData';

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
		// $lib/story/prose.ts and $lib/story/BlockIsland.svelte. Every page gets the fonts script.
		transformPageChunk: ({ html }) =>
			withFontsScript(
				event.route.id === '/' ? withStructuredData(fillIslands(fillProse(html))) : html
			),
		preload: ({ type }) => type === 'css'
	});

/** The fonts script goes last in the head: it must run before the body is parsed. */
function withFontsScript(html: string): string {
	return html.replace('</head>', `${FONTS_SCRIPT_TAG}</head>`);
}
