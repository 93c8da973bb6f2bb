import { describe, expect, it } from 'vitest';

import { RECORDS, TIMELINE_RECORD as timeline } from './records.server';
import { csvCell, seriesCsv, timelineCsv, SERIES_CSV_COLUMNS } from './csv';

/** A small RFC 4180 reader, enough to read back what seriesCsv writes. */
function parse(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i += 1) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 1;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else if (c !== '\r') cell += c;
	}
	return rows;
}

describe('csvCell(value)', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "no"', '"say ""no"""'],
		[null, ''],
		[24830, '24830']
	])('csvCell(%j) is %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});
});

describe('csvCell(value) neutralises text a spreadsheet would run as a formula', () => {
	it.each([
		['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
		['+1+2', '"\'+1+2"'],
		['-2+3', '"\'-2+3"'],
		['@SUM(A1)', '"\'@SUM(A1)"'],
		['\t=1', '"\'\t=1"'],
		['\r=1', '"\'\r=1"']
	])('csvCell(%j) is %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it.each([
		[-3, '-3'],
		[-0.5, '-0.5'],
		[0, '0']
	])('csvCell(%j) keeps the number a number: %j', (value, expected) => {
		expect(csvCell(value)).toBe(expected);
	});

	it('leaves a formula character inside the text alone', () => {
		expect(csvCell('a = b - c')).toBe('a = b - c');
	});
});

/** The licence cell; any line will do, the CSVs carry whichever they are given. */
const LICENCE = 'Text and figures: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';
const officers = RECORDS.officers;

describe('seriesCsv(series, LICENCE)', () => {
	it('names its columns and gives every observation a row with its source', () => {
		const rows = parse(seriesCsv(officers, LICENCE));
		expect(rows[0]).toEqual([...SERIES_CSV_COLUMNS]);
		expect(rows).toHaveLength(officers.observations.length + 1);
		const url = rows[0].indexOf('source_url');
		for (const row of rows.slice(1)) expect(row[url]).toMatch(/^https?:\/\//);
	});

	it('puts the licence line it is given, quoted where it needs it, in every row’s licence cell', () => {
		const line = 'Another Site, CC BY 4.0; figures "as published"';
		const rows = parse(seriesCsv(officers, line));
		const licence = rows[0].indexOf('licence');
		for (const row of rows.slice(1)) expect(row[licence]).toBe(line);
	});

	it('carries the data module’s numbers exactly, gaps as empty cells', () => {
		for (const series of Object.values(RECORDS)) {
			const rows = parse(seriesCsv(series, LICENCE));
			const value = rows[0].indexOf('value');
			expect(rows.slice(1).map((r) => (r[value] === '' ? null : Number(r[value])))).toEqual(
				series.observations.map((o) => o.value)
			);
		}
	});
});

describe('timelineCsv(timeline, LICENCE)', () => {
	it('gives every event a row with its date and source', () => {
		const rows = parse(timelineCsv(timeline, LICENCE));
		expect(rows).toHaveLength(timeline.events.length + 1);
		expect(rows.slice(1).map((r) => r[1])).toEqual(timeline.events.map((e) => e.date));
	});
});

describe('seriesCsv and timelineCsv provenance', () => {
	it('seriesCsv(series) throws, naming the source, for a row citing a source the series does not list', () => {
		const orphan = { ...officers, sources: [] };
		expect(() => seriesCsv(orphan, 'Site')).toThrow(
			`csv: source ${officers.observations[0].source} is not among the dataset's sources`
		);
	});

	it('timelineCsv(timeline) throws likewise for an event citing an unlisted source', () => {
		expect(() => timelineCsv({ ...timeline, sources: [] }, 'Site')).toThrow(
			/^csv: source \S+ is not among the dataset's sources$/
		);
	});
});
