/**
 * What the `experience` chart shows: the share of band 3–5 officers with under 3 years' service
 * and with 10 years or more, first in 2010 alone, then 2010–2019. A pure function of the state.
 */
import { experience10Plus, experienceUnder3 } from '$lib/data';
import { formatPercent } from '$lib/format';
import type { Series } from '$lib/data/types';
import type { ChartState } from './ids';
import type { CartesianView, Cell, ChartView, Note, Phrase, SeriesView } from './view';
import { NO_FIGURE, asSlot, cartesian, datumsByYear, yearTicks, yScaleFrom } from './viewHelpers';

export type ExperienceState = ChartState<'experience'>;

export type ExperienceView = ChartView<CartesianView>;

export function experienceView(state: ExperienceState): ExperienceView {
	const to = state === 'experience-2010' ? 2010 : 2019;
	const pick = (o: { year: number }) => o.year <= to;
	const line = (series: Series, tone: SeriesView['tone']): SeriesView => ({
		id: series.id,
		name: series.title,
		form: 'line',
		tone,
		data: datumsByYear(
			series,
			(n) => ({ form: 'share-of-officers', slots: { percent: formatPercent(n) } }),
			pick
		)
	});
	const under = line(experienceUnder3, 'accent');
	const veteran = line(experience10Plus, 'series-2');
	const series = [under, veteran];
	const firstOf = (s: SeriesView) => s.data.find((d) => d.y !== null)!;
	const lastOf = (s: SeriesView) => [...s.data].reverse().find((d) => d.y !== null)!;
	const notes: Note[] = [];
	const label = (s: SeriesView, d = lastOf(s)): Phrase => ({
		form: s === under ? 'share-under3' : 'share-ten-plus',
		slots: { percent: formatPercent(d.y!) }
	});
	// The two shares labelled at one year, each label on the side away from the other line.
	const pairNotes = (u: ReturnType<typeof lastOf>, v: ReturnType<typeof lastOf>): Note[] => [
		{
			x: u.x,
			y: u.y!,
			text: label(under, u),
			tone: 'accent',
			dot: true,
			place: u.y! < v.y! ? 'below' : 'above'
		},
		{
			x: v.x,
			y: v.y!,
			text: label(veteran, v),
			tone: 'series-2',
			dot: true,
			place: u.y! < v.y! ? 'above' : 'below'
		}
	];
	if (state === 'experience-2010') {
		const u = firstOf(under);
		const v = firstOf(veteran);
		notes.push(...pairNotes(u, v));
	} else {
		const u = lastOf(under);
		const v = lastOf(veteran);
		notes.push(...pairNotes(u, v));
	}
	const max = Math.max(
		...[experienceUnder3, experience10Plus].flatMap((s) => s.observations.map((o) => o.value ?? 0))
	);
	const y = yScaleFrom(max, (n) => formatPercent(n), 5);
	const dates = under.data.map((d) => d.label);
	const rows: [string, ...Cell[]][] = dates.map((label) => [
		label,
		...series.map((s): Cell => {
			const d = s.data.find((e) => e.label === label);
			return d?.y == null ? NO_FIGURE : formatPercent(d.y);
		})
	]);
	return {
		chart: cartesian([2010, 2019.3], yearTicks(2010, 2018), y, {
			series,
			notes,
			gaps: []
		}),
		summary: {
			form: 'shares',
			slots: {
				rows: rows.map(([when, recruits, veterans]) => ({
					form: 'date-shares',
					slots: { when, recruits: asSlot(recruits), veterans: asSlot(veterans) }
				}))
			}
		},
		table: { caption: { form: 'shares' }, columns: { form: 'shares' }, rows }
	};
}
