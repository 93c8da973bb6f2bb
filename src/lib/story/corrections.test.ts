import { describe, expect, it } from 'vitest';
import { CORRECTIONS, PUBLISHED, lastUpdated } from './corrections';

describe('CORRECTIONS', () => {
	it('every correction has a real ISO date on or after publication and a sentence for the reader', () => {
		expect(CORRECTIONS.length).toBeGreaterThan(0);
		for (const c of CORRECTIONS) {
			expect(new Date(`${c.date}T00:00:00Z`).toISOString().slice(0, 10), c.text).toBe(c.date);
			expect(c.date >= PUBLISHED, c.text).toBe(true);
			expect(c.text.trim().length, c.date).toBeGreaterThan(40);
		}
	});

	it('is newest first', () => {
		const dates = CORRECTIONS.map((c) => c.date);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});

describe('lastUpdated(corrections)', () => {
	it('lastUpdated() is the date of the newest correction', () => {
		expect(lastUpdated()).toBe('2026-12-01');
	});
	it('lastUpdated([]) is the publication date', () => {
		expect(lastUpdated([])).toBe(PUBLISHED);
	});
	it('lastUpdated(corrections) does not modify its input', () => {
		const list = [
			{ date: '2026-12-02', text: 'a' },
			{ date: '2026-11-30', text: 'b' }
		];
		const before = structuredClone(list);
		expect(lastUpdated(list)).toBe('2026-12-02');
		expect(list).toEqual(before);
	});
});
