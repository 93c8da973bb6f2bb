import { describe, expect, it } from 'vitest';
import { CLEARANCE, canStick, stickRoom, type Room } from './stickyFit';

const phone: Room = {
	viewport: 844,
	graphic: 460,
	tallestStep: 220,
	top: 0,
	beside: false,
	trigger: 0.75
};

describe('canStick(room)', () => {
	it.each([
		{ room: phone, expected: true, why: 'sticks on a tall phone with room for a card' },
		{
			room: { ...phone, viewport: 568, graphic: 415, tallestStep: 260 },
			expected: false,
			why: 'does not stick on a small phone where no card fits under the chart'
		},
		{
			room: { ...phone, viewport: 400, graphic: 480, tallestStep: 150 },
			expected: false,
			why: 'does not stick when the chart is taller than the screen (200% zoom)'
		},
		{
			room: { ...phone, graphic: 640, tallestStep: 120 },
			expected: false,
			why: 'does not stick when the chart ends below the reading line, however short the cards'
		},
		{
			room: { ...phone, graphic: 844 * 0.75 - CLEARANCE, tallestStep: 844 * 0.25 - CLEARANCE },
			expected: true,
			why: 'sticks when chart and card fit exactly'
		},
		{
			room: {
				...phone,
				graphic: 844 * 0.75 - CLEARANCE,
				tallestStep: 844 * 0.25 - CLEARANCE + 1
			},
			expected: false,
			why: 'does not stick one pixel past an exact fit'
		},
		{
			room: { viewport: 800, graphic: 700, tallestStep: 600, top: 48, beside: true, trigger: 0.5 },
			expected: true,
			why: 'beside the text only the chart has to fit the screen'
		},
		{
			room: { viewport: 800, graphic: 764, tallestStep: 100, top: 48, beside: true, trigger: 0.5 },
			expected: true,
			why: 'beside the text a chart too tall for its usual gap still sticks, higher up'
		},
		{
			room: { viewport: 800, graphic: 793, tallestStep: 100, top: 48, beside: true, trigger: 0.5 },
			expected: false,
			why: 'beside the text a chart that cannot end clear of the foot at any top does not stick'
		}
	])('$why', ({ room, expected }) => {
		expect(canStick(room)).toBe(expected);
	});

	it('beside the text, sticks exactly when the room above the chart is not negative', () => {
		const desk = { viewport: 800, tallestStep: 100, top: 48, beside: true, trigger: 0.5 };
		expect(canStick({ ...desk, graphic: 800 - CLEARANCE })).toBe(true);
		expect(canStick({ ...desk, graphic: 800 - CLEARANCE + 1 })).toBe(false);
	});

	it('throws on a size that is not a measurement', () => {
		expect(() => canStick({ ...phone, graphic: Number.NaN })).toThrow(/graphic must be/);
		expect(() => canStick({ ...phone, viewport: -1 })).toThrow(/viewport must be/);
	});

	it('does not modify its input', () => {
		const room = { ...phone };
		canStick(room);
		expect(room).toEqual(phone);
	});
});

describe('stickRoom(room)', () => {
	it('is the gap that leaves the chart ending the clearance above the viewport foot', () => {
		// The since-2019 chart at 1280×800: 6svh (48 px) would push its foot 1 px below the screen.
		expect(48 + 753 + CLEARANCE).toBeGreaterThan(800);
		expect(stickRoom({ viewport: 800, graphic: 753 })).toBe(39);
	});

	it('is negative when the chart is taller than the screen allows', () => {
		expect(stickRoom({ viewport: 800, graphic: 985 })).toBeLessThan(0);
	});
});
