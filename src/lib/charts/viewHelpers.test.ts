import { describe, expect, it } from 'vitest';
import { cartesian, note, yScaleFrom } from './viewHelpers';
import type { Datum } from './view';

const point: Datum = { x: 2016.25, y: 17955, label: '31 Mar 2016', text: '17,955 officers' };

describe('cartesian', () => {
	it('cartesian(xDomain, xTicks, y, rest) takes the y domain and ticks from the scale', () => {
		const y = yScaleFrom(24830, String, 5);
		const view = cartesian([2010, 2019.5], [{ value: 2010, label: '2010' }], y, {
			series: [],
			notes: [],
			gaps: []
		});
		expect(view.yDomain).toBe(y.domain);
		expect(view.yTicks).toBe(y.ticks);
		expect(view.xDomain).toEqual([2010, 2019.5]);
	});
});

describe('note', () => {
	it('note(d, text) labels the point above it with a dot, in the accent', () => {
		expect(note(point, '17,955')).toEqual({
			x: 2016.25,
			y: 17955,
			text: '17,955',
			tone: 'accent',
			dot: true,
			place: 'above'
		});
	});

	it('note(gap, text) sits a published gap on the axis rather than at no height', () => {
		expect(note({ ...point, y: null }, 'no figure', 'faint', 'below')).toMatchObject({
			y: 0,
			tone: 'faint',
			place: 'below'
		});
	});

	it('note(d, text) does not modify its input', () => {
		const copy = { ...point };
		note(point, 'x');
		expect(point).toEqual(copy);
	});
});
