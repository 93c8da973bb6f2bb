import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { siteUrl } from './scripts/site-url.js';

const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// Absolute URLs (Open Graph, canonical, embed snippets) need the public origin in code.
		__SITE_ORIGIN__: JSON.stringify(site.origin)
	},
	// Maps only for the benchmark's byte report (npm run bench); deployed builds carry none.
	build: { sourcemap: Boolean(process.env.SOURCEMAPS) },
	test: {
		include: [
			'src/**/*.test.ts',
			'data/**/*.test.ts',
			'scripts/**/*.test.ts',
			'tests/support/**/*.test.ts'
		],
		environment: 'node'
	}
});
