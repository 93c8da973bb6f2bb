/**
 * One chart's spec, fetched on demand: each import is its own chunk, carrying that chart's view
 * code and only the series it draws, so the story's block for one chart never downloads the
 * data of the others (./registry.ts holds them all, for the build).
 */
import type { ChartSpec } from './define';
import type { ChartId } from './ids';

const LOADERS: { [C in ChartId]: () => Promise<{ default: ChartSpec<C> }> } = {
	officers: () => import('./specs/officers'),
	assaults: () => import('./specs/assaults'),
	harm: () => import('./specs/harm'),
	timeline: () => import('./specs/timeline'),
	experience: () => import('./specs/experience'),
	scorecard: () => import('./specs/scorecard'),
	'since-2019': () => import('./specs/since-2019')
};

/** The spec of `chart`, widened like $lib/charts/spec's chartSpec for a state checked at run time. */
export async function loadChart(chart: ChartId): Promise<ChartSpec> {
	return (await LOADERS[chart]()).default as unknown as ChartSpec;
}
