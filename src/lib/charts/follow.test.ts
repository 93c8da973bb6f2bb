import { describe, expect, it } from 'vitest';
import { sameTarget } from './follow.svelte';

describe("a chart's tween target", () => {
	it('is the same for equal numbers and for domains with equal ends', () => {
		expect(sameTarget(25_000, 25_000)).toBe(true);
		expect(sameTarget([2016, 2019], [2016, 2019])).toBe(true);
	});

	it('changes with any end of a domain, or its value', () => {
		expect(sameTarget(25_000, 6)).toBe(false);
		expect(sameTarget([2016, 2019], [2016, 2018])).toBe(false);
		expect(sameTarget([2016, 2019], [2016])).toBe(false);
	});
});
