import { describe, expect, it } from 'vitest';
import {
	renderChartSvg,
	wrapText,
	extractChartSvg,
	resolveColours,
	withFontStacks
} from './exportSvg';
import { CHART_IDS, finalState, CHART_STATES, type ChartState } from './ids';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CONTROLS } from '$lib/story/controls.server';
import { CHARTS, type ChartSpec } from './registry';
import { SOURCES } from '$lib/data/records.server';

/** Tag balance: every opened element is closed in order (a small well-formedness check). */
function isWellFormed(xml: string): boolean {
	const body = xml.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
	const stack: string[] = [];
	for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
		const [, close, name, attrs, self] = m;
		if (/[<]/.test(attrs)) return false;
		if (self) continue;
		if (close) {
			if (stack.pop() !== name) return false;
		} else stack.push(name);
	}
	return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/.test(body);
}

const options = {
	theme: 'light' as const,
	siteName: 'Holding the Line',
	sourceWords: CONTROLS.figure,
	url: 'https://example.org/'
};

describe('renderChartSvg', () => {
	for (const id of CHART_IDS) {
		for (const [width, height] of [
			[1200, 800],
			[1200, 630]
		]) {
			it(`renderChartSvg('${id}', final state, ${width}×${height}) is well-formed with its size, paths and source`, () => {
				const svg = renderChartSvg(id, finalState(id), {
					...options,
					width,
					height,
					words: CHART_WORDS[id]
				});
				expect(isWellFormed(svg)).toBe(true);
				expect(svg).toContain(`width="${width}" height="${height}"`);
				expect(svg).toContain('<path');
				expect(svg).not.toContain('var(--');
				expect(svg).not.toContain('<div');
				const spec = CHARTS[id] as unknown as ChartSpec;
				expect(svg).toContain('Source');
				const first = SOURCES[spec.sources(finalState(id))[0]];
				expect(svg).toContain(first.publisher.split(' ')[0]);
				expect(svg).toContain(`font-family="'Source Serif 4', 'Source Serif Pro', Georgia`);
				expect(svg).not.toMatch(/font-family="Source Sans 3"/);
				expect(svg).toContain('Holding the Line');
			});
		}
	}

	it('renderChartSvg renders every state of every chart in the dark theme without CSS variables', () => {
		for (const id of CHART_IDS) {
			for (const state of CHART_STATES[id] as readonly ChartState[]) {
				const svg = renderChartSvg(id, state, {
					...options,
					theme: 'dark',
					words: CHART_WORDS[id],
					width: 1200,
					height: 630
				});
				expect(isWellFormed(svg)).toBe(true);
				expect(svg).toContain('#161513');
				expect(svg).not.toContain('var(--');
			}
		}
	});
});

describe('export helpers', () => {
	it('wrapText(text, width, size, maxLines) wraps at words and ellipsises past maxLines', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 100, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
	});

	it('extractChartSvg(html) turns the positioned <svg> into a <g> translated by the padding', () => {
		const g = extractChartSvg(
			'<div><svg style="top: 24px; left: 8px;"><!--x--><path d="M0,0"/></svg></div>'
		);
		expect(g).toBe('<g transform="translate(8,24)"><path d="M0,0"/></g>');
	});

	it('resolveColours(svg, theme) replaces CSS tokens with hex values', () => {
		expect(resolveColours('fill="var(--accent)"', 'light')).toBe('fill="#b3361f"');
	});
});

describe('withFontStacks(svg)', () => {
	it('gives the site’s faces a fallback stack and leaves other families alone', () => {
		const svg = withFontStacks(
			'<text font-family="Source Sans 3">a</text><text font-family="monospace">b</text>'
		);
		expect(svg).toContain(`font-family="'Source Sans 3', 'Source Sans Pro',`);
		expect(svg).toMatch(/Arial, 'Liberation Sans', sans-serif"/);
		expect(svg).toContain('font-family="monospace"');
	});
});
