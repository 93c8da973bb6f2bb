/**
 * Vintages and series breaks. A figure is either as first published or from a later revision,
 * and MoJ's revisions (and definition changes) can move a whole run of years: the assaults series
 * after 2019 runs lower than the 2010–2018 figures as first published. Splicing two vintages into
 * one line would draw a change that is partly an artefact, so a series may mix vintages only where
 * data/sources.ts declares a break, with its reason; charts draw every declared break.
 *
 * Pure: it reads the raw text only to name the line of a row, and throws DataError-style lists of
 * `file:line: vintage: reason` so the build can report them beside every other problem.
 */
import type { Observation, PeriodKind, SeriesBreak, VintageSpan } from '../src/lib/data/types';

type Vintage = VintageSpan['vintage'];

/** How a series' rows divide into vintages, and where the series declares a break. */
export interface VintageSpec {
	/** The vintage of a row whose source is not listed in `bySource`. */
	default: Vintage;
	/** The vintage of rows citing a given source id, where it differs from `default`. */
	bySource?: Record<string, Vintage>;
	/**
	 * Breaks: from the period `from` (written as in the raw file's period column), the series is
	 * not comparable with what came before, for `reason` (one sentence a caption can show).
	 */
	breaks?: { from: string; reason: string }[];
}

/** Problems found by checkVintages, one `file:line: vintage: reason` each. */
export class VintageError extends Error {
	constructor(readonly errors: string[]) {
		super(errors.join('\n'));
		this.name = 'VintageError';
	}
}

/** The raw period cell an observation was read from: `2019`, `2019-03-31` or `12m-to-2019-06`. */
export function rawPeriod(o: Pick<Observation, 'date' | 'year'>, kind: PeriodKind): string {
	if (kind === 'calendar-year') return String(o.year);
	if (kind === 'point-in-time') return o.date;
	return `12m-to-${o.date.slice(0, 7)}`;
}

/** Line numbers of a raw series CSV by its period cell (the first column, never quoted). */
export function linesByPeriod(text: string): Map<string, number> {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const found = new Map<string, number>();
	lines.forEach((line, i) => {
		if (i > 0 && line.trim()) found.set(line.slice(0, line.indexOf(',')), i + 1);
	});
	return found;
}

/**
 * Check a parsed series against its vintage spec and return its vintage spans and breaks.
 * Throws VintageError when two neighbouring figures (gaps skipped) are of different vintages
 * with no break declared at the later one, when a break names a period the file does not hold
 * or gives no reason, or when `bySource` names a source no row cites.
 */
export function checkVintages(
	observations: readonly Observation[],
	kind: PeriodKind,
	spec: VintageSpec,
	file: string,
	lines: ReadonlyMap<string, number>
): { vintages: VintageSpan[]; breaks: SeriesBreak[] } {
	const errors: string[] = [];
	const lineOf = (o: Observation) => lines.get(rawPeriod(o, kind)) ?? 0;
	const vintageOf = (o: Observation) => spec.bySource?.[o.source] ?? spec.default;
	const declared = new Map<string, string>();
	for (const b of spec.breaks ?? []) {
		if (!b.reason.trim()) errors.push(`${file}: vintage: the break at ${b.from} needs a reason`);
		if (!observations.some((o) => rawPeriod(o, kind) === b.from)) {
			errors.push(`${file}: vintage: a break is declared at ${b.from}, but no row has that period`);
		}
		declared.set(b.from, b.reason);
	}
	for (const id of Object.keys(spec.bySource ?? {})) {
		if (!observations.some((o) => o.source === id)) {
			errors.push(`${file}: vintage: bySource names ${id}, which no row cites`);
		}
	}
	const vintages: VintageSpan[] = [];
	let previous: Observation | undefined;
	for (const o of observations) {
		const period = rawPeriod(o, kind);
		if (declared.has(period)) previous = undefined;
		if (o.value === null) continue;
		const vintage = vintageOf(o);
		const span = vintages.at(-1);
		if (previous && vintageOf(previous) !== vintage) {
			errors.push(
				`${file}:${lineOf(o)}: vintage: ${period} is ${vintage} (source ${o.source}) but ${rawPeriod(previous, kind)} on line ${lineOf(previous)} is ${vintageOf(previous)}, and no break is declared at ${period}; declare one in data/sources.ts with its reason, or use figures of one vintage`
			);
		}
		if (span && span.vintage === vintage && previous) {
			span.to = o.label;
		} else {
			vintages.push({ vintage, from: o.label, to: o.label });
		}
		previous = o;
	}
	if (errors.length) throw new VintageError(errors);
	const breaks: SeriesBreak[] = (spec.breaks ?? []).map((b) => {
		const o = observations.find((x) => rawPeriod(x, kind) === b.from)!;
		return { date: o.date, year: o.year, label: o.label, reason: b.reason };
	});
	return { vintages, breaks };
}
