import type { Handle } from '@sveltejs/kit';
import { fillIslands } from '$lib/server/islands';
import { fillProse } from '$lib/server/prose';
import { withStructuredData } from '$lib/server/structuredData';

/**
 * The faces the first screen is set in; preloading every face in app.css would spend the head
 * start on italics and labels.
 */
const FIRST_SCREEN_FONTS = [
	'source-serif-4-latin-400-normal',
	'source-serif-4-latin-600-normal',
	'source-sans-3-latin-400-normal'
];

/**
 * What a prerendered page's head asks the browser to fetch early. Fonts, yes: Kit writes their
 * preloads first, so the masthead's faces are not queued behind scripts. Scripts, no: the first
 * screen is prose that reads without them, and twelve module preloads competing with the HTML
 * and fonts for a phone's bandwidth put the largest paint at 2.5 s in Lighthouse's mobile run
 * (1.7 s without). The scripts still load straight after the HTML, from Kit's start-up import.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// The story's prose and scroll blocks are printed into their slots here: see
		// $lib/story/prose.ts and $lib/story/BlockIsland.svelte.
		transformPageChunk: ({ html }) =>
			event.route.id === '/' ? withStructuredData(fillIslands(fillProse(html))) : html,
		preload: ({ type, path }) =>
			type === 'css' ||
			(type === 'font' &&
				path.endsWith('.woff2') &&
				FIRST_SCREEN_FONTS.some((face) => path.includes(face)))
	});
