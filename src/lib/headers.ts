/**
 * The response headers a static host should send, in the `_headers` form Netlify and Cloudflare
 * Pages read. The build writes them to build/_headers (src/routes/_headers) and scripts/serve.js
 * sends the same, so the end-to-end tests check what a deployed site sends.
 *
 * Frame rules never overlap: hosts merge every matching rule, and two `frame-ancestors` policies
 * would both be enforced, so the embeds (framed by anyone) get no rule that also says `'self'`.
 */
import { base } from '$app/paths';
import { CHART_IDS, type ChartId } from '$lib/charts/ids';
import { embedPath, galleryPath, sourcesPath, storyPath } from '$lib/links';

const SECURITY_HEADERS: readonly [string, string][] = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), browsing-topics=()']
];

/** Pages that only this site may frame: clickjacking protection (CSP for new browsers, XFO for old). */
const SAME_ORIGIN_FRAMES: readonly [string, string][] = [
	['Content-Security-Policy', "frame-ancestors 'self'"],
	['X-Frame-Options', 'SAMEORIGIN']
];

const ANY_ORIGIN_FRAMES: readonly [string, string][] = [
	['Content-Security-Policy', 'frame-ancestors *']
];

/** Kit names every file under _app/immutable by its content hash, so it can be cached for a year. */
const IMMUTABLE_CACHE: readonly [string, string][] = [
	['Cache-Control', 'public, max-age=31536000, immutable']
];

function rule(path: string, headers: readonly [string, string][]): string {
	return [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** The text of build/_headers; every path carries the base path of SITE_URL. */
export function headersFile(charts: readonly ChartId[] = CHART_IDS): string {
	return (
		[
			'# Written by the build (src/lib/headers.ts): response headers for Netlify or Cloudflare Pages.',
			rule(`${base}/*`, SECURITY_HEADERS),
			rule(`${base}/_app/immutable/*`, IMMUTABLE_CACHE),
			rule(storyPath(), SAME_ORIGIN_FRAMES),
			rule(`${base}/share/*`, SAME_ORIGIN_FRAMES),
			rule(galleryPath(), SAME_ORIGIN_FRAMES),
			rule(sourcesPath(), SAME_ORIGIN_FRAMES),
			// A splat matches the empty rest too, so this rule covers the embed page itself.
			...charts.map((chart) => rule(`${embedPath(chart)}*`, ANY_ORIGIN_FRAMES))
		].join('\n') + '\n'
	);
}
