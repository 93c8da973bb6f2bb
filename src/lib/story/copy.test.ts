import { describe, expect, test } from 'vitest';
import { CHART_STATES, type ChartState } from '$lib/charts/ids';
import { SECTION_SLUGS, SECTION_STEPS } from './outline';
import {
	SERIES,
	assaultRate,
	assaultsOnStaff,
	deaths,
	experience10Plus,
	experienceUnder3,
	officers,
	officersLow2016,
	population,
	selfHarm,
	selfInflictedDeaths,
	valueIn
} from '$lib/data';
import { TIMELINE_RECORD } from '$lib/data/records.server';
import { formatCount, formatPercent } from '$lib/format';
import { CONTENT_LICENCE, CROWN_LICENCE, PARLIAMENT_LICENCE } from '$lib/data/licence';
import {
	CLAIMS,
	LICENCE_LINE,
	QUOTES,
	SECTION_COPY,
	SITE,
	STEP_COPY,
	STORY_STATES,
	TERMS,
	event,
	lower,
	stepText
} from './copy';

const count = (series: Parameters<typeof valueIn>[0], year: number) => {
	const value = valueIn(series, year);
	if (value === null) throw new Error(`${series.id} ${year} is a gap`);
	return formatCount(value);
};

/** Everything copy may print with a digit in it that is not a figure from the data module. */
const allowed = [
	...Object.values(TERMS),
	...Object.values(CLAIMS).map((c) => c.figure),
	...Object.values(QUOTES).map((q) => q.text),
	...TIMELINE_RECORD.events.flatMap((e) => [
		e.label,
		e.title,
		e.detail,
		lower(e.title),
		lower(e.detail)
	])
];

describe('copy', () => {
	test('SITE has a name, title, description and byline', () => {
		expect(SITE.name).toBe('Holding the Line');
		for (const value of [SITE.title, SITE.description, SITE.byline])
			expect(value.length).toBeGreaterThan(0);
		expect(SITE.description.length).toBeLessThanOrEqual(200);
	});

	test.each(SECTION_SLUGS)(
		'SECTION_COPY[%s] has a title and a summary of at most 200 characters',
		(slug) => {
			const { title, summary } = SECTION_COPY[slug];
			expect(title.trim()).not.toBe('');
			expect(summary.trim()).not.toBe('');
			expect(summary.length).toBeLessThanOrEqual(200);
		}
	);

	test.each(Object.entries(SECTION_STEPS).flatMap(([, refs]) => refs.map((r) => r.state)))(
		'stepText(%s) is one to three sentences',
		(state) => {
			const text = stepText(state);
			expect(text.trim()).not.toBe('');
			expect(text).not.toMatch(/[<>]/);
			const sentences = text.split(/[.!?]”?(\s|$)/).filter((s) => s.trim().length > 1);
			expect(sentences.length).toBeLessThanOrEqual(3);
		}
	);

	test('STORY_STATES covers every chart state exactly once', () => {
		const all = Object.values(CHART_STATES).flat() as ChartState[];
		expect([...STORY_STATES].sort()).toEqual([...all].sort());
		expect(Object.keys(STEP_COPY).sort()).toEqual([...all].sort());
	});

	test('no copy string has a digit outside data-module figures, named terms, claims and quotes', () => {
		const strings = [
			SITE.title,
			SITE.description,
			...Object.values(SECTION_COPY).flatMap((c) => [c.title, c.kicker ?? '', c.summary]),
			...Object.values(STEP_COPY)
		];
		const figures = Object.values(SERIES)
			.flatMap((s) => s.observations)
			.flatMap((o) => [o.label, o.value === null ? '' : formatCount(o.value)]);
		for (const text of strings) {
			let rest = text;
			for (const token of [...allowed, ...figures]
				.filter(Boolean)
				.sort((a, b) => b.length - a.length))
				rest = rest.replaceAll(token, '');
			// What remains with a digit must be a derived figure: a count, percentage, date or ratio.
			for (const match of rest.match(/\S*\d\S*/g) ?? [])
				expect(match, `in "${text}"`).toMatch(/^[\d,.%]+[,;:.)]?$|^\d{1,2}$/);
		}
	});
});

describe('the figures in the copy come from the data module', () => {
	test('the-cuts steps state the officer counts', () => {
		expect(stepText('officers-2010')).toContain(count(officers, 2010));
		expect(stepText('officers-2014')).toContain(count(officers, 2014));
		expect(stepText('prisoners-per-officer')).toContain(count(population, 2016));
		expect(SECTION_COPY['the-cuts'].summary).toContain(count(officers, 2010));
	});

	test('violence steps state assaults on staff and the assault rate', () => {
		expect(stepText('staff-2010')).toContain(count(assaultsOnStaff, 2010));
		expect(stepText('staff-2016')).toContain(count(assaultsOnStaff, 2016));
		expect(stepText('staff-2018')).toContain(count(assaultsOnStaff, 2018));
		expect(stepText('assault-rate')).toContain(count(assaultRate, 2012));
		expect(stepText('assault-rate')).toContain(count(assaultRate, 2018));
		expect(SECTION_COPY.violence.summary).toContain(count(assaultsOnStaff, 2018));
	});

	test('officers-2019 measures the rise from the same low the chart marks, and names its date', () => {
		const low = officersLow2016.observations
			.filter((o) => o.value !== null)
			.reduce((a, b) => (b.value! < a.value! ? b : a));
		const rise = valueIn(officers, 2019)! - low.value!;
		expect(stepText('officers-2019')).toContain(
			`${rise.toLocaleString('en-GB')} more than at the low of ${low.label}`
		);
		// The chart's note on the low is that same figure.
		expect(stepText('officers-low-2016')).toContain(`${low.value!.toLocaleString('en-GB')}`);
	});

	test('the site description and the cuts say the count is of public-sector prisons', () => {
		expect(SITE.description).toMatch(/public-sector prisons/);
		expect(SECTION_COPY['the-cuts'].summary).toMatch(/public-sector prisons/);
		expect(SITE.description).not.toMatch(/England and Wales cut/);
	});

	test('staff-2018 gives the first-published rolling figure, and says the revised 2019 count is not comparable', () => {
		expect(stepText('staff-2018')).toMatch(
			/revised series that runs lower, so it is not comparable/
		);
		expect(stepText('staff-2018')).not.toMatch(/has been published/);
		expect(stepText('staff-2018')).toContain('12 months to Jun 2019');
		expect(stepText('staff-2018')).not.toContain(count(assaultsOnStaff, 2019));
	});

	test('harm steps state self-harm and deaths', () => {
		expect(stepText('self-harm')).toContain(count(selfHarm, 2010));
		expect(stepText('self-harm')).toContain(count(selfHarm, 2019));
		expect(stepText('self-inflicted-deaths')).toContain(count(selfInflictedDeaths, 2016));
		expect(stepText('deaths-total')).toContain(count(deaths, 2016));
	});

	test('self-inflicted deaths in 2016 are the most of any year the data holds, as the copy says', () => {
		const values = selfInflictedDeaths.observations.map((o) => o.value ?? 0);
		expect(valueIn(selfInflictedDeaths, 2016)).toBe(Math.max(...values));
	});

	test('recruitment steps state the 2019 officers and the experience shares', () => {
		expect(stepText('officers-2019')).toContain(count(officers, 2019));
		expect(stepText('experience-2010')).toContain(
			formatPercent(valueIn(experienceUnder3, 2010) ?? NaN)
		);
		expect(stepText('experience-2019')).toContain(
			formatPercent(valueIn(experienceUnder3, 2019) ?? NaN)
		);
		expect(stepText('experience-2019')).toContain(
			formatPercent(valueIn(experience10Plus, 2019) ?? NaN)
		);
	});

	test('every claim a copy string uses is one of CLAIMS, printed with its attribution nearby', () => {
		expect(SECTION_COPY['walkouts-2016'].summary).toContain(
			lower(event('protest-2016-11-15').title)
		);
		expect(SECTION_COPY['liverpool-2019'].summary).toMatch(/the POA said/);
	});
});

describe('the licence line on every picture and CSV row', () => {
	const LICENCES = [CONTENT_LICENCE, CROWN_LICENCE, PARLIAMENT_LICENCE];

	test('credits the site and names every licence a re-user must honour', () => {
		for (const line of [LICENCE_LINE.short, LICENCE_LINE.inFiles]) {
			expect(line).toContain(SITE.name);
			for (const licence of LICENCES) expect(line).toContain(licence.name);
		}
	});

	test('spells out each licence’s address only in the files that carry no links', () => {
		for (const licence of LICENCES) {
			expect(LICENCE_LINE.inFiles).toContain(`${licence.name} (${licence.url})`);
			expect(LICENCE_LINE.short).not.toContain(licence.url);
		}
	});
});
