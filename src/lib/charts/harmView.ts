/**
 * What the `harm` chart shows in each state: self-harm incidents, self-inflicted deaths, and all
 * deaths in custody, by calendar year. A pure function of the state.
 */
import { deaths, selfHarm, selfInflictedDeaths } from '$lib/data';
import { formatCount } from '$lib/format';
import type { Series } from '$lib/data/types';
import type { ChartState } from './ids';
import type { CartesianView, Cell, ChartView, Datum, Note, SeriesView } from './view';
import {
	NO_FIGURE,
	asSlot,
	cartesian,
	countOf,
	datumsByYear,
	known,
	note,
	yearTicks,
	yScaleFrom
} from './viewHelpers';

export type HarmState = ChartState<'harm'>;

export type HarmView = ChartView<CartesianView>;

/** A point labelled with its own count. */
const countNote = (d: Datum, tone: Note['tone'] = 'accent', place: Note['place'] = 'above') =>
	note(d, formatCount(d.y ?? 0), tone, place);

/**
 * A series drawn as an area, each value read with the document's phrase `count` (`deaths-count`:
 * "{count} deaths").
 */
function line(series: Series, tone: SeriesView['tone'], count: string): SeriesView {
	return {
		id: series.id,
		name: series.title,
		form: 'area',
		tone,
		// This chapter ends in 2019; the later years are charted in `since-2019`.
		data: datumsByYear(series, countOf(count, formatCount), (o) => o.year <= 2019)
	};
}

export function harmView(state: HarmState): HarmView {
	const xDomain: [number, number] = [2010, 2019];
	const xTicks = yearTicks(2010, 2018);
	let series: SeriesView[];
	let notes: Note[];

	if (state === 'self-harm') {
		const s = line(selfHarm, 'accent', 'incidents-count');
		const [a, b, c] = [2010, 2016, 2019].map((y) => s.data.find((d) => d.x === y)!);
		series = [s];
		notes = [countNote(a, 'series-3'), countNote(b, 'series-3'), countNote(c)];
	} else if (state === 'self-inflicted-deaths') {
		const s = line(selfInflictedDeaths, 'accent', 'deaths-count');
		const a = s.data.find((d) => d.x === 2010)!;
		const b = s.data.find((d) => d.x === 2016)!;
		series = [s];
		notes = [countNote(a, 'series-3', 'below'), countNote(b)];
	} else {
		const all = line(deaths, 'accent', 'deaths-count');
		const self = {
			...line(selfInflictedDeaths, 'series-3', 'deaths-count'),
			form: 'line' as const
		};
		const b = all.data.find((d) => d.x === 2016)!;
		series = [all, self];
		notes = [countNote(b)];
	}

	const y = yScaleFrom(Math.max(...series.flatMap((s) => known(s.data))), formatCount, 5);
	const years = [...new Set(series.flatMap((s) => s.data.map((d) => d.x)))].sort((p, q) => p - q);
	const rows: [string, ...Cell[]][] = years.map((x) => [
		String(x),
		...series.map((s): Cell => {
			const d = s.data.find((e) => e.x === x);
			return d?.y == null ? NO_FIGURE : formatCount(d.y);
		})
	]);
	return {
		chart: cartesian(xDomain, xTicks, y, { series, notes, gaps: [] }),
		// Each state has its own frames, naming its series: the document's keys are the states.
		summary: {
			form: state,
			slots: {
				rows: rows.map(([when, first, second]) => ({
					form: second === undefined ? 'year-count' : 'year-counts',
					slots: { when, first: asSlot(first), ...(second && { second: asSlot(second) }) }
				}))
			}
		},
		table: { caption: { form: state }, columns: { form: state }, rows }
	};
}
