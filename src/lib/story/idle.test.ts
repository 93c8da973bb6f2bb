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

	it('runs the jobs after one that throws: a failed block never stalls the others', () => {
		const ran: string[] = [];
		inIdleTime(() => {
			throw new Error('a chart failed to hydrate');
		});
		inIdleTime(() => ran.push('b'));
		expect(() => vi.advanceTimersToNextTimer()).toThrow('a chart failed to hydrate');
		vi.runAllTimers();
		expect(ran).toEqual(['b']);
	});
});
