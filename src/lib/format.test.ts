import { describe, expect, it } from 'vitest';
import { GAP, formatChange, formatCount, formatDate, formatDecimal, formatPercent } from './format';

describe('formatCount(value)', () => {
	it.each([
		[12345, '12,345'],
		[24830, '24,830'],
		[0, '0'],
		[999, '999'],
		[1234567, '1,234,567'],
		[26.6, '27']
	])('formatCount(%d) is %s', (value, expected) => {
		expect(formatCount(value)).toBe(expected);
	});

	it('formatCount(null) is the gap mark', () => {
		expect(formatCount(null)).toBe(GAP);
	});
});

describe('formatDecimal(value, digits)', () => {
	it.each([
		[3.6, 1, '3.6'],
		[3.4034, 1, '3.4'],
		[1234.5, 1, '1,234.5'],
		[2.345, 2, '2.35'],
		[7, 0, '7']
	])('formatDecimal(%d, %d) is %s', (value, digits, expected) => {
		expect(formatDecimal(value, digits)).toBe(expected);
	});

	it('formatDecimal(null) is the gap mark', () => {
		expect(formatDecimal(null)).toBe(GAP);
	});
});

describe('formatPercent(value, digits)', () => {
	it.each([
		[42, 0, '42%'],
		[13, 0, '13%'],
		[9.4, 1, '9.4%']
	])('formatPercent(%d, %d) is %s', (value, digits, expected) => {
		expect(formatPercent(value, digits)).toBe(expected);
	});

	it('formatPercent(null) is the gap mark', () => {
		expect(formatPercent(null)).toBe(GAP);
	});
});

describe('formatChange(value)', () => {
	it.each([
		[140.3, '+140%'],
		[-26.4, '−26%'],
		[0, '+0%']
	])('formatChange(%d) is %s', (value, expected) => {
		expect(formatChange(value)).toBe(expected);
	});

	it('formatChange(null) is the gap mark', () => {
		expect(formatChange(null)).toBe(GAP);
	});
});

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
