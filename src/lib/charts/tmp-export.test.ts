import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { renderChartSvg } from './exportSvg';
import { CHART_IDS, finalState } from './ids';
it('writes pictures', () => {
	for (const id of CHART_IDS) {
		for (const [w, h, t] of [
			[1200, 800, 'light'],
			[1200, 630, 'dark']
		] as const) {
			const svg = renderChartSvg(id, finalState(id), {
				width: w,
				height: h,
				theme: t,
				siteName: 'Holding the Line',
				url: 'example.org/holding-the-line/'
			});
			writeFileSync(`/tmp/x-${id}-${h}.svg`, svg);
			const png = new Resvg(svg, {
				font: {
					loadSystemFonts: true,
					fontDirs: [
						'node_modules/@fontsource/source-serif-4/files',
						'node_modules/@fontsource/source-sans-3/files'
					]
				}
			})
				.render()
				.asPng();
			writeFileSync(`/tmp/x-${id}-${h}.png`, png);
		}
	}
});
