/**
 * ChartFigure rendered on the server as a page renders it, for the charts' tests: with the
 * controls' labels the root layout hands down, and for a chart's state with its words and the
 * sources page's address; and the same state as a picture (light, 1200×800).
 */
import { render } from 'svelte/server';
import type { ComponentProps } from 'svelte';
import ChartFigure from './ChartFigure.svelte';
import { chartSpec } from './spec';
import { renderChartSvg } from './exportSvg';
import type { ChartId, ChartState } from './ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CONTROLS } from '$lib/story/controls.server';
import { controlsContext } from '$lib/controls';

/** The figure with the given props. */
export function renderFigureWith(props: ComponentProps<typeof ChartFigure>) {
	return render(ChartFigure, { props, context: controlsContext(CONTROLS) });
}

/** The figure of one chart's state, as the story or an embed prints it. */
export function renderFigure(chart: ChartId, state: ChartState) {
	return renderFigureWith({
		spec: chartSpec(chart),
		state,
		words: CHART_WORDS[chart],
		sourcesHref: '/sources/'
	});
}

/** The SVG picture of one chart's state, as the picture routes draw it (light, 1200×800). */
export function renderPicture(chart: ChartId, state: ChartState) {
	return renderChartSvg(chart, state as never, {
		width: 1200,
		height: 800,
		theme: 'light',
		siteName: 'Site',
		url: 'https://example.org/',
		words: CHART_WORDS[chart],
		sourceWords: CONTROLS.figure
	});
}
