/**
 * Where a chart's dots are on screen. The SVG Points layer draws all its dots as one path of
 * zero-length round-capped subpaths (`M x,y h0` each) over one path of their rings, so a dot has
 * no element of its own: its centre is its subpath's point, carried to the screen by the path's
 * transform, and its radius half the path's stroke width (non-scaling, so in screen pixels). The
 * HTML one (the timeline's) draws each dot as a round element whose ring is its box shadow.
 */
import type { Locator } from '@playwright/test';

/** A chart's drawing: its SVG, or the box of HTML dots the timeline draws on the page instead. */
export const DRAWING = ':is(svg, .points)';
/** The marks a chart draws: paths in its SVG, or the timeline's HTML dots. */
export const MARKS = ':is(svg path, span.dot)';

export interface Dot {
	/** Centre, in the viewport's CSS pixels. */
	x: number;
	y: number;
	/** Radius in CSS pixels: the ring's for `path.halo`, the dot's for `path.dot`. */
	r: number;
}

/**
 * Every dot inside `root`, in drawing order: `which` says whether a dot's radius is its own
 * (`dot`) or its ring's (`halo`).
 */
export function dotsIn(root: Locator, which: 'dot' | 'halo' = 'dot'): Promise<Dot[]> {
	return root.evaluate(
		(element, which) => [
			...[...element.querySelectorAll<HTMLElement>('span.dot')].map((dot) => {
				const box = dot.getBoundingClientRect();
				// The ring is the box shadow's spread, its last length ("… 0px 0px 0px 2px").
				const ring = parseFloat(
					getComputedStyle(dot).boxShadow.match(/(-?[\d.]+)px\s*$/)?.[1] ?? '0'
				);
				const r = box.width / 2 + (which === 'halo' ? ring : 0);
				return { x: box.x + box.width / 2, y: box.y + box.height / 2, r };
			}),
			...[...element.querySelectorAll<SVGPathElement>(`path.${which}`)].flatMap((path) => {
				const matrix = path.getScreenCTM();
				if (!matrix) return [];
				const r = parseFloat(path.getAttribute('stroke-width') ?? '0') / 2;
				return [...(path.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)h0/g)].map(
					([, x, y]) => {
						const at = new DOMPoint(Number(x), Number(y)).matrixTransform(matrix);
						return { x: at.x, y: at.y, r };
					}
				);
			})
		],
		which
	);
}
