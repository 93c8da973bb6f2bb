/**
 * The pictures built for each chart and section: the downloadable SVG/PNG of a chart in its
 * final state, and each section's 1200×630 link-preview card, all drawn by the chart's own
 * export mode and turned into PNG with the site's fonts.
 */
import { error } from '@sveltejs/kit';
import { renderChartSvg } from '$lib/charts/exportSvg';
import { PICTURE_HEIGHT, PICTURE_WIDTH } from '$lib/charts/pictureSize';
import {
	finalState,
	isChartId,
	isChartState,
	type ChartId,
	type ChartState
} from '$lib/charts/ids';
import { chartSection, isSectionSlug, type SectionSlug } from '$lib/story/outline';
import { absolute, sectionPath } from '$lib/links';
import { CARD_HEIGHT, CARD_WIDTH, SECTION_CARDS } from '$lib/share/cards';
import { LICENCE_LINE, SECTION_COPY, SITE } from '$lib/story/copy';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CONTROLS } from '$lib/story/controls.server';
import { svgToPng } from './pictures';

/** A chart's downloadable picture, pinned at `state` (its final state by default), as SVG text. */
export function chartPictureSvg(chart: ChartId, state: ChartState = finalState(chart)): string {
	return renderChartSvg(chart, state, {
		width: PICTURE_WIDTH,
		height: PICTURE_HEIGHT,
		theme: 'light',
		siteName: SITE.name,
		url: absolute(sectionPath(chartSection(chart))),
		words: CHART_WORDS[chart],
		sourceWords: CONTROLS.figure,
		licence: LICENCE_LINE.short
	});
}

/** A section's link-preview card as PNG bytes. */
export function sectionCardPng(slug: SectionSlug): Buffer {
	const { chart, state } = SECTION_CARDS[slug];
	const svg = renderChartSvg(chart, state, {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		theme: 'light',
		siteName: SITE.name,
		url: absolute(sectionPath(slug)),
		words: CHART_WORDS[chart],
		sourceWords: CONTROLS.figure,
		title: SECTION_COPY[slug].title
	});
	return svgToPng(svg);
}

/** Validate a chart id from a URL, or answer 404. */
export function chartParam(value: string): ChartId {
	if (!isChartId(value)) error(404, 'No such chart');
	return value;
}

/** Validate a chart's state from a URL, or answer 404. */
export function stateParam(chart: ChartId, value: string): ChartState {
	if (!isChartState(chart, value)) error(404, 'No such chart state');
	return value;
}

/** Validate a section slug from a URL, or answer 404. */
export function sectionParam(value: string): SectionSlug {
	if (!isSectionSlug(value)) error(404, 'No such section');
	return value;
}
