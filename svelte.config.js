import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { siteUrl } from './scripts/site-url.js';
import { THEME_SCRIPT } from './src/lib/embed/theme.js';
import { FONTS_SCRIPT } from './src/lib/fonts.js';

const site = siteUrl(process.env.SITE_URL);
// Tests build a second copy (with a sub-path SITE_URL) beside the main one.
const out = process.env.BUILD_DIR || 'build';
/**
 * The embed pages' inline theme script, allowed by its hash.
 * @type {`sha256-${string}`}
 */
const themeHash = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
/**
 * Every page's inline script that holds the web fonts back until the first paint.
 * @type {`sha256-${string}`}
 */
const fontsHash = `sha256-${createHash('sha256').update(FONTS_SCRIPT).digest('base64')}`;

/**
 * Components the prerender never draws, so the browser adds their styles itself: LayerCake's
 * <svg> layout (the prerender draws the scaled one) and a value's card, drawn on a tap or focus.
 * tests/styles.spec.ts fails when a component missing here draws without its styles.
 */
const DRAWN_IN_THE_BROWSER_ONLY = [
	'node_modules/layercake/dist/layouts/Svg.svelte',
	'src/lib/charts/layers/ValueCard.svelte'
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Component styles travel with their components. The story's blocks are rendered by the
	// prerender outside the page's tree and their code loads later (BlockIsland), so Kit cannot
	// know to link their stylesheets; injected, each rendered component puts its <style> in the
	// head it renders, and hydration finds it there instead of adding it again.
	// No `discloseVersion`: it only tells devtools which Svelte runs, and every component chunk
	// imported it, so it was a file of its own (99 bytes, one more request) on every page's start.
	compilerOptions: { css: 'injected', discloseVersion: false },
	vitePlugin: {
		// What the browser needs no copy of: every page is prerendered and every link is a full
		// page load (app.html), so a component drawn in the browser was drawn by the prerender
		// too, and its styles are already in the page's head. The client's code carries only the
		// styles of the components in DRAWN_IN_THE_BROWSER_ONLY. With `emitCss` off, the styles
		// a client compile leaves out go nowhere (no stylesheet for Vite to link or preload).
		emitCss: false,
		dynamicCompileOptions: ({ filename, compileOptions }) =>
			compileOptions.generate === 'client' &&
			!compileOptions.dev &&
			!DRAWN_IN_THE_BROWSER_ONLY.some((path) => filename.endsWith(path))
				? { css: 'external' }
				: undefined
	},
	kit: {
		// Precompressed: each HTML, JS, CSS, JSON and SVG file also as `.br` and `.gz` at the
		// highest settings, for a host to send as stored (scripts/serve.js does; see the README).
		// The story's HTML is 35 KB so, against 44 KB compressed on the fly at brotli's quick
		// level 4: under the 43.8 KB a new connection's first two round trips carry.
		adapter: adapter({
			pages: out,
			assets: out,
			fallback: undefined,
			strict: true,
			precompress: true
		}),
		paths: { base: site.base, relative: false },
		// The whole stylesheet is about 16 KB (5 KB gzip): inlined, the first paint waits for no
		// request but the HTML, which on a phone's first visit is worth more than caching CSS.
		inlineStyleThreshold: 20_000,
		// Prerendered pages get this policy as a <meta> tag, with hashes for Kit's inline script.
		// Styles allow 'unsafe-inline' because chart labels are positioned with style attributes,
		// which hashes cannot cover; scripts stay hash- and same-origin-only.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', themeHash, fontsHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			origin: site.origin,
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
