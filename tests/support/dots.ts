/**
 * Where a chart's dots are on screen. The Points layer draws all its dots as one path of
 * zero-length round-capped subpaths (`M x,y h0` each) over one path of their rings, so a dot has
 * no element of its own: its centre is its subpath's point, carried to the screen by the path's
 * transform, and its radius half the path's stroke width (non-scaling, so in screen pixels).
 */
import type { Locator } from '@playwright/test';

export interface Dot {
	/** Centre, in the viewport's CSS pixels. */
	x: number;
	y: number;
	/** Radius in CSS pixels: the ring's for `path.halo`, the dot's for `path.dot`. */
	r: number;
}

/** Every dot drawn by the paths `which` (`dot` or `halo`) inside `root`, in drawing order. */
export function dotsIn(root: Locator, which: 'dot' | 'halo' = 'dot'): Promise<Dot[]> {
	return root.evaluate(
		(element, which) =>
			[...element.querySelectorAll<SVGPathElement>(`path.${which}`)].flatMap((path) => {
				const matrix = path.getScreenCTM();
				if (!matrix) return [];
				const r = parseFloat(path.getAttribute('stroke-width') ?? '0') / 2;
				return [...(path.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+)h0/g)].map(
					([, x, y]) => {
						const at = new DOMPoint(Number(x), Number(y)).matrixTransform(matrix);
						return { x: at.x, y: at.y, r };
					}
				);
			}),
		which
	);
}
