/**
 * What the tests of scripts/serve.js share: a built site in miniature in a temporary folder, the
 * server started on it as a process, and a raw HTTP client that sends a request exactly as written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './bench/server.js';

export const SERVE = join(import.meta.dirname, 'serve.js');
export const BIG = 'x'.repeat(4_000_000);

/**
 * What the stored compressed copies of /embed/officers/ hold: marked, so a test can tell the copy
 * the build wrote from one compressed on the fly.
 */
export const STORED_COPY = '<!doctype html><title>Officers</title><!-- the stored copy -->';

/**
 * A built site in miniature: pages, a directory index, a hashed asset, a 404 page, _headers, and
 * for one page the brotli and gzip copies the adapter's `precompress` writes beside it.
 */
export function fixture(): string {
	const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	const file = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	file('index.html', '<!doctype html><title>Story</title><p>' + 'story '.repeat(400));
	file('404.html', '<!doctype html><title>Not found</title><p>No such page');
	file('embed/index.html', '<!doctype html><title>Gallery</title>');
	file('embed/officers/index.html', '<!doctype html><title>Officers</title>');
	writeFileSync(join(root, 'embed/officers/index.html.br'), brotliCompressSync(STORED_COPY));
	writeFileSync(join(root, 'embed/officers/index.html.gz'), gzipSync(STORED_COPY));
	file('_app/immutable/big.js', BIG);
	file(
		'_headers',
		[
			'/*',
			'  X-Content-Type-Options: nosniff',
			'/_app/immutable/*',
			'  Cache-Control: public, max-age=31536000, immutable',
			'/',
			"  Content-Security-Policy: frame-ancestors 'self'",
			'/embed/officers/*',
			'  Content-Security-Policy: frame-ancestors *',
			''
		].join('\n')
	);
	return root;
}

export interface Served {
	child: ChildProcess;
	port: number;
	output: () => string;
}

/** serve.js on `root`, on `port` or a free one, once it says it is serving. */
export async function serve(
	root: string,
	env: Record<string, string> = {},
	port?: number
): Promise<Served> {
	port ??= await freePort();
	const child = spawn(process.execPath, [SERVE, '--dir', root, '--port', String(port)], {
		env: { ...process.env, SITE_URL: '', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let text = '';
	child.stdout!.on('data', (d) => (text += d));
	child.stderr!.on('data', (d) => (text += d));
	await new Promise<void>((resolve, reject) => {
		child.stdout!.on('data', () => text.includes('being served') && resolve());
		child.once('exit', (code) => reject(new Error(`serve.js exited with ${code}: ${text}`)));
	});
	return { child, port, output: () => text };
}

export async function stop(served: Served | undefined) {
	if (!served || served.child.exitCode !== null) return;
	const exited = new Promise((r) => served.child.once('exit', r));
	served.child.kill('SIGTERM');
	await exited;
}

export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** Send one request exactly as written (no client normalising the path) and read the answer. */
export function raw(
	port: number,
	target: string,
	headers: Record<string, string> = {},
	method = 'GET'
) {
	return new Promise<RawResponse>((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		const chunks: Buffer[] = [];
		socket.on('data', (c) => chunks.push(c));
		socket.on('error', reject);
		socket.on('end', () => {
			const all = Buffer.concat(chunks);
			const split = all.indexOf('\r\n\r\n');
			const [statusLine, ...lines] = all.subarray(0, split).toString('latin1').split('\r\n');
			const parsed: Record<string, string> = {};
			for (const line of lines) {
				const colon = line.indexOf(':');
				parsed[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
			}
			let body: Buffer = all.subarray(split + 4);
			if (parsed['transfer-encoding'] === 'chunked') body = dechunk(body);
			resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body });
		});
		const head = Object.entries({ host: `127.0.0.1:${port}`, connection: 'close', ...headers })
			.map(([k, v]) => `${k}: ${v}\r\n`)
			.join('');
		socket.write(`${method} ${target} HTTP/1.1\r\n${head}\r\n`, 'latin1');
	});
}

export function dechunk(body: Buffer): Buffer {
	const parts: Buffer[] = [];
	let at = 0;
	for (;;) {
		const eol = body.indexOf('\r\n', at);
		const size = parseInt(body.subarray(at, eol).toString(), 16);
		if (!size) return Buffer.concat(parts);
		parts.push(body.subarray(eol + 2, eol + 2 + size));
		at = eol + 2 + size + 2;
	}
}

/** A Location that stays on this site: a path starting with exactly one slash. */
export function staysOnSite(location: string, port: number): boolean {
	const url = new URL(location, `http://127.0.0.1:${port}/`);
	return url.origin === `http://127.0.0.1:${port}` && /^\/(?![/\\])/.test(location);
}

/**
 * The miniature site served for a test file's tests: built and started before them, stopped and
 * removed after. Read `root` and `site` inside a test, once the server is up.
 */
export function servedFixture(): { readonly root: string; readonly site: Served } {
	const served = {} as { root: string; site: Served };
	beforeAll(async () => {
		served.root = fixture();
		served.site = await serve(served.root);
	});
	afterAll(async () => {
		await stop(served.site);
		rmSync(served.root, { recursive: true, force: true });
	});
	return served;
}
