import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/serve.js';
import { CHART_IDS } from '../../src/lib/charts/ids';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { BASE, builtFiles, read, readBytes } from './site';

/** The headers a host applying build/_headers sends for a path: every matching rule's. */
function headersFor(path: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const rule of parseHeadersFile(read('_headers'))) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) (out[name.toLowerCase()] ??= []).push(value);
	}
	return out;
}

describe('build/_headers under a sub-path build', () => {
	it.each([[`${BASE}/`], [`${BASE}/share/the-cuts/`], [`${BASE}/embed/`]])(
		'%s may be framed by this site only, and gets the security headers',
		(path) => {
			const headers = headersFor(path);
			expect(headers['content-security-policy']).toEqual(["frame-ancestors 'self'"]);
			expect(headers['x-frame-options']).toEqual(['SAMEORIGIN']);
			expect(headers['x-content-type-options']).toEqual(['nosniff']);
			expect(headers['referrer-policy']).toEqual(['strict-origin-when-cross-origin']);
		}
	);

	it.each(CHART_IDS.flatMap((chart) => [[`${BASE}/embed/${chart}/`], [`${BASE}/embed/${chart}/x/`]]))(
		'%s may be framed by any site, with one frame policy only',
		(path) => {
			const headers = headersFor(path);
			expect(headers['content-security-policy']).toEqual(['frame-ancestors *']);
			expect(headers['x-frame-options']).toBeUndefined();
		}
	);

	it('hashed assets are cached for a year', () => {
		expect(headersFor(`${BASE}/_app/immutable/chunks/x.js`)['cache-control']).toEqual([
			'public, max-age=31536000, immutable'
		]);
		expect(headersFor(`${BASE}/`)['cache-control']).toBeUndefined();
	});
});

describe('the stored compressed copies in the build, for a host to send as they are', () => {
	const files = builtFiles();
	const compressible = files.filter((f) => /\.(html|js|json|css|svg)$/.test(f));

	it('every page, script, style, JSON and SVG file has a brotli and a gzip copy beside it', () => {
		expect(compressible.length).toBeGreaterThan(50);
		const missing = compressible.filter((f) => !files.includes(`${f}.br`) || !files.includes(`${f}.gz`));
		expect(missing).toEqual([]);
	});

	it('each copy holds exactly the file it stands for, so no reader gets a stale page', () => {
		for (const f of compressible) {
			const bytes = readBytes(f);
			expect(brotliDecompressSync(readBytes(`${f}.br`)).equals(bytes), `${f}.br`).toBe(true);
			expect(gunzipSync(readBytes(`${f}.gz`)).equals(bytes), `${f}.gz`).toBe(true);
		}
	});

	it('the story page, brotli-compressed, fits the 43.8 KB of the first two round trips of a new connection', () => {
		// Lighthouse's model of a 1.6 Mbps, 150 ms phone link (TCP slow start from 10 segments):
		// a page over this takes a third round trip, 150 ms more, before it can be painted.
		expect(readBytes('index.html.br').length).toBeLessThan(43_800 - 1_000);
	});
});
