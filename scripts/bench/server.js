/** Starts scripts/serve.js on a free port for the benchmark and stops it again by its process id. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { siteUrl } from '../site-url.js';

const SERVE = fileURLToPath(new URL('../serve.js', import.meta.url));

/** @returns {Promise<number>} a TCP port nothing is listening on right now */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * @param {string} url
 * @param {number} timeoutMs
 */
async function waitFor(url, timeoutMs) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`The static server did not answer at ${url} within ${timeoutMs} ms.`);
}

/**
 * Serves a build folder (gzip on, 404.html for unknown paths) on a free port with
 * scripts/serve.js, so the story and the floor are served the same way.
 * @param {{ dir?: string, siteUrl?: string }} [options] dir: defaults to build/; siteUrl: the
 *   SITE_URL the folder was built with (its base path is served), defaults to the environment's
 * @returns {Promise<{ root: string, stop: () => Promise<void> }>} root: origin plus base path, no trailing slash
 */
export async function startServer(options = {}) {
	const port = await freePort();
	const env = { ...process.env };
	if (options.siteUrl !== undefined) env.SITE_URL = options.siteUrl;
	const child = spawn(
		process.execPath,
		[SERVE, '--port', String(port), ...(options.dir ? ['--dir', options.dir] : [])],
		{ stdio: ['ignore', 'ignore', 'inherit'], env }
	);
	const root = `http://localhost:${port}${siteUrl(env.SITE_URL).base}`;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	await Promise.race([
		waitFor(`${root}/`, 10_000),
		exited.then(() => {
			throw new Error('scripts/serve.js exited before it was ready.');
		})
	]);
	return {
		root,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
