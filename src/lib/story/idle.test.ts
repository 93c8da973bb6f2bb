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

	describe('with the browser’s idle periods', () => {
		type Turn = { run: IdleRequestCallback; timeout?: number };
		let turns: Turn[];
		const period = (left: number, didTimeout = false): IdleDeadline => ({
			timeRemaining: () => left,
			didTimeout
		});
		beforeEach(() => {
			turns = [];
			vi.stubGlobal(
				'requestIdleCallback',
				(run: IdleRequestCallback, options?: IdleRequestOptions) => {
					turns.push({ run, timeout: options?.timeout });
					return turns.length;
				}
			);
			vi.stubGlobal('cancelIdleCallback', () => {});
		});
		// The queue's memory is the module's: leave it at rest, as a page with room would.
		afterEach(() => {
			inIdleTime(() => {});
			while (turns.length) turns.shift()!.run(period(50));
			vi.unstubAllGlobals();
		});

		it('work nobody waits for passes over a period between two frames, and takes a longer one', () => {
			const ran: string[] = [];
			inIdleTime(() => ran.push('far'));
			// What the browser leaves between two frames of a scroll: a hydration would overrun it.
			turns.shift()!.run(period(6));
			expect(ran).toEqual([]);
			expect(turns, 'asked again').toHaveLength(1);
			expect(turns[0].timeout!, 'within the first wait').toBeLessThanOrEqual(1000);
			turns.shift()!.run(period(40));
			expect(ran).toEqual(['far']);
		});

		it('a reader who never pauses still gets it done, when its wait runs out', () => {
			const ran: string[] = [];
			inIdleTime(() => ran.push('far'));
			turns.shift()!.run(period(6));
			turns.shift()!.run(period(0, true));
			expect(ran).toEqual(['far']);
		});

		it('a wait ends on time though its last moments fall between two frames', () => {
			let now = 10_000;
			vi.spyOn(performance, 'now').mockImplementation(() => now);
			const ran: string[] = [];
			inIdleTime(() => ran.push('far'));
			now += 999.5;
			turns.shift()!.run(period(3));
			expect(ran).toEqual([]);
			// Half a millisecond left: asked for as 1 ms, since 0 would be no timeout at all.
			expect(turns[0].timeout).toBe(1);
			now += 1;
			// The browser calls it in a period between two frames, not as timed out.
			turns.shift()!.run(period(3));
			expect(ran).toEqual(['far']);
			vi.mocked(performance.now).mockRestore();
		});

		it('a page that draws frame after frame holds only the first job a whole wait', () => {
			const ran: string[] = [];
			for (const name of ['a', 'b', 'c']) inIdleTime(() => ran.push(name));
			// An animation: every period is between two frames, and a's wait runs out.
			turns.shift()!.run(period(3));
			turns.shift()!.run(period(0, true));
			expect(ran).toEqual(['a']);
			// b and c take the periods that come, without waiting a second each.
			turns.shift()!.run(period(3));
			expect(ran).toEqual(['a', 'b']);
			// A period with room: the page has come to rest, and the next job waits for room again.
			inIdleTime(() => ran.push('d'));
			turns.shift()!.run(period(30));
			expect(ran).toEqual(['a', 'b', 'c']);
			turns.shift()!.run(period(3));
			expect(ran).toEqual(['a', 'b', 'c']);
			turns.shift()!.run(period(30));
			expect(ran).toEqual(['a', 'b', 'c', 'd']);
		});

		it('work for the block in view takes whatever period comes', () => {
			const ran: string[] = [];
			inIdleTime(
				() => ran.push('in view'),
				() => true
			);
			turns.shift()!.run(period(2));
			expect(ran).toEqual(['in view']);
		});
	});
});
