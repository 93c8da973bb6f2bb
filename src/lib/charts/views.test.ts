import { describe, expect, it } from 'vitest';
import {
	assaultRate,
	assaultsOnStaff,
	deaths,
	experienceUnder3,
	officers,
	officersLow2016,
	selfHarm,
	selfInflictedDeaths,
	valueIn
} from '$lib/data';
import { perDay } from '$lib/data/derive';
import { formatCount, formatDecimal, formatPercent } from '$lib/format';
import { officersView } from './officersView';
import { assaultsView } from './assaultsView';
import { harmView } from './harmView';
import { experienceView } from './experienceView';
import { scorecardView } from './scorecardView';
import { CHART_STATES, type ChartId } from './ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CHARTS } from './registry';
import { sayView } from './sayView';
import { sayDrawn } from './layers/drawnWords';
import type { DrawnText } from './view';

/** A state's finding as its chart's text document words it (src/content/charts/<chart>.aml). */
const findingOf = (chart: ChartId, state: string) => CHART_WORDS[chart].findings[state];

/** What a chart draws, in its document's words: a note's, a label's, a legend's. */
const drawn = (chart: ChartId, text: DrawnText) =>
	sayDrawn(text, CHART_WORDS[chart].frames.phrases);

/** A state's summary and table as a reader gets them: the document's words, the view's numbers. */
const said = (chart: ChartId, state: string) =>
	sayView(CHARTS[chart].view(state as never), CHART_WORDS[chart]);

const years = (data: { x: number; y: number | null }[]) =>
	data.filter((d) => d.y !== null).map((d) => Math.floor(d.x));

describe('officersView', () => {
	it("officersView('officers-2010') draws only 2010 and labels its count", () => {
		const v = officersView('officers-2010');
		expect(years(v.chart.series[0].data)).toEqual([2010]);
		expect(drawn('officers', v.chart.notes[0].text)).toBe(
			`${formatCount(valueIn(officers, 2010))} officers`
		);
		expect(findingOf('officers', 'officers-2010')).toContain(formatCount(valueIn(officers, 2010)));
	});

	it("officersView('officers-2014') ends the line at 2014 and highlights it", () => {
		const v = officersView('officers-2014');
		expect(Math.max(...years(v.chart.series[0].data))).toBe(2014);
		expect(v.chart.notes.at(-1)!.text).toBe(formatCount(valueIn(officers, 2014)));
		expect(findingOf('officers', 'officers-2014')).toContain(formatCount(valueIn(officers, 2014)));
	});

	it("officersView('officers-low-2016') adds the lowest 2016 count with its date", () => {
		const lows = officersLow2016.observations.filter((o) => o.year === 2016 && o.value !== null);
		const low = lows.reduce((a, b) => (b.value! < a.value! ? b : a));
		const v = officersView('officers-low-2016');
		expect(v.chart.series.map((s) => s.id)).toContain(officersLow2016.id);
		expect(findingOf('officers', 'officers-low-2016')).toContain(
			`${formatCount(low.value)} on ${low.label}`
		);
		expect(v.table.rows.map((r) => r[0])).toContain(low.label);
	});

	it("officersView('prisoners-per-officer') switches to the derived ratio", () => {
		const v = officersView('prisoners-per-officer');
		expect(v.chart.series[0].id).toBe('prisoners-per-officer');
		expect(drawn('officers', v.chart.series[0].name)).toBe('Prisoners per officer');
		expect(said('officers', 'prisoners-per-officer').table.columns).toContain(
			'Prisoners per officer'
		);
	});

	it("officersView('recruitment-target') and ('officers-2019') show the recovery", () => {
		expect(Math.max(...years(officersView('recruitment-target').chart.series[0].data))).toBe(2018);
		const v = officersView('officers-2019');
		expect(Math.max(...years(v.chart.series[0].data))).toBe(2019);
		expect(findingOf('officers', 'officers-2019')).toContain(formatCount(valueIn(officers, 2019)));
		expect(findingOf('officers', 'officers-2019')).toContain(
			formatCount(valueIn(officers, 2010)! - valueIn(officers, 2019)!)
		);
	});

	it('officersView(state) keeps the x domain in every state so nothing jumps', () => {
		const domains = CHART_STATES.officers.map((s) => officersView(s).chart.xDomain.join());
		expect(new Set(domains).size).toBe(1);
	});
});

describe('assaultsView', () => {
	it("assaultsView('staff-2010') draws one bar, 2010", () => {
		const v = assaultsView('staff-2010');
		expect(years(v.chart.series[0].data)).toEqual([2010]);
		expect(findingOf('assaults', 'staff-2010')).toContain(
			formatCount(valueIn(assaultsOnStaff, 2010))
		);
	});

	it("assaultsView('staff-2016') draws 2010–2016 and names the 2016 count", () => {
		const v = assaultsView('staff-2016');
		expect(years(v.chart.series[0].data)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016]);
		expect(findingOf('assaults', 'staff-2016')).toContain(
			formatCount(valueIn(assaultsOnStaff, 2016))
		);
	});

	it("assaultsView('staff-per-day') states the 2016 count per day", () => {
		const day = formatDecimal(perDay(valueIn(assaultsOnStaff, 2016), 2016), 1);
		const v = assaultsView('staff-per-day');
		expect(findingOf('assaults', 'staff-per-day')).toContain(day);
		expect(drawn('assaults', v.chart.notes[0].text)).toBe(`${day} a day`);
	});

	it("assaultsView('assault-rate') draws all assaults per 1,000 prisoners", () => {
		const v = assaultsView('assault-rate');
		expect(v.chart.series[0].id).toBe(assaultRate.id);
		expect(findingOf('assaults', 'assault-rate')).toContain(
			formatCount(valueIn(assaultRate, 2012))
		);
		expect(findingOf('assaults', 'assault-rate')).toContain(
			formatCount(valueIn(assaultRate, 2018))
		);
	});

	it("assaultsView('staff-2018') shows 2019, after the series break, as a gap, not a bar", () => {
		expect(assaultsOnStaff.breaks?.map((b) => b.year)).toEqual([2019]);
		const v = assaultsView('staff-2018');
		const y2019 = v.chart.series[0].data.find((d) => d.x === 2019)!;
		expect(y2019.y).toBeNull();
		expect(v.chart.gaps.map((g) => g.x)).toContain(2019);
		expect(v.table.rows.find((r) => r[0] === '2019')![1]).toEqual({ form: 'no-comparable-figure' });
		expect(said('assaults', 'staff-2018').table.rows.find((r) => r[0] === '2019')![1]).toBe(
			'no comparable figure'
		);
		expect(findingOf('assaults', 'staff-2018')).toContain(
			formatCount(valueIn(assaultsOnStaff, 2018))
		);
	});
});

describe('harmView', () => {
	it("harmView('self-harm') names 2010, 2016 and 2019", () => {
		for (const y of [2010, 2016, 2019])
			expect(findingOf('harm', 'self-harm')).toContain(formatCount(valueIn(selfHarm, y)));
	});

	it("harmView('self-inflicted-deaths') highlights 2016", () => {
		const v = harmView('self-inflicted-deaths');
		expect(v.chart.notes.map((n) => n.text)).toContain(
			formatCount(valueIn(selfInflictedDeaths, 2016))
		);
	});

	it("harmView('deaths-total') draws all deaths with self-inflicted deaths beside", () => {
		const v = harmView('deaths-total');
		expect(v.chart.series.map((s) => s.id)).toEqual([deaths.id, selfInflictedDeaths.id]);
		expect(findingOf('harm', 'deaths-total')).toContain(formatCount(valueIn(deaths, 2016)));
		expect(v.table.rows[0]).toHaveLength(3);
		expect(said('harm', 'deaths-total').table.columns).toEqual([
			'Year',
			deaths.title,
			selfInflictedDeaths.title
		]);
	});
});

describe('experienceView', () => {
	it("experienceView('experience-2010') shows 2010 only; ('experience-2019') the decade", () => {
		expect(years(experienceView('experience-2010').chart.series[0].data)).toEqual([2010]);
		const v = experienceView('experience-2019');
		expect(Math.max(...years(v.chart.series[0].data))).toBe(2019);
		expect(findingOf('experience', 'experience-2019')).toContain(
			formatPercent(valueIn(experienceUnder3, 2019))
		);
	});
});

describe('text fixes a reader would notice', () => {
	it("assaultsView('assault-rate') reaches 2019 and names the 2019 rate in its finding", () => {
		const v = assaultsView('assault-rate');
		expect(years(v.chart.series[0].data)).toContain(2019);
		expect(findingOf('assaults', 'assault-rate')).toContain(
			formatCount(valueIn(assaultRate, 2019)!)
		);
		expect(findingOf('assaults', 'assault-rate')).toMatch(/definition/);
		expect(v.table.rows.map((r) => r[0])).toContain('2019');
	});

	it("assaultsView('staff-2018') gives the Ministry's caveats beside the multiple of 2010", () => {
		const times = formatDecimal(
			valueIn(assaultsOnStaff, 2018)! / valueIn(assaultsOnStaff, 2010)!,
			1
		);
		expect(findingOf('assaults', 'staff-2018')).toContain(`${times} times`);
		expect(findingOf('assaults', 'staff-2018')).toMatch(/April 2017/);
		expect(findingOf('assaults', 'staff-2018')).toMatch(/youth estate/);
	});

	it("officersView('officers-2010') says the count is of public-sector prisons", () => {
		expect(findingOf('officers', 'officers-2010')).toMatch(/public-sector prisons/);
	});

	it("officersView('recruitment-target') names the date of the low it measures from", () => {
		const low = officersLow2016.observations
			.filter((o) => o.value !== null)
			.reduce((a, b) => (b.value! < a.value! ? b : a));
		expect(findingOf('officers', 'recruitment-target')).toContain(
			`${formatCount(low.value!)} on ${low.label}`
		);
	});
});

describe('scorecardView', () => {
	it('scorecardView() marks assaults on staff from 2019 and self-harm from 2019 as not comparable with 2010', () => {
		const v = scorecardView('scorecard');
		const assaults = v.chart.measures.find((m) => m.id === assaultsOnStaff.id)!;
		expect(assaults.bars.map((b) => [b.period, b.comparable])).toEqual([
			['2010', true],
			['2016', true],
			['2019', false],
			['2024', false]
		]);
		const harm = v.chart.measures.find((m) => m.id === 'self-harm')!;
		expect(harm.bars.filter((b) => !b.comparable).map((b) => b.period)).toEqual(['2019', '2024']);
		const { table } = said('scorecard', 'scorecard');
		const officersRow = table.rows.find((r) => r[0] === officers.title)!;
		expect(officersRow.at(-1)).toBe(`${formatCount(valueIn(officers, 2025))} in 2025`);
		expect(table.rows.find((r) => r[0] === assaultsOnStaff.title)!.at(-1)).toMatch(
			/^10,605 \(new series: not comparable with 2010 and 2016\) in 2024$/
		);
	});

	it('scorecardView() compares officers in 2010, 2016, 2019 and 2025', () => {
		const v = scorecardView('scorecard');
		expect(v.chart.measures[0].bars.map((b) => drawn('scorecard', b.text))).toEqual(
			[2010, 2016, 2019, 2025].map((y) => formatCount(valueIn(officers, y)))
		);
	});
});
