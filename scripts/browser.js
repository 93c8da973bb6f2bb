/**
 * Where the end-to-end tests, the share-card check and the benchmark find Chromium:
 * CHROMIUM_PATH if set, else a system Chromium, else Playwright's own download (where it can be had).
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUMS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

/** @returns {string | undefined} an executable path, or undefined to let Playwright use its own. */
export function systemChromium() {
	const fromEnv = process.env.CHROMIUM_PATH?.trim();
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
		return fromEnv;
	}
	return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/** Flags that keep a headless Chromium quiet on a closed network and working as root. */
export const CHROMIUM_ARGS = [
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
];
