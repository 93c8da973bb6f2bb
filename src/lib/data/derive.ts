/**
 * Pure derivations from the published figures: rates, indices, changes, per-day counts and
 * prisoners per officer. None modifies its input; a gap (`null`) in gives a gap out, never a
 * guess. Impossible denominators (zero or negative population, officers or base) throw,
 * because they mean a programming error rather than a missing figure.
 */
import { valueIn } from './observation';
import type { Observation, Series } from './types';

/** One derived value for one year; `null` where an input was a gap. */
export interface YearValue {
	year: number;
	value: number | null;
}

function positive(value: number, name: string, fn: string): void {
	if (!(value > 0) || !Number.isFinite(value)) {
		throw new RangeError(`${fn}: ${name} must be a positive number, got ${value}`);
	}
}

/** A count per 1,000 prisoners, the unit MoJ uses to compare years with different populations. */
export function ratePer1000(count: number | null, population: number | null): number | null {
	if (count === null || population === null) return null;
	positive(population, 'population', 'ratePer1000');
	return (count / population) * 1000;
}

/**
 * The series re-based so `baseYear` is 100 (2010 = 100 compares series with different units).
 * Gaps stay null. Throws when the base year is missing or a gap, or the series has several
 * observations in one year.
 */
export function indexTo(series: Series, baseYear: number): Observation[] {
	const years = series.observations.map((o) => o.year);
	if (new Set(years).size !== years.length) {
		throw new Error(`indexTo: ${series.id} has several observations in one year`);
	}
	const base = valueIn(series, baseYear);
	if (base === null) throw new Error(`indexTo: ${series.id} has no value for ${baseYear}`);
	positive(base, 'the base value', 'indexTo');
	return series.observations.map((o) => ({
		...o,
		value: o.value === null ? null : (o.value / base) * 100
	}));
}

/** The percentage change from one figure to another (+140 means up 140%). */
export function percentChange(from: number | null, to: number | null): number | null {
	if (from === null || to === null) return null;
	if (from === 0) throw new RangeError('percentChange: cannot compare with a starting value of 0');
	return ((to - from) / Math.abs(from)) * 100;
}

/** Days in a calendar year: 366 in a leap year, else 365. */
export function daysInYear(year: number): number {
	return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** A calendar year's count as an average per day ("27 a day"), dividing by 365 or 366. */
export function perDay(count: number | null, year: number): number | null {
	return count === null ? null : count / daysInYear(year);
}

/**
 * Prisoners per band 3–5 officer for each year either series covers: that year's 30 June
 * population over the same year's 31 March officers. A gap or missing year in either is null.
 */
export function prisonersPerOfficer(population: Series, officers: Series): YearValue[] {
	const byYear = (series: Series) => {
		const map = new Map<number, number | null>();
		for (const o of series.observations) {
			if (map.has(o.year)) {
				throw new Error(`prisonersPerOfficer: ${series.id} has several observations in ${o.year}`);
			}
			map.set(o.year, o.value);
		}
		return map;
	};
	const people = byYear(population);
	const staff = byYear(officers);
	const years = [...new Set([...people.keys(), ...staff.keys()])].sort((a, b) => a - b);
	return years.map((year) => {
		const p = people.get(year) ?? null;
		const s = staff.get(year) ?? null;
		if (p === null || s === null) return { year, value: null };
		positive(s, 'officers', 'prisonersPerOfficer');
		return { year, value: p / s };
	});
}
