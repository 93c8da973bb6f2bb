import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ChartFigure from './ChartFigure.svelte';
import { CHARTS } from './registry';
import { CHART_IDS, CHART_STATES, type ChartState } from './ids';

const escape = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

describe('ChartFigure server render', () => {
	for (const chart of CHART_IDS) {
		for (const state of CHART_STATES[chart] as readonly ChartState[]) {
			it(`render(ChartFigure, { chart: '${chart}', state: '${state}' }) holds the figure, finding, source, paths and table`, () => {
				const { body } = render(ChartFigure, { props: { chart, state } });
				const spec = CHARTS[chart] as unknown as import('./registry').ChartSpec;
				expect(body).toContain(`data-chart="${chart}"`);
				expect(body).toContain(`data-state="${state}"`);
				expect(body).toContain(escape(spec.finding(state)));
				expect(spec.sources(state).length).toBeGreaterThan(0);
				for (const s of spec.sources(state)) expect(body).toContain(`href="${escape(s.url)}"`);
				expect(body).toMatch(/<svg[^>]*>[\s\S]*<path/);
				for (const row of spec.table(state).rows) expect(body).toContain(escape(row[0]));
				expect(body).toMatch(/<summary[^>]*>Show the numbers<\/summary>/);
			});
		}
	}
});
