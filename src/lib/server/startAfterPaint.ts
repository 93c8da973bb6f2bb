/**
 * The story's app starts after its first paint. Kit's inline start-up script, at the end of the
 * body, imports the app as soon as the parser reaches it; on a slow phone, that code's download
 * and evaluation can land before the first paint and hold it up, while the page it would paint
 * is already complete prose that reads without scripts. So the start-up waits for the browser
 * to report its first contentful paint (a `paint` PerformanceObserver: the report comes once the
 * frame is on screen, where a frame callback may run before it is shown), and then imports the
 * app exactly as Kit wrote it. A hidden tab paints nothing, so its app starts when it is shown,
 * or 3 s after the page has loaded, the same safety net as the fonts script's
 * ($lib/fonts.js); a browser that reports no paints starts it after the next frame.
 *
 * The page's Content-Security-Policy allows each inline script by the hash of its text (Kit's
 * `csp: { mode: 'hash' }`, worked out before this runs), so the changed script's hash replaces
 * the old one in the policy.
 */
import { createHash } from 'node:crypto';

/** Kit's start-up: `Promise.all([ import(start), import(app) ]).then(([kit, app]) => …)`. */
const START = /(\n\s*)Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)\.then\(/;

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

/** An inline script: its text is what the policy's hash is of. */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * `html` with Kit's start-up import deferred past the first contentful paint, and its policy
 * allowing the changed script. Throws when the page has no inline script of Kit's start-up
 * shape, or more than one, or a policy that did not allow it, so a Kit upgrade that changes
 * any of them stops the build rather than leaving the page unstarted or started early.
 */
export function startAfterPaint(html: string): string {
	const scripts = [...html.matchAll(INLINE_SCRIPT)].filter(([, text]) => START.test(text));
	if (scripts.length !== 1) {
		throw new Error(
			`startAfterPaint: expected one Kit start-up script (Promise.all([import(…), import(…)])), found ${scripts.length}`
		);
	}
	const [tag, text] = scripts[0];
	const deferred = text.replace(
		START,
		(_, indent: string, imports: string) =>
			`${indent}${FIRST_PAINT}.then(() => Promise.all([${imports}])).then(`
	);
	const [before, after] = [hashOf(text), hashOf(deferred)];
	if (!html.includes(before)) {
		throw new Error(`startAfterPaint: the page's policy does not allow Kit's start-up (${before})`);
	}
	return html.replace(tag, `<script>${deferred}</script>`).replaceAll(before, after);
}
