import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/serve.js';
import { CHART_IDS } from '../../src/lib/charts/ids';
import { BASE, read } from './site';

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
