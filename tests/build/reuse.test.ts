/**
 * What a re-user takes away, read from the sub-path build: each embed page's oEmbed JSON and the
 * pictures it names, the data links and licence in every embed, and the pinned pictures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PUBLISHED, lastUpdated } from '../../src/lib/story/corrections';
import { CHART_IDS, CHART_STATES, finalState, type ChartState } from '../../src/lib/charts/ids';
import { CHARTS, type ChartSpec } from '../../src/lib/charts/registry';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { BASE, SUBPATH_SITE_URL, builtFiles, exists, pngSize, read, readBytes } from './site';

// The profile as Frictionless publishes it, shipped in their own npm package: no network here.
const TABULAR_DATA_PACKAGE = createRequire(import.meta.url)(
	'datapackage/lib/profiles/tabular-data-package.json'
);

/** Split a CSV line, honouring quotes (the files quote cells with commas or quotes). */
function cells(line: string): string[] {
	const out: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i += 1) {
		const c = line[i];
		if (quoted && c === '"' && line[i + 1] === '"') {
			cell += '"';
			i += 1;
		} else if (c === '"') quoted = !quoted;
		else if (c === ',' && !quoted) {
			out.push(cell);
			cell = '';
		} else cell += c;
	}
	return [...out, cell];
}

const spec = (chart: string) => CHARTS[chart as keyof typeof CHARTS] as unknown as ChartSpec;
/** A chart's title and findings, as its text document (src/content/charts) words them. */
const words = (chart: string) => CHART_WORDS[chart as keyof typeof CHART_WORDS];

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
				expect(o.title).toContain(words(chart).findings[state ?? finalState(chart)]);
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
			expect(html).toMatch(/rel="license noopener"[^>]*>CC BY 4\.0</);
			expect(html).toContain('Open Government Licence v3.0');
		});
	}
});

describe('pinned pictures', () => {
	for (const chart of CHART_IDS) {
		for (const state of CHART_STATES[chart] as readonly ChartState[]) {
			it(`/embed/${chart}/${state}.svg and .png show that state, with licence and font fallbacks`, () => {
				const svg = read(`embed/${chart}/${state}.svg`);
				const finding = words(chart)
					.findings[state]
					.replaceAll('&', '&amp;')
					.replaceAll('<', '&lt;')
					.replaceAll('>', '&gt;')
					.replaceAll('"', '&quot;');
				expect(svg).toContain(`<title>${words(chart).title}: ${finding}</title>`);
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

describe('/data/datapackage.json', () => {
	const descriptor = JSON.parse(read('data/datapackage.json'));

	it('is a valid Tabular Data Package by the published Frictionless profile', () => {
		const ajv = new Ajv({ allErrors: true, strict: false, formats: { textarea: true } });
		addFormats(ajv);
		const validate = ajv.compile(TABULAR_DATA_PACKAGE);
		const valid = validate(descriptor);
		expect(validate.errors ?? []).toEqual([]);
		expect(valid).toBe(true);
	});

	it('describes every CSV download, and only those', () => {
		const csvs = builtFiles()
			.filter((f) => f.startsWith('data/') && f.endsWith('.csv'))
			.map((f) => f.slice('data/'.length))
			.sort();
		expect(descriptor.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvs);
	});

	for (const resource of JSON.parse(read('data/datapackage.json')).resources as {
		name: string;
		path: string;
		licenses: { path: string }[];
		schema: { fields: { name: string; type: string; constraints?: { enum?: string[] } }[] };
	}[]) {
		it(`${resource.path}: header, types and licences match its description`, () => {
			const lines = read(`data/${resource.path}`).trim().split(/\r\n/);
			const fields = resource.schema.fields;
			expect(cells(lines[0])).toEqual(fields.map((f) => f.name));
			for (const line of lines.slice(1)) {
				const row = cells(line);
				fields.forEach((field, i) => {
					const cell = row[i];
					if (cell === '') return;
					if (field.type === 'number') expect(Number.isFinite(Number(cell)), cell).toBe(true);
					if (field.type === 'date') expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/);
					if (field.constraints?.enum) expect(field.constraints.enum).toContain(cell);
				});
			}
			expect(resource.licenses.map((l) => l.path)).toContain(
				'https://creativecommons.org/licenses/by/4.0/'
			);
		});
	}
});

describe('licence and citation', () => {
	it('every CSV row names CC BY 4.0 and the OGL with their addresses', () => {
		for (const file of builtFiles().filter((f) => f.startsWith('data/') && f.endsWith('.csv'))) {
			const lines = read(file).trim().split(/\r\n/);
			const licence = cells(lines[0]).indexOf('licence');
			for (const line of lines.slice(1)) {
				expect(cells(line)[licence]).toContain(
					'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'
				);
				expect(cells(line)[licence]).toContain('Open Government Licence v3.0 (https://');
			}
		}
	});

	it('the story states the licence and how to cite it: title, publisher, address and date', () => {
		const html = read('index.html');
		expect(html).toMatch(/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="license noopener">CC BY 4\.0<\/a>/);
		const cite = html.match(/<p class="cite[^"]*">([\s\S]*?)<\/p>/)?.[1] ?? '';
		expect(cite).toContain('<cite>Holding the Line: staff cuts');
		expect(cite).toContain('Published by Holding the Line');
		expect(cite).toContain(`${SUBPATH_SITE_URL}/`);
		expect(cite).toMatch(/\d{1,2} [A-Z][a-z]{2} 20\d\d/);
	});

	it('the story carries NewsArticle and Dataset JSON-LD, modified on the latest correction', () => {
		const html = read('index.html');
		const head = html.slice(0, html.indexOf('</head>'));
		const items = [...head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
			(m) => JSON.parse(m[1])
		);
		const article = items.find((i) => i['@type'] === 'NewsArticle');
		expect(article).toMatchObject({
			datePublished: PUBLISHED,
			dateModified: lastUpdated(),
			url: `${SUBPATH_SITE_URL}/`,
			publisher: { name: 'Holding the Line' }
		});
		const data = items.find((i) => i['@type'] === 'Dataset');
		expect(data.distribution.length).toBe(descriptorCount() + 1);
		expect(html).toMatch(new RegExp(`Published\\s*<time datetime="${PUBLISHED}">`));
	});

	it('LICENSE at the repository root is MIT, and package.json says so', () => {
		expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License/);
		expect(JSON.parse(readFileSync('package.json', 'utf8')).license).toBe('MIT');
	});
});

function descriptorCount(): number {
	return JSON.parse(read('data/datapackage.json')).resources.length;
}
