/**
 * A chart's spec by id, widened so pages that pick a chart at run time (from a URL or the
 * story's blocks) can read its series with a chart they have already validated.
 */
import { CHARTS, type ChartSpec } from './registry';
import type { ChartId } from './ids';
import { timeline } from '$lib/data';

function chartSpec(chart: ChartId): ChartSpec {
	return CHARTS[chart] as unknown as ChartSpec;
}

/** The datasets behind a chart, by CSV id and title: its series, and the timeline's events. */
export function chartDatasets(chart: ChartId): { id: string; title: string }[] {
	const series = chartSpec(chart).series.map(({ id, title }) => ({ id, title }));
	return chart === 'timeline' ? [...series, { id: timeline.id, title: timeline.title }] : series;
}
