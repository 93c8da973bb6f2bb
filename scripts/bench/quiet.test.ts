import { describe, expect, it } from 'vitest';
import { busyShare, cpuTimes } from './quiet.js';

// Two snapshots of a 2-core machine's /proc/stat, one second (200 ticks) apart: user, nice,
// system, idle, iowait, irq, softirq, steal, guest, guest_nice.
const BEFORE = `cpu  1000 0 500 8000 100 0 0 0 0 0
cpu0 500 0 250 4000 50 0 0 0 0 0
cpu1 500 0 250 4000 50 0 0 0 0 0
intr 12345
`;
// 30 ticks of user, 10 of system, 150 idle, 10 waiting on the disk: 40 of 200 busy.
const AFTER = `cpu  1030 0 510 8150 110 0 0 0 0 0
cpu0 515 0 255 4075 55 0 0 0 0 0
cpu1 515 0 255 4075 55 0 0 0 0 0
`;

describe("the machine's quiet before a timed read", () => {
	it('counts time waiting on the disk as idle, and the rest as busy', () => {
		expect(busyShare(cpuTimes(BEFORE), cpuTimes(AFTER))).toBeCloseTo(0.2, 6);
	});

	it('reads the all-CPU line, not one core', () => {
		expect(cpuTimes(BEFORE)).toEqual({ idle: 8100, total: 9600 });
	});

	it('has no share when no time has passed', () => {
		expect(busyShare(cpuTimes(BEFORE), cpuTimes(BEFORE))).toBeNull();
	});

	it('says what is wrong with a /proc/stat it cannot read', () => {
		expect(() => cpuTimes('intr 1 2 3\n')).toThrow(/no "cpu" line/);
		expect(() => cpuTimes('cpu  12 x 4 5\n')).toThrow(/not a list of numbers/);
	});
});
