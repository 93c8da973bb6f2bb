import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hurry, inIdleTime } from './idle';

describe('inIdleTime(job)', () => {
	beforeEach(() => vi.useFakeTimers());
	// The queue is the module's: each test leaves it empty, or the next would inherit its turn.
	afterEach(() => {
		vi.runAllTimers();
		vi.useRealTimers();
	});

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

	it('runs the work of the block in view first, without waiting for an idle period', () => {
		const ran: string[] = [];
		inIdleTime(() => ran.push('far'));
		inIdleTime(() => ran.push('far, later'));
		inIdleTime(
			() => ran.push('in view'),
			() => true
		);
		// setTimeout(0) comes before the 50 ms stand-in for an idle period.
		vi.advanceTimersByTime(1);
		expect(ran).toEqual(['in view']);
		vi.runAllTimers();
		expect(ran).toEqual(['in view', 'far', 'far, later']);
	});

	it('still gives each piece of urgent work a task of its own', () => {
		const ran: string[] = [];
		for (const name of ['a', 'b', 'c'])
			inIdleTime(
				() => ran.push(name),
				() => true
			);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a']);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual(['a', 'b']);
	});

	it('stops waiting for idle when a queued block becomes the one in view', () => {
		const ran: string[] = [];
		let inView = false;
		inIdleTime(() => ran.push('elsewhere'));
		inIdleTime(
			() => ran.push('jumped to'),
			() => inView
		);
		inView = true;
		hurry();
		vi.advanceTimersByTime(1);
		expect(ran).toEqual(['jumped to']);
		vi.runAllTimers();
		expect(ran).toEqual(['jumped to', 'elsewhere']);
	});

	it('takes no turn before the frame after a job: two jobs never share a frame', () => {
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			frames.push(callback);
			return frames.length;
		});
		try {
			const ran: string[] = [];
			for (const name of ['a', 'b'])
				inIdleTime(
					() => ran.push(name),
					() => true
				);
			vi.advanceTimersToNextTimer();
			expect(ran).toEqual(['a']);
			// However long the page stays idle, b waits for a frame to be drawn after a.
			vi.advanceTimersByTime(5_000);
			expect(ran).toEqual(['a']);
			expect(frames).toHaveLength(1);
			frames.shift()!(0);
			vi.advanceTimersToNextTimer();
			expect(ran).toEqual(['a', 'b']);
			// The frame after the last job: nothing left to take a turn for.
			frames.shift()!(16);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
