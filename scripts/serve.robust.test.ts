/**
 * scripts/serve.js as a process, over a small built site in a temporary folder: a seeded fuzz over
 * encodings and what it does when things go wrong, each answered with a sane status, never a crash
 * and never a redirect off the site; and its request parsers on their own. Only loopback addresses.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from './bench/server.js';
import { parseHeadersFile, safePath, singleRange } from './serve.js';
import {
	fixture,
	raw,
	serve,
	staysOnSite,
	stop,
	type Served,
	SERVE,
	servedFixture
} from './serve.test-support';

const served = servedFixture();

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
			const res = await raw(served.site.port, encodeURI(target).replaceAll('%25', '%'));
			seen.add(res.status);
			expect([200, 308, 400, 404], target).toContain(res.status);
			if (res.status === 308)
				expect(staysOnSite(res.headers.location, served.site.port), target).toBe(true);
		}
		expect(seen.has(400)).toBe(true);
		expect(served.site.child.exitCode).toBeNull();
		expect((await raw(served.site.port, '/')).status).toBe(200);
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
		await expect(serve(served.root, {}, served.site.port)).rejects.toThrow(/already in use/);
	});

	it('honours the base path of SITE_URL, with PORT and HOST from the environment', async () => {
		const port = await freePort();
		const child = spawn(process.execPath, [SERVE, '--dir', served.root], {
			env: {
				...process.env,
				SITE_URL: 'http://localhost/sub',
				PORT: String(port),
				HOST: '127.0.0.1'
			},
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const underSub: Served = { child, port, output: () => '' };
		try {
			await new Promise((resolve) => child.stdout!.once('data', resolve));
			expect((await raw(port, '/sub/')).status).toBe(200);
			expect((await raw(port, '/')).status).toBe(404);
			const redirect = await raw(port, '/sub');
			expect(redirect.status).toBe(308);
			expect(redirect.headers.location).toBe('/sub/');
		} finally {
			await stop(underSub);
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
