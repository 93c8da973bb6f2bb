import { describe, expect, it } from 'vitest';
import { formatDate, formatDayOfYear } from './formatDate';

describe('formatDate(iso, precision)', () => {
	it.each([
		['2016-11-15', 'day', '15 Nov 2016'],
		['2010-03-31', 'day', '31 Mar 2010'],
		['2019-02-01', 'day', '1 Feb 2019'],
		['2016-05-01', 'month', 'May 2016'],
		['2016-05', 'month', 'May 2016']
	] as const)('formatDate(%s, %s) is %s', (iso, precision, expected) => {
		expect(formatDate(iso, precision)).toBe(expected);
	});

	it('formatDate(iso) reads the date in UTC, so 1 January never becomes 31 December', () => {
		expect(formatDate('2017-01-01')).toBe('1 Jan 2017');
	});

	it('formatDate(iso) throws on text that is not a date', () => {
		expect(() => formatDate('15/11/2016')).toThrow(/expected an ISO date/);
	});
});

describe('formatDayOfYear(iso)', () => {
	it.each([
		['2010-03-31', '31 March'],
		['2016-06-30', '30 June'],
		['2017-01-01', '1 January']
	] as const)('formatDayOfYear(%s) is %s, in UTC', (iso, expected) => {
		expect(formatDayOfYear(iso)).toBe(expected);
	});

	it('throws on text that is not a day', () => {
		expect(() => formatDayOfYear('2016-05')).toThrow(/expected an ISO date/);
	});
});
