import { describe, expect, it } from 'vitest';
import { dodge, niceTicks, yearFraction } from './geometry';

describe('geometry', () => {
	it('yearFraction(iso) places 31 Mar about a quarter into the year', () => {
		expect(yearFraction('2010-03-31')).toBeCloseTo(2010.246, 2);
		expect(yearFraction('2016-01-01')).toBe(2016);
	});

	it('niceTicks(min, max) ends at a round value at or above max', () => {
		const ticks = niceTicks(0, 24830, 6);
		expect(ticks[0]).toBe(0);
		expect(ticks.at(-1)).toBeGreaterThanOrEqual(24830);
		expect(ticks).toEqual([0, 5000, 10000, 15000, 20000, 25000]);
	});

	describe('dodge(xs, gap)', () => {
		it('keeps marks at least gap apart on a row', () => {
			const xs = [0, 0.5, 1, 1.2, 1.3, 3, 3.1];
			const rows = dodge(xs, 1);
			for (let i = 0; i < xs.length; i++)
				for (let j = i + 1; j < xs.length; j++)
					if (rows[i] === rows[j]) expect(Math.abs(xs[j] - xs[i])).toBeGreaterThanOrEqual(1);
		});
		it('puts marks at least gap apart on the axis', () => {
			expect(dodge([0, 1, 2.5], 1)).toEqual([0, 0, 0]);
		});
		it('lifts a chain of close marks without crowding the third onto the second', () => {
			// a–b and b–c are close, a–c is not: c goes back to the axis, not beside b.
			expect(dodge([0, 0.6, 1.2], 1)).toEqual([0, 1, 0]);
			expect(dodge([0, 0.3, 0.6], 1)).toEqual([0, 1, 2]);
		});
		it('throws on marks out of order', () => {
			expect(() => dodge([1, 0], 1)).toThrow(/ascend/);
		});
		it('does not modify its input', () => {
			const xs = [0, 0.2];
			dodge(xs, 1);
			expect(xs).toEqual([0, 0.2]);
		});
	});
});
