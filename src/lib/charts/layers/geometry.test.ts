import { describe, expect, it } from 'vitest';
import {
	anchorFor,
	insidePlot,
	labelShift,
	noteMargin,
	areaPath,
	linePath,
	nearestIndex,
	nearestToPointer,
	rectPath,
	segments
} from './geometry';

const id = (d: { x: number }) => d.x;
const yv = (d: { y: number | null }) => d.y ?? 0;
/** Two runs of two values with a published gap between them. */
const GAPPED = [
	{ x: 0, y: 10 },
	{ x: 1, y: 20 },
	{ x: 2, y: null },
	{ x: 3, y: 30 },
	{ x: 4, y: 40 }
];

describe('geometry', () => {
	it('segments(points) splits runs at a null value', () => {
		const pts = [
			{ x: 0, y: 1 },
			{ x: 1, y: 2 },
			{ x: 2, y: null },
			{ x: 3, y: 4 }
		];
		expect(segments(pts).map((r) => r.map((p) => p.x))).toEqual([[0, 1], [3]]);
	});

	it('segments(points) does not modify its input', () => {
		const pts = [
			{ x: 0, y: null },
			{ x: 1, y: 2 }
		];
		const copy = structuredClone(pts);
		segments(pts);
		expect(pts).toEqual(copy);
	});

	it('linePath(points) starts a new subpath after a gap instead of bridging it', () => {
		const d = linePath(GAPPED, id, yv);
		expect(d).toBe('M0,10L1,20M3,30L4,40');
		expect(d).not.toContain('L3,30');
	});

	it('linePath(points) draws a lone value as a dot (zero-length segment)', () => {
		expect(linePath([{ x: 5, y: 5 }], id, yv)).toBe('M5,5h0');
	});

	it('areaPath(points, …, baseline) closes each run down to the baseline and leaves gaps open', () => {
		const d = areaPath(GAPPED, id, yv, 0);
		expect(d).toBe('M0,10L1,20L1,0L0,0ZM3,30L4,40L4,0L3,0Z');
	});

	it('rectPath(x0, y0, x1, y1) normalises corners', () => {
		expect(rectPath(10, 5, 0, 0)).toBe('M0,0H10V5H0Z');
	});

	it('anchorFor(position) flips the anchor near the right edge', () => {
		expect(anchorFor(95)).toBe('end');
		expect(anchorFor(50)).toBe('middle');
		expect(anchorFor(3)).toBe('start');
	});

	it('insidePlot(position) is true from 0 to 100 %, edges included', () => {
		expect(insidePlot(0)).toBe(true);
		expect(insidePlot(50)).toBe(true);
		expect(insidePlot(100)).toBe(true);
	});

	it('insidePlot(position) allows half a per cent of rounding by default', () => {
		expect(insidePlot(-0.4)).toBe(true);
		expect(insidePlot(100.4)).toBe(true);
		expect(insidePlot(-0.6)).toBe(false);
		expect(insidePlot(100.6, 1)).toBe(true);
	});

	it('insidePlot(position) is false far off the plot and for NaN', () => {
		expect(insidePlot(-400000)).toBe(false);
		expect(insidePlot(2500)).toBe(false);
		expect(insidePlot(NaN)).toBe(false);
	});

	it('nearestIndex(points, at, radius) is the index of the point closest to at', () => {
		const pts = [
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 10, y: 20 }
		];
		expect(nearestIndex(pts, { x: 7, y: 1 }, 24)).toBe(1);
		expect(nearestIndex(pts, { x: 9, y: 14 }, 24)).toBe(2);
	});

	it('nearestIndex(points, at, radius) is null when every point is farther than radius', () => {
		expect(nearestIndex([{ x: 0, y: 0 }], { x: 30, y: 40 }, 49)).toBeNull();
	});

	it('nearestIndex(points, at, radius) counts a point exactly radius away', () => {
		expect(nearestIndex([{ x: 0, y: 0 }], { x: 30, y: 40 }, 50)).toBe(0);
	});

	it('nearestToPointer(marks, pointer, box, percent, radius) reads percent marks in the box', () => {
		const marks = [
			{ left: 10, top: 50 },
			{ left: 60, top: 50 }
		];
		const box = { left: 100, top: 200, width: 400, height: 100 };
		// The second mark sits at 100 + 0.6 × 400 = 340 px, 200 + 0.5 × 100 = 250 px on the page.
		expect(nearestToPointer(marks, { clientX: 330, clientY: 255 }, box, true, 32)).toBe(1);
		expect(nearestToPointer(marks, { clientX: 300, clientY: 250 }, box, true, 32)).toBeNull();
	});

	it('nearestToPointer(marks, pointer, box, percent, radius) reads pixel marks from the box corner', () => {
		const marks = [{ left: 40, top: 30 }];
		const box = { left: 100, top: 200, width: 400, height: 100 };
		expect(nearestToPointer(marks, { clientX: 150, clientY: 230 }, box, false, 32)).toBe(0);
		expect(nearestToPointer(marks, { clientX: 40, clientY: 30 }, box, false, 32)).toBeNull();
	});

	it('nearestIndex(points, at, radius) picks the first of equally near points', () => {
		const pts = [
			{ x: -5, y: 0 },
			{ x: 5, y: 0 }
		];
		expect(nearestIndex(pts, { x: 0, y: 0 }, 24)).toBe(0);
	});

	it('nearestIndex([], at, radius) is null', () => {
		expect(nearestIndex([], { x: 0, y: 0 }, 24)).toBeNull();
	});

	it('nearestIndex(points, at, radius) does not modify its input', () => {
		const pts = [{ x: 1, y: 2 }];
		const copy = structuredClone(pts);
		nearestIndex(pts, { x: 0, y: 0 }, 24);
		expect(pts).toEqual(copy);
	});
});

describe('labelShift: a label hung from a point stays on the plot', () => {
	// A 300 px plot and a 150 px label: a phone's plot and "17,888 on 31 Dec 2016".
	it('keeps the anchor when the label fits where it hangs', () => {
		expect(labelShift(150, 150, 300, 'middle')).toBe(-75);
		expect(labelShift(20, 150, 300, 'start')).toBe(0);
		expect(labelShift(290, 150, 300, 'end')).toBe(-150);
	});
	it('slides a centred label inwards rather than past the left edge', () => {
		// Centred at 60 px it would start at -15 px; it starts at the edge instead.
		expect(60 + labelShift(60, 150, 300, 'middle')).toBe(0);
	});
	it('slides a centred label inwards rather than past the right edge', () => {
		const shift = labelShift(260, 150, 300, 'middle');
		expect(260 + shift + 150).toBe(300);
	});
	it('starts a label wider than the plot at its left edge', () => {
		expect(100 + labelShift(100, 400, 300, 'middle')).toBe(0);
	});
});

describe('noteMargin: a long note flips inwards sooner', () => {
	it('leaves a short figure to the usual margin', () => {
		expect(anchorFor(75, noteMargin('24,830'))).toBe('middle');
	});
	it('hangs a long dated note inwards at three-quarters across', () => {
		// Centred at 77 % of a phone's plot, this note overhung the right edge.
		expect(anchorFor(77, noteMargin('17,888 on 31 Dec 2016'))).toBe('end');
		expect(anchorFor(23, noteMargin('17,888 on 31 Dec 2016'))).toBe('start');
	});
	it('never asks for more than half the plot', () => {
		expect(noteMargin('x'.repeat(500))).toBe(50);
	});
});
