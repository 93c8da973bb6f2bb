import { describe, expect, it } from 'vitest';
import { formatBudget, formatRatio, summaryTable, verdict } from './report.js';

describe('verdict(value, budget, floor)', () => {
	it.each([
		['within an absolute maximum', 40, { max: 50 }, undefined, 'OK'],
		['over an absolute maximum', 60, { max: 50 }, undefined, 'OVER'],
		['under a minimum', 99, { min: 100 }, undefined, 'OVER'],
		['at most the floor when the ratio is 1', 50, { maxRatio: 1 }, 50, 'OK'],
		['over the floor when the ratio is 1', 50.1, { maxRatio: 1 }, 50, 'OVER'],
		['within floor + margin', 1550, { maxOverFloor: 150 }, 1400, 'OK'],
		['over floor + margin', 1551, { maxOverFloor: 150 }, 1400, 'OVER'],
		['relative without a floor figure', 10, { maxRatio: 1 }, null, 'n/a'],
		['absolute and relative, the absolute one broken', 90, { max: 80, maxRatio: 2 }, 50, 'OVER']
	] as const)('%s', (_, value, budget, floor, expected) => {
		expect(verdict(value, budget, floor)).toBe(expected);
	});

	it('is n/a for a missing figure and blank without a budget', () => {
		expect(verdict(null, { max: 1 })).toBe('n/a');
		expect(verdict(1, undefined)).toBe('');
	});
});

describe('formatBudget(budget) and formatRatio(value, floor)', () => {
	it('names relative budgets by the floor', () => {
		expect(formatBudget({ maxRatio: 1 })).toBe('≤ floor');
		expect(formatBudget({ maxOverFloor: 150 })).toBe('≤ floor + 150');
		expect(formatBudget({ max: 80, maxRatio: 1.5 })).toBe('≤ 80, ≤ 1.5× floor');
	});

	it('gives the story as a multiple of the floor, and a dash where it cannot', () => {
		expect(formatRatio(75, 50)).toBe('1.50×');
		expect(formatRatio(5, 0)).toBe('—');
		expect(formatRatio(null, 50)).toBe('—');
	});
});

describe('summaryTable(figures, budgets, notes)', () => {
	it('prints the floor and the story side by side with their ratio and the verdict', () => {
		const table = summaryTable(
			{ floor: { lcpMs: 1400, jsKB: 50 }, story: { lcpMs: 1600, jsKB: 48 }, embed: null },
			{ story: { lcpMs: { maxOverFloor: 150 }, jsKB: { maxRatio: 1 } }, embed: {} },
			{ floor: 'not measured', story: 'not built', embed: 'not built' }
		);
		const row = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`));
		expect(row('LCP (ms, simulated mobile, median)')).toBe(
			'| LCP (ms, simulated mobile, median) | 1,400 | 1,600 | 1.14× | ≤ floor + 150 | OVER | not built | — |  |'
		);
		expect(row('JS transferred on load')).toContain('| 50.0 | 48.0 | 0.96× | ≤ floor | OK |');
	});
});
