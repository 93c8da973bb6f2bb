/**
 * A chart's spec by id, widened so pages that pick a chart at run time (from a URL or the
 * story's blocks) can read its views with a state they have already validated.
 * Build-time and embed pages only: it holds every chart (the story loads one with ./load.ts).
 */
import { CHARTS, type ChartSpec } from './registry';
import type { ChartId } from './ids';

export function chartSpec(chart: ChartId): ChartSpec {
	return CHARTS[chart] as unknown as ChartSpec;
}
