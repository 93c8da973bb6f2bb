import { describe, expect, it } from 'vitest';
import { timeline } from '$lib/data';
import { CHART_IDS } from './ids';
import { loadChart } from './load';
import { CHARTS } from './registry';

describe('loadChart(chart)', () => {
	it.each(CHART_IDS.map((id) => [id]))(
		'loadChart(%j) is the chart the registry lists under that id',
		async (id) => {
			const spec = await loadChart(id);
			expect(spec.id).toBe(id);
			expect(spec).toBe(CHARTS[id]);
		}
	);
});

describe('CHARTS[chart].datasets', () => {
	it('CHARTS.officers.datasets are its series, by id and title, for the CSV links', () => {
		expect(CHARTS.officers.datasets).toEqual(
			CHARTS.officers.series.map(({ id, title }) => ({ id, title }))
		);
		expect(CHARTS.officers.datasets.map((d) => d.id)).toEqual([
			'officers',
			'officers-low-2016',
			'population'
		]);
	});

	it('CHARTS.timeline.datasets is the timeline, which it cites and offers as a CSV', () => {
		expect(CHARTS.timeline.datasets).toEqual([{ id: timeline.id, title: timeline.title }]);
	});
});
