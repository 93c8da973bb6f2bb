import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	assaultRate,
	assaultsOnStaff,
	deaths,
	deathsRolling,
	officers,
	selfHarm,
	selfInflictedDeaths
} from '$lib/data';
import type { Series } from '$lib/data/types';
import { CHART_IDS, CHART_STATES } from '$lib/charts/ids';
import { CHARTS } from '$lib/charts/registry';
import { sayView } from '$lib/charts/sayView';
import { formatCount } from '$lib/format';
import { CHART_WORDS, readChartWords } from './chartWords.server';
import { resolve } from './text/placeholders';
import { VOCABULARY } from './text/vocabulary';

/** The real chart documents, as the build reads them, so a fixture differs in one place. */
const dir = new URL('../../content/charts/', import.meta.url);
const real = Object.fromEntries(
	readdirSync(dir)
		.filter((name) => name.endsWith('.aml'))
		.map((name) => [`/src/content/charts/${name}`, readFileSync(new URL(name, dir), 'utf8')])
);
const changed = (chart: string, edit: (raw: string) => string) => ({
	...real,
	[`/src/content/charts/${chart}.aml`]: edit(real[`/src/content/charts/${chart}.aml`])
});
const lineOf = (chart: string, text: string) =>
	real[`/src/content/charts/${chart}.aml`].split('\n').findIndex((line) => line.includes(text)) + 1;

describe('CHART_WORDS', () => {
	it('has a document for every chart, and no other', () => {
		expect(Object.keys(real).sort()).toEqual(
			CHART_IDS.map((id) => `/src/content/charts/${id}.aml`).sort()
		);
	});

	it('gives every chart a title and every state a finding, each placeholder resolved', () => {
		for (const id of CHART_IDS) {
			expect(CHART_WORDS[id].title, id).toMatch(/^\S/);
			expect(Object.keys(CHART_WORDS[id].findings).sort()).toEqual([...CHART_STATES[id]].sort());
			for (const text of [CHART_WORDS[id].title, ...Object.values(CHART_WORDS[id].findings)])
				expect(text, id).not.toMatch(/[{}]|undefined|NaN/);
		}
	});
});

describe('the frames of every state’s summary and table', () => {
	it('fill every state of every chart with no slot, placeholder or gap left', () => {
		for (const id of CHART_IDS) {
			for (const state of CHART_STATES[id]) {
				const { summary, table } = sayView(CHARTS[id].view(state as never), CHART_WORDS[id]);
				for (const text of [summary, table.caption, ...table.columns, ...table.rows.flat()])
					expect(text, `${id} ${state}`).not.toMatch(/[{}\uE000\uE001]|undefined|NaN|\[object/);
				expect(summary, `${id} ${state}`).toMatch(/^[A-Z].*\S/);
			}
		}
	});

	it('read the figures from the data: officers on 31 Mar 2014, in the summary and the table', () => {
		const { summary, table } = sayView(CHARTS.officers.view('officers-2014'), CHART_WORDS.officers);
		const row = ['31 Mar 2014', formatCount(value(officers, 2014))];
		expect(summary).toContain(row.join(', '));
		expect(table.rows.at(-1)).toEqual(row);
		expect(table.caption).toBe(`${officers.title} (full-time equivalent)`);
	});
});

describe('readChartWords(files) fails with file:line and a reason', () => {
	it.each([
		[
			'a figure typed into a finding',
			changed('harm', (raw) => raw.replace('{figure deaths 2016} people', '354 people')),
			`src/content/charts/harm.aml:${lineOf('harm', 'deaths-total:')}: a figure was typed`
		],
		[
			'a state the chart does not have',
			changed('harm', (raw) => raw.replace('deaths-total:', 'deaths-all:')),
			`src/content/charts/harm.aml:${lineOf('harm', 'deaths-total:')}: "deaths-all" is not a state of harm`
		],
		[
			'a state left without a finding',
			changed('experience', (raw) => raw.replace(/^experience-2019:.*$/m, '')),
			'src/content/charts/experience.aml:1: no finding for the state "experience-2019"'
		],
		[
			'a document for no chart',
			{ ...real, '/src/content/charts/officer.aml': 'title: x' },
			'src/content/charts/officer.aml:1: no chart has the id "officer"'
		],
		[
			'a missing document',
			Object.fromEntries(Object.entries(real).filter(([path]) => !path.endsWith('/scorecard.aml'))),
			'src/content/charts/scorecard.aml: the document is missing'
		],
		[
			'a figure typed into a summary',
			changed('harm', (raw) => raw.replace('self-harm: Chart of', 'self-harm: Chart of 2010')),
			`src/content/charts/harm.aml:${lineOf('harm', 'self-harm: Chart of')}: a figure was typed`
		],
		[
			'a figure typed into a column heading',
			changed('officers', (raw) => raw.replace('line: Date |', 'line: Date in 2010 |')),
			`src/content/charts/officers.aml:${lineOf('officers', 'line: Date |')}: a figure was typed`
		],
		[
			'a slot its view does not fill',
			changed('harm', (raw) =>
				raw.replace('year-count: {when}, {first}', 'year-count: {when}, {frist}')
			),
			`src/content/charts/harm.aml:${lineOf('harm', 'year-count:')}: unknown slot "{frist}" in phrases "year-count"; its view fills when, first`
		],
		[
			'a state left without a summary',
			changed('harm', (raw) => raw.replace(/^deaths-total: Chart of.*$/m, '')),
			`src/content/charts/harm.aml:${lineOf('harm', '{summaries}')}: no summaries "deaths-total" for the state "deaths-total"`
		],
		[
			'a form left without a caption',
			changed('officers', (raw) => raw.replace(/^ratio: Prisoners per.*$/m, '')),
			`src/content/charts/officers.aml:${lineOf('officers', '{captions}')}: no captions "ratio" for the state "prisoners-per-officer"`
		],
		[
			'a phrase a row asks for left out',
			changed('timeline', (raw) => raw.replace(/^event: .*$/m, '')),
			`src/content/charts/timeline.aml:${lineOf('timeline', '{phrases}')}: no phrases "event" for the state "may-2016"`
		],
		[
			'a summary no state uses',
			changed('experience', (raw) => raw.replace('{summaries}', '{summaries}\nshare: Line chart')),
			`src/content/charts/experience.aml:${lineOf('experience', '{summaries}') + 1}: no state uses the summaries "share"`
		],
		[
			'rows with a cell fewer than the headings',
			changed('assaults', (raw) =>
				raw.replace('bars: Year | Assaults on staff', 'bars: Year | Assaults on staff | Per week')
			),
			`src/content/charts/assaults.aml:${lineOf('assaults', 'bars: Year |')}: columns "bars" has 3 headings, but the state "staff-2010" has rows of 2 cells`
		],
		[
			'a phrase named as an event’s words are',
			changed('timeline', (raw) =>
				raw.replace('kind-pay: Pay', 'kind-pay: Pay\nheadline-protest-2016-11-15: A walkout')
			),
			`src/content/charts/timeline.aml:${lineOf('timeline', 'kind-pay:') + 1}: the phrase "headline-protest-2016-11-15" is the data's; name this one otherwise`
		],
		[
			'a kind of event left without its name',
			changed('timeline', (raw) => raw.replace(/^kind-court: .*$/m, '')),
			`src/content/charts/timeline.aml:${lineOf('timeline', '{phrases}')}: no phrases "kind-court" for the state`
		],
		[
			'a break’s label the chart draws left out',
			changed('since-2019', (raw) => raw.replace(/^series-break: .*$/m, '')),
			`src/content/charts/since-2019.aml:${lineOf('since-2019', '{phrases}')}: no phrases "series-break" for the state "staff-assaults-2024", which its chart draws`
		],
		[
			'a legend’s name the chart draws left out',
			changed('officers', (raw) => raw.replace('prisoners-per-officer: Prisoners per officer', '')),
			`src/content/charts/officers.aml:${lineOf('officers', '{phrases}')}: no phrases "prisoners-per-officer" for the state "prisoners-per-officer", which its chart draws`
		],
		[
			'a phrase a drawn label holds left out (a gap’s reason)',
			changed('assaults', (raw) => raw.replace(/^no-comparable-figure: .*$/m, '')),
			`src/content/charts/assaults.aml:${lineOf('assaults', '{phrases}')}: no phrases "no-comparable-figure" for the state "staff-2018", which its chart draws`
		],
		[
			'a slot a drawn note’s view does not fill',
			changed('officers', (raw) =>
				raw.replace('ratio-in: {ratio} in {when}', 'ratio-in: {ratio} in {wen}')
			),
			`src/content/charts/officers.aml:${lineOf('officers', 'ratio-in:')}: unknown slot "{wen}" in phrases "ratio-in"; its view fills ratio, when`
		],
		[
			'a misspelt part',
			changed('harm', (raw) => raw.replace('{findings}', '{finding}')),
			'unknown map "finding"; expected findings, summaries, captions, columns, phrases'
		]
	])('%s', (_, files, message) => {
		expect(() => readChartWords(files)).toThrow(message);
	});

	it('a source a state names that data/sources.ts lacks', () => {
		const named = (chart: string) => (chart === 'harm' ? ['moj-nowhere'] : []);
		expect(() => readChartWords(real, undefined, undefined, undefined, named, {})).toThrow(
			'harm: it names the source "moj-nowhere", which data/sources.ts lacks'
		);
	});
});

describe('the placeholders the chart documents added', () => {
	const say = (text: string) => resolve(text, VOCABULARY, { file: 'test.aml', line: 1 });

	it('{times <series> <year> <year>} is the later value as a multiple, one decimal', () => {
		const [a, b] = [2010, 2016].map((y) => assaultsOnStaff.observations.find((o) => o.year === y)!);
		expect(say('{times assaults-on-staff 2010 2016}')).toBe((b.value! / a.value!).toFixed(1));
	});

	it('{month <event>} is the month of the event', () => {
		expect(say('{month liverpool-walkout-2019-02-21}')).toBe('Feb 2019');
	});

	it('{year <series> <year>} is a year that series holds, past the calendar-year series', () => {
		expect(say('{year officers 2025}')).toBe('2025');
		expect(() => say('{year officers 2031}')).toThrow(/officers has no period in 2031/);
	});
});

/** The largest value of a series, over the years `keep` allows. */
const most = (series: Series, keep: (year: number) => boolean = () => true) =>
	Math.max(...series.observations.filter((o) => keep(o.year)).map((o) => o.value ?? -Infinity));
const value = (series: Series, year: number) =>
	series.observations.filter((o) => o.year === year).at(-1)!.value!;

// The views once chose these words by the data; the documents now state them, so the data
// must still bear each claim out: a refresh that breaks one fails here, naming the sentence.
describe('the claims the chart documents make hold in the data', () => {
	it('harm: 2016’s self-inflicted deaths are the most in any year shown (to 2019)', () => {
		expect(CHART_WORDS.harm.findings['self-inflicted-deaths']).toMatch(/the most in any year/);
		expect(value(selfInflictedDeaths, 2016)).toBe(most(selfInflictedDeaths, (y) => y <= 2019));
	});

	it('assaults: the rate peaks in 2018, and 2019’s changed definition is named apart', () => {
		expect(CHART_WORDS.assaults.findings['assault-rate']).toMatch(/definition/);
		expect(value(assaultRate, 2018)).toBe(most(assaultRate, (y) => y <= 2019));
		expect(value(assaultRate, 2019)).toBeLessThan(value(assaultRate, 2018));
	});

	it('since-2019: officers end below 2010, and 2024 is the most of the revised assaults', () => {
		expect(value(officers, 2025)).toBeLessThan(value(officers, 2010));
		const revised = assaultsOnStaff.breaks![0].year;
		expect(value(assaultsOnStaff, 2024)).toBe(most(assaultsOnStaff, (y) => y >= revised));
		expect(CHART_WORDS['since-2019'].findings['staff-assaults-2024']).toMatch(/revised series/);
	});

	it('since-2019: 2024’s self-harm is the most of any year, the rolling deaths more than any year', () => {
		expect(value(selfHarm, 2024)).toBe(most(selfHarm));
		const rolling = deathsRolling.observations.at(-1)!.value!;
		expect(rolling).toBeGreaterThan(most(deaths));
	});
});
