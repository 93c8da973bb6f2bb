import { describe, expect, it } from 'vitest';
import {
	daysInYear,
	indexTo,
	perDay,
	percentChange,
	prisonersPerOfficer,
	ratePer1000
} from './derive';
import type { Observation, Series } from './types';

function series(id: string, rows: [string, number | null][]): Series {
	const observations: Observation[] = rows.map(([date, value]) => ({
		date,
		year: Number(date.slice(0, 4)),
		label: date,
		value,
		source: 'test-source'
	}));
	return {
		id,
		title: id,
		unit: 'things',
		sources: [],
		observations
	};
}

describe('ratePer1000(count, population)', () => {
	it.each([
		[167, 1000, 167],
		[500, 250_000, 2],
		[0, 85_000, 0]
	])('ratePer1000(%d, %d) is %d per 1,000', (count, pop, expected) => {
		expect(ratePer1000(count, pop)).toBeCloseTo(expected, 10);
	});

	it('ratePer1000(count, population) is null when either is a gap', () => {
		expect(ratePer1000(null, 85_000)).toBeNull();
		expect(ratePer1000(100, null)).toBeNull();
	});

	it('ratePer1000(count, 0) throws: a zero population is a bug, not a gap', () => {
		expect(() => ratePer1000(100, 0)).toThrow(RangeError);
		expect(() => ratePer1000(100, -5)).toThrow(RangeError);
	});
});

describe('indexTo(series, baseYear)', () => {
	const input = series('s', [
		['2010-03-31', 200],
		['2011-03-31', null],
		['2012-03-31', 150]
	]);

	it('indexTo(series, 2010) makes 2010 = 100 and keeps gaps null', () => {
		expect(indexTo(input, 2010).map((o) => o.value)).toEqual([100, null, 75]);
	});

	it('indexTo(series, baseYear) keeps dates, labels and sources', () => {
		expect(indexTo(input, 2010).map((o) => [o.date, o.source])).toEqual(
			input.observations.map((o) => [o.date, o.source])
		);
	});

	it('indexTo(series, baseYear) throws when the base year is a gap or absent', () => {
		expect(() => indexTo(input, 2011)).toThrow(/no value for 2011/);
		expect(() => indexTo(input, 2009)).toThrow(/no value for 2009/);
	});

	it('indexTo(series, baseYear) does not modify its input', () => {
		const before = structuredClone(input);
		indexTo(input, 2010);
		expect(input).toEqual(before);
	});
});

describe('percentChange(from, to)', () => {
	it.each([
		[2848, 6844, 140.309],
		[24830, 18251, -26.496],
		[100, 100, 0]
	])('percentChange(%d, %d) is %d', (from, to, expected) => {
		expect(percentChange(from, to)).toBeCloseTo(expected, 3);
	});

	it('percentChange(from, to) is null when either is a gap', () => {
		expect(percentChange(null, 5)).toBeNull();
		expect(percentChange(5, null)).toBeNull();
	});

	it('percentChange(0, to) throws: a change from zero has no percentage', () => {
		expect(() => percentChange(0, 5)).toThrow(RangeError);
	});
});

describe('perDay(count, year)', () => {
	it('perDay(count, year) divides by 365 in a common year', () => {
		expect(perDay(3650, 2018)).toBe(10);
	});

	it('perDay(count, year) divides by 366 in a leap year', () => {
		expect(perDay(3660, 2016)).toBe(10);
	});

	it('perDay(null, year) is null', () => {
		expect(perDay(null, 2016)).toBeNull();
	});

	it.each([
		[2000, 366],
		[1900, 365],
		[2016, 366],
		[2019, 365]
	])('daysInYear(%i) is %i', (year, days) => {
		expect(daysInYear(year)).toBe(days);
	});
});

describe('prisonersPerOfficer(population, officers)', () => {
	const people = series('population', [
		['2010-06-30', 85_000],
		['2011-06-30', 84_000],
		['2012-06-30', null]
	]);
	const staff = series('officers', [
		['2010-03-31', 25_000],
		['2011-03-31', null],
		['2012-03-31', 20_000],
		['2013-03-31', 20_000]
	]);

	it('pairs each year’s 30 June population with that year’s 31 March officers', () => {
		expect(prisonersPerOfficer(people, staff)).toEqual([
			{ year: 2010, value: 3.4 },
			{ year: 2011, value: null },
			{ year: 2012, value: null },
			{ year: 2013, value: null }
		]);
	});

	it('prisonersPerOfficer(population, officers) does not modify its input', () => {
		const before = [structuredClone(people), structuredClone(staff)];
		prisonersPerOfficer(people, staff);
		expect([people, staff]).toEqual(before);
	});

	it('prisonersPerOfficer(population, officers) throws on zero officers', () => {
		const none = series('officers', [['2010-03-31', 0]]);
		expect(() => prisonersPerOfficer(people, none)).toThrow(RangeError);
	});
});
