import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import type { CartesianView } from './view';

// Every view function counted, through the registry and ChartFigure, by wrapping the real one.
vi.mock('./officersView', async (original) => {
	const real = await original<typeof import('./officersView')>();
	return { ...real, officersView: vi.fn(real.officersView) };
});
vi.mock('./timelineView', async (original) => {
	const real = await original<typeof import('./timelineView')>();
	return { ...real, timelineView: vi.fn(real.timelineView) };
});

const { officersView } = await import('./officersView');
const { timelineView } = await import('./timelineView');
const { CHARTS } = await import('./registry');
const { default: ChartFigure } = await import('./ChartFigure.svelte');
const { CHART_WORDS } = await import('$lib/story/chartWords.server');
const { sayView } = await import('./sayView');
const words = CHART_WORDS.officers;

describe('CHARTS[chart].view(state)', () => {
	it("render(ChartFigure) and every field of CHARTS.officers compute officersView('officers-2014') once", () => {
		const calls = () =>
			vi.mocked(officersView).mock.calls.filter(([s]) => s === 'officers-2014').length;
		// Reading the charts' words has already checked their frames against this view.
		expect(calls()).toBeLessThanOrEqual(1);
		render(ChartFigure, {
			props: { spec: CHARTS.officers, state: 'officers-2014', words, sourcesHref: '/sources/' }
		});
		const spec = CHARTS.officers;
		sayView(spec.view('officers-2014'), words);
		spec.sources('officers-2014');
		spec.view('officers-2014');
		render(ChartFigure, {
			props: { spec: CHARTS.officers, state: 'officers-2014', words, sourcesHref: '/sources/' }
		});
		expect(calls()).toBe(1);
	});

	it('CHARTS.timeline.view(state) computes each state once, however many fields read it', () => {
		for (const state of ['may-2016', 'lindholme'] as const) {
			sayView(CHARTS.timeline.view(state), CHART_WORDS.timeline);
			CHARTS.timeline.sources(state);
		}
		const states = vi.mocked(timelineView).mock.calls.map(([s]) => s);
		expect(states.filter((s) => s === 'may-2016')).toHaveLength(1);
		expect(states.filter((s) => s === 'lindholme')).toHaveLength(1);
	});

	it('CHARTS[chart].view(state) lists the sources of exactly what it draws, each once', () => {
		const view = CHARTS.officers.view('officers-2010');
		const drawn = (view.chart as CartesianView).series.flatMap((s) => s.data.map((d) => d.source));
		expect(view.sources.length).toBeGreaterThan(0);
		expect(new Set(view.sources)).toEqual(new Set(drawn));
		expect(new Set(view.sources).size).toBe(view.sources.length);
		for (const id of view.sources) expect(CHARTS.officers.cited).toContain(id);
		expect(CHARTS.officers.sources('officers-2010')).toBe(view.sources);
	});
});
