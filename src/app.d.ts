// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The site's public origin, e.g. https://example.org, from SITE_URL at build time. */
	const __SITE_ORIGIN__: string;
	namespace App {}
}

export {};
