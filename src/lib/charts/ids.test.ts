import { describe, expect, it } from 'vitest';
import { CHART_IDS, isChartId, isChartState } from './ids';
import { citedSources } from './define';

describe('isChartId(value)', () => {
	it.each(CHART_IDS.map((id) => [id]))('isChartId(%j) is true', (id) => {
		expect(isChartId(id)).toBe(true);
	});

	it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty'], ['valueOf'], ['']])(
		'isChartId(%j) is false: an inherited name is no chart',
		(value) => {
			expect(isChartId(value)).toBe(false);
		}
	);
});

describe('isChartState(chart, value)', () => {
	it.each([['constructor'], ['toString'], ['__proto__']])(
		'rejects the inherited name %j',
		(value) => {
			expect(isChartState(CHART_IDS[0], value)).toBe(false);
		}
	);
});

describe('citedSources(ids, cited)', () => {
	it.each([['constructor'], ['toString'], ['__proto__']])(
		'throws on the inherited name %j instead of returning a function',
		(id) => {
			expect(() => citedSources([id], [])).toThrow(/unknown source id/);
		}
	);

	it('throws on an id the chart does not cite, and lists the rest once, in order', () => {
		expect(() => citedSources(['a', 'c'], ['a', 'b'])).toThrow('unknown source id "c"');
		expect(citedSources(['b', 'a', 'b'], ['a', 'b'])).toEqual(['b', 'a']);
	});
});
