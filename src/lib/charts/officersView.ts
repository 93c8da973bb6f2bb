/**
 * What the `officers` chart shows in each state: band 3–5 officers (FTE, 31 March each year), the
 * 2016 lows, and prisoners per officer. A pure function of the state.
 */
import { observationIn, officers, officersLow2016, population, requireValue } from '$lib/data';
import { prisonersPerOfficer } from '$lib/data/derive';
import { formatCount, formatDecimal } from '$lib/format';
import type { ChartState } from './ids';
import type { CartesianView, Cell, ChartView, Datum, Note, Phrase, SeriesView } from './view';
import {
	NO_FIGURE,
	asSlot,
	cartesian,
	countOf,
	datumsByDate,
	lowest,
	note,
	yearTicks,
	yScaleFrom
} from './viewHelpers';

export type OfficersState = ChartState<'officers'>;

export type OfficersView = ChartView<CartesianView>;

// The words drawn with the figures are the document's phrases (src/content/charts/officers.aml).
const officerText = countOf('officers-count', formatCount);
const ratioText = (n: number): Phrase => ({
	form: 'ratio-value',
	slots: { ratio: formatDecimal(n, 1) }
});

/** Last year each state draws the officers line to. */
const DRAWN_TO: Record<Exclude<OfficersState, 'prisoners-per-officer'>, number> = {
	'officers-2010': 2010,
	'officers-2014': 2014,
	'officers-low-2016': 2016,
	'recruitment-target': 2018,
	'officers-2019': 2019
};

/** Prisoners (30 June) per band 3–5 officer (31 March) of each year up to `toYear`, gaps dropped. */
function ratioSeries(toYear = 2016): { year: number; label: string; value: number }[] {
	return prisonersPerOfficer(population, officers)
		.filter((r): r is { year: number; value: number } => r.year <= toYear && r.value !== null)
		.map((r) => ({ ...r, label: String(r.year) }));
}

export function officersView(state: OfficersState): OfficersView {
	const first = requireValue(officers, 2010);
	const xDomain: [number, number] = [2010, 2019.5];
	const xTicks = yearTicks(2010, 2018);
	const caption = officers.title;

	if (state === 'prisoners-per-officer') {
		const ratios = ratioSeries(2016);
		const data: Datum[] = ratios.map((r) => ({
			x: yearFraction(r.year),
			y: r.value,
			label: r.label,
			text: ratioText(r.value)
		}));
		const y = yScaleFrom(
			Math.max(...data.map((d) => d.y ?? 0)) * 1.15,
			(n) => formatDecimal(n, 0),
			4
		);
		const a = data[0];
		const b = data[data.length - 1];
		return {
			chart: cartesian(xDomain, xTicks, y, {
				series: [
					{
						id: 'prisoners-per-officer',
						name: { form: 'prisoners-per-officer' },
						form: 'line',
						tone: 'accent',
						data
					}
				],
				notes: [
					note(a, formatDecimal(a.y!, 1), 'series-3', 'below'),
					note(b, { form: 'ratio-in', slots: { ratio: formatDecimal(b.y!, 1), when: b.label } })
				],
				gaps: []
			}),
			sources: [
				...new Set(
					ratios.flatMap((r) => [
						observationIn(population, r.year)!.source,
						observationIn(officers, r.year)!.source
					])
				)
			],
			summary: {
				form: 'ratio',
				slots: {
					rows: data.map((d) => ({
						form: 'year-ratio',
						slots: { when: d.label, ratio: formatDecimal(d.y!, 1) }
					}))
				}
			},
			table: {
				caption: { form: 'ratio' },
				columns: { form: 'ratio' },
				rows: ratios.map((r) => [
					r.label,
					formatCount(observationIn(population, r.year)!.value!),
					formatCount(observationIn(officers, r.year)!.value!),
					formatDecimal(r.value, 1)
				])
			}
		};
	}

	const to = DRAWN_TO[state];
	const line = datumsByDate(officers, officerText, (o) => o.year <= to);
	const series: SeriesView[] = [
		{ id: 'officers', name: caption, form: 'line', tone: 'accent', data: line }
	];
	const y = yScaleFrom(Math.max(first, ...line.map((d) => d.y ?? 0)), formatCount, 6);
	const at = (year: number) => line.find((d) => Math.floor(d.x) === year)!;
	const notes: Note[] = [];
	const rows: [string, Cell][] = line.map((d) => [d.label, formatCount(d.y!)]);

	const last = at(to);
	if (state === 'officers-2010') {
		notes.push(note(last, officerText(first)));
	} else if (state === 'officers-2014') {
		const v = requireValue(officers, 2014);
		notes.push(note(at(2010), formatCount(first), 'series-3', 'below'), note(last, formatCount(v)));
	} else if (state === 'officers-low-2016') {
		const low = lowest2016();
		const lows = datumsByDate(officersLow2016, officerText, (o) => o.year === 2016);
		series.push({
			id: 'officers-low-2016',
			name: officersLow2016.title,
			form: 'line',
			tone: 'accent',
			dashed: true,
			data: [line[line.length - 1], ...lows]
		});
		const lowDatum = lows.find((d) => d.y === low.value)!;
		notes.push(
			note(at(2010), formatCount(first), 'series-3', 'below'),
			note(
				lowDatum,
				{ form: 'count-on', slots: { count: formatCount(low.value), when: low.label } },
				'accent',
				'below'
			)
		);
		rows.push(
			...officersLow2016.observations
				.filter((o) => o.year === 2016)
				.map((o): [string, Cell] => [o.label, o.value === null ? NO_FIGURE : formatCount(o.value)])
		);
	} else if (state === 'recruitment-target') {
		notes.push(
			note(at(2014), formatCount(requireValue(officers, 2014)), 'series-3', 'below'),
			note(last, formatCount(last.y!))
		);
	} else {
		const v = last.y!;
		notes.push(note(at(2010), formatCount(first), 'series-3', 'below'), note(last, formatCount(v)));
	}

	return {
		chart: cartesian(xDomain, xTicks, y, {
			series,
			notes,
			gaps: []
		}),
		summary: {
			form: 'line',
			slots: {
				rows: rows.map(([date, count]) => ({
					form: 'date-count',
					slots: { date, count: asSlot(count) }
				}))
			}
		},
		table: { caption: { form: 'line' }, columns: { form: 'line' }, rows }
	};
}

function yearFraction(year: number): number {
	return observationIn(officers, year)
		? datumsByDate(officers, String, (o) => o.year === year)[0].x
		: year;
}

/** The lowest point-in-time count of 2016. */
function lowest2016() {
	return lowest({
		...officersLow2016,
		observations: officersLow2016.observations.filter((o) => o.year === 2016)
	});
}
