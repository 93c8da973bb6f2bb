/**
 * What a re-user takes away, read from the sub-path build: each embed page's oEmbed JSON and the
 * pictures it names, the data links and licence in every embed, and the pinned pictures.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHART_STATES, finalState, type ChartState } from '../../src/lib/charts/ids';
import { CHARTS, type ChartSpec } from '../../src/lib/charts/registry';
import { BASE, SUBPATH_SITE_URL, exists, pngSize, read, readBytes } from './site';

const spec = (chart: string) => CHARTS[chart as keyof typeof CHARTS] as unknown as ChartSpec;

/** The href of the page's oEmbed discovery link, if any. */
function oembedHref(html: string): string | undefined {
	const tag = html.match(/<link[^>]+type="application\/json\+oembed"[^>]*>/)?.[0];
	return tag?.match(/href="([^"]+)"/)?.[1];
}

describe('oEmbed', () => {
	for (const chart of CHART_IDS) {
		const pages: [string, ChartState | undefined][] = [
			[`embed/${chart}/`, undefined],
			...CHART_STATES[chart].map((s): [string, ChartState] => [`embed/${chart}/${s}/`, s])
		];
		for (const [page, state] of pages) {
			it(`/${page} links its own oEmbed JSON: a rich iframe of that page with the host script`, () => {
				const href = oembedHref(read(`${page}index.html`));
				expect(href).toBe(`${SUBPATH_SITE_URL}/${page}oembed.json`);
				const o = JSON.parse(read(`${page}oembed.json`));
				expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Holding the Line' });
				expect(Number.isInteger(o.width) && o.width > 0).toBe(true);
				expect(Number.isInteger(o.height) && o.height > 0).toBe(true);
				expect(o.html).toContain(`<iframe src="${SUBPATH_SITE_URL}/${page}"`);
				expect(o.html).toContain(`<script src="${SUBPATH_SITE_URL}/embed.js" async></script>`);
				expect(o.title).toContain(spec(chart).finding(state ?? finalState(chart)));
				expect(o.license_url).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
			});

			it(`/${page}oembed.json's thumbnail is that state's PNG, at the size it states`, () => {
				const o = JSON.parse(read(`${page}oembed.json`));
				const file = state ? `embed/${chart}/${state}.png` : `embed/${chart}.png`;
				expect(o.thumbnail_url).toBe(`${SUBPATH_SITE_URL}/${file}`);
				expect(pngSize(readBytes(file))).toEqual({
					width: o.thumbnail_width,
					height: o.thumbnail_height
				});
			});
		}
	}
});

describe('every embed offers its data and says its licence', () => {
	for (const chart of CHART_IDS) {
		it(`/embed/${chart}/ links every CSV behind it, each of which exists, and the licences`, () => {
			const html = read(`embed/${chart}/index.html`);
			expect(html).toContain('Get the data');
			const csvs = [...html.matchAll(new RegExp(`href="(${BASE}/data/[^"]+\\.csv)"`, 'g'))].map(
				(m) => m[1]
			);
			const expected = spec(chart).series.map((s) => `${BASE}/data/${s.id}.csv`);
			expect(csvs).toEqual(expect.arrayContaining(expected));
			for (const csv of csvs) expect(exists(csv.slice(BASE.length + 1))).toBe(true);
			expect(html).toMatch(/rel="license"[^>]*>CC BY 4\.0</);
			expect(html).toContain('Open Government Licence v3.0');
		});
	}
});

describe('pinned pictures', () => {
	for (const chart of CHART_IDS) {
		for (const state of CHART_STATES[chart] as readonly ChartState[]) {
			it(`/embed/${chart}/${state}.svg and .png show that state, with licence and font fallbacks`, () => {
				const svg = read(`embed/${chart}/${state}.svg`);
				const finding = spec(chart)
					.finding(state)
					.replaceAll('&', '&amp;')
					.replaceAll('<', '&lt;')
					.replaceAll('>', '&gt;')
					.replaceAll('"', '&quot;');
				expect(svg).toContain(`<title>${spec(chart).title}: ${finding}</title>`);
				expect(svg).toContain('CC BY 4.0');
				expect(svg).toContain('Open Government Licence v3.0');
				// Every text names a stack ending in a generic family, so no viewer falls back blindly.
				const families = [...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]);
				expect(families.length).toBeGreaterThan(0);
				for (const family of families) expect(family).toMatch(/, (serif|sans-serif)$/);
				expect(pngSize(readBytes(`embed/${chart}/${state}.png`)).width).toBe(1200);
			});
		}
	}
});
