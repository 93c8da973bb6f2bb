import { describe, expect, it } from 'vitest';
import { escapeHtml, tableHtml } from './tableHtml';
import { CHARTS } from './registry';
import { CHART_STATES, type ChartId } from './ids';
import type { ChartSpec } from './registry';

describe('escapeHtml(text)', () => {
	it('escapes what could end a tag, an entity or an attribute', () => {
		expect(escapeHtml(`<b> & "q" 'a'`)).toBe('&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;');
		expect(escapeHtml('24,830 officers')).toBe('24,830 officers');
	});
});

describe('tableHtml(table)', () => {
	const table = {
		caption: 'Officers <FTE>',
		columns: ['Date', 'Officers'],
		rows: [
			['31 Mar 2010', '24,830'],
			['31 Mar 2011', '24,369']
		]
	};

	it('heads columns and rows, and keeps every cell in order', () => {
		const doc = tableHtml(table);
		expect(doc).toMatch(/^<table><caption>Officers &lt;FTE&gt;<\/caption>/);
		expect(doc.match(/<th scope="col">/g)).toHaveLength(2);
		expect(doc.match(/<th scope="row">/g)).toHaveLength(2);
		expect(doc.match(/<td>/g)).toHaveLength(2);
		expect(doc.indexOf('24,830')).toBeLessThan(doc.indexOf('24,369'));
	});

	it('writes every chart state’s table with one cell per column in each row', () => {
		for (const [chart, states] of Object.entries(CHART_STATES)) {
			const spec = CHARTS[chart as ChartId] as unknown as ChartSpec;
			for (const state of states) {
				const t = spec.table(state);
				const doc = tableHtml(t);
				const rows = doc.split('<tr>').slice(2);
				expect(rows, `${chart}/${state}`).toHaveLength(t.rows.length);
				for (const row of rows) expect(row.match(/<t[hd][ >]/g)).toHaveLength(t.columns.length);
			}
		}
	});
});
