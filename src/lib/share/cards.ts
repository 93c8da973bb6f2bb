/**
 * Which chart, in which state, stands for each section on its link-preview card. Sections
 * without a chart of their own borrow the chart state that tells their part of the story.
 */
import type { ChartId, ChartState } from '$lib/charts/ids';
import type { SectionSlug } from '$lib/story/outline';

export interface CardChart {
	chart: ChartId;
	state: ChartState;
}

export const SECTION_CARDS: Record<SectionSlug, CardChart> = {
	walkout: { chart: 'timeline', state: 'liverpool-walkout' },
	'no-right-to-strike': { chart: 'timeline', state: 'injunctions-2017' },
	'the-cuts': { chart: 'officers', state: 'officers-low-2016' },
	violence: { chart: 'assaults', state: 'staff-2018' },
	harm: { chart: 'harm', state: 'self-inflicted-deaths' },
	'walkouts-2016': { chart: 'timeline', state: 'protest-2016-11-15' },
	'pay-and-the-courts': { chart: 'timeline', state: 'injunctions-2017' },
	recruitment: { chart: 'experience', state: 'experience-2019' },
	'protest-2018': { chart: 'timeline', state: 'protest-2018-09-14' },
	'liverpool-2019': { chart: 'timeline', state: 'liverpool-walkout' },
	'what-changed': { chart: 'scorecard', state: 'scorecard' },
	'what-happened-next': { chart: 'since-2019', state: 'staff-assaults-2024' },
	sources: { chart: 'scorecard', state: 'scorecard' }
};

/** The card that stands for the whole story (the story page's own preview). */
export const STORY_CARD_SECTION: SectionSlug = 'the-cuts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
