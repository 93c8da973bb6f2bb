import { describe, expect, it } from 'vitest';
import { SERIES } from '$lib/data';
import { CHART_IDS, CHART_STATES } from './ids';
import { CHARTS } from './registry';
import type { ScorecardGeometry } from './scorecardView';
import type { TimelineGeometry } from './timelineView';
import type { CartesianView, DrawnText } from './view';

/** Everything a state's chart writes from its geometry, by where it is drawn. */
function drawnTexts(chart: unknown): [where: string, text: DrawnText][] {
	const c = chart as Partial<CartesianView & ScorecardGeometry & TimelineGeometry>;
	return [
		...[...(c.xTicks ?? []), ...(c.yTicks ?? []), ...(c.ticks ?? [])].map(
			(t): [string, DrawnText] => ['tick', t.label]
		),
		...(c.series ?? []).flatMap((s): [string, DrawnText][] => [
			['legend', s.name],
			...s.data.map((d): [string, DrawnText] => ['value', d.text])
		]),
		...(c.notes ?? []).map((n): [string, DrawnText] => ['note', n.text]),
		...(c.gaps ?? []).map((g): [string, DrawnText] => ['gap', g.label]),
		...(c.breaks ?? []).map((b): [string, DrawnText] => ['break', b.label]),
		...(c.spans ?? []).flatMap((s): [string, DrawnText][] => [
			['span', s.label],
			['span', s.short ?? '']
		]),
		...(c.measures ?? []).flatMap((m) => m.bars.map((b): [string, DrawnText] => ['bar', b.text]))
	];
}

describe('what the charts draw', () => {
	// A series' title is the data's; every other word is its document's phrase, named by form.
	const titles = new Set(Object.values(SERIES).map((s) => s.title));

	it.each(CHART_IDS)(
		'%s draws words only as phrases: any string it writes is a figure or a series’ title',
		(chart) => {
			let read = 0;
			for (const state of CHART_STATES[chart]) {
				for (const [where, text] of drawnTexts(CHARTS[chart].view(state as never).chart)) {
					read++;
					if (typeof text === 'string' && !titles.has(text))
						expect(text, `${state} ${where}`).not.toMatch(/[a-z]/i);
				}
			}
			expect(read).toBeGreaterThan(0);
		}
	);
});
