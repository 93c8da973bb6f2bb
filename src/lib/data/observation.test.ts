import { describe, expect, it } from 'vitest';
import { observationIn, observedIn, requireValue, valueIn } from './observation';
import type { Observation, Series } from './types';

const row = (date: string, value: number | null, label = date): Observation => ({
	date,
	year: Number(date.slice(0, 4)),
	label,
	value,
	source: 'a-source',
	...(value === null ? { note: 'not published' } : {})
});

const series = (observations: Observation[]): Series => ({
	id: 'test-series',
	title: 'Test series',
	unit: 'things',
	sources: [],
	observations
});

const sample = series([
	row('2010-03-31', 24830, '31 Mar 2010'),
	row('2011-03-31', null, '31 Mar 2011'),
	row('2016-03-31', 18000, '31 Mar 2016'),
	row('2016-10-31', 17955, '31 Oct 2016')
]);

describe('observationIn(series, year)', () => {
	it('observationIn(series, year) is the one observation whose period ends in that year', () => {
		expect(observationIn(sample, 2010)?.label).toBe('31 Mar 2010');
	});

	it('observationIn(series, year) returns a gap row as it is', () => {
		expect(observationIn(sample, 2011)).toMatchObject({ label: '31 Mar 2011', value: null });
	});

	it('observationIn(series, year) is undefined for a year the series does not cover', () => {
		expect(observationIn(sample, 2009)).toBeUndefined();
	});

	it('observationIn(series, year) throws, naming the series and year, when the year has several', () => {
		expect(() => observationIn(sample, 2016)).toThrow(
			'test-series has 2 observations in 2016; choose one by date'
		);
	});

	it('observationIn(series, year) does not modify its input', () => {
		const before = structuredClone(sample);
		observationIn(sample, 2010);
		expect(sample).toEqual(before);
	});
});

describe('valueIn(series, year)', () => {
	it('valueIn(series, year) is the value of that year', () => {
		expect(valueIn(sample, 2010)).toBe(24830);
	});

	it('valueIn(series, year) is null for a gap and for a year not covered', () => {
		expect(valueIn(sample, 2011)).toBeNull();
		expect(valueIn(sample, 2009)).toBeNull();
	});

	it('valueIn(series, year) throws when the year has several', () => {
		expect(() => valueIn(sample, 2016)).toThrow(/test-series .* in 2016/);
	});
});

describe('requireValue(series, year) and observedIn(series, year)', () => {
	it('requireValue(series, year) is the value of that year', () => {
		expect(requireValue(sample, 2010)).toBe(24830);
		expect(observedIn(sample, 2010)).toMatchObject({ label: '31 Mar 2010', value: 24830 });
	});

	it('requireValue(series, year) throws, naming the series and year, on a gap or none', () => {
		expect(() => requireValue(sample, 2011)).toThrow('test-series has no value for 2011');
		expect(() => observedIn(sample, 2009)).toThrow('test-series has no value for 2009');
	});

	it('requireValue(series, year) throws when the year has several', () => {
		expect(() => requireValue(sample, 2016)).toThrow(/choose one by date/);
	});
});
