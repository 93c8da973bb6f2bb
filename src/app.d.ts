// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site's public origin, e.g. https://example.org, from SITE_URL at build time. */
	const __SITE_ORIGIN__: string;
	/** The site's base path ('' or e.g. /holding-the-line), from SITE_URL at build time. */
	const __BASE_PATH__: string;
	namespace App {}
}

export {};
