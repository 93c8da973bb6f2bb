/**
 * Small pure helpers the chart view functions share: turning a Series into plotted data, picking
 * an extreme, year ticks and a y domain with round ticks.
 */
import type { Observation, Series } from '$lib/data/types';
import { niceTicks, yearFraction } from './geometry';
import type { CartesianView, Cell, Datum, DrawnText, Note, Phrase, Tick } from './view';

/** A table cell or a value with no figure: the document's `{phrases}` word it with `no-figure`. */
export const NO_FIGURE: Phrase = { form: 'no-figure' };

/** A cell or drawn words as a slot's filling, so a summary reads a row the way its table does. */
export const asSlot = (cell: Cell | DrawnText): string | Phrase[] =>
	typeof cell === 'string' ? cell : [cell];

/** A count as a phrase of the chart's document: `{count} officers` for `officers-count`. */
export const countOf =
	(form: string, format: (n: number) => string) =>
	(n: number): Phrase => ({ form, slots: { count: format(n) } });

/** Plotted points of the observations `keep` allows, each at `x` of its observation. */
function datums(
	series: Series,
	x: (o: Observation) => number,
	text: (value: number) => DrawnText,
	keep: (o: Observation) => boolean
): Datum[] {
	return series.observations.filter(keep).map((o) => ({
		x: x(o),
		y: o.value,
		label: o.label,
		text: o.value === null ? NO_FIGURE : text(o.value),
		source: o.source
	}));
}

/** Plotted points of a series, x at the date's position in its year (31 Mar ≈ .25). */
export function datumsByDate(
	series: Series,
	text: (value: number) => DrawnText,
	keep: (o: Observation) => boolean = () => true
): Datum[] {
	return datums(series, (o) => yearFraction(o.date), text, keep);
}

/** Plotted points of a calendar-year series, x at the whole year (bars centre on it). */
export function datumsByYear(
	series: Series,
	text: (value: number) => DrawnText,
	keep: (o: Observation) => boolean = () => true
): Datum[] {
	return datums(series, (o) => o.year, text, keep);
}

/** The observation with the smallest value. */
export function lowest(series: Series): Observation & { value: number } {
	const known = series.observations.filter(
		(o): o is Observation & { value: number } => o.value !== null
	);
	return known.reduce((a, b) => (b.value < a.value ? b : a));
}

/** Year ticks every `step` years, labelled "2010". */
export function yearTicks(from: number, to: number, step = 2): Tick[] {
	const ticks: Tick[] = [];
	for (let y = from; y <= to; y += step) ticks.push({ value: y, label: String(y) });
	return ticks;
}

/** A y domain from 0 to a round number at or above `max`, with its ticks formatted. */
export function yScaleFrom(
	max: number,
	format: (n: number) => string,
	count = 5
): { domain: [number, number]; ticks: Tick[] } {
	const values = niceTicks(0, max, count);
	return {
		domain: [0, values[values.length - 1]],
		ticks: values.map((value) => ({ value, label: format(value) }))
	};
}

/** A time chart's frame: its x domain and ticks, a y scale from `yScaleFrom`, and the rest. */
export function cartesian(
	xDomain: [number, number],
	xTicks: Tick[],
	y: { domain: [number, number]; ticks: Tick[] },
	rest: Omit<CartesianView, 'xDomain' | 'yDomain' | 'xTicks' | 'yTicks'>
): CartesianView {
	return { xDomain, yDomain: y.domain, xTicks, yTicks: y.ticks, ...rest };
}

/** A label at a plotted point, with a dot on the point. */
export function note(
	d: Datum,
	text: DrawnText,
	tone: Note['tone'] = 'accent',
	place: Note['place'] = 'above'
): Note {
	return { x: d.x, y: d.y ?? 0, text, tone, dot: true, place };
}

/** Values in `datums` that are numbers. */
export function known(datums: Datum[]): number[] {
	return datums.map((d) => d.y).filter((y): y is number => y !== null);
}

/** The ids of the sources behind what a state draws, in order of first use, each once. */
export function sourceIdsOf(
	series: { data: Datum[] }[],
	extra: (string | undefined)[] = []
): string[] {
	const ids = [...series.flatMap((s) => s.data.map((d) => d.source)), ...extra];
	return [...new Set(ids.filter((id): id is string => !!id))];
}
