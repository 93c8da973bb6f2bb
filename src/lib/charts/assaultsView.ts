/**
 * What the `assaults` chart shows in each state: assaults on staff by calendar year (bars, serious
 * assaults inside them, 2019 a gap), per day in 2016, and all assaults per 1,000 prisoners.
 */
import { assaultRate, assaultsOnStaff, requireValue, seriousAssaultsOnStaff } from '$lib/data';
import { perDay } from '$lib/data/derive';
import { formatCount, formatDecimal } from '$lib/format';
import type { ChartState } from './ids';
import type {
	CartesianView,
	Cell,
	ChartView,
	Datum,
	DrawnText,
	GapMark,
	Note,
	Phrase,
	SeriesView,
	Slots
} from './view';
import {
	NO_FIGURE,
	asSlot,
	cartesian,
	countOf,
	datumsByYear,
	known,
	yearTicks,
	yScaleFrom
} from './viewHelpers';

export type AssaultsState = ChartState<'assaults'>;

export type AssaultsView = ChartView<CartesianView>;

// The words drawn with the figures are the document's phrases (src/content/charts/assaults.aml).
const assaultText = countOf('assaults-count', formatCount);
/** A count as its table prints it, or the document's words for a year with none. */
const countCell = (n: number | null): Cell => (n === null ? NO_FIGURE : formatCount(n));
/** A year past the series break: its figure is in the revised series (the since-2019 chart). */
const NO_COMPARABLE_FIGURE: Phrase = { form: 'no-comparable-figure' };
/** A plotted rate as its summary reads it: the year, and the rate or the words for none. */
const cellsOf = (d: Datum): Slots => ({
	when: d.label,
	rate: [d.y === null ? NO_FIGURE : { form: 'rate', slots: { count: formatCount(d.y) } }]
});
/** A gap's label on the axis: its period and why it has no bar, "2019: no comparable figure". */
const gapLabel = (d: Datum): Phrase => ({
	form: 'gap',
	slots: { when: d.label, what: asSlot(d.text) }
});
const DRAWN_TO: Record<Exclude<AssaultsState, 'assault-rate'>, number> = {
	'staff-2010': 2010,
	'staff-2016': 2016,
	'staff-per-day': 2016,
	'staff-2018': 2019
};

function note(d: Datum, text: DrawnText, tone: Note['tone'] = 'accent', dot = false): Note {
	return { x: d.x, y: d.y ?? 0, text, tone, dot, place: 'above' };
}

export function assaultsView(state: AssaultsState): AssaultsView {
	const xDomain: [number, number] = [2009.4, 2019.6];
	const xTicks = yearTicks(2010, 2018);
	const first = requireValue(assaultsOnStaff, 2010);

	if (state === 'assault-rate') {
		const data = datumsByYear(assaultRate, countOf('rate', formatCount), (o) => o.year <= 2019);
		const y = yScaleFrom(Math.max(...known(data)), formatCount, 5);
		const a = data.find((d) => d.y !== null)!;
		const peak = data.reduce((p, d) => ((d.y ?? -Infinity) > (p.y ?? -Infinity) ? d : p));
		return {
			chart: cartesian(xDomain, xTicks, y, {
				series: [
					{ id: assaultRate.id, name: assaultRate.title, form: 'line', tone: 'series-2', data }
				],
				notes: [
					note(a, formatCount(a.y!), 'series-2', true),
					// The peak, not the last year: adjacent labels would collide on a phone, and the
					// 2019 value (a changed definition) is in the finding, the table and the tooltip.
					note(peak, formatCount(peak.y!), 'series-2', true)
				],
				gaps: []
			}),
			summary: {
				form: 'assault-rate',
				slots: { rows: data.map((d) => ({ form: 'year-rate', slots: cellsOf(d) })) }
			},
			table: {
				caption: { form: 'assault-rate' },
				columns: { form: 'assault-rate' },
				rows: data.map((d) => [d.label, countCell(d.y)])
			}
		};
	}

	const to = DRAWN_TO[state];
	// This chapter draws the figures as first published; from the series break (2019) MoJ's
	// revised series runs lower, so those years are shown as gaps here and charted in `since-2019`.
	const breakYear = assaultsOnStaff.breaks?.[0]?.year ?? Infinity;
	const bars = datumsByYear(assaultsOnStaff, assaultText, (o) => o.year <= to).map((d) =>
		d.x >= breakYear ? { ...d, y: null, text: NO_COMPARABLE_FIGURE } : d
	);
	const series: SeriesView[] = [
		{
			id: assaultsOnStaff.id,
			name: assaultsOnStaff.title,
			form: 'bars',
			tone: 'accent',
			data: bars
		}
	];
	const y = yScaleFrom(
		Math.max(requireValue(assaultsOnStaff, 2018), ...known(bars)),
		formatCount,
		6
	);
	const at = (year: number) => bars.find((d) => d.x === year)!;
	const notes: Note[] = [];
	const gaps: GapMark[] = [];
	let columns = 'bars';
	let rows: Cell[][] = bars.map((d) => [d.label, countCell(d.y)]);
	let summary: Phrase = { form: 'bars', slots: {} };

	if (state === 'staff-2010') {
		notes.push(note(at(2010), formatCount(first)));
	} else if (state === 'staff-2016') {
		const v = requireValue(assaultsOnStaff, 2016);
		notes.push(note(at(2010), formatCount(first), 'series-3'), note(at(2016), formatCount(v)));
	} else if (state === 'staff-per-day') {
		const v = requireValue(assaultsOnStaff, 2016);
		const day = perDay(v, 2016)!;
		notes.push(note(at(2016), { form: 'per-day', slots: { perDay: formatDecimal(day, 1) } }));
		summary = {
			form: 'staff-per-day',
			slots: { when: at(2016).label, perDay: formatDecimal(day, 1) }
		};
		rows = rows.map((r) => (r[0] === at(2016).label ? [...r, formatDecimal(day, 1)] : [...r, '']));
		columns = 'staff-per-day';
	} else {
		const v = requireValue(assaultsOnStaff, 2018);
		const serious = datumsByYear(
			seriousAssaultsOnStaff,
			countOf('serious-count', formatCount),
			(o) => o.year <= 2019
		);
		series.push({
			id: seriousAssaultsOnStaff.id,
			name: seriousAssaultsOnStaff.title,
			form: 'bars',
			tone: 'ink',
			data: serious
		});
		notes.push(note(at(2010), formatCount(first), 'series-3'), note(at(2018), formatCount(v)));
		for (const d of bars) gaps.push(...(d.y === null ? [{ x: d.x, label: gapLabel(d) }] : []));
		rows = bars.map((d) => {
			const s = serious.find((e) => e.x === d.x);
			return [
				d.label,
				d.y === null && d.x >= breakYear ? NO_COMPARABLE_FIGURE : countCell(d.y),
				countCell(s?.y ?? null)
			];
		});
		columns = 'staff-2018';
		// MoJ's own caveats (series notes): recording refined in April 2017; youth estate excluded
		// from April 2018. A multiple across those changes must carry them.
	}

	return {
		chart: cartesian(xDomain, xTicks, y, {
			series,
			notes,
			gaps,
			barHalfWidth: 0.36
		}),
		summary: {
			...summary,
			slots: {
				...summary.slots,
				rows: rows.map(([when, count]) => ({
					form: 'year-count',
					slots: { when: when as string, count: asSlot(count) }
				}))
			}
		},
		table: { caption: { form: 'bars' }, columns: { form: columns }, rows }
	};
}
