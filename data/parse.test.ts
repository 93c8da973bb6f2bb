/**
 * The cases issue 13 found the old hand-written parser let through or mishandled: each is
 * rejected with `file:line: column: reason`, the valid quoted line break is read, and a build
 * over any of them writes nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../src/lib/formatDate';
import {
	DataError,
	MAX_ERRORS,
	parseSeriesCsv,
	parseTimelineCsv,
	renderSeriesModules,
	runBuild
} from './build';
import { dayLabel, monthLabel } from './labels';
import type { SeriesDefinition } from './sources';
import { source } from './fixtures.test-support';

const definition = (value: SeriesDefinition['value']): SeriesDefinition => ({
	file: 'moj-test-calendar-year.csv',
	id: 'test',
	exportName: 'test',
	title: 'Test series',
	unit: 'things',
	measure: 'Things counted in a year.',
	period: 'calendar-year',
	value,
	revision: 'first published',
	notes: []
});
const FILE = 'data/raw/moj-test-calendar-year.csv';
const csv = (...rows: string[]) => ['period,value,source,note', ...rows].join('\n') + '\n';
/** A file of many rows, built without spreading them into an argument list. */
const csvOf = (rows: string[]) => 'period,value,source,note\n' + rows.join('\n') + '\n';

function problems(text: string, kind: SeriesDefinition['value'] = 'count'): DataError {
	try {
		parseSeriesCsv(text, FILE, definition(kind), [source]);
	} catch (error) {
		if (error instanceof DataError) return error;
		throw error;
	}
	throw new Error('expected the file to be rejected');
}

const HUGE = '9'.repeat(400);

const BAD: [string, string, SeriesDefinition['value'], string][] = [
	[
		'text after a closing quote',
		'2010,"3132"9,pq-test,',
		'count',
		`${FILE}:2: row: text after a closing quote`
	],
	[
		'a negative zero',
		'2010,-0,pq-test,',
		'count',
		`${FILE}:2: value: expected a whole number, got "-0"`
	],
	[
		'a negative zero decimal',
		'2010,-0.0,pq-test,',
		'rate',
		`${FILE}:2: value: expected a number, got "-0.0"`
	],
	[
		'a leading zero',
		'2010,03132,pq-test,',
		'count',
		`${FILE}:2: value: expected a whole number, got "03132"`
	],
	[
		'a leading zero decimal',
		'2010,03.5,pq-test,',
		'rate',
		`${FILE}:2: value: expected a number, got "03.5"`
	],
	[
		'an integer beyond 2^53',
		'2010,9007199254740993,pq-test,',
		'count',
		`${FILE}:2: value: 9007199254740993 is too large to hold exactly (over 2^53)`
	],
	[
		'a 400-digit count',
		`2010,${HUGE},pq-test,`,
		'count',
		`${FILE}:2: value: ${HUGE} is too large to hold exactly (over 2^53)`
	],
	[
		'a 400-digit rate',
		`2010,${HUGE}.5,pq-test,`,
		'rate',
		`${FILE}:2: value: ${'9'.repeat(20)}… is too large to hold exactly`
	],
	[
		'a NUL byte in a note',
		'2010,5,pq-test,a\u0000b',
		'count',
		`${FILE}:2: note: a control character (such as NUL, tab or CR) in the cell`
	],
	[
		'a tab in a note',
		'2010,5,pq-test,a\tb',
		'count',
		`${FILE}:2: note: a control character (such as NUL, tab or CR) in the cell`
	],
	[
		'an unterminated quote',
		'2010,5,pq-test,"open',
		'count',
		`${FILE}:2: row: unterminated quoted cell`
	],
	['a blank line', '2010,5,pq-test,\n\n2011,6,pq-test,', 'count', `${FILE}:3: row: blank line`]
];

describe('parseSeriesCsv(text, …) rejects what the old parser let through', () => {
	it.each(BAD)('rejects %s', (_, row, kind, expected) => {
		expect(problems(csv(row), kind).errors).toEqual([expected]);
	});

	it('never changes a number on the way: "3132"9 is not read as 31329', () => {
		expect(problems(csv('2010,"3132"9,pq-test,')).errors.join()).not.toContain('31329');
	});
});

describe('parseSeriesCsv(text, …) reads what RFC 4180 allows', () => {
	it('reads a quoted note with a line break, and counts lines after it correctly', () => {
		const text = csv('2010,5,pq-test,"first line\nsecond line"', '2011,x,pq-test,');
		expect(problems(text).errors).toEqual([`${FILE}:4: value: expected a whole number, got "x"`]);
		const series = parseSeriesCsv(
			csv('2010,5,pq-test,"first line\r\nsecond line"'),
			FILE,
			definition('count'),
			[source]
		);
		expect(series.observations[0].note).toBe('first line\nsecond line');
		const files = renderSeriesModules([source], [{ exportName: 'test', series }]);
		// The record keeps the note; what charts draw of the series leaves it out.
		expect(JSON.parse(files[`records/${series.id}.json`]).rows[0][4]).toBe(
			'first line\nsecond line'
		);
		expect(JSON.parse(files[`series/${series.id}.json`]).rows[0]).toHaveLength(4);
	});

	it('reads a byte-order mark and CRLF line ends', () => {
		const text = '\uFEFFperiod,value,source,note\r\n2010,5,pq-test,\r\n';
		expect(
			parseSeriesCsv(text, FILE, definition('count'), [source]).observations.map((o) => o.value)
		).toEqual([5]);
	});
});

describe('a file with very many bad rows', () => {
	it(`lists the first ${MAX_ERRORS} problems and counts the rest, without overflowing`, () => {
		const rows = Array.from({ length: 130_000 }, (_, i) => `${2000 + (i % 21)},bad,pq-test,`);
		const error = problems(csvOf(rows));
		expect(error.errors).toHaveLength(MAX_ERRORS);
		expect(error.errors[0]).toBe(`${FILE}:2: value: expected a whole number, got "bad"`);
		expect(error.total).toBeGreaterThanOrEqual(130_000);
		expect(error.message).toMatch(/… and \d+ more$/);
	}, 120_000);

	it('with too many cells on 2,000 rows, lists 50 and counts 2,000', () => {
		const error = problems(csvOf(Array.from({ length: 2_000 }, () => '2010,1,pq-test,a,b')));
		expect(error.errors).toHaveLength(MAX_ERRORS);
		expect(error.total).toBe(2_000);
	}, 60_000);
});

describe('parseTimelineCsv(text, …)', () => {
	it('rejects a control character in an event’s detail', () => {
		const head = 'id,date,precision,kind,title,detail,source';
		const row = 'walkout,2016-11-15,day,protest,Walkout,Officers\u0007 walked out,pq-test';
		expect(() => parseTimelineCsv(`${head}\n${row}\n`, 'tl.csv', [source])).toThrow(
			'tl.csv:2: detail: a control character'
		);
	});

	it('rejects braces in an event’s headline, which its chart would read as a slot', () => {
		const head = 'id,date,precision,kind,title,detail,source';
		const row = 'walkout,2016-11-15,day,protest,Walkout {count},Officers walked out,pq-test';
		expect(() => parseTimelineCsv(`${head}\n${row}\n`, 'tl.csv', [source])).toThrow(
			'tl.csv:2: title: braces are not allowed'
		);
	});
});

describe('runBuild(options) writes nothing on any failure', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'data-parse-'));
		mkdirSync(join(dir, 'raw'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it.each(BAD)('leaves the output as it was after %s', (_, row, kind) => {
		const options = {
			rawDir: join(dir, 'raw'),
			outDir: join(dir, 'out'),
			definitions: [definition(kind)],
			sources: [source],
			timeline: false
		};
		const messages: string[] = [];
		writeFileSync(join(dir, 'raw', definition(kind).file), csv('2010,5,pq-test,'));
		expect(
			runBuild(
				options,
				() => {},
				() => {}
			)
		).toBe(0);
		const before = readFileSync(join(dir, 'out', 'series.ts'), 'utf8');
		writeFileSync(join(dir, 'raw', definition(kind).file), csv(row));
		expect(
			runBuild(
				options,
				() => {},
				(m) => messages.push(m)
			)
		).toBe(1);
		expect(messages.join('\n')).toMatch(
			new RegExp(`^data: 1 problem\\(s\\); nothing was written\\.\\n${FILE}:\\d+: `)
		);
		expect(readFileSync(join(dir, 'out', 'series.ts'), 'utf8')).toBe(before);
	});
});

describe('dayLabel(iso) and monthLabel(iso)', () => {
	it('read as the app’s formatDate does, every day of 2016 and 2019', () => {
		for (const year of [2016, 2019]) {
			for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
				const iso = new Date(t).toISOString().slice(0, 10);
				expect(dayLabel(iso)).toBe(formatDate(iso));
				expect(monthLabel(iso.slice(0, 7))).toBe(formatDate(iso.slice(0, 7), 'month'));
			}
		}
	});
});
