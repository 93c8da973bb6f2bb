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

/**
 * The warning a production build prints when SITE_URL is unset, or undefined when it is set.
 * Without it every absolute URL in the build names the local server, which a deploy would ship.
 * @param {string | undefined} value the SITE_URL environment variable
 * @returns {string | undefined}
 */
export function missingSiteUrlWarning(value) {
	if (value?.trim()) return undefined;
	const bar = '!'.repeat(78);
	return [
		bar,
		`!! SITE_URL is not set: this build points at ${DEFAULT_SITE_URL}.`,
		'!! Every absolute URL in it will name localhost: the canonical link and og:url of each',
		'!! page, the share cards (og:image), the embed snippets and oEmbed links readers copy.',
		'!! Fine for `npm start`. To deploy, build with the public address, e.g.',
		'!!   SITE_URL=https://example.org/holding-the-line npm run build',
		bar
	].join('\n');
}
