/**
 * What the `since-2019` chart shows in each state: the story's key series carried on from 2010 to
 * the latest official figures. Officers and length of service to 31 Mar 2025; assaults on staff,
 * self-harm and deaths to calendar 2024, with each declared series break drawn as a rule, the
 * COVID-19 years shaded, gaps left as gaps and the rolling 12-month deaths labelled as such.
 * A pure function of the state; the deaths state is in ./sinceDeaths.ts.
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
import type { ChartState } from './ids';
import type { CartesianView, Cell, ChartView, Datum, Phrase } from './view';
import {
	NO_FIGURE,
	asSlot,
	countOf,
	datumsByDate,
	datumsByYear,
	known,
	note,
	yScaleFrom
} from './viewHelpers';
import {
	breakMarks,
	covidSpan,
	covidSpanYears,
	drawn,
	frame,
	latest,
	splitAtBreak
} from './sinceParts';
import { deathsState } from './sinceDeaths';

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

/** Each declared break of a series, for the summary to say why the figures either side differ. */
const breaksOf = (series: Series): Phrase[] =>
	(series.breaks ?? []).map((b) => ({ form: 'break', slots: { reason: b.reason } }));

/** A plotted point as its summary reads it, its count followed by the document's `noun`. */
const point = (d: Datum, noun: string): Phrase =>
	d.y === null
		? { form: 'when-none', slots: { when: d.label } }
		: { form: noun, slots: { when: d.label, count: formatCount(d.y) } };

export function sinceView(state: SinceState): SinceView {
	if (state === 'officers-2025') return officersState();
	if (state === 'experience-2025') return experienceState();
	if (state === 'staff-assaults-2024') return assaultsState();
	if (state === 'self-harm-2024') return selfHarmState();
	return deathsState();
}

function officersState(): SinceView {
	const data = datumsByDate(officers, countOf('officers-count', formatCount));
	const first = data[0];
	const at2019 = data.find((d) => Math.floor(d.x) === 2019)!;
	const peak = data
		.filter((d) => d.x > at2019.x)
		.reduce((a, b) => ((b.y ?? 0) > (a.y ?? 0) ? b : a));
	const last = data.at(-1)!;
	const y = yScaleFrom(Math.max(...known(data)), formatCount, 6);
	return {
		chart: frame([2010, 2025.5], y, {
			series: [drawn(officers, 'line', 'accent', data)],
			notes: [
				note(first, formatCount(first.y), 'series-3'),
				note(peak, formatCount(peak.y), 'series-3'),
				note(last, formatCount(last.y), 'accent', 'below')
			],
			gaps: []
		}),
		summary: {
			form: 'officers-2025',
			slots: {
				from: first.label,
				to: last.label,
				rows: data.map((d) => point(d, 'officers'))
			}
		},
		table: {
			caption: { form: 'officers-2025' },
			columns: { form: 'officers-2025' },
			rows: data.map((d) => [d.label, formatCount(d.y)])
		}
	};
}

function experienceState(): SinceView {
	const pct = (n: number): Phrase => ({
		form: 'share-of-officers',
		slots: { percent: formatPercent(n) }
	});
	const share = (form: string, d: Datum): Phrase => ({
		form,
		slots: { percent: formatPercent(d.y) }
	});
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
			series: [veteran, recruit],
			notes: [
				note(v0, share('share-ten-plus', v0), 'accent'),
				note(v1, share('share-ten-plus', v1), 'accent', v1.y! < r1.y! ? 'below' : 'above'),
				note(r1, share('share-under3-short', r1), 'series-2', v1.y! < r1.y! ? 'above' : 'below')
			],
			gaps: []
		}),
		summary: {
			form: 'experience-2025',
			slots: {
				from: v0.label,
				to: v1.label,
				rows: rows.map(([when, veterans, recruits]) => ({
					form: 'shares',
					slots: { when, veterans, recruits }
				}))
			}
		},
		table: { caption: { form: 'experience-2025' }, columns: { form: 'experience-2025' }, rows }
	};
}

/** Which vintage a calendar year's figure belongs to, in the document's words; '' for none. */
function vintageOf(series: Series, year: number): Cell {
	const span = series.vintages?.find((v) => Number(v.from) <= year && year <= Number(v.to));
	return span ? { form: span.vintage === 'revised' ? 'revised' : 'first-published' } : '';
}

function assaultsState(): SinceView {
	const all = datumsByYear(assaultsOnStaff, countOf('assaults-count', formatCount));
	const [before, after] = splitAtBreak(assaultsOnStaff, all, 'bars', {
		before: ['first-published', { form: 'as-first-published' }],
		after: ['revised', { form: 'revised-series' }]
	});
	const last = latest(assaultsOnStaff);
	const covid = covidSpan();
	const low = after.data.find((d) => d.x === Math.ceil(covid.from))!;
	const first = after.data[0];
	const y = yScaleFrom(Math.max(...known(all)), formatCount, 6);
	return {
		chart: frame([2009.4, 2024.6], y, {
			series: [before, after],
			notes: [note(low, formatCount(low.y), 'ink', 'above'), note(last, formatCount(last.y))],
			gaps: all
				.filter((d) => d.y === null)
				.map((d) => ({
					x: d.x,
					label: { form: 'gap', slots: { when: d.label, what: [NO_FIGURE] } }
				})),
			barHalfWidth: 0.36,
			spans: [covid],
			breaks: breakMarks(assaultsOnStaff)
		}),
		summary: {
			form: 'staff-assaults-2024',
			slots: {
				from: all[0].label,
				to: last.label,
				breakAt: first.label,
				...covidSpanYears(),
				rows: all.map((d) => ({
					form: 'vintage',
					slots: {
						amount: [point(d, 'assaults')],
						vintage: asSlot(vintageOf(assaultsOnStaff, d.x))
					}
				})),
				breaks: breaksOf(assaultsOnStaff)
			}
		},
		table: {
			caption: { form: 'staff-assaults-2024' },
			columns: { form: 'staff-assaults-2024' },
			rows: all.map((d) => [
				d.label,
				d.y === null ? NO_FIGURE : formatCount(d.y),
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

function selfHarmState(): SinceView {
	const data = datumsByYear(selfHarm, countOf('incidents-count', formatCount));
	const breakYear = selfHarm.breaks?.[0]?.year ?? Infinity;
	const defined = String(SELF_HARM_DEFINITION_YEAR);
	const [before, after] = splitAtBreak(selfHarm, data, 'area', {
		before: ['before', { form: 'earlier-definition' }],
		after: ['after', { form: 'definition-of-year', slots: { defined } }]
	});
	const first = after.data[0];
	const last = latest(selfHarm);
	const y = yScaleFrom(Math.max(...known(data)), formatCount, 5);
	return {
		chart: frame([2010, 2024], y, {
			series: [before, after],
			notes: [
				note(first, formatCount(first.y), 'series-3', 'above'),
				note(last, formatCount(last.y))
			],
			gaps: [],
			spans: [covidSpan()],
			breaks: breakMarks(selfHarm)
		}),
		summary: {
			form: 'self-harm-2024',
			slots: {
				from: data[0].label,
				to: last.label,
				breakAt: first.label,
				...covidSpanYears(),
				rows: data.map((d) => point(d, 'incidents')),
				breaks: breaksOf(selfHarm)
			}
		},
		table: {
			caption: { form: 'self-harm-2024' },
			columns: { form: 'self-harm-2024' },
			rows: data.map((d) => [
				d.label,
				formatCount(d.y),
				d.x >= breakYear ? { form: 'definition-of', slots: { defined } } : { form: 'earlier' }
			])
		}
	};
}
