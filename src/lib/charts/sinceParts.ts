/**
 * The pieces every state of the `since-2019` chart is drawn from: its year ticks, the shaded
 * COVID-19 years, rules at declared series breaks, a series split at its break, and the chart's
 * frame. Pure; sinceView.ts composes them, one state at a time.
 */
import { formatCount } from '$lib/format';
import { timeline } from '$lib/data';
import type { Series } from '$lib/data/types';
import type {
	BreakMark,
	CartesianView,
	Datum,
	DrawnText,
	SeriesView,
	SpanMark,
	Tick
} from './view';
import { cartesian, yearTicks } from './viewHelpers';

/**
 * The calendar years shaded as COVID-19 years. Restricted regimes began with the lockdown of
 * 24 Mar 2020 (a timeline event) and ran through 2021: MoJ's statistician describes the period
 * as exceptional, recorded assaults fell to their lowest in 2020–2021 and the 2021 deaths include
 * COVID-19 deaths (reference/since-2019 README §2.4). No official end date is published.
 */
const COVID_LAST_YEAR = 2021;

/** Four year ticks, ending on the latest calendar year: eight would crowd a 360 px phone. */
const TICKS = yearTicks(2012, 2024, 4);

/** The first and last calendar years the COVID-19 span shades, as a summary's slots. */
export function covidSpanYears(): { covidFrom: string; covidTo: string } {
	const span = covidSpan();
	return { covidFrom: String(span.from + 0.5), covidTo: String(span.to - 0.5) };
}

export function covidSpan(): SpanMark {
	const id = 'covid-lockdown-2020-03-24';
	const lockdown = timeline.events.find((e) => e.id === id);
	if (!lockdown) throw new Error(`sinceView: the timeline has no event "${id}"`);
	const first = Number(lockdown.date.slice(0, 4));
	return {
		from: first - 0.5,
		to: COVID_LAST_YEAR + 0.5,
		label: { form: 'covid-regimes' },
		short: { form: 'covid' }
	};
}

/** A calendar-year series' declared breaks as rules between the two years either side. */
export function breakMarks(series: Series): BreakMark[] {
	return (series.breaks ?? []).map((b) => ({ x: b.year - 0.5, label: { form: 'series-break' } }));
}

/** The series' figure of its latest period, with that period. */
export function latest(series: Series): Datum & { y: number } {
	const o = series.observations.filter((x) => x.value !== null).at(-1)!;
	return { x: o.year, y: o.value!, label: o.label, text: formatCount(o.value), source: o.source };
}

/** A plotted series under its own id and title. */
export function drawn(
	series: Series,
	form: SeriesView['form'],
	tone: SeriesView['tone'],
	data: Datum[]
): SeriesView {
	return { id: series.id, name: series.title, form, tone, data };
}

/**
 * A calendar-year series as two series either side of its first declared break, earlier in a
 * quiet tone, so figures that do not compare never read as one run.
 */
export function splitAtBreak(
	series: Series,
	data: Datum[],
	form: SeriesView['form'],
	names: { before: [id: string, name: DrawnText]; after: [id: string, name: DrawnText] }
): [SeriesView, SeriesView] {
	const at = series.breaks?.[0]?.year ?? Infinity;
	const part = ([id, name]: [string, DrawnText], tone: SeriesView['tone'], keep: boolean) => ({
		id: `${series.id}-${id}`,
		name,
		form,
		tone,
		data: data.filter((d) => d.x >= at === keep)
	});
	return [part(names.before, 'series-3', false), part(names.after, 'accent', true)];
}

/** The chart's frame for a state: its x domain, the shared year ticks and the y scale. */
export function frame(
	xDomain: [number, number],
	y: { domain: [number, number]; ticks: Tick[] },
	rest: Omit<CartesianView, 'xDomain' | 'yDomain' | 'xTicks' | 'yTicks'>
): CartesianView {
	return cartesian(xDomain, TICKS, y, rest);
}
