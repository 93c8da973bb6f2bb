import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { missingSiteUrlWarning, siteUrl } from './scripts/site-url.js';

const site = siteUrl(process.env.SITE_URL);

export default defineConfig(({ command, mode }) => {
	const warning =
		command === 'build' && mode === 'production' && missingSiteUrlWarning(process.env.SITE_URL);
	// Printed at the start and again at the end of the build, where it is seen.
	if (warning) console.warn(warning);
	return {
		plugins: [
			sveltekit(),
			{ name: 'site-url-warning', closeBundle: () => void (warning && console.warn(warning)) }
		],
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
				'tests/support/**/*.test.ts',
				// The ESLint rooms beside the config they test.
				'eslint.config.test.ts'
			],
			environment: 'node'
		}
	};
});
