#!/usr/bin/env node
/**
 * Makes sure a Chromium exists before the end-to-end tests run, installing one when it can:
 * Playwright's download where the network allows it, else Debian's package when running as root.
 * Stops with a message saying how to get a browser when neither works.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.js';

function found() {
	const system = systemChromium();
	if (system) return system;
	const bundled = chromium.executablePath();
	return existsSync(bundled) ? bundled : undefined;
}

/** @param {string} command @param {string[]} args */
function tryRun(command, args) {
	console.log(`ensure-browser: ${command} ${args.join(' ')}`);
	return (
		spawnSync(command, args, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		}).status === 0
	);
}

let path = found();
if (!path) {
	console.log('ensure-browser: no Chromium found; trying to install one.');
	tryRun('npx', ['--no-install', 'playwright', 'install', 'chromium']);
	path = found();
}
if (!path && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	if (tryRun('apt-get', ['update', '-qq'])) tryRun('apt-get', ['install', '-y', '-qq', 'chromium']);
	path = found();
}
if (!path) {
	console.error(
		[
			'ensure-browser: no Chromium could be found or installed.',
			'Install one and run the tests again, for example:',
			'  sudo apt-get install -y chromium        (Debian, Ubuntu)',
			'  npx playwright install chromium         (where downloads work)',
			'or point CHROMIUM_PATH at a Chromium or Chrome executable.'
		].join('\n')
	);
	process.exit(1);
}
let version = '';
try {
	version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
} catch {
	version = '(version unknown)';
}
console.log(`ensure-browser: using ${path} ${version}`);
