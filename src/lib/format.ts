/**
 * How numbers and dates read on screen: "12,345", "+140%", "15 Nov 2016". Every figure in the
 * story's copy, tables and captions goes through one of these so they read alike everywhere.
 * A gap (`null`) formats as an en dash, the convention for "no figure" in our tables.
 */
import { format } from 'd3-format';
import { utcFormat, utcParse } from 'd3-time-format';

/** What a gap reads as in a table or a sentence fragment. */
export const GAP = '–';

const count = format(',.0f');
const day = utcFormat('%-d %b %Y');
const month = utcFormat('%b %Y');
const parseDay = utcParse('%Y-%m-%d');
const parseMonth = utcParse('%Y-%m');

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

/**
 * An ISO date as the story writes it: '2016-11-15' → '15 Nov 2016'; with month precision
 * ('2016-05' or '2016-05-01') → 'May 2016'. Parsed as UTC so the day never shifts with time zone.
 */
export function formatDate(iso: string, precision: 'day' | 'month' = 'day'): string {
	const date = parseDay(iso) ?? (precision === 'month' ? parseMonth(iso) : null);
	if (!date)
		throw new Error(`formatDate: expected an ISO date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
	return precision === 'month' ? month(date) : day(date);
}
