/**
 * The story's start-up script, run after its first paint. The page is complete prose that reads
 * without scripts, and on a slow phone a script's download and evaluation can land before the
 * first paint and hold it up. So the page's one inline script waits for the browser to report
 * its first contentful paint (a `paint` PerformanceObserver: the report comes once the frame is
 * on screen, where a frame callback may run before it is shown), and then imports the story's
 * start-up ($lib/story/start.svelte.ts). A hidden tab paints nothing, so its start-up runs when it
 * is shown, or 3 s after the page has loaded, the same safety net as the fonts script's
 * ($lib/fonts.js); a browser that reports no paints starts it after the next frame.
 *
 * The page's Content-Security-Policy (Kit's `<meta>`, `csp: { mode: 'hash' }` in svelte.config.js)
 * allows scripts from the site and inline ones by the hash of their text, so this script's hash is
 * added to it.
 */
import { createHash } from 'node:crypto';

/**
 * A promise of the first contentful paint, as the browser reports it; ES5 like the fonts script,
 * as it runs in every browser that reads the page.
 */
const FIRST_PAINT =
	'new Promise(function (painted) {' +
	' var P = window.PerformanceObserver;' +
	" if (P && (P.supportedEntryTypes || []).indexOf('paint') >= 0) {" +
	' new P(function (list, observer) {' +
	" if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); painted(); }" +
	" }).observe({ type: 'paint', buffered: true });" +
	" addEventListener('load', function () { setTimeout(painted, 3000); });" +
	' } else requestAnimationFrame(function () { setTimeout(painted); });' +
	' })';

/** The policy's list of allowed scripts: $1 everything up to its end. */
const SCRIPT_SRC = /(<meta http-equiv="content-security-policy" content="[^"]*script-src [^;"]*)/;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * `html` with a script at the end of its body that imports `entry` (the start-up's URL) once the
 * first contentful paint is reported, and a policy that allows it. Throws when the page has no
 * policy listing its scripts, or already has a start-up, so that neither a page left unstarted nor
 * one started twice can be built.
 */
export function startAfterPaint(html: string, entry: string): string {
	if (!SCRIPT_SRC.test(html)) {
		throw new Error('startAfterPaint: the page has no content-security-policy with a script-src');
	}
	if (/<script[^>]*>[^<]*\bimport\(/.test(html)) {
		throw new Error('startAfterPaint: the page already has a start-up script');
	}
	const script = `${FIRST_PAINT}.then(function () { return import(${JSON.stringify(entry)}); });`;
	return html
		.replace(SCRIPT_SRC, (_, policy: string) => `${policy} ${hashOf(script)}`)
		.replace('</body>', `<script>${script}</script></body>`);
}
