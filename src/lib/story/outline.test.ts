import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHART_STATES, type ChartId } from '$lib/charts/ids';
import { chartSection, isSectionSlug, SECTION_SLUGS, SECTION_STEPS } from './outline';

describe('SECTION_STEPS', () => {
	it('gives the-cuts the officers chart from 31 Mar 2010 to prisoners per officer (DESIGN.md)', () => {
		expect(SECTION_STEPS['the-cuts']).toEqual([
			{ chart: 'officers', state: 'officers-2010' },
			{ chart: 'officers', state: 'officers-2014' },
			{ chart: 'officers', state: 'officers-low-2016' },
			{ chart: 'officers', state: 'prisoners-per-officer' }
		]);
	});

	it('gives recruitment the rest of the officers chart, then the experience chart (DESIGN.md)', () => {
		expect(SECTION_STEPS.recruitment.map((s) => `${s.chart}/${s.state}`)).toEqual([
			'officers/recruitment-target',
			'officers/officers-2019',
			'experience/experience-2010',
			'experience/experience-2019'
		]);
	});

	it('leaves the cold open, the law and the sources without steps', () => {
		for (const slug of ['walkout', 'no-right-to-strike', 'sources'] as const) {
			expect(SECTION_STEPS[slug]).toEqual([]);
		}
	});

	it.each(CHART_IDS.map((chart) => [chart]))(
		'meets every state of %s once, in the chart’s own order, reading top to bottom',
		(chart) => {
			const met = SECTION_SLUGS.flatMap((slug) => SECTION_STEPS[slug])
				.filter((step) => step.chart === chart)
				.map((step) => step.state);
			expect(met).toEqual(CHART_STATES[chart]);
		}
	);
});

describe('chartSection(chart)', () => {
	it.each([
		['officers', 'the-cuts'],
		['assaults', 'violence'],
		['harm', 'harm'],
		['timeline', 'walkouts-2016'],
		['experience', 'recruitment'],
		['scorecard', 'what-changed'],
		['since-2019', 'what-happened-next']
	] as [ChartId, string][])(
		'chartSection(%j) is %j, where the chart first appears',
		(chart, slug) => {
			expect(chartSection(chart)).toBe(slug);
		}
	);
});

describe('isSectionSlug(value)', () => {
	it('accepts every section slug', () => {
		expect(SECTION_SLUGS.every(isSectionSlug)).toBe(true);
	});

	it.each([['constructor'], ['toString'], ['__proto__'], ['']])(
		'isSectionSlug(%j) is false: an inherited name is no section',
		(value) => {
			expect(isSectionSlug(value)).toBe(false);
		}
	);
});
