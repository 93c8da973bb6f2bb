/**
 * What the `scorecard` shows: 2010, 2016, 2019 and each measure's latest year side by side for
 * officers, assaults on staff, self-harm incidents and deaths in custody, each measure's bars
 * scaled to its own largest value. Where a year has no calendar-year figure the bar is a gap and
 * the latest rolling figure is shown in its place, labelled with its own period. A figure on the
 * far side of a declared series break from 2010's is marked as not comparable with it.
 */
import {
	assaultsOnStaff,
	assaultsOnStaffRolling,
	deaths,
	observationIn,
	officers,
	selfHarm
} from '$lib/data';
import type { Series } from '$lib/data/types';
import { formatCount } from '$lib/format';
import type { ChartState } from './ids';
import type { Cell, ChartView, DrawnText, Phrase } from './view';
import { asSlot } from './viewHelpers';

export type ScorecardState = ChartState<'scorecard'>;

const SCORECARD_YEARS = [2010, 2016, 2019] as const;

/** How a figure past a series break from 2010's reads beside its value: "new series". */
export const NEW_SERIES: Phrase = { form: 'new-series' };

interface ScorecardBar {
	/** Row position (rows run top to bottom from 0). */
	row: number;
	/** The period column: "2010", or the stand-in's own period. */
	period: string;
	/** 0–1 of the measure's largest shown value; `null` for a gap. */
	share: number | null;
	value: number | null;
	/** What the label says: "24,830", or the document's `not-in-these-tables` for a gap. */
	text: DrawnText;
	/** A stand-in from a different period (drawn outlined, labelled with its period). */
	standIn: boolean;
	highlight: boolean;
	/** False when a declared series break lies between 2010's figure and this one. */
	comparable: boolean;
	/** Id of the Source of the figure or of the gap. */
	source?: string;
}

interface ScorecardMeasure {
	id: string;
	title: string;
	/** What the measure counts, as its summary reads a figure: the document's `noun-officers`. */
	unit: Phrase;
	/** Row of the measure's heading. */
	row: number;
	bars: ScorecardBar[];
}

/** What the scorecard's chart file draws. */
export interface ScorecardGeometry {
	measures: ScorecardMeasure[];
	rows: number;
}

export type ScorecardView = ChartView<ScorecardGeometry>;

const MEASURES: { series: Series; standIn?: Series; unit: Phrase }[] = [
	{ series: officers, unit: { form: 'noun-officers' } },
	{ series: assaultsOnStaff, standIn: assaultsOnStaffRolling, unit: { form: 'noun-assaults' } },
	{ series: selfHarm, unit: { form: 'noun-incidents' } },
	{ series: deaths, unit: { form: 'noun-deaths' } }
];

export function scorecardView(state: ScorecardState = 'scorecard'): ScorecardView {
	void state;
	let row = 0;
	const measures: ScorecardMeasure[] = MEASURES.map(({ series, standIn, unit }) => {
		const heading = row++;
		const latest = series.observations.filter((o) => o.value !== null).at(-1)!.year;
		const years = [...SCORECARD_YEARS, ...(latest > 2019 ? [latest] : [])];
		const raw = years.flatMap((year) => {
			const o = observationIn(series, year);
			const value = o?.value ?? null;
			const out = [
				{ period: o?.label ?? String(year), value, standIn: false, year, source: o?.source }
			];
			if (value === null && standIn) {
				const s = standIn.observations.filter((x) => x.year === year && x.value !== null).at(-1);
				if (s) out.push({ period: s.label, value: s.value, standIn: true, year, source: s.source });
			}
			return out;
		});
		const max = Math.max(...raw.map((r) => r.value ?? 0));
		const bars: ScorecardBar[] = raw.map((r) => ({
			row: row++,
			period: r.standIn ? r.period : String(r.year),
			share: r.value === null ? null : r.value / max,
			value: r.value,
			// The Ministry's annual tables do hold a 2019 figure: say it is missing from ours.
			text: r.value === null ? { form: 'not-in-these-tables' } : formatCount(r.value),
			standIn: r.standIn,
			highlight: r.year === 2016 && !r.standIn,
			comparable: r.standIn || !(series.breaks ?? []).some((b) => b.year <= r.year),
			source: r.source
		}));
		return { id: series.id, title: series.title, unit, row: heading, bars };
	});
	const [first, then, later] = SCORECARD_YEARS.map(String);
	// The years a figure past a series break cannot be compared with, for its caveat.
	const caveat = { mark: [NEW_SERIES], first, then };
	const cell = (b: ScorecardBar): Phrase =>
		b.standIn
			? { form: 'stand-in', slots: { value: asSlot(b.text), when: b.period } }
			: b.value === null
				? { form: 'no-figure' }
				: b.comparable
					? { form: 'figure', slots: { value: asSlot(b.text) } }
					: { form: 'figure-new', slots: { value: asSlot(b.text), ...caveat } };
	const inYear = (m: ScorecardMeasure, year: number) =>
		m.bars.filter(
			(b) => b.period === String(year) || (b.standIn && b.period.includes(String(year)))
		);
	const tableRows = measures.map((m): Cell[] => {
		const last = m.bars.filter((b) => !b.standIn).at(-1)!;
		const latest: Phrase =
			Number(last.period) > 2019
				? { form: 'latest', slots: { value: [cell(last)], when: last.period } }
				: { form: 'none-later' };
		return [
			m.title,
			...SCORECARD_YEARS.map((y) => ({ form: 'cells', slots: { cells: inYear(m, y).map(cell) } })),
			latest
		];
	});
	const bar = (m: ScorecardMeasure, b: ScorecardBar): Phrase => ({
		form: b.comparable ? 'bar' : 'bar-new',
		slots: {
			when: b.period,
			amount: [
				b.value === null
					? { form: 'not-in-tables' }
					: { form: 'count', slots: { value: asSlot(b.text), noun: [m.unit] } }
			],
			...caveat
		}
	});
	const years = { first, then, later };
	return {
		chart: { measures, rows: row },
		sources: [
			...new Set(
				measures.flatMap((m) => m.bars.map((b) => b.source)).filter((id): id is string => !!id)
			)
		],
		summary: {
			form: 'scorecard',
			slots: {
				...years,
				measures: measures.map((m) => ({
					form: 'measure',
					slots: { measure: m.title, bars: m.bars.map((b) => bar(m, b)) }
				}))
			}
		},
		table: {
			caption: { form: 'scorecard', slots: years },
			columns: { form: 'scorecard', slots: years },
			rows: tableRows
		}
	};
}
