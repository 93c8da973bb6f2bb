/**
 * Builds the site once under a sub-path, into its own folder, before the build-output tests:
 * this is what a deploy to https://example.org/holding-the-line would upload.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { SUBPATH_BUILD_DIR, SUBPATH_SITE_URL } from './site';

export default function setup() {
	rmSync(SUBPATH_BUILD_DIR, { recursive: true, force: true });
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		// NODE_ENV as a deploy has it: Vitest sets it to `test`, and Vite then compiles the
		// components as for development (Svelte's dev checks in, the client's styles in).
		env: {
			...process.env,
			NODE_ENV: 'production',
			SITE_URL: SUBPATH_SITE_URL,
			BUILD_DIR: SUBPATH_BUILD_DIR
		}
	});
}
