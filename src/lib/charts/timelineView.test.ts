/**
 * The timeline's view: which events each state is about, where they sit, and the order a reader
 * is told them in, in the chart, its summary and its table.
 */
import { describe, expect, it } from 'vitest';
import { timeline } from '$lib/data';
import { TIMELINE_RECORD } from '$lib/data/records.server';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CHART_STATES } from './ids';
import { sayView } from './sayView';
import { sayDrawn } from './layers/drawnWords';
import { timelineView, eventsOf, timelineMarks } from './timelineView';

/** An event's headline as data/raw/timeline.csv words it. */
const headline = (id: string) => TIMELINE_RECORD.events.find((e) => e.id === id)!.title;

/** A state's summary and table as a reader gets them: the document's words, the view's numbers. */
const said = (state: (typeof CHART_STATES.timeline)[number]) =>
	sayView(timelineView(state), CHART_WORDS.timeline);

/** A state's lead as the timeline's text document words it. */
const findingOf = (state: string) => CHART_WORDS.timeline.findings[state];

describe('timelineView', () => {
	it('timelineView(state) keeps marks on one row a mark and its halo apart at 270 px', () => {
		for (const state of CHART_STATES.timeline) {
			const { events, domain, levels } = timelineView(state).chart;
			const px = (x: number) => ((x - domain[0]) / (domain[1] - domain[0])) * 270;
			for (const a of events)
				for (const b of events)
					if (a !== b && a.level === b.level)
						expect(
							Math.abs(px(a.x) - px(b.x)),
							`${state}: ${a.id} / ${b.id}`
						).toBeGreaterThanOrEqual(17.99);
			expect(levels, state).toBeLessThanOrEqual(6);
		}
	});
	it("timelineMarks(view) draws every event in the window once, the state's in their kind's tone", () => {
		// injunctions-2017 is about court cases only; autumn-2016's window holds several kinds.
		for (const state of ['injunctions-2017', 'autumn-2016', 'deal-rejected'] as const) {
			const { chart } = timelineView(state);
			const marks = timelineMarks(chart, (kind) => (kind === 'court' ? 'law' : 'other'));
			const drawn = [...marks.others, ...marks.current.flatMap((g) => g.points)];
			expect(drawn, state).toHaveLength(chart.events.length);
			expect(new Set(drawn.map((p) => `${p.x}/${p.y}`)).size, state).toBe(chart.events.length);
			expect(marks.others, state).toHaveLength(chart.events.length - chart.current.length);
			for (const g of marks.current) {
				const ofTone = chart.current.filter(
					(e) => (e.kind === 'court' ? 'law' : 'other') === g.tone
				);
				expect(g.points, `${state} ${g.tone}`).toEqual(ofTone.map((e) => ({ x: e.x, y: e.level })));
			}
			expect(new Set(marks.current.map((g) => g.tone)).size, state).toBe(marks.current.length);
		}
		expect(timelineMarks(timelineView('injunctions-2017').chart, () => 'one').current).toHaveLength(
			1
		);
	});

	it('timelineView(state) highlights at least one event in every state', () => {
		for (const state of CHART_STATES.timeline) {
			expect(timelineView(state).chart.current.length, state).toBeGreaterThan(0);
		}
	});

	it('timelineView(state) names its months as the document words them, on the axis and in the span', () => {
		// The protest's window runs across the new year, from summer 2016 to spring 2017.
		const v = timelineView('protest-2016-11-15');
		const { phrases } = CHART_WORDS.timeline.frames;
		const ticks = v.chart.ticks.map((t) => sayDrawn(t.label, phrases));
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		for (const tick of ticks) expect(tick).toMatch(/^[A-Z][a-z]{2} 20\d\d$/);
		expect(ticks).toContain('Jan 2017');
		expect(said('protest-2016-11-15').summary).toMatch(
			/^Timeline from [A-Z][a-z]{2} 2016 to [A-Z][a-z]{2} 2017\. /
		);
		// A month's words are the editor's: change its line and the axis and the span read so.
		const months = Object.keys(phrases).filter((form) => form.startsWith('month-'));
		expect(months).toHaveLength(12);
		const spelt = Object.fromEntries(months.map((form) => [form, `${form} of {yearLabel}`]));
		const edited = {
			frames: { ...CHART_WORDS.timeline.frames, phrases: { ...phrases, ...spelt } }
		};
		expect(v.chart.ticks.map((t) => sayDrawn(t.label, edited.frames.phrases))).toContain(
			'month-jan of 2017'
		);
		expect(sayView(v, edited).summary).toMatch(
			/^Timeline from month-[a-z]{3} of 2016 to month-[a-z]{3} of 2017\. /
		);
	});

	it("timelineView('protest-2016-11-15') zooms around 15 Nov 2016 and lists the protest", () => {
		const v = timelineView('protest-2016-11-15');
		const protest = timeline.events.find((e) => e.id === 'protest-2016-11-15')!;
		expect(v.chart.current.map((e) => e.id)).toContain(protest.id);
		expect(v.chart.domain[0]).toBeLessThan(2016.87);
		expect(v.chart.domain[1]).toBeGreaterThan(2016.88);
		expect(v.chart.domain[1] - v.chart.domain[0]).toBeLessThan(1.5);
	});

	it("timelineView('may-2016') lists Wormwood Scrubs (6 May) before the May-only protests, in chart and table", () => {
		const v = timelineView('may-2016');
		const ids = v.chart.events.map((e) => e.id);
		const scrubs = ids.indexOf('wormwood-scrubs-2016-05-06');
		const may = ids.indexOf('mount-holme-house-2016-05');
		expect(scrubs).toBeGreaterThanOrEqual(0);
		expect(scrubs).toBeLessThan(may);
		// Drawn after it too, not on 1 May.
		expect(v.chart.events[may].x).toBeGreaterThan(v.chart.events[scrubs].x);
		const rows = said('may-2016').table.rows.map((r) => r[1]);
		expect(rows.indexOf(headline('wormwood-scrubs-2016-05-06'))).toBeGreaterThanOrEqual(0);
		expect(rows.indexOf(headline('wormwood-scrubs-2016-05-06'))).toBeLessThan(
			rows.indexOf(headline('mount-holme-house-2016-05'))
		);
	});

	it("timelineView('protest-2016-11-15') tells the walkout before the injunction that ended it", () => {
		const v = timelineView('protest-2016-11-15');
		const protest = v.chart.current.findIndex((e) => e.id === 'protest-2016-11-15');
		const injunction = v.chart.current.findIndex((e) => e.id === 'injunction-2016-11-15');
		expect(protest).toBeGreaterThanOrEqual(0);
		expect(protest).toBeLessThan(injunction);
		const protestTitle = headline('protest-2016-11-15');
		const injunctionTitle = headline('injunction-2016-11-15');
		const { summary } = said('protest-2016-11-15');
		expect(summary.indexOf(protestTitle)).toBeGreaterThan(0);
		expect(summary.indexOf(protestTitle)).toBeLessThan(summary.indexOf(injunctionTitle));
	});

	it("timelineView('may-2016') does not say every walkout of 2016 was over safety", () => {
		expect(findingOf('may-2016')).not.toMatch(/one jail after another/);
		expect(findingOf('may-2016')).toMatch(/regime/);
	});

	it('eventsOf(state, events) does not modify its input', () => {
		const copy = structuredClone(timeline.events);
		eventsOf('may-2016', timeline.events);
		expect(timeline.events).toEqual(copy);
	});
});
