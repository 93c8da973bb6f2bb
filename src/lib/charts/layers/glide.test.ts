import { describe, expect, it } from 'vitest';
import { across, shiftFrom, shownDomain } from './glide';

describe('across', () => {
	it('across(domain, x) is 0 at the start, 1 at the end and 0.5 halfway', () => {
		expect(across([2016, 2018], 2016)).toBe(0);
		expect(across([2016, 2018], 2018)).toBe(1);
		expect(across([2016, 2018], 2017)).toBe(0.5);
	});

	it('across(domain, x) runs past 0 and 1 for values outside the domain', () => {
		expect(across([10, 20], 5)).toBe(-0.5);
		expect(across([10, 20], 30)).toBe(2);
	});
});

describe('shownDomain', () => {
	const from = [2016.3, 2016.6] as const;
	const to = [2016, 2019.5] as const;

	it('shownDomain(from, to, 0) is from, and shownDomain(from, to, 1) is to', () => {
		expect(shownDomain(from, to, 0)[0]).toBeCloseTo(2016.3, 9);
		expect(shownDomain(from, to, 0)[1]).toBeCloseTo(2016.6, 9);
		expect(shownDomain(from, to, 1)[0]).toBeCloseTo(2016, 9);
		expect(shownDomain(from, to, 1)[1]).toBeCloseTo(2019.5, 9);
	});

	it('shownDomain(from, to, e) puts every value where a straight move from its old place to its new one has it', () => {
		for (const e of [0.1, 0.37, 0.5, 0.9])
			for (const x of [2015.5, 2016.45, 2017, 2019.9]) {
				const straight = (1 - e) * across(from, x) + e * across(to, x);
				expect(across(shownDomain(from, to, e), x)).toBeCloseTo(straight, 9);
			}
	});

	it('shownDomain(from, to, e) of a pan (same width) is the pan part-way', () => {
		const d = shownDomain([0, 10], [20, 30], 0.25);
		expect(d[0]).toBeCloseTo(5, 9);
		expect(d[1]).toBeCloseTo(15, 9);
	});

	it('shownDomain does not modify its input', () => {
		const a: [number, number] = [1, 2];
		const b: [number, number] = [3, 7];
		shownDomain(a, b, 0.5);
		expect(a).toEqual([1, 2]);
		expect(b).toEqual([3, 7]);
	});
});

describe('shiftFrom', () => {
	it('shiftFrom(from, to, x, width) is where from put x less where to puts it, in pixels', () => {
		// 2017 is at 50% of [2016, 2018] and 25% of [2016, 2020]: 25% of 400 px to the right.
		expect(shiftFrom([2016, 2018], [2016, 2020], 2017, 400)).toBe(100);
		expect(shiftFrom([2016, 2020], [2016, 2018], 2017, 400)).toBe(-100);
	});

	it('shiftFrom is 0 for a domain that does not change', () => {
		expect(shiftFrom([0, 1], [0, 1], 0.3, 390)).toBe(0);
	});
});
