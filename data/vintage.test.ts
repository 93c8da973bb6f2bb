import { describe, expect, it } from 'vitest';
import type { Observation } from '../src/lib/data/types';
import { checkVintages, linesByPeriod, rawPeriod, VintageError, type VintageSpec } from './vintage';

const FILE = 'data/raw/moj-test-calendar-year.csv';
const TEXT = [
	'period,value,source,note',
	'2017,8429,pq-old,',
	'2018,10213,pq-old,',
	'2019,9185,pq-new,',
	'2020,,pq-new,a gap',
	'2021,7539,pq-new,'
].join('\n');

const obs = (year: number, value: number | null, source: string): Observation => ({
	date: `${year}-12-31`,
	year,
	label: String(year),
	value,
	source
});
const rows = [
	obs(2017, 8429, 'pq-old'),
	obs(2018, 10213, 'pq-old'),
	obs(2019, 9185, 'pq-new'),
	obs(2020, null, 'pq-new'),
	obs(2021, 7539, 'pq-new')
];
const mixed: VintageSpec = { default: 'first-published', bySource: { 'pq-new': 'revised' } };

function errorsOf(fn: () => unknown): string[] {
	try {
		fn();
		return [];
	} catch (error) {
		return error instanceof VintageError ? error.errors : [(error as Error).message];
	}
}

describe('checkVintages(observations, kind, spec, file, lines)', () => {
	it('refuses a series that mixes vintages without a declared break, naming file, line and reason', () => {
		const errors = errorsOf(() =>
			checkVintages(rows, 'calendar-year', mixed, FILE, linesByPeriod(TEXT))
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(
			/^data\/raw\/moj-test-calendar-year\.csv:4: vintage: 2019 is revised \(source pq-new\) but 2018 on line 3 is first-published, and no break is declared at 2019/
		);
	});

	it('accepts the same series with a break declared where the vintage changes, and returns its spans', () => {
		const spec = { ...mixed, breaks: [{ from: '2019', reason: 'Revised series from 2019.' }] };
		const result = checkVintages(rows, 'calendar-year', spec, FILE, linesByPeriod(TEXT));
		expect(result.vintages).toEqual([
			{ vintage: 'first-published', from: '2017', to: '2018' },
			{ vintage: 'revised', from: '2019', to: '2021' }
		]);
		expect(result.breaks).toEqual([
			{ date: '2019-12-31', year: 2019, label: '2019', reason: 'Revised series from 2019.' }
		]);
	});

	it('accepts one vintage throughout with no break, as one span across a gap', () => {
		const one = checkVintages(rows, 'calendar-year', { default: 'revised' }, FILE, new Map());
		expect(one.vintages).toEqual([{ vintage: 'revised', from: '2017', to: '2021' }]);
		expect(one.breaks).toEqual([]);
	});

	it('starts a new span at a declared definition break even when the vintage stays the same', () => {
		const spec: VintageSpec = {
			default: 'revised',
			breaks: [{ from: '2019', reason: 'New definition.' }]
		};
		const result = checkVintages(rows, 'calendar-year', spec, FILE, new Map());
		expect(result.vintages.map((v) => [v.from, v.to])).toEqual([
			['2017', '2018'],
			['2019', '2021']
		]);
	});

	it('refuses a break at a period the file does not hold, a break without a reason and an unused bySource entry', () => {
		const spec: VintageSpec = {
			default: 'revised',
			bySource: { 'pq-nowhere': 'first-published' },
			breaks: [
				{ from: '2030', reason: 'Never.' },
				{ from: '2019', reason: ' ' }
			]
		};
		expect(errorsOf(() => checkVintages(rows, 'calendar-year', spec, FILE, new Map()))).toEqual([
			`${FILE}: vintage: a break is declared at 2030, but no row has that period`,
			`${FILE}: vintage: the break at 2019 needs a reason`,
			`${FILE}: vintage: bySource names pq-nowhere, which no row cites`
		]);
	});

	it('does not modify its input', () => {
		const copy = structuredClone(rows);
		checkVintages(rows, 'calendar-year', { default: 'revised' }, FILE, new Map());
		expect(rows).toEqual(copy);
	});
});

describe('rawPeriod(observation, kind)', () => {
	it('writes each kind of period as the raw file does', () => {
		const o = { date: '2019-06-30', year: 2019 };
		expect(rawPeriod(o, 'calendar-year')).toBe('2019');
		expect(rawPeriod(o, 'point-in-time')).toBe('2019-06-30');
		expect(rawPeriod(o, 'rolling-12-months')).toBe('12m-to-2019-06');
	});
});
