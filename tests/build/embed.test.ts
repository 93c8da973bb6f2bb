import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHART_STATES, finalState } from '../../src/lib/charts/ids';
import { SERIES, timeline } from '../../src/lib/data';
import { chartSection } from '../../src/lib/story/outline';
import { BASE, SUBPATH_SITE_URL, exists, meta, pngSize, read, readBytes } from './site';

/** Split a CSV line, honouring quotes (enough for the files the site writes). */
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

describe('embed pages', () => {
	for (const chart of CHART_IDS) {
		it(`/embed/${chart}/ shows the final state, noindex, canonical to the story`, () => {
			const html = read(`embed/${chart}/index.html`);
			expect(html).toMatch(new RegExp(`data-chart="${chart}"[^>]*data-state="${finalState(chart)}"`));
			expect(meta(html, 'robots')).toBe('noindex');
			expect(html).toContain(`<link rel="canonical" href="${SUBPATH_SITE_URL}/#${chartSection(chart)}"`);
			expect(html).toContain(`src="${BASE}/embed-frame.js"`);
			expect(html).toMatch(/Sources?:/);
		});

		for (const state of CHART_STATES[chart]) {
			it(`/embed/${chart}/${state}/ is pinned at that state`, () => {
				const html = read(`embed/${chart}/${state}/index.html`);
				expect(html).toMatch(new RegExp(`data-chart="${chart}"[^>]*data-state="${state}"`));
			});
		}
	}

	it('ship no client app inside someone else’s page', () => {
		const html = read(`embed/officers/index.html`);
		expect(html).not.toMatch(/_app\/immutable\/entry/);
	});
});

describe('pictures', () => {
	for (const chart of CHART_IDS) {
		it(`/embed/${chart}.svg is a standalone SVG with its title and source`, () => {
			const svg = read(`embed/${chart}.svg`);
			expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
			expect(svg.trim()).toMatch(/<\/svg>$/);
			expect(svg).toContain('Source');
			expect(svg).not.toMatch(/var\(--/);
		});

		it(`/embed/${chart}.png is a PNG`, () => {
			const { width, height } = pngSize(readBytes(`embed/${chart}.png`));
			expect(width).toBeGreaterThanOrEqual(1000);
			expect(height).toBeGreaterThan(400);
		});
	}
});

describe('data downloads', () => {
	for (const series of Object.values(SERIES)) {
		it(`/data/${series.id}.csv holds the data module’s numbers`, () => {
			const lines = read(`data/${series.id}.csv`).trim().split(/\r?\n/);
			const header = cells(lines[0]);
			const value = header.indexOf('value');
			expect(header).toContain('source_url');
			expect(header).toContain('licence');
			const values = lines.slice(1).map((l) => cells(l)[value]);
			expect(values.map((v) => (v === '' ? null : Number(v)))).toEqual(
				series.observations.map((o) => o.value)
			);
		});
	}

	it('/data/timeline.csv lists every event', () => {
		const lines = read('data/timeline.csv').trim().split(/\r?\n/);
		expect(lines.length - 1).toBe(timeline.events.length);
	});
});

describe('the 404 page', () => {
	it('exists at the root of the build and links to the story under the base path', () => {
		expect(exists('404.html')).toBe(true);
		expect(read('404.html')).toContain(`href="${BASE}/"`);
	});
});
