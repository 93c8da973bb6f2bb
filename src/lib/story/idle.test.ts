import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inIdleTime } from './idle';

describe('inIdleTime(job)', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs one job per idle period, in order', () => {
		const ran: string[] = [];
		inIdleTime(() => ran.push('a'));
		inIdleTime(() => ran.push('b'));
		expect(ran).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a']);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a', 'b']);
	});

	it('drops a job cancelled before its turn', () => {
		const ran: string[] = [];
		inIdleTime(() => ran.push('a'));
		const cancel = inIdleTime(() => ran.push('b'));
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['a']);
	});
});
