import { describe, expect, it } from 'vitest';
import type { Source } from '$lib/data/types';
import { renderFigure, renderPicture } from './renderFigure.test-support';
import { CHART_IDS, CHART_STATES, type ChartState } from './ids';
import { CHARTS } from './registry';
import { sourceLine, sourceLineText } from './sourceLine';
import { CONTROLS } from '$lib/story/controls.server';

const WORDS = CONTROLS.figure;

const source = (n: number) =>
	({
		publisher: `Publisher ${n}`,
		publication: `Table ${n}`,
		url: `https://example.org/${n}`
	}) as Source;

/** Text of an element's markup: tags dropped, entities and runs of white space read once. */
const textOf = (html: string) =>
	html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replaceAll('&amp;', '&')
		.replaceAll('&#39;', "'")
		.replaceAll('&quot;', '"')
		.replace(/\s+/g, ' ')
		.trim();

describe('sourceLine', () => {
	it('sourceLine([one]) names it under "Source" with none more', () => {
		expect(sourceLine([source(1)], WORDS)).toEqual({
			label: 'Source',
			shown: [source(1)],
			more: 0
		});
	});

	it('sourceLine(five sources) names the first two under "Sources" and counts three more', () => {
		const five = [1, 2, 3, 4, 5].map(source);
		expect(sourceLine(five, WORDS)).toEqual({ label: 'Sources', shown: five.slice(0, 2), more: 3 });
	});

	it('sourceLineText(sources) reads publisher, publication; … and how many more', () => {
		expect(sourceLineText([source(1)], WORDS)).toBe('Source: Publisher 1, Table 1');
		expect(sourceLineText([1, 2, 3].map(source), WORDS)).toBe(
			'Sources: Publisher 1, Table 1; Publisher 2, Table 2; and 1 more'
		);
	});

	it('sourceLine(sources) does not modify its input', () => {
		const three = [1, 2, 3].map(source);
		sourceLine(three, WORDS);
		expect(three).toEqual([1, 2, 3].map(source));
	});
});

describe('the source line in the figure and in the picture', () => {
	for (const chart of CHART_IDS) {
		for (const state of CHART_STATES[chart] as readonly ChartState[]) {
			it(`ChartFigure and renderChartSvg('${chart}', '${state}') name the same sources`, () => {
				const sources = CHARTS[chart].sources(state as never);
				const text = sourceLineText(sources, WORDS);
				const { body } = renderFigure(chart, state);
				const figureLine = textOf(body.match(/<p class="source ui[^"]*">([\s\S]*?)<\/p>/)![1]);
				expect(figureLine).toBe(
					sourceLine(sources, WORDS).more ? `${text}, listed with the numbers.` : `${text}.`
				);
				const svg = renderPicture(chart, state);
				const pictureText = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
					.map((m) => textOf(m[1]))
					.join(' ');
				// The picture wraps the line to two lines at most, ending a longer one with " …".
				const fromLine = pictureText.slice(
					pictureText.indexOf(`${sourceLine(sources, WORDS).label}:`)
				);
				const cut = fromLine.indexOf(' …');
				if (cut < 0) expect(fromLine.startsWith(text)).toBe(true);
				else expect(text.startsWith(fromLine.slice(0, cut))).toBe(true);
				expect(fromLine.slice(0, 40)).toBe(text.slice(0, 40));
			});
		}
	}
});
