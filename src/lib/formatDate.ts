/**
 * How dates read on screen: "15 Nov 2016", "May 2016". A module of its own, apart from ./format:
 * the charts format numbers in the browser, while dates are written into the words at build time,
 * so the date formatter (d3-time-format and the locale it sets up when loaded) never ships with a
 * chart's code.
 */
import { utcFormat, utcParse } from 'd3-time-format';

const day = utcFormat('%-d %b %Y');
const month = utcFormat('%b %Y');
const dayOfYear = utcFormat('%-d %B');
const parseDay = utcParse('%Y-%m-%d');
const parseMonth = utcParse('%Y-%m');

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

/**
 * The day of the year an ISO date falls on, as a count's date reads in a caption: '2010-03-31' →
 * '31 March'. Parsed as UTC, like formatDate.
 */
export function formatDayOfYear(iso: string): string {
	const date = parseDay(iso);
	if (!date)
		throw new Error(`formatDayOfYear: expected an ISO date YYYY-MM-DD, got ${JSON.stringify(iso)}`);
	return dayOfYear(date);
}
