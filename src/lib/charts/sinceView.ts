/**
 * What the `since-2019` chart shows in each state: the story's key series carried on from 2010 to
 * the latest official figures. Officers and length of service to 31 Mar 2025; assaults on staff,
 * self-harm and deaths to calendar 2024, with each declared series break drawn as a rule, the
 * COVID-19 years shaded, gaps left as gaps and the rolling 12-month deaths labelled as such.
 * A pure function of the state.
 */
import {
	assaultsOnStaff,
	deaths,
	deathsRolling,
	experience10Plus,
	experienceUnder3,
	officers,
	selfHarm,
	selfInflictedDeaths
} from '$lib/data';
import type { Series } from '$lib/data/types';
import { formatCount, formatPercent } from '$lib/format';
import { TERMS } from '$lib/sentence';
import { yearFraction } from './geometry';
import type { ChartState } from './ids';
import type { CartesianView, ChartView, SeriesView } from './view';
import { datumsByDate, datumsByYear, known, note, yScaleFrom } from './viewHelpers';
import {
	breakMarks,
	covidSpan,
	covidSpanYears,
	drawn,
	frame,
	latest,
	splitAtBreak
} from './sinceParts';

/**
 * Every series the chart draws, in the order its source line and CSV downloads list them: the
 * chart's spec (specs/since-2019.ts) reads this list rather than naming them again.
 */
export const SINCE_SERIES: Series[] = [
	officers,
	experience10Plus,
	experienceUnder3,
	assaultsOnStaff,
	selfHarm,
	deaths,
	selfInflictedDeaths,
	deathsRolling
];

export type SinceState = ChartState<'since-2019'>;

export type SinceView = ChartView<CartesianView>;

const capitalise = (text: string) => text[0].toUpperCase() + text.slice(1);

/** The day of the year the officer counts are taken on, read from the data (`31 March`). */
const officersDay = new Date(`${officers.observations[0].date}T00:00:00Z`).toLocaleDateString(
	'en-GB',
	{ day: 'numeric', month: 'long', timeZone: 'UTC' }
);

const breakSentence = (series: Series) =>
	(series.breaks ?? [])
		.map((b) => ` ${b.reason} Figures either side of the break are not comparable.`)
		.join('');

export function sinceView(state: SinceState): SinceView {
	if (state === 'officers-2025') return officersState();
	if (state === 'experience-2025') return experienceState();
	if (state === 'staff-assaults-2024') return assaultsState();
	if (state === 'self-harm-2024') return selfHarmState();
	return deathsState();
}

function officersState(): SinceView {
	const data = datumsByDate(officers, (n) => `${formatCount(n)} officers`);
	const first = data[0];
	const at2019 = data.find((d) => Math.floor(d.x) === 2019)!;
	const peak = data
		.filter((d) => d.x > at2019.x)
		.reduce((a, b) => ((b.y ?? 0) > (a.y ?? 0) ? b : a));
	const last = data.at(-1)!;
	const y = yScaleFrom(Math.max(...known(data)), formatCount, 6);
	return {
		chart: frame([2010, 2025.5], y, {
			yUnit: 'officers',
			series: [drawn(officers, 'line', 'accent', data)],
			notes: [
				note(first, formatCount(first.y), 'series-3'),
				note(peak, formatCount(peak.y), 'series-3'),
				note(last, formatCount(last.y), 'accent', 'below')
			],
			gaps: []
		}),
		summary: `Line chart of ${officers.title.toLowerCase()} at ${officersDay}, ${first.label} to ${last.label}: ${data.map((d) => `${d.label}, ${d.text}`).join('; ')}.`,
		table: {
			caption: `${officers.title} (${officers.unit}), at ${officersDay}`,
			columns: ['Date', 'Officers (FTE)'],
			rows: data.map((d) => [d.label, formatCount(d.y)])
		}
	};
}

function experienceState(): SinceView {
	const pct = (n: number) => `${formatPercent(n)} of officers`;
	const veteran = drawn(experience10Plus, 'line', 'accent', datumsByYear(experience10Plus, pct));
	const recruit = drawn(experienceUnder3, 'line', 'series-2', datumsByYear(experienceUnder3, pct));
	const v0 = veteran.data[0];
	const v1 = veteran.data.at(-1)!;
	const r1 = recruit.data.at(-1)!;
	const y = yScaleFrom(
		Math.max(...known(veteran.data), ...known(recruit.data)),
		(n) => formatPercent(n),
		5
	);
	const rows = veteran.data.map((d) => [
		d.label,
		formatPercent(d.y),
		formatPercent(recruit.data.find((e) => e.x === d.x)?.y ?? null)
	]);
	return {
		chart: frame([2010, 2025.4], y, {
			yUnit: 'of officers',
			series: [veteran, recruit],
			notes: [
				note(v0, `${formatPercent(v0.y)} ${TERMS.tenPlusShort}`, 'accent'),
				note(
					v1,
					`${formatPercent(v1.y)} ${TERMS.tenPlusShort}`,
					'accent',
					v1.y! < r1.y! ? 'below' : 'above'
				),
				note(
					r1,
					`${formatPercent(r1.y)} ${TERMS.under3Short}`,
					'series-2',
					v1.y! < r1.y! ? 'above' : 'below'
				)
			],
			gaps: []
		}),
		summary: `Line chart of the share of ${TERMS.grades} officers by length of service, ${v0.label} to ${v1.label}: ${rows.map((r) => `${r[0]}, ${r[1]} ten years or more and ${r[2]} under three years`).join('; ')}.`,
		table: {
			caption: `${capitalise(TERMS.grades)} officers by length of service (% of officers)`,
			columns: ['Year', capitalise(TERMS.tenPlus), capitalise(TERMS.under3)],
			rows
		}
	};
}

/** Which vintage a calendar year's figure belongs to, as a reader says it. */
function vintageOf(series: Series, year: number): string {
	const span = series.vintages?.find((v) => Number(v.from) <= year && year <= Number(v.to));
	return span?.vintage === 'revised' ? 'revised series' : span ? 'as first published' : '';
}

function assaultsState(): SinceView {
	const text = (n: number) => `${formatCount(n)} assaults`;
	const all = datumsByYear(assaultsOnStaff, text);
	const [before, after] = splitAtBreak(assaultsOnStaff, all, 'bars', {
		before: ['first-published', 'As first published'],
		after: ['revised', 'Revised series']
	});
	const last = latest(assaultsOnStaff);
	const covid = covidSpan();
	const low = after.data.find((d) => d.x === Math.ceil(covid.from))!;
	const first = after.data[0];
	const y = yScaleFrom(Math.max(...known(all)), formatCount, 6);
	return {
		chart: frame([2009.4, 2024.6], y, {
			yUnit: 'assaults',
			series: [before, after],
			notes: [note(low, formatCount(low.y), 'ink', 'above'), note(last, formatCount(last.y))],
			gaps: all
				.filter((d) => d.y === null)
				.map((d) => ({ x: d.x, label: `${d.label}: no figure` })),
			barHalfWidth: 0.36,
			spans: [covid],
			breaks: breakMarks(assaultsOnStaff)
		}),
		summary: `Bar chart of ${assaultsOnStaff.title.toLowerCase()} by calendar year, ${all[0].label} to ${last.label}, with a series break before ${first.label} and ${COVID_NOTE}: ${all.map((d) => `${d.label}, ${d.text} (${vintageOf(assaultsOnStaff, d.x)})`).join('; ')}.${breakSentence(assaultsOnStaff)}`,
		table: {
			caption: `${assaultsOnStaff.title}, by calendar year`,
			columns: ['Year', 'Assaults on staff', 'Series'],
			rows: all.map((d) => [
				d.label,
				d.y === null ? 'no figure' : formatCount(d.y),
				vintageOf(assaultsOnStaff, d.x)
			])
		}
	};
}

/**
 * The year MoJ adopted its changed self-harm definition (reference/since-2019 README §2); it
 * republished the series under it from 2019, where the declared break falls.
 */
const SELF_HARM_DEFINITION_YEAR = 2020;

const COVID_NOTE = `the ${TERMS.covid} years ${covidSpanYears()} shaded`;

function selfHarmState(): SinceView {
	const data = datumsByYear(selfHarm, (n) => `${formatCount(n)} incidents`);
	const breakYear = selfHarm.breaks?.[0]?.year ?? Infinity;
	const [before, after] = splitAtBreak(selfHarm, data, 'area', {
		before: ['before', 'Earlier definition'],
		after: ['after', `Definition of ${SELF_HARM_DEFINITION_YEAR}`]
	});
	const first = after.data[0];
	const last = latest(selfHarm);
	const y = yScaleFrom(Math.max(...known(data)), formatCount, 5);
	return {
		chart: frame([2010, 2024], y, {
			yUnit: 'incidents',
			series: [before, after],
			notes: [
				note(first, formatCount(first.y), 'series-3', 'above'),
				note(last, formatCount(last.y))
			],
			gaps: [],
			spans: [covidSpan()],
			breaks: breakMarks(selfHarm)
		}),
		summary: `Chart of ${selfHarm.title.toLowerCase()} by calendar year, ${data[0].label} to ${last.label}, with a series break before ${first.label} and ${COVID_NOTE}: ${data.map((d) => `${d.label}, ${d.text}`).join('; ')}.${breakSentence(selfHarm)}`,
		table: {
			caption: `${selfHarm.title}, by calendar year`,
			columns: ['Year', 'Self-harm incidents', 'Definition'],
			rows: data.map((d) => [
				d.label,
				formatCount(d.y),
				d.x >= breakYear ? `of ${SELF_HARM_DEFINITION_YEAR}` : 'earlier'
			])
		}
	};
}

function deathsState(): SinceView {
	const text = (n: number) => `${formatCount(n)} deaths`;
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
		name: `All deaths, ${TERMS.rolling12}`,
		form: 'line',
		tone: 'accent',
		dashed: true,
		data: deathsRolling.observations.map((o) => ({
			x: yearFraction(o.date) - 1 + 1 / 365,
			y: o.value,
			label: o.label,
			text: `${formatCount(o.value)} deaths`,
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
			yUnit: 'deaths',
			series: [all, self, rolling],
			notes: [
				// Below their points: above, they meet the rolling total's label at the right edge.
				// The latest calendar year's figure is the finding's; the legend names its line.
				note(peak2021, formatCount(peak2021.y), 'series-3', 'below'),
				note(last, formatCount(last.y), 'accent', 'below'),
				note(roll, `${formatCount(roll.y)}, ${roll.label}`, 'accent', 'above')
			],
			gaps: [],
			spans: [covidSpan()]
		}),
		summary: `Chart of ${deaths.title.toLowerCase()} and ${selfInflictedDeaths.title.toLowerCase()} by calendar year, ${all.data[0].label} to ${last.label}, with ${COVID_NOTE} and the latest ${TERMS.rolling12Adj} totals dashed: ${rows.map((r) => `${r[0]}, ${r[1]} deaths${r[2] === formatCount(null) ? '' : `, ${r[2]} self-inflicted`}`).join('; ')}.`,
		table: {
			caption: `${deaths.title} and ${selfInflictedDeaths.title.toLowerCase()}; the last rows are ${TERMS.rolling12Adj} totals`,
			columns: ['Period', 'All deaths', 'Self-inflicted'],
			rows
		}
	};
}
