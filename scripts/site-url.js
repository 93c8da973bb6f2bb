/**
 * The one place the public address of the site is decided.
 * SITE_URL is the origin plus an optional base path, e.g. https://example.org/holding-the-line.
 * Without it the site is built for the local server that `npm start` runs.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * @param {string | undefined} value
 * @returns {{ origin: string, base: '' | `/${string}`, href: string }}
 */
export function siteUrl(value) {
	const raw = value?.trim() || DEFAULT_SITE_URL;
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`SITE_URL must be an absolute URL such as https://example.org/holding-the-line, got ${JSON.stringify(raw)}`
		);
	}
	if (url.search || url.hash)
		throw new Error(`SITE_URL must not carry a query or fragment: ${raw}`);
	const base = /** @type {'' | `/${string}`} */ (url.pathname.replace(/\/+$/, ''));
	return { origin: url.origin, base, href: url.origin + base };
}
