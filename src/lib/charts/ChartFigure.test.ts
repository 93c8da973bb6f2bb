import { describe, expect, it } from 'vitest';
import { chartSpec } from './spec';
import { CHART_IDS, CHART_STATES, type ChartState } from './ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { SOURCES } from '$lib/data/records.server';
import { CONTROLS } from '$lib/story/controls.server';
import { renderFigure, renderFigureWith, renderPicture } from './renderFigure.test-support';
import { render } from 'svelte/server';
import TimelineChart from './TimelineChart.svelte';
import { timelineView } from './timelineView';
import { drawnWordsContext } from './layers/drawnWords';
import { TIMELINE_RECORD } from '$lib/data/records.server';
import type { CartesianView } from './view';

const escape = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** The page of every source, as the story or an embed would pass it under a base path. */
const SOURCES_HREF = '/base/sources/';

/** A state's chart geometry. */
const spec = (chart: 'harm', state: ChartState) =>
	chartSpec(chart).view(state).chart as CartesianView;

describe('ChartFigure server render', () => {
	for (const chart of CHART_IDS) {
		for (const state of CHART_STATES[chart] as readonly ChartState[]) {
			it(`render(ChartFigure, { chart: '${chart}', state: '${state}' }) holds the figure, finding, source, marks and table`, () => {
				const spec = chartSpec(chart);
				const { body } = renderFigureWith({
					spec,
					state,
					words: CHART_WORDS[chart],
					sourcesHref: SOURCES_HREF
				});
				expect(body).toContain(`data-chart="${chart}"`);
				expect(body).toContain(`data-state="${state}"`);
				expect(body).toContain(escape(CHART_WORDS[chart].findings[state]));
				expect(spec.sources(state).length).toBeGreaterThan(0);
				for (const id of spec.sources(state))
					expect(body).toContain(`href="${escape(SOURCES[id].url)}"`);
				expect(body).toMatch(
					/<a href="\/base\/sources\/" aria-label="Sources?: all sources and notes"/
				);
				// The timeline's marks are HTML on the page, so that they glide on the compositor.
				expect(body).toMatch(
					chart === 'timeline' ? /<span class="dot[ "]/ : /<svg[^>]*>[\s\S]*<path/
				);
				for (const row of spec.view(state).table.rows)
					expect(body).toContain(escape(row[0] as string));
				expect(body).toMatch(new RegExp(`<summary[^>]*>${CONTROLS.figure.numbers}</summary>`));
			});
		}
	}

	it('render(ChartFigure, { label }) names the figure by its chart and step, not by its finding, and links no description', () => {
		const label = 'Prison officers, 2010–2019, step 2 of 4';
		const { body } = renderFigureWith({
			spec: chartSpec('officers'),
			state: 'officers-2014',
			words: CHART_WORDS.officers,
			label,
			sourcesHref: SOURCES_HREF
		});
		const figure = body.match(/<figure[^>]*>/)![0];
		expect(figure).toContain(`aria-label="${label}"`);
		expect(figure).not.toContain('aria-labelledby');
		expect(figure).not.toContain('aria-describedby');
	});

	it('render(ChartFigure, { showTitle }) names the figure by the title it shows', () => {
		const { body } = renderFigureWith({
			spec: chartSpec('harm'),
			state: 'self-harm',
			words: CHART_WORDS.harm,
			showTitle: true,
			sourcesHref: SOURCES_HREF
		});
		const figure = body.match(/<figure[^>]*>/)![0];
		expect(figure).toContain('aria-labelledby="chart-harm-title"');
		expect(body).toContain(`id="chart-harm-title">${escape(CHART_WORDS.harm.title)}<`);
	});
});

describe('render(ChartFigure, { holds }): the room of every state a reader steps through', () => {
	const held = (body: string) =>
		[...body.matchAll(/<(p|ul|ol) class="held[^"]*"( aria-hidden="true")?>/g)].map((m) => m[0]);

	it('lies each held state’s finding under the shown one, unseen and unread, and the key of each under the chart’s', () => {
		const states = CHART_STATES.harm as readonly ChartState[];
		const { body } = renderFigureWith({
			spec: chartSpec('harm'),
			state: states[0],
			words: CHART_WORDS.harm,
			holds: states,
			sourcesHref: SOURCES_HREF
		});
		const room = body.slice(body.indexOf('class="finding-room'), body.indexOf('class="graphic'));
		for (const state of states)
			expect(room).toContain(`aria-hidden="true">${escape(CHART_WORDS.harm.findings[state])}</p>`);
		// The shown finding is the heading, once; the held ones are paragraphs nobody hears.
		expect(body.match(/class="finding[^-]/g)).toHaveLength(1);
		// The last state plots three series where the first plots one: its key is held too.
		const keys = body.slice(body.indexOf('class="legend-room'), body.indexOf('class="frame'));
		expect(keys).toContain('aria-hidden="true"');
		expect(keys.match(/<ul class="held/g)).toHaveLength(states.length);
		const count = (state: ChartState) => spec('harm', state).series.length;
		expect(count(states.at(-1)!)).toBeGreaterThan(count(states[0]));
		expect(keys.match(/<li/g)).toHaveLength(
			count(states[0]) + states.reduce((sum, state) => sum + count(state), 0)
		);
		expect(held(body).length).toBe(states.length * 2);
	});

	it('keeps no room where a figure shows one state (an embed)', () => {
		const { body } = renderFigure('harm', CHART_STATES.harm[0]);
		expect(held(body)).toEqual([]);
	});

	it('lies each held state’s list of events under the timeline’s', () => {
		const states = CHART_STATES.timeline.slice(0, 4) as readonly ChartState[];
		const { body } = renderFigureWith({
			spec: chartSpec('timeline'),
			state: states[0],
			words: CHART_WORDS.timeline,
			holds: states,
			sourcesHref: SOURCES_HREF
		});
		expect(body.match(/<ol class="held[^"]*" aria-hidden="true">/g)).toHaveLength(states.length);
	});
});

describe('the timeline draws its events’ words from its document, not its code', () => {
	const event = (id: string) => TIMELINE_RECORD.events.find((e) => e.id === id)!;

	it('render(ChartFigure, timeline, protest-2016-11-15) lists both events with their kind, headline and detail', () => {
		const { body } = renderFigure('timeline', 'protest-2016-11-15');
		const list = body.slice(body.indexOf('<ol class="current'), body.indexOf('</ol>'));
		for (const id of ['protest-2016-11-15', 'injunction-2016-11-15']) {
			expect(list).toContain(escape(event(id).title));
			expect(list).toContain(escape(event(id).detail));
		}
		expect(list).toContain('15 Nov 2016 · Protest');
		expect(list).toContain('15 Nov 2016 · Courts');
	});

	it('renderChartSvg(timeline) writes the current events’ headlines as SVG text', () => {
		const svg = renderPicture('timeline', 'birmingham-riot');
		expect(svg).toContain(escape(event('birmingham-riot-2016-12-16').title));
		expect(svg).toContain('16 Dec 2016 · Violence');
	});

	it('render(TimelineChart) outside a figure, without its words, stops with why', () => {
		const { chart } = timelineView('may-2016');
		// A server render draws when its body is read.
		expect(() => render(TimelineChart, { props: { view: chart } }).body).toThrow(
			'getDrawnWords() needs a ChartFigure, or drawnWordsContext()'
		);
		expect(
			() =>
				render(TimelineChart, {
					props: { view: chart },
					context: drawnWordsContext({})
				}).body
		).toThrow(/no phrase "(kind|headline)-/);
	});
});
