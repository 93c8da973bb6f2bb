import { describe, expect, it } from 'vitest';
import { GAP, formatChange, formatCount, formatDecimal, formatPercent } from './format';

describe('formatCount(value) and formatChange(value)', () => {
	const formats = { formatCount, formatChange };
	it.each([
		['formatCount', 12345, '12,345'],
		['formatCount', 24830, '24,830'],
		['formatCount', 0, '0'],
		['formatCount', 999, '999'],
		['formatCount', 1234567, '1,234,567'],
		['formatCount', 26.6, '27'],
		['formatChange', 140.3, '+140%'],
		['formatChange', -26.4, '−26%'],
		['formatChange', 0, '+0%']
	] as const)('%s(%d) is %s', (name, value, expected) => {
		expect(formats[name](value)).toBe(expected);
	});
});

describe('formatDecimal(value, digits) and formatPercent(value, digits)', () => {
	const formats = { formatDecimal, formatPercent };
	it.each([
		['formatDecimal', 3.6, 1, '3.6'],
		['formatDecimal', 3.4034, 1, '3.4'],
		['formatDecimal', 1234.5, 1, '1,234.5'],
		['formatDecimal', 2.345, 2, '2.35'],
		['formatDecimal', 7, 0, '7'],
		['formatPercent', 42, 0, '42%'],
		['formatPercent', 13, 0, '13%'],
		['formatPercent', 9.4, 1, '9.4%']
	] as const)('%s(%d, %d) is %s', (name, value, digits, expected) => {
		expect(formats[name](value, digits)).toBe(expected);
	});
});

describe('formatCount, formatDecimal, formatPercent and formatChange', () => {
	it.each([
		['formatCount', formatCount],
		['formatDecimal', formatDecimal],
		['formatPercent', formatPercent],
		['formatChange', formatChange]
	])('%s(null) is the gap mark', (_, format) => {
		expect(format(null)).toBe(GAP);
	});
});
