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
		build: {
			sourcemap: Boolean(process.env.SOURCEMAPS),
			// The story's own small modules that its start-up and its blocks both import (the
			// outline, the reader's place, the idle queue, the labels, the tokens, the links, the
			// page's meta tags) and Vite's preload helper are one chunk with the Svelte runtime and
			// Kit's client they need, not a dozen files of 100–900 bytes each: every file costs a
			// phone its headers and a request. The story starts with 7 files where it took 18
			// (44.9 KB as stored; now 42.7); /sources/ with 9 where it took 13.
			rolldownOptions: {
				output: {
					codeSplitting: {
						groups: [
							{
								name: 'story-start',
								test: /^\0vite[\\/]preload-helper\.js$|[\\/]src[\\/]lib[\\/](links|site|controls|tokens|story[\\/](outline|activeStep|blocks|story\.svelte|skipLinks|idle)|charts[\\/](ids|motion)|share[\\/](copyText|cards))\.ts$|[\\/]src[\\/]lib[\\/]share[\\/]PageMeta\.svelte$/
							}
						]
					}
				}
			}
		},
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
