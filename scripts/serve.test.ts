/**
 * scripts/serve.js as a process, over a small built site in a temporary folder: the raw requests
 * of issue 13, and HTTP as a static host speaks it. Only loopback addresses are used.
 */
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BIG, STORED_COPY, raw, servedFixture } from './serve.test-support';

const served = servedFixture();

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
		const res = await raw(served.site.port, target);
		expect(res.status).toBe(400);
		expect(res.headers.location).toBeUndefined();
		expect((await raw(served.site.port, '/')).status).toBe(200);
	});

	it('GET /embed is a 308 to /embed/ on the same site, keeping the query', async () => {
		const res = await raw(served.site.port, '/embed?x=1');
		expect(res.status).toBe(308);
		expect(res.headers.location).toBe('/embed/?x=1');
	});

	it('an unknown path is the 404 page with status 404', async () => {
		const res = await raw(served.site.port, '/no/such/page/');
		expect(res.status).toBe(404);
		expect(res.body.toString()).toContain('No such page');
	});

	it('a method other than GET or HEAD is 405', async () => {
		const res = await raw(served.site.port, '/', {}, 'POST');
		expect(res.status).toBe(405);
		expect(res.headers.allow).toBe('GET, HEAD');
	});

	it('_headers is not served as a file', async () => {
		expect((await raw(served.site.port, '/_headers')).status).toBe(404);
	});
});

describe('serve.js speaks HTTP as a host does', () => {
	it('a repeated request with the ETag is 304 Not Modified', async () => {
		const first = await raw(served.site.port, '/');
		expect(first.headers.etag).toBeTruthy();
		expect(first.headers['last-modified']).toBeTruthy();
		const again = await raw(served.site.port, '/', { 'if-none-match': first.headers.etag });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
	});

	it('Range: bytes=10-19 is 206 with those ten bytes', async () => {
		const res = await raw(served.site.port, '/_app/immutable/big.js', { range: 'bytes=10-19' });
		expect(res.status).toBe(206);
		expect(res.headers['content-range']).toBe(`bytes 10-19/${BIG.length}`);
		expect(res.body.toString()).toBe('x'.repeat(10));
	});

	it.each([['bytes=5-2'], ['bytes=abc'], ['bytes=0-1,4-5'], ['bytes=-5']])(
		'Range: %s is ignored and the whole file sent with 200',
		async (range) => {
			const res = await raw(served.site.port, '/_app/immutable/big.js', { range });
			expect(res.status).toBe(200);
			expect(res.body.length).toBe(BIG.length);
		}
	);

	it('a range past the end is 416', async () => {
		const res = await raw(served.site.port, '/', { range: 'bytes=99999999-' });
		expect(res.status).toBe(416);
	});

	it('gzip when asked, none when gzip;q=0', async () => {
		const zipped = await raw(served.site.port, '/', { 'accept-encoding': 'gzip' });
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(zipped.body).toString()).toContain('<title>Story</title>');
		const refused = await raw(served.site.port, '/', { 'accept-encoding': 'gzip;q=0' });
		expect(refused.headers['content-encoding']).toBeUndefined();
		expect(refused.body.toString()).toContain('<title>Story</title>');
	});

	it('sends the stored brotli copy the build wrote to a client that takes brotli, as it is', async () => {
		const res = await raw(served.site.port, '/embed/officers/', {
			'accept-encoding': 'gzip, deflate, br'
		});
		expect(res.status).toBe(200);
		expect(res.headers['content-encoding']).toBe('br');
		expect(res.headers['content-type']).toMatch(/^text\/html/);
		expect(res.headers.vary).toMatch(/accept-encoding/i);
		expect(brotliDecompressSync(res.body).toString()).toBe(STORED_COPY);
	});

	it('weighs Accept-Encoding: a refused brotli gets the stored gzip, both refused the page', async () => {
		const gzip = await raw(served.site.port, '/embed/officers/', {
			'accept-encoding': 'br;q=0, gzip'
		});
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(STORED_COPY);
		const neither = await raw(served.site.port, '/embed/officers/', {
			'accept-encoding': 'br;q=0, gzip;q=0'
		});
		expect(neither.headers['content-encoding']).toBeUndefined();
		expect(neither.body.toString()).toBe('<!doctype html><title>Officers</title>');
	});

	it('a byte range is of the page as stored, never of a compressed copy', async () => {
		const res = await raw(served.site.port, '/embed/officers/', {
			'accept-encoding': 'br, gzip',
			range: 'bytes=0-8'
		});
		expect(res.status).toBe(206);
		expect(res.headers['content-encoding']).toBeUndefined();
		expect(res.body.toString()).toBe('<!doctype');
	});

	it('sends the headers of every matching _headers rule', async () => {
		const story = await raw(served.site.port, '/');
		expect(story.headers['x-content-type-options']).toBe('nosniff');
		expect(story.headers['content-security-policy']).toBe("frame-ancestors 'self'");
		const embed = await raw(served.site.port, '/embed/officers/');
		expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
		const asset = await raw(served.site.port, '/_app/immutable/big.js');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('answers on both localhost and 127.0.0.1', async () => {
		for (const host of ['localhost', '127.0.0.1']) {
			expect((await fetch(`http://${host}:${served.site.port}/`)).status).toBe(200);
		}
	});

	it('aborted downloads of a large file leave no descriptor open', async () => {
		const fds = () => readdirSync(`/proc/${served.site.child.pid}/fd`).length;
		const before = fds();
		await Promise.all(
			Array.from(
				{ length: 20 },
				() =>
					new Promise<void>((resolve) => {
						const socket = connect(served.site.port, '127.0.0.1', () =>
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
		expect((await raw(served.site.port, '/')).status).toBe(200);
	});
});
