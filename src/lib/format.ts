/**
 * How numbers read on screen: "12,345", "+140%". Every figure in the story's copy, tables and
 * captions goes through one of these so they read alike everywhere. A gap (`null`) formats as an
 * en dash, the convention for "no figure" in our tables. Dates are ./formatDate's.
 */
import { format } from 'd3-format';

/** What a gap reads as in a table or a sentence fragment. */
export const GAP = '–';

const count = format(',.0f');

/** A whole number with thousands separators (12,345), so counts read the way the sources print them. */
export function formatCount(value: number | null): string {
	return value === null ? GAP : count(value);
}

/** A number with a fixed count of decimals and thousands separators (3.6, 1,234.5). */
export function formatDecimal(value: number | null, digits = 1): string {
	return value === null ? GAP : format(`,.${digits}f`)(value);
}

/** A value already in percent (42 means 42%) as "42%"; our series store percentages, not fractions. */
export function formatPercent(value: number | null, digits = 0): string {
	return value === null ? GAP : `${format(`,.${digits}f`)(value)}%`;
}

/** A percentage change with its sign (+140%, −26%), as in "up 140% since 2010". */
export function formatChange(value: number | null, digits = 0): string {
	return value === null ? GAP : `${format(`+,.${digits}f`)(value)}%`;
}
