/**
 * The `since-2019` chart's deaths state: all deaths in custody and self-inflicted deaths by
 * calendar year to the latest, the COVID-19 years shaded, and the latest rolling 12-month totals
 * dashed where a calendar year would end. Pure; sinceView.ts picks it for `deaths-2024`.
 */
import { deaths, deathsRolling, selfInflictedDeaths } from '$lib/data';
import { formatCount } from '$lib/format';
import { yearFraction } from './geometry';
import type { CartesianView, ChartView, Phrase, SeriesView } from './view';
import { NO_FIGURE, countOf, datumsByYear, known, note, yScaleFrom } from './viewHelpers';
import { covidSpan, covidSpanYears, drawn, frame, latest } from './sinceParts';

export function deathsState(): ChartView<CartesianView> {
	const text = countOf('deaths-count', formatCount);
	const all = drawn(deaths, 'area', 'accent', datumsByYear(deaths, text));
	const self = drawn(
		selfInflictedDeaths,
		'line',
		'series-2',
		datumsByYear(selfInflictedDeaths, text)
	);
	// A 12-month total ending at `date` sits where a calendar year ending then would: calendar
	// years are drawn at their whole year (2024 ends at 2025.0), so one year before its end.
	const rolling: SeriesView = {
		id: deathsRolling.id,
		name: { form: 'all-deaths-rolling' },
		form: 'line',
		tone: 'accent',
		dashed: true,
		data: deathsRolling.observations.map((o) => ({
			x: yearFraction(o.date) - 1 + 1 / 365,
			y: o.value,
			label: o.label,
			text: o.value === null ? NO_FIGURE : text(o.value),
			source: o.source
		}))
	};
	const last = latest(deaths);
	const roll = rolling.data.at(-1)!;
	const peak2021 = all.data.find((d) => d.x === 2021)!;
	const y = yScaleFrom(Math.max(...known(all.data), ...known(rolling.data)), formatCount, 5);
	const years = all.data.map((d) => d.x);
	const rows = [
		...years.map((x) => [
			String(x),
			formatCount(all.data.find((d) => d.x === x)?.y ?? null),
			formatCount(self.data.find((d) => d.x === x)?.y ?? null)
		]),
		...rolling.data.map((d) => [d.label, formatCount(d.y), formatCount(null)])
	];
	return {
		chart: frame([2010, 2025], y, {
			series: [all, self, rolling],
			notes: [
				// Below their points: above, they meet the rolling total's label at the right edge.
				// The latest calendar year's figure is the finding's; the legend names its line.
				note(peak2021, formatCount(peak2021.y), 'series-3', 'below'),
				note(last, formatCount(last.y), 'accent', 'below'),
				note(
					roll,
					{ form: 'count-period', slots: { count: formatCount(roll.y), when: roll.label } },
					'accent',
					'above'
				)
			],
			gaps: [],
			spans: [covidSpan()]
		}),
		summary: {
			form: 'deaths-2024',
			slots: {
				from: all.data[0].label,
				to: last.label,
				...covidSpanYears(),
				rows: rows.map(([when, deaths, self]): Phrase =>
					self === formatCount(null)
						? { form: 'deaths', slots: { when, deaths } }
						: { form: 'deaths-self', slots: { when, deaths, self } }
				)
			}
		},
		table: { caption: { form: 'deaths-2024' }, columns: { form: 'deaths-2024' }, rows }
	};
}
