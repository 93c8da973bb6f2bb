/**
 * Reading a raw CSV into rows, on csv-parse (RFC 4180: quoted commas, doubled quotes and line
 * breaks inside quotes), with every problem reported as `file:line: column: reason`.
 */
import { parse } from 'csv-parse/sync';

/** How many problems a build lists; past that it gives the count, so a broken file stays readable. */
export const MAX_ERRORS = 50;

/** All the problems found in one or more raw files, one `file:line: column: reason` per entry. */
export class DataError extends Error {
	/**
	 * @param errors the problems listed (at most MAX_ERRORS when built from a Problems list)
	 * @param total how many were found in all, listed or not
	 */
	constructor(
		readonly errors: string[],
		readonly total = errors.length
	) {
		const more = total - errors.length;
		super(errors.join('\n') + (more > 0 ? `\n… and ${more} more` : ''));
		this.name = 'DataError';
	}
}

/**
 * A list of problems that keeps the first MAX_ERRORS and counts the rest, so 130,000 bad rows
 * cost a counter, not 130,000 strings or an argument list that overflows the stack.
 */
export class Problems {
	readonly listed: string[] = [];
	total = 0;

	add(message: string): void {
		this.total += 1;
		if (this.listed.length < MAX_ERRORS) this.listed.push(message);
	}

	/** Take in every problem a check threw (a DataError's list and count, or one message). */
	absorb(error: unknown): void {
		if (error instanceof DataError) {
			for (const message of error.errors) this.add(message);
			this.total += error.total - error.errors.length;
		} else this.add((error as Error).message);
	}

	/** Run a check; on failure record its problems and return undefined. */
	attempt<T>(check: () => T): T | undefined {
		try {
			return check();
		} catch (error) {
			this.absorb(error);
			return undefined;
		}
	}

	get size(): number {
		return this.total;
	}

	/** Throw every recorded problem as one DataError, if there is any. */
	throwIfAny(): void {
		if (this.total) throw new DataError([...this.listed], this.total);
	}
}

/** One data row of a CSV: the 1-based line it starts on and its cells by column name. */
export interface CsvRow {
	line: number;
	cells: Record<string, string>;
}

// Control characters other than a line break (tab, CR, NUL, escape…) have no place in a cell.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;

function describeCsvError(code: string | undefined, message: string): string {
	if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'row: text after a closing quote';
	if (code === 'CSV_QUOTE_NOT_CLOSED') return 'row: unterminated quoted cell';
	return `row: ${message}`;
}

/** Split CSV text into rows, checking the header is exactly `columns`; throws every problem. */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvRow[] {
	let records: { record: string[]; raw: string }[];
	try {
		// Cell counts are checked below rather than by csv-parse, whose per-error bookkeeping
		// costs about 0.1 ms a row: a file of 130,000 bad rows would take 15 s to report.
		records = parse(text.replace(/^\uFEFF/, ''), {
			raw: true,
			relax_column_count: true
		}) as unknown as typeof records;
	} catch (error) {
		// A quoting error: past it the parser's idea of where cells end is no longer the author's,
		// so the file is reported up to there, at the line where csv-parse stopped.
		const { code, message, lines } = error as { code?: string; message: string; lines?: number };
		throw new DataError([`${file}:${lines ?? 1}: ${describeCsvError(code, message)}`]);
	}
	const expected = columns.join(',');
	const header = records[0]?.record.join(',') ?? '';
	if (header !== expected) {
		throw new DataError([
			`${file}:1: header: expected "${expected}", got ${JSON.stringify(header)}`
		]);
	}
	const problems = new Problems();
	const rows: CsvRow[] = [];
	// A record's raw text holds the line breaks inside its quotes, and the one that ends it
	// unless it is the last line of a file without a final newline.
	let line = 1;
	for (const { record, raw } of records) {
		const start = line;
		line += 1 + (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
		if (start === 1) continue;
		if (record.length === 1 && record[0] === '') {
			problems.add(`${file}:${start}: row: blank line`);
			continue;
		}
		if (record.length !== columns.length) {
			problems.add(`${file}:${start}: row: expected ${columns.length} cells, got ${record.length}`);
			continue;
		}
		const cells: Record<string, string> = {};
		columns.forEach((column, i) => {
			const value = record[i].replaceAll('\r\n', '\n');
			if (CONTROL.test(value))
				problems.add(
					`${file}:${start}: ${column}: a control character (such as NUL, tab or CR) in the cell`
				);
			cells[column] = value;
		});
		rows.push({ line: start, cells });
	}
	problems.throwIfAny();
	return rows;
}
