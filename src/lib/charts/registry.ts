/**
 * Every chart of the story by id: its component, the series behind it (for the source line and
 * CSV downloads), and for any state its summary, table and sources. Its title and findings are
 * words (src/content/charts/<chart>.aml), handed to the charts as data. The build reads this one
 * table (embed pages, the gallery, pictures, share cards, the story's prerender); the story in the
 * browser loads one chart at a time instead (./load.ts), so a block never carries the others.
 */
import type { ChartId } from './ids';
import type { ChartSpec } from './define';
import officers from './specs/officers';
import assaults from './specs/assaults';
import harm from './specs/harm';
import timeline from './specs/timeline';
import experience from './specs/experience';
import scorecard from './specs/scorecard';
import since2019 from './specs/since-2019';

export type { ChartSpec } from './define';

export const CHARTS: { [C in ChartId]: ChartSpec<C> } = {
	officers,
	assaults,
	harm,
	timeline,
	experience,
	scorecard,
	'since-2019': since2019
};
