import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { renderFigure, renderPicture } from './renderFigure.test-support';
import { CHART_IDS, CHART_STATES, type ChartState } from './ids';
import { CHARTS } from './registry';
import { pictureContext } from './layers/renderMode';
import { drawnWordsContext } from './layers/drawnWords';
import { CHART_WORDS } from '$lib/story/chartWords.server';

/**
 * Each drawn mark as its class and its number of path commands, the same in any units; and the
 * dots, however drawn: a zero-length subpath each of an SVG dots path (its ring is a path of the
 * same subpaths), an element each on a page whose dots are HTML (the timeline's, which glide).
 */
const marks = (markup: string) => {
	const paths = [...markup.matchAll(/<path class="([^"]+)" d="([^"]*)"/g)];
	const dots =
		[...markup.matchAll(/<span class="dot[ "]/g)].length +
		paths.filter(([, cls]) => cls === 'dot').reduce((n, [, , d]) => n + d.split('M').length - 1, 0);
	return [
		...paths
			.filter(([, cls]) => cls !== 'dot' && cls !== 'halo')
			.map(([, cls, d]) => `${cls}:${(d.match(/[MLHVCZ]/gi) ?? []).length}`),
		...(dots ? [`dots:${dots}`] : [])
	];
};

const picture = renderPicture;

describe('one chart file for the page and the picture', () => {
	for (const chart of CHART_IDS) {
		for (const state of CHART_STATES[chart] as readonly ChartState[]) {
			it(`ChartFigure and renderChartSvg('${chart}', '${state}') draw the same marks`, () => {
				const { body } = renderFigure(chart, state);
				const page = marks(body);
				expect(page.length).toBeGreaterThan(0);
				expect(marks(picture(chart, state))).toEqual(page);
			});
		}
	}

	it('render(Chart, { context: pictureContext }) draws no HTML, only SVG text', () => {
		for (const chart of CHART_IDS) {
			const spec = CHARTS[chart];
			const view = spec.view(CHART_STATES[chart][0] as never);
			const { body } = render(spec.component, {
				props: { view: view.chart },
				context: new Map<unknown, unknown>([
					...pictureContext(1104, 500),
					...drawnWordsContext(CHART_WORDS[chart].frames.phrases)
				])
			});
			const markup = body.replace(/<!--[\s\S]*?-->/g, '');
			expect(markup, chart).toMatch(/^\s*<div[^>]*>\s*<svg/);
			expect(markup.slice(markup.indexOf('<svg')), chart).not.toMatch(/<(div|span|p|ul|ol)\b/);
			expect(markup, chart).toMatch(/<text\b/);
		}
	});

	it('render(Chart) without a picture context draws the page: HTML labels over a scaled SVG', () => {
		const view = CHARTS.officers.view('officers-2014');
		const { body } = render(CHARTS.officers.component, {
			props: { view: view.chart },
			context: drawnWordsContext(CHART_WORDS.officers.frames.phrases)
		});
		expect(body).toContain('class="legend');
		expect(body).toMatch(/<svg[^>]*viewBox="0 0 100 100"/);
		expect(body).not.toMatch(/<text\b/);
	});
});
