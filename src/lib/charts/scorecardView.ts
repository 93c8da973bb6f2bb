/**
 * What the `scorecard` shows: 2010, 2016 and 2019 side by side for officers, assaults on staff,
 * self-harm incidents and deaths in custody, each measure's bars scaled to its own largest value.
 * Where 2019 has no calendar-year figure (assaults on staff) the bar is a gap and the latest
 * rolling figure is shown in its place, labelled with its own period.
 */
import { assaultsOnStaff, assaultsOnStaffRolling, deaths, officers, selfHarm } from '$lib/data';
import type { Series } from '$lib/data/types';
import { formatCount } from '$lib/format';
import { copy } from '$lib/sentence';
import type { ChartState } from './ids';
import type { ChartTable } from './view';
import { observationIn } from './viewHelpers';

export type ScorecardState = ChartState<'scorecard'>;

export const SCORECARD_YEARS = [2010, 2016, 2019] as const;

export interface ScorecardBar {
	/** Row position (rows run top to bottom from 0). */
	row: number;
	/** The period column: "2010", or the stand-in's own period. */
	period: string;
	/** 0–1 of the measure's largest shown value; `null` for a gap. */
	share: number | null;
	value: number | null;
	/** What the label says: "24,830", or "not in these tables" for a gap. */
	text: string;
	/** A stand-in from a different period (drawn outlined, labelled with its period). */
	standIn: boolean;
	highlight: boolean;
	/** Id of the Source of the figure or of the gap. */
	source?: string;
}

export interface ScorecardMeasure {
	id: string;
	title: string;
	unit: string;
	/** Row of the measure's heading. */
	row: number;
	bars: ScorecardBar[];
}

export interface ScorecardView {
	measures: ScorecardMeasure[];
	rows: number;
	/** Source ids of the figures shown. */
	sources: string[];
	finding: string;
	summary: string;
	table: ChartTable;
}

const MEASURES: { series: Series; standIn?: Series; unit: string }[] = [
	{ series: officers, unit: 'officers' },
	{ series: assaultsOnStaff, standIn: assaultsOnStaffRolling, unit: 'assaults' },
	{ series: selfHarm, unit: 'incidents' },
	{ series: deaths, unit: 'deaths' }
];

export function scorecardView(state: ScorecardState = 'scorecard'): ScorecardView {
	void state;
	let row = 0;
	const measures: ScorecardMeasure[] = MEASURES.map(({ series, standIn, unit }) => {
		const heading = row++;
		const raw = SCORECARD_YEARS.flatMap((year) => {
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
			text: r.value === null ? 'not in these tables' : formatCount(r.value),
			standIn: r.standIn,
			highlight: r.year === 2016 && !r.standIn,
			source: r.source
		}));
		return { id: series.id, title: series.title, unit, row: heading, bars };
	});
	const tableRows = measures.map((m) => [
		m.title,
		...SCORECARD_YEARS.map((year) => {
			const bars = m.bars.filter(
				(b) => b.period === String(year) || (b.standIn && b.period.includes(String(year)))
			);
			return bars
				.map((b) =>
					b.standIn ? `${b.text} (${b.period})` : b.value === null ? 'no figure' : b.text
				)
				.join('; ');
		})
	]);
	const [o, a, h] = measures.map((m) => m.bars);
	const [y0, y1, y2] = SCORECARD_YEARS.map(String);
	return {
		measures,
		rows: row,
		sources: [
			...new Set(
				measures.flatMap((m) => m.bars.map((b) => b.source)).filter((id): id is string => !!id)
			)
		],
		finding: copy`From ${y0} to ${y1} officers went from ${o[0].text} to ${o[1].text}, assaults on staff from ${a[0].text} to ${a[1].text} and self-harm incidents from ${h[0].text} to ${h[1].text}; by ${y2} there were ${o[o.length - 1].text} officers again.`,
		summary: copy`Scorecard, ${y0}, ${y1} and ${y2}. ${measures
			.map(
				(m) =>
					`${m.title}: ${m.bars.map((b) => `${b.period}, ${b.value === null ? 'no figure in these tables' : `${b.text} ${m.unit}`}`).join('; ')}.`
			)
			.join(' ')}`,
		table: {
			caption: copy`Four measures in ${y0}, ${y1} and ${y2}`,
			columns: ['Measure', ...SCORECARD_YEARS.map(String)],
			rows: tableRows
		}
	};
}
