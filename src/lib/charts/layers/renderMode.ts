/**
 * Where a chart file is being drawn. On the page (the story, embeds, the gallery) a chart is
 * HTML layers around a ScaledSvg that fills a box sized by CSS; in a picture (the SVG and PNG
 * downloads and the share cards, rendered on the server by exportSvg) the same chart file and
 * layers draw one SVG of a fixed pixel size, with SVG text and nothing that needs CSS or a pointer.
 * exportSvg sets the mode through the render's context; everywhere else it is the page.
 */
import { getContext } from 'svelte';

export type RenderMode =
	| { picture: false }
	| {
			picture: true;
			/** The picture's chart area in pixels. */
			width: number;
			height: number;
	  };

const KEY = 'render-mode';
const PAGE: RenderMode = { picture: false };

/** The mode of the chart being drawn; call during component initialisation. */
export function getRenderMode(): RenderMode {
	return getContext<RenderMode | undefined>(KEY) ?? PAGE;
}

/** The context for `render(Chart, { context })` that draws a picture of this size. */
export function pictureContext(width: number, height: number): Map<string, RenderMode> {
	return new Map([[KEY, { picture: true, width, height }]]);
}
