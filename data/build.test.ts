import { describe, expect, it } from 'vitest';
import {
	decimal,
	int,
	isoDate,
	parseCsv,
	parseSeriesCsv,
	parseTimelineCsv,
	period,
	validateSources
} from './build';
import type { SeriesDefinition } from './sources';
import { FILE, csv, errorsOf, source, sources, yearly } from './fixtures.test-support';

describe('parseSeriesCsv(text, file, definition, sources)', () => {
	it('parses a good file into sorted observations with resolved sources', () => {
		const series = parseSeriesCsv(
			csv('2011,3132,pq-test,', '2010,2848,pq-test,', '2012,,pq-test,Not published.'),
			FILE,
			yearly,
			sources
		);
		expect(series.id).toBe('test');
		expect(series.sources).toEqual([source]);
		expect(series.observations).toEqual([
			{ date: '2010-12-31', year: 2010, label: '2010', value: 2848, source: 'pq-test' },
			{ date: '2011-12-31', year: 2011, label: '2011', value: 3132, source: 'pq-test' },
			{
				date: '2012-12-31',
				year: 2012,
				label: '2012',
				value: null,
				source: 'pq-test',
				note: 'Not published.'
			}
		]);
	});

	it('reads quoted notes with commas and doubled quotes', () => {
		const series = parseSeriesCsv(
			csv('2010,1,pq-test,"First published as 3,637; ""revised"""'),
			FILE,
			yearly,
			sources
		);
		expect(series.observations[0].note).toBe('First published as 3,637; "revised"');
	});

	it.each([
		[
			'a missing value without a note',
			['2016,,pq-test,'],
			`${FILE}:2: value: missing value needs a note saying why`
		],
		[
			'a value that is not a number',
			['2016,12a,pq-test,'],
			`${FILE}:2: value: expected a whole number, got "12a"`
		],
		[
			'a decimal in a count',
			['2016,1.5,pq-test,'],
			`${FILE}:2: value: expected a whole number, got "1.5"`
		],
		[
			'a negative count',
			['2016,-5,pq-test,'],
			`${FILE}:2: value: a count cannot be negative, got -5`
		],
		['an unknown source id', ['2016,5,nope,'], `${FILE}:2: source: unknown source id "nope"`],
		[
			'a duplicate period',
			['2015,1,pq-test,', '2015,2,pq-test,'],
			`${FILE}:3: period: duplicate period 2015 (first on line 2)`
		],
		[
			'a year before 2000',
			['1999,5,pq-test,'],
			`${FILE}:2: period: date 1999 is outside 2000–2025`
		],
		['a year after 2025', ['2026,5,pq-test,'], `${FILE}:2: period: date 2026 is outside 2000–2025`],
		[
			'a period of the wrong kind',
			['2016-03-31,5,pq-test,'],
			`${FILE}:2: period: expected a year YYYY, got "2016-03-31"`
		],
		['a row with too many cells', ['2016,5,pq-test,a,b'], `${FILE}:2: row: expected 4 cells, got 5`]
	])('rejects %s', (_, rows, expected) => {
		expect(errorsOf(() => parseSeriesCsv(csv(...rows), FILE, yearly, sources))).toEqual([expected]);
	});

	it('rejects a wrong column header', () => {
		const text = 'year,value,source,note\n2016,5,pq-test,\n';
		expect(errorsOf(() => parseSeriesCsv(text, FILE, yearly, sources))).toEqual([
			`${FILE}:1: header: expected "period,value,source,note", got "year,value,source,note"`
		]);
	});

	it('lists every error in the file, not just the first', () => {
		const errors = errorsOf(() =>
			parseSeriesCsv(
				csv('2016,x,pq-test,', '2017,5,nope,', '2018,,pq-test,'),
				FILE,
				yearly,
				sources
			)
		);
		expect(errors.map((e) => e.split(': ').slice(0, 2).join(': '))).toEqual([
			`${FILE}:2: value`,
			`${FILE}:3: source`,
			`${FILE}:4: value`
		]);
	});

	it('rejects an impossible or out-of-range date in a point-in-time file', () => {
		const def: SeriesDefinition = { ...yearly, period: 'point-in-time' };
		const errors = errorsOf(() =>
			parseSeriesCsv(csv('2016-02-30,1,pq-test,', '2026-03-31,1,pq-test,'), FILE, def, sources)
		);
		expect(errors).toEqual([
			`${FILE}:2: period: date 2016-02-30 does not exist`,
			`${FILE}:3: period: date 2026-03-31 is outside 2000–2025`
		]);
	});

	it('rejects a percentage over 100', () => {
		const def: SeriesDefinition = { ...yearly, value: 'percent' };
		expect(errorsOf(() => parseSeriesCsv(csv('2016,101,pq-test,'), FILE, def, sources))).toEqual([
			`${FILE}:2: value: a percentage must be 0–100, got 101`
		]);
	});
});

describe('parseTimelineCsv(text, file, sources)', () => {
	const TL = 'data/raw/timeline.csv';
	const head = 'id,date,precision,kind,title,detail,source';

	it('parses day and month precision events and labels them', () => {
		const timeline = parseTimelineCsv(
			[
				head,
				'protest-2016-11-15,2016-11-15,day,protest,Officers stop work,They stop work.,pq-test',
				'walkouts-2016-05,2016-05,month,protest,Walkouts,Two prisons.,pq-test'
			].join('\n'),
			TL,
			sources
		);
		expect(timeline.events.map((e) => [e.id, e.date, e.label])).toEqual([
			['walkouts-2016-05', '2016-05-01', 'May 2016'],
			['protest-2016-11-15', '2016-11-15', '15 Nov 2016']
		]);
		expect(timeline.sources).toEqual([source]);
	});

	it.each([
		[
			'an unknown kind',
			'a-2016-11-15,2016-11-15,day,riot,T,D.,pq-test',
			`${TL}:2: kind: unknown kind "riot" (expected protest|violence|government|court|pay)`
		],
		[
			'a day date with month precision',
			'a-2016-11,2016-11-15,month,pay,T,D.,pq-test',
			`${TL}:2: date: expected a month YYYY-MM, got "2016-11-15"`
		],
		[
			'an impossible date',
			'a-2016-02-30,2016-02-30,day,pay,T,D.,pq-test',
			`${TL}:2: date: date 2016-02-30 does not exist`
		],
		[
			'an id that is not kebab-case',
			'Protest_1,2016-11-15,day,pay,T,D.,pq-test',
			`${TL}:2: id: expected a kebab-case id, got "Protest_1"`
		],
		[
			'an unknown source id',
			'a-2016-11-15,2016-11-15,day,pay,T,D.,nope',
			`${TL}:2: source: unknown source id "nope"`
		],
		[
			'an empty title',
			'a-2016-11-15,2016-11-15,day,pay,,D.,pq-test',
			`${TL}:2: title: text is required`
		]
	])('rejects %s', (_, row, expected) => {
		expect(errorsOf(() => parseTimelineCsv(`${head}\n${row}\n`, TL, sources))).toEqual([expected]);
	});

	it('rejects a duplicate id', () => {
		const row = 'a-2016-11-15,2016-11-15,day,pay,T,D.,pq-test';
		expect(errorsOf(() => parseTimelineCsv(`${head}\n${row}\n${row}\n`, TL, sources))).toEqual([
			`${TL}:3: id: duplicate id a-2016-11-15 (first on line 2)`
		]);
	});
});

describe('cell parsers', () => {
	it('int(value, where) names where it failed instead of yielding NaN', () => {
		expect(int('42', 'f.csv:2: value')).toBe(42);
		expect(() => int('', 'f.csv:2: value')).toThrow(
			'f.csv:2: value: expected a whole number, got ""'
		);
		expect(() => int('1e3', 'f.csv:2: value')).toThrow('expected a whole number');
	});

	it('decimal(value, where) accepts 3.6 and rejects 3,6', () => {
		expect(decimal('3.6', 'w')).toBe(3.6);
		expect(() => decimal('3,6', 'w')).toThrow('w: expected a number, got "3,6"');
	});

	it('isoDate(value, where) accepts 29 February in a leap year only', () => {
		expect(isoDate('2016-02-29', 'w')).toBe('2016-02-29');
		expect(() => isoDate('2017-02-29', 'w')).toThrow('w: date 2017-02-29 does not exist');
	});

	it('period(value, kind, where) reads a rolling 12 months as ending on the last day of the month', () => {
		expect(period('12m-to-2019-06', 'rolling-12-months', 'w')).toEqual({
			date: '2019-06-30',
			year: 2019,
			label: '12 months to Jun 2019'
		});
		expect(period('2010-03-31', 'point-in-time', 'w').label).toBe('31 Mar 2010');
	});

	it('parseCsv(text, file, columns) reports an unterminated quote', () => {
		expect(errorsOf(() => parseCsv('a,b\n"x,y\n', 'f.csv', ['a', 'b']))).toEqual([
			'f.csv:2: row: unterminated quoted cell'
		]);
	});

	it('validateSources(sources) rejects a plain-http URL', () => {
		expect(errorsOf(() => validateSources([{ ...source, url: 'http://example.org/' }]))).toEqual([
			'data/sources.ts: source "pq-test": url must be an absolute https URL'
		]);
	});
});
