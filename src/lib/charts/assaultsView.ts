/**
 * What the `assaults` chart shows in each state: assaults on staff by calendar year (bars, serious
 * assaults inside them, 2019 a gap), per day in 2016, and all assaults per 1,000 prisoners.
 */
import { assaultRate, assaultsOnStaff, requireValue, seriousAssaultsOnStaff } from '$lib/data';
import { perDay } from '$lib/data/derive';
import { formatCount, formatDecimal } from '$lib/format';
import { TERMS, copy } from '$lib/sentence';
import type { ChartState } from './ids';
import type { CartesianView, ChartView, Datum, GapMark, Note, SeriesView } from './view';
import { cartesian, datumsByYear, known, yearTicks, yScaleFrom } from './viewHelpers';

export type AssaultsState = ChartState<'assaults'>;

export type AssaultsView = ChartView<CartesianView>;

const assaultText = (n: number) => `${formatCount(n)} assaults`;
const DRAWN_TO: Record<Exclude<AssaultsState, 'assault-rate'>, number> = {
	'staff-2010': 2010,
	'staff-2016': 2016,
	'staff-per-day': 2016,
	'staff-2018': 2019
};

function note(d: Datum, text: string, tone: Note['tone'] = 'accent', dot = false): Note {
	return { x: d.x, y: d.y ?? 0, text, tone, dot, place: 'above' };
}

export function assaultsView(state: AssaultsState): AssaultsView {
	const xDomain: [number, number] = [2009.4, 2019.6];
	const xTicks = yearTicks(2010, 2018);
	const first = requireValue(assaultsOnStaff, 2010);

	if (state === 'assault-rate') {
		const data = datumsByYear(
			assaultRate,
			(n) => `${formatCount(n)} ${assaultRate.unit}`,
			(o) => o.year <= 2019
		);
		const y = yScaleFrom(Math.max(...known(data)), formatCount, 5);
		const a = data.find((d) => d.y !== null)!;
		const peak = data.reduce((p, d) => ((d.y ?? -Infinity) > (p.y ?? -Infinity) ? d : p));
		return {
			chart: cartesian(xDomain, xTicks, y, {
				yUnit: TERMS.perThousand,
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
			summary: copy`Line chart of ${assaultRate.title.toLowerCase()}: ${data.map((d) => `${d.label}, ${d.text}`).join('; ')}.`,
			table: {
				caption: `${assaultRate.title} (${assaultRate.unit})`,
				columns: ['Year', assaultRate.title],
				rows: data.map((d) => [d.label, d.y === null ? 'no figure' : formatCount(d.y)])
			}
		};
	}

	const to = DRAWN_TO[state];
	// This chapter draws the figures as first published; from the series break (2019) MoJ's
	// revised series runs lower, so those years are shown as gaps here and charted in `since-2019`.
	const breakYear = assaultsOnStaff.breaks?.[0]?.year ?? Infinity;
	const bars = datumsByYear(assaultsOnStaff, assaultText, (o) => o.year <= to).map((d) =>
		d.x >= breakYear ? { ...d, y: null, text: 'no comparable figure' } : d
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
	const columns = ['Year', 'Assaults on staff'];
	let rows = bars.map((d) => [d.label, d.y === null ? 'no figure' : formatCount(d.y)]);
	let extra = '';

	if (state === 'staff-2010') {
		notes.push(note(at(2010), formatCount(first)));
	} else if (state === 'staff-2016') {
		const v = requireValue(assaultsOnStaff, 2016);
		notes.push(note(at(2010), formatCount(first), 'series-3'), note(at(2016), formatCount(v)));
	} else if (state === 'staff-per-day') {
		const v = requireValue(assaultsOnStaff, 2016);
		const day = perDay(v, 2016)!;
		notes.push(note(at(2016), `${formatDecimal(day, 1)} a day`));
		extra = copy` In ${at(2016).label} that is ${formatDecimal(day, 1)} a day.`;
		rows = rows.map((r) => (r[0] === at(2016).label ? [...r, formatDecimal(day, 1)] : [...r, '']));
		columns.push('Per day');
	} else {
		const v = requireValue(assaultsOnStaff, 2018);
		const serious = datumsByYear(
			seriousAssaultsOnStaff,
			(n) => `${formatCount(n)} serious assaults`,
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
		for (const d of bars)
			gaps.push(...(d.y === null ? [{ x: d.x, label: `${d.label}: ${d.text}` }] : []));
		rows = bars.map((d) => {
			const s = serious.find((e) => e.x === d.x);
			return [
				d.label,
				d.y === null ? d.text : formatCount(d.y),
				s?.y == null ? 'no figure' : formatCount(s.y)
			];
		});
		columns.push('of which serious');
		// MoJ's own caveats (series notes): recording refined in April 2017; youth estate excluded
		// from April 2018. A multiple across those changes must carry them.
	}

	return {
		chart: cartesian(xDomain, xTicks, y, {
			yUnit: 'assaults',
			series,
			notes,
			gaps,
			barHalfWidth: 0.36
		}),
		summary: copy`Bar chart of ${assaultsOnStaff.title.toLowerCase()} by calendar year: ${rows.map((r) => `${r[0]}, ${r[1]}`).join('; ')}.${extra}`,
		table: { caption: copy`${assaultsOnStaff.title}, by calendar year`, columns, rows }
	};
}
