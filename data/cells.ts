/**
 * Cell parsers for the raw CSVs: each reads one cell, or throws naming where
 * (`file:line: column`) and why. None yields NaN, Infinity or a number the file did not say.
 */
import type { PeriodKind } from '../src/lib/data/types';
import { dayLabel, monthLabel } from './labels';

/** The years this story covers; a date outside them is a typing error. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2025;

/**
 * Parse a required whole number, written as the sources print it: no sign on zero, no leading
 * zero, no exponent, and exact (within 2^53). Throws, naming where, instead of yielding NaN.
 */
export function int(value: string | undefined, where: string): number {
	if (!value || !/^-?(0|[1-9]\d*)$/.test(value) || value === '-0') {
		throw new Error(`${where}: expected a whole number, got ${JSON.stringify(value ?? '')}`);
	}
	const n = Number(value);
	if (!Number.isSafeInteger(n))
		throw new Error(`${where}: ${value} is too large to hold exactly (over 2^53)`);
	return n;
}

/** Parse a required whole number that counts something, so cannot be negative. */
export function count(value: string | undefined, where: string): number {
	const n = int(value, where);
	if (n < 0) throw new Error(`${where}: a count cannot be negative, got ${n}`);
	return n;
}

/**
 * Parse a required decimal number (no exponent, no thousands separator, no leading zero, no
 * negative zero). Never yields NaN or Infinity.
 */
export function decimal(value: string | undefined, where: string): number {
	if (!value || !/^-?(0|[1-9]\d*)(\.\d+)?$/.test(value) || /^-0(\.0+)?$/.test(value)) {
		throw new Error(`${where}: expected a number, got ${JSON.stringify(value ?? '')}`);
	}
	const n = Number(value);
	if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER)
		throw new Error(`${where}: ${value.slice(0, 20)}… is too large to hold exactly`);
	return n;
}

/** Parse a non-negative rate, e.g. assaults per 1,000 prisoners. */
export function rate(value: string | undefined, where: string): number {
	const n = decimal(value, where);
	if (n < 0) throw new Error(`${where}: a rate cannot be negative, got ${n}`);
	return n;
}

/** Parse a percentage between 0 and 100 (42 means 42%). */
export function percent(value: string | undefined, where: string): number {
	const n = decimal(value, where);
	if (n < 0 || n > 100) throw new Error(`${where}: a percentage must be 0–100, got ${n}`);
	return n;
}

function checkYear(year: number, shown: string, where: string): void {
	if (year < FIRST_YEAR || year > LAST_YEAR) {
		throw new Error(`${where}: date ${shown} is outside ${FIRST_YEAR}–${LAST_YEAR}`);
	}
}

/** Parse an ISO date `YYYY-MM-DD` that exists and falls within the story's years. */
export function isoDate(value: string | undefined, where: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
	if (!match)
		throw new Error(`${where}: expected a date YYYY-MM-DD, got ${JSON.stringify(value ?? '')}`);
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	if (
		date.getUTCFullYear() !== year ||
		date.getUTCMonth() !== month - 1 ||
		date.getUTCDate() !== day
	) {
		throw new Error(`${where}: date ${value} does not exist`);
	}
	checkYear(year, value!, where);
	return value!;
}

/** Parse a month `YYYY-MM` within the story's years; returns the first of the month. */
export function yearMonth(value: string | undefined, where: string): string {
	const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
	if (!match)
		throw new Error(`${where}: expected a month YYYY-MM, got ${JSON.stringify(value ?? '')}`);
	const [year, month] = match.slice(1).map(Number);
	if (month < 1 || month > 12) throw new Error(`${where}: month ${value} does not exist`);
	checkYear(year, value!, where);
	return `${value}-01`;
}

/** What a raw `period` cell means: the date it ends on, its year and how it reads. */
export interface Period {
	date: string;
	year: number;
	label: string;
}

function lastDayOfMonth(firstOfMonth: string): string {
	const [year, month] = firstOfMonth.split('-').map(Number);
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Parse a raw `period` cell of the given kind: `YYYY` (calendar year), `YYYY-MM-DD` (point in
 * time) or `12m-to-YYYY-MM` (12 months to the end of that month). The kind must match the file's.
 */
export function period(value: string | undefined, kind: PeriodKind, where: string): Period {
	const text = value ?? '';
	if (kind === 'calendar-year') {
		if (!/^\d{4}$/.test(text))
			throw new Error(`${where}: expected a year YYYY, got ${JSON.stringify(text)}`);
		const year = Number(text);
		checkYear(year, text, where);
		return { date: `${text}-12-31`, year, label: text };
	}
	if (kind === 'point-in-time') {
		const date = isoDate(text, where);
		return { date, year: Number(date.slice(0, 4)), label: dayLabel(date) };
	}
	const match = /^12m-to-(.*)$/.exec(text);
	if (!match) throw new Error(`${where}: expected 12m-to-YYYY-MM, got ${JSON.stringify(text)}`);
	const first = yearMonth(match[1], where);
	return {
		date: lastDayOfMonth(first),
		year: Number(first.slice(0, 4)),
		label: `12 months to ${monthLabel(first)}`
	};
}

/** Check a cell names a source in the registry. */
export function sourceId(
	value: string | undefined,
	where: string,
	known: ReadonlySet<string>
): string {
	if (!value) throw new Error(`${where}: a source id is required`);
	if (!known.has(value)) throw new Error(`${where}: unknown source id ${JSON.stringify(value)}`);
	return value;
}

/** Check a cell is a kebab-case id such as `protest-2016-11-15`. */
export function kebabId(value: string | undefined, where: string): string {
	if (!value || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) {
		throw new Error(`${where}: expected a kebab-case id, got ${JSON.stringify(value ?? '')}`);
	}
	return value;
}

export function requiredText(value: string | undefined, where: string): string {
	const trimmed = value?.trim() ?? '';
	if (!trimmed) throw new Error(`${where}: text is required`);
	if (trimmed !== value) throw new Error(`${where}: leading or trailing spaces`);
	return trimmed;
}
