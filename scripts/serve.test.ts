/**
 * scripts/serve.js as a process, over a small built site in a temporary folder: the raw requests
 * of issue 13 and a seeded fuzz over encodings, each answered with a sane status, never a crash
 * and never a redirect off the site. Only loopback addresses are used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './bench/server.js';
import { parseHeadersFile, safePath, singleRange } from './serve.js';

const SERVE = join(import.meta.dirname, 'serve.js');
const BIG = 'x'.repeat(4_000_000);

/** A built site in miniature: pages, a directory index, a hashed asset, a 404 page, _headers. */
function fixture(): string {
	const root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	const file = (path: string, text: string) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	file('index.html', '<!doctype html><title>Story</title><p>' + 'story '.repeat(400));
	file('404.html', '<!doctype html><title>Not found</title><p>No such page');
	file('embed/index.html', '<!doctype html><title>Gallery</title>');
	file('embed/officers/index.html', '<!doctype html><title>Officers</title>');
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

interface Served {
	child: ChildProcess;
	port: number;
	output: () => string;
}

async function serve(
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

async function stop(served: Served | undefined) {
	if (!served || served.child.exitCode !== null) return;
	const exited = new Promise((r) => served.child.once('exit', r));
	served.child.kill('SIGTERM');
	await exited;
}

interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** Send one request exactly as written (no client normalising the path) and read the answer. */
function raw(port: number, target: string, headers: Record<string, string> = {}, method = 'GET') {
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

function dechunk(body: Buffer): Buffer {
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
function staysOnSite(location: string, port: number): boolean {
	const url = new URL(location, `http://127.0.0.1:${port}/`);
	return url.origin === `http://127.0.0.1:${port}` && /^\/(?![/\\])/.test(location);
}

let root: string;
let site: Served;

beforeAll(async () => {
	root = fixture();
	site = await serve(root);
});

afterAll(async () => {
	await stop(site);
	rmSync(root, { recursive: true, force: true });
});

describe('serve.js answers the requests that used to break it', () => {
	it.each([
		['/%0a%2f..%2fembed'],
		['/%2fevil.com%2f..%2fembed'],
		['/%'],
		['/%zz'],
		['//evil.com/..%2fembed'],
		['/%00'],
		['/embed/..'],
		['/a%5c..%5cindex.html']
	])('GET %s is 400 and the server stays up', async (target) => {
		const res = await raw(site.port, target);
		expect(res.status).toBe(400);
		expect(res.headers.location).toBeUndefined();
		expect((await raw(site.port, '/')).status).toBe(200);
	});

	it('GET /embed is a 308 to /embed/ on the same site, keeping the query', async () => {
		const res = await raw(site.port, '/embed?x=1');
		expect(res.status).toBe(308);
		expect(res.headers.location).toBe('/embed/?x=1');
	});

	it('an unknown path is the 404 page with status 404', async () => {
		const res = await raw(site.port, '/no/such/page/');
		expect(res.status).toBe(404);
		expect(res.body.toString()).toContain('No such page');
	});

	it('a method other than GET or HEAD is 405', async () => {
		const res = await raw(site.port, '/', {}, 'POST');
		expect(res.status).toBe(405);
		expect(res.headers.allow).toBe('GET, HEAD');
	});

	it('_headers is not served as a file', async () => {
		expect((await raw(site.port, '/_headers')).status).toBe(404);
	});
});

describe('serve.js speaks HTTP as a host does', () => {
	it('a repeated request with the ETag is 304 Not Modified', async () => {
		const first = await raw(site.port, '/');
		expect(first.headers.etag).toBeTruthy();
		expect(first.headers['last-modified']).toBeTruthy();
		const again = await raw(site.port, '/', { 'if-none-match': first.headers.etag });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
	});

	it('Range: bytes=10-19 is 206 with those ten bytes', async () => {
		const res = await raw(site.port, '/_app/immutable/big.js', { range: 'bytes=10-19' });
		expect(res.status).toBe(206);
		expect(res.headers['content-range']).toBe(`bytes 10-19/${BIG.length}`);
		expect(res.body.toString()).toBe('x'.repeat(10));
	});

	it.each([['bytes=5-2'], ['bytes=abc'], ['bytes=0-1,4-5'], ['bytes=-5']])(
		'Range: %s is ignored and the whole file sent with 200',
		async (range) => {
			const res = await raw(site.port, '/_app/immutable/big.js', { range });
			expect(res.status).toBe(200);
			expect(res.body.length).toBe(BIG.length);
		}
	);

	it('a range past the end is 416', async () => {
		const res = await raw(site.port, '/', { range: 'bytes=99999999-' });
		expect(res.status).toBe(416);
	});

	it('gzip when asked, none when gzip;q=0', async () => {
		const zipped = await raw(site.port, '/', { 'accept-encoding': 'gzip' });
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(zipped.body).toString()).toContain('<title>Story</title>');
		const refused = await raw(site.port, '/', { 'accept-encoding': 'gzip;q=0' });
		expect(refused.headers['content-encoding']).toBeUndefined();
		expect(refused.body.toString()).toContain('<title>Story</title>');
	});

	it('sends the headers of every matching _headers rule', async () => {
		const story = await raw(site.port, '/');
		expect(story.headers['x-content-type-options']).toBe('nosniff');
		expect(story.headers['content-security-policy']).toBe("frame-ancestors 'self'");
		const embed = await raw(site.port, '/embed/officers/');
		expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
		const asset = await raw(site.port, '/_app/immutable/big.js');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('answers on both localhost and 127.0.0.1', async () => {
		for (const host of ['localhost', '127.0.0.1']) {
			expect((await fetch(`http://${host}:${site.port}/`)).status).toBe(200);
		}
	});

	it('aborted downloads of a large file leave no descriptor open', async () => {
		const fds = () => readdirSync(`/proc/${site.child.pid}/fd`).length;
		const before = fds();
		await Promise.all(
			Array.from(
				{ length: 20 },
				() =>
					new Promise<void>((resolve) => {
						const socket = connect(site.port, '127.0.0.1', () =>
							socket.write(`GET /_app/immutable/big.js HTTP/1.1\r\nhost: x\r\n\r\n`)
						);
						// Read the first bytes only, then hang up, as a reader closing a tab does.
						socket.once('data', () => {
							socket.destroy();
							resolve();
						});
					})
			)
		);
		await expect.poll(fds, { timeout: 5000 }).toBeLessThanOrEqual(before);
		expect((await raw(site.port, '/')).status).toBe(200);
	});
});

describe('serve.js over a fuzz of encodings', () => {
	const PIECES = [
		'%',
		'%2f',
		'%2F',
		'%2e',
		'.',
		'..',
		'/',
		'\\',
		'%5c',
		'%00',
		'%0a',
		'%0d',
		'%ff',
		'%c0%af',
		'%e2%80%ae',
		'evil.com',
		'?',
		'#',
		'%25',
		'%3f',
		'embed',
		'officers',
		'~',
		'%20',
		'é',
		'%zz',
		'@',
		':',
		'%40'
	];
	// A seeded generator (mulberry32): the same 600 paths on every run.
	let seed = 13;
	const random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const targets = Array.from({ length: 600 }, () => {
		const n = 1 + Math.floor(random() * 6);
		return (
			'/' + Array.from({ length: n }, () => PIECES[Math.floor(random() * PIECES.length)]).join('')
		);
	});

	it(`${targets.length} generated paths each get 200, 308, 400 or 404, never an off-site redirect`, async () => {
		const seen = new Set<number>();
		for (const target of targets) {
			const res = await raw(site.port, encodeURI(target).replaceAll('%25', '%'));
			seen.add(res.status);
			expect([200, 308, 400, 404], target).toContain(res.status);
			if (res.status === 308)
				expect(staysOnSite(res.headers.location, site.port), target).toBe(true);
		}
		expect(seen.has(400)).toBe(true);
		expect(site.child.exitCode).toBeNull();
		expect((await raw(site.port, '/')).status).toBe(200);
	});
});

describe('serve.js when things go wrong', () => {
	it('without 404.html (a rebuild under way) an unknown path is still a 404', async () => {
		const bare = fixture();
		const served = await serve(bare);
		try {
			rmSync(join(bare, '404.html'));
			const res = await raw(served.port, '/nowhere/');
			expect(res.status).toBe(404);
			expect((await raw(served.port, '/')).status).toBe(200);
		} finally {
			await stop(served);
			rmSync(bare, { recursive: true, force: true });
		}
	});

	it('says clearly when the port is taken, and exits', async () => {
		await expect(serve(root, {}, site.port)).rejects.toThrow(/already in use/);
	});

	it('honours the base path of SITE_URL, with PORT and HOST from the environment', async () => {
		const port = await freePort();
		const child = spawn(process.execPath, [SERVE, '--dir', root], {
			env: {
				...process.env,
				SITE_URL: 'http://localhost/sub',
				PORT: String(port),
				HOST: '127.0.0.1'
			},
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const served: Served = { child, port, output: () => '' };
		try {
			await new Promise((resolve) => child.stdout!.once('data', resolve));
			expect((await raw(port, '/sub/')).status).toBe(200);
			expect((await raw(port, '/')).status).toBe(404);
			const redirect = await raw(port, '/sub');
			expect(redirect.status).toBe(308);
			expect(redirect.headers.location).toBe('/sub/');
		} finally {
			await stop(served);
		}
	});
});

describe('safePath(target), singleRange(headers), parseHeadersFile(text)', () => {
	it.each([
		['/', '/'],
		['/embed/officers/', '/embed/officers/'],
		['/a%20b', '/a b'],
		['/%', undefined],
		['/a//b', undefined],
		['/%2e%2e/x', undefined],
		['http://evil.com/', undefined]
	])('safePath(%j) is %j', (target, expected) => {
		expect(safePath(target)).toBe(expected);
	});

	it.each([
		['bytes=0-9', 'bytes=0-9'],
		['bytes=5-', 'bytes=5-'],
		['bytes=0-0', undefined],
		['bytes=9-0', undefined]
	])('singleRange({ range: %j }) is %j', (range, expected) => {
		expect(singleRange({ range })).toBe(expected);
	});

	it('parseHeadersFile rejects a header line before any path', () => {
		expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/_headers:1/);
	});
});
