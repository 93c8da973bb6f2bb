import { describe, expect, it } from 'vitest';
import { sinceView } from './sinceView';
import { harmView } from './harmView';
import { CHART_STATES } from './ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { sayView } from './sayView';
import { sayDrawn } from './layers/drawnWords';
import type { DrawnText } from './view';

/** A state's finding as src/content/charts/since-2019.aml words it. */
const sinceFinding = (state: string) => CHART_WORDS['since-2019'].findings[state];

/** What the chart draws, in the document's words: a note's, a label's, a legend's. */
const drawn = (text: DrawnText | undefined) =>
	sayDrawn(text ?? '', CHART_WORDS['since-2019'].frames.phrases);

/** A state's summary and table in the document's words, its view's numbers filled in. */
const said = (state: Parameters<typeof sinceView>[0]) =>
	sayView(sinceView(state), CHART_WORDS['since-2019']);

// Expected figures are the published ones (reference/since-2019/since2019.csv), typed here on
// purpose: the test checks the data module and the view against the sources, not themselves.

describe('sinceView', () => {
	it("sinceView('officers-2025') runs from 31 Mar 2010 to 31 Mar 2025 and says how far below 2010 it ends", () => {
		const v = sinceView('officers-2025');
		const data = v.chart.series[0].data;
		expect(data[0]).toMatchObject({ label: '31 Mar 2010', y: 24830 });
		expect(data.at(-1)).toMatchObject({ label: '31 Mar 2025', y: 22737 });
		expect(sinceFinding('officers-2025')).toBe(
			'Officer numbers recovered to 23,614 by 31 Mar 2024, then stood at 22,737 at 31 Mar 2025, still 8% below the 24,830 of 31 Mar 2010.'
		);
	});

	it("sinceView('experience-2025') shows 10+ years' service falling from 56% in 2010 to 25% in 2025", () => {
		const v = sinceView('experience-2025');
		expect(v.table.rows[0]).toEqual(['2010', '56%', '13%']);
		expect(v.table.rows.at(-1)).toEqual(['2025', '25%', '37%']);
		expect(sinceFinding('experience-2025')).toContain('56%');
		expect(sinceFinding('experience-2025')).toContain('25%');
	});

	it("sinceView('staff-assaults-2024') draws the two vintages as separate bars with a break rule between 2018 and 2019", () => {
		const v = sinceView('staff-assaults-2024');
		const [before, after] = v.chart.series;
		expect(before.data.map((d) => d.x)).toEqual([
			2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018
		]);
		expect(after.data.map((d) => [d.x, d.y])).toEqual([
			[2019, 9185],
			[2020, 7501],
			[2021, 7539],
			[2022, 7221],
			[2023, 9204],
			[2024, 10605]
		]);
		expect(before.tone).not.toBe(after.tone);
		expect(v.chart.breaks?.map((b) => [b.x, drawn(b.label)])).toEqual([[2018.5, 'Series break']]);
		expect(v.table.rows.find((r) => r[0] === '2018')).toEqual([
			'2018',
			'10,213',
			{ form: 'first-published' }
		]);
		expect(v.table.rows.find((r) => r[0] === '2019')).toEqual([
			'2019',
			'9,185',
			{ form: 'revised' }
		]);
		const { table, summary } = said('staff-assaults-2024');
		expect(table.rows.find((r) => r[0] === '2018')).toEqual([
			'2018',
			'10,213',
			'as first published'
		]);
		expect(table.rows.find((r) => r[0] === '2019')).toEqual(['2019', '9,185', 'revised series']);
		expect(summary).toMatch(/9,185 assaults \(revised series\)/);
		expect(summary).toMatch(/not comparable/);
		expect(sinceFinding('staff-assaults-2024')).toBe(
			'Under COVID-19 restrictions, assaults on staff fell to 7,501 in 2020; by 2024 they had risen to 10,605, the most in any year of MoJ’s revised series, which begins in 2019.'
		);
	});

	it.each(['staff-assaults-2024', 'self-harm-2024', 'deaths-2024'] as const)(
		"sinceView('%s') shades the COVID-19 years 2020 and 2021",
		(state) => {
			expect(
				sinceView(state).chart.spans?.map((s) => [s.from, s.to, drawn(s.label), drawn(s.short)])
			).toEqual([[2019.5, 2021.5, 'COVID-19 regimes', 'COVID-19']]);
		}
	);

	it("sinceView('self-harm-2024') breaks the series at the 2020 definition change, applied from 2019", () => {
		const v = sinceView('self-harm-2024');
		expect(v.chart.breaks?.map((b) => [b.x, drawn(b.label)])).toEqual([[2018.5, 'Series break']]);
		expect(v.chart.series[1].data.at(-1)).toMatchObject({ x: 2024, y: 79027 });
		expect(v.table.rows.find((r) => r[0] === '2019')?.slice(0, 2)).toEqual(['2019', '62,682']);
		expect(said('self-harm-2024').table.rows.find((r) => r[0] === '2019')).toEqual([
			'2019',
			'62,682',
			'of 2020'
		]);
		expect(sinceFinding('self-harm-2024')).toContain('more than in any earlier year shown');
	});

	it("sinceView('deaths-2024') ends the calendar years at 2024 and labels the rolling 12-month total as such", () => {
		const v = sinceView('deaths-2024');
		const [all, self, rolling] = v.chart.series;
		expect(all.data.at(-1)).toMatchObject({ x: 2024, y: 342 });
		expect(self.data.at(-1)).toMatchObject({ x: 2024, y: 89 });
		expect(rolling.dashed).toBe(true);
		expect(drawn(rolling.name)).toMatch(/rolling 12 months/);
		expect(rolling.data.map((d) => [d.label, d.y])).toEqual([
			['12 months to Jun 2025', 401],
			['12 months to Sep 2025', 411]
		]);
		expect(v.chart.notes.map((n) => drawn(n.text))).toContain('411, 12 months to Sep 2025');
		expect(v.table.rows.at(-1)).toEqual(['12 months to Sep 2025', '411', '–']);
		expect(sinceFinding('deaths-2024')).toBe(
			'342 people died in prison custody in 2024; in the 12 months to Sep 2025 it was 411, more than in any calendar year shown.'
		);
	});

	it('sinceView(state) is a pure function of the state: the same view in any order', () => {
		const states = [...CHART_STATES['since-2019']];
		const forward = states.map((s) => sinceView(s));
		const backward = [...states]
			.reverse()
			.map((s) => sinceView(s))
			.reverse();
		expect(backward).toEqual(forward);
	});
});

describe('the 2010–2019 chapters stop at 2019 now the data runs on', () => {
	it("harmView('deaths-total') draws no year after 2019", () => {
		const v = harmView('deaths-total');
		for (const s of v.chart.series) expect(Math.max(...s.data.map((d) => d.x))).toBe(2019);
	});
});
