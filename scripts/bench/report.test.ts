import { describe, expect, it } from 'vitest';
import {
	formatBudget,
	formatRatio,
	longFramesTable,
	longTasksTable,
	neitherMs,
	summaryTable,
	verdict,
	whatRan
} from './report.js';
import { summarise } from './scroll.js';

describe('verdict(value, budget, floor)', () => {
	it.each([
		['within an absolute maximum', 40, { max: 50 }, undefined, 'OK'],
		['over an absolute maximum', 60, { max: 50 }, undefined, 'OVER'],
		[
			'at the maximum but for float noise (TBT 50.00000000000006)',
			50.00000000000006,
			{ max: 50 },
			undefined,
			'OK'
		],
		['a thousandth over the maximum', 50.001, { max: 50 }, undefined, 'OVER'],
		['a thousandth under a minimum', 99.999, { min: 100 }, undefined, 'OVER'],
		['under a minimum', 99, { min: 100 }, undefined, 'OVER'],
		['at most the floor when the ratio is 1', 50, { maxRatio: 1 }, 50, 'OK'],
		['over the floor when the ratio is 1', 50.1, { maxRatio: 1 }, 50, 'OVER'],
		['within floor + margin', 1550, { maxOverFloor: 150 }, 1400, 'OK'],
		['over floor + margin', 1551, { maxOverFloor: 150 }, 1400, 'OVER'],
		['relative without a floor figure', 10, { maxRatio: 1 }, null, 'n/a'],
		['absolute and relative, the absolute one broken', 90, { max: 80, maxRatio: 2 }, 50, 'OVER']
	] as const)('%s', (_, value, budget, floor, expected) => {
		expect(verdict(value, budget, floor)).toBe(expected);
	});

	it('is n/a for a missing figure and blank without a budget', () => {
		expect(verdict(null, { max: 1 })).toBe('n/a');
		expect(verdict(1, undefined)).toBe('');
	});
});

describe('formatBudget(budget) and formatRatio(value, floor)', () => {
	it('names relative budgets by the floor', () => {
		expect(formatBudget({ maxRatio: 1 })).toBe('≤ floor');
		expect(formatBudget({ maxOverFloor: 150 })).toBe('≤ floor + 150');
		expect(formatBudget({ max: 80, maxRatio: 1.5 })).toBe('≤ 80, ≤ 1.5× floor');
	});

	it('gives the story as a multiple of the floor, and a dash where it cannot', () => {
		expect(formatRatio(75, 50)).toBe('1.50×');
		expect(formatRatio(5, 0)).toBe('—');
		expect(formatRatio(null, 50)).toBe('—');
	});
});

describe('summaryTable(figures, budgets, notes)', () => {
	it('prints the floor and the story side by side with their ratio and the verdict', () => {
		const table = summaryTable(
			{ floor: { lcpMs: 1400, jsKB: 50 }, story: { lcpMs: 1600, jsKB: 48 }, embed: null },
			{ story: { lcpMs: { maxOverFloor: 150 }, jsKB: { maxRatio: 1 } }, embed: {} },
			{ floor: 'not measured', story: 'not built', embed: 'not built' }
		);
		const row = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`));
		expect(row('LCP (ms, simulated mobile, median)')).toBe(
			'| LCP (ms, simulated mobile, median) | 1,400 | 1,600 | 1.14× | ≤ floor + 150 | OVER | not built | — |  |'
		);
		expect(row('JS transferred on load')).toContain('| 50.0 | 48.0 | 0.96× | ≤ floor | OK |');
	});
});

describe('whatRan(frame), neitherMs(frame) and longFramesTable(runs)', () => {
	// A step's timer, then the rendering update with an observer's callback in it.
	const stepChange = {
		atMs: 17_030,
		ms: 62.4,
		renderMs: 20,
		blockingMs: 12.4,
		scripts: [
			{ invoker: 'TimerHandler:setTimeout', ms: 25.2, forcedLayoutMs: 0, source: 'D4kq.js:5120' },
			{
				invoker: 'IntersectionObserverCallback',
				ms: 15,
				forcedLayoutMs: 14.2,
				inRender: true,
				source: ''
			}
		]
	};
	// A block's code run for the first time, compiled first; most of the frame is neither.
	const wake = {
		atMs: 1_772,
		ms: 78,
		renderMs: 2,
		blockingMs: null,
		scripts: [
			{
				invoker: 'http://localhost:4173/_app/immutable/chunks/BKptGKXV.js',
				ms: 13,
				forcedLayoutMs: 0,
				compileMs: 9.6,
				source: 'BKptGKXV.js:0'
			}
		]
	};
	const quiet = { ...summarise([0, 16.7, 33.4], [], []), longFrames: [] };

	it('names each script by its kind, time and where its function starts, in order, with the layout it forced', () => {
		expect(whatRan(stepChange)).toBe(
			'setTimeout 25 ms in D4kq.js:5120 + IntersectionObserver 15 ms (14 ms forced layout)'
		);
		expect(whatRan(wake)).toBe('module BKptGKXV.js 13 ms (10 ms compiling)');
		expect(whatRan({ atMs: 0, ms: 55, renderMs: 50, scripts: [] })).toBe('no script');
	});
	it('tells the time in neither a script nor the rendering, counting a callback in the rendering once', () => {
		// 62.4 − 20 of rendering (the observer's 15 inside it) − the timer's 25.2.
		expect(neitherMs(stepChange)).toBeCloseTo(17.2);
		expect(neitherMs(wake)).toBe(63);
		expect(neitherMs({ atMs: 0, ms: 59, renderMs: 26, scripts: [] })).toBe(33);
		expect(
			neitherMs({
				atMs: 0,
				ms: 51,
				renderMs: 40,
				scripts: [{ invoker: 'x', ms: 20, forcedLayoutMs: 0 }]
			})
		).toBe(0);
	});
	it('lists every long frame of every run and phase, with when it came', () => {
		const table = longFramesTable([
			{
				label: '4× CPU, run 1',
				reading: { ...quiet, longFrames: [wake, stepChange] },
				flinging: quiet
			},
			{ label: '4× CPU, run 2', reading: quiet, flinging: quiet }
		]);
		const rows = table.split('\n').filter((line) => line.startsWith('| 4×'));
		expect(rows).toEqual([
			'| 4× CPU, run 1 | reading (wheel) | 1.8 | 78 | 2 | 63 | — | module BKptGKXV.js 13 ms (10 ms compiling) |',
			'| 4× CPU, run 1 | reading (wheel) | 17.0 | 62 | 20 | 17 | 12 | setTimeout 25 ms in D4kq.js:5120 + IntersectionObserver 15 ms (14 ms forced layout) |'
		]);
	});
	it('says so when no frame was over 50 ms', () => {
		expect(longFramesTable([{ label: '4× CPU, run 1', reading: quiet, flinging: quiet }])).toBe(
			'No animation frame over 50 ms.'
		);
	});
});

describe('summarise(frames, tasks, loafs)', () => {
	const frame = (ms: number) => ({ atMs: 0, ms, renderMs: 0, scripts: [] });
	it('counts and keeps only the animation frames over 50 ms, and the longest', () => {
		const figures = summarise(
			[0, 16.7, 33.4, 100],
			[
				{ atMs: 10, ms: 30 },
				{ atMs: 90, ms: 70 }
			],
			[frame(48), frame(50.5), frame(74)]
		);
		expect(figures.framesOver50).toBe(2);
		expect(figures.longestFrameMs).toBe(74);
		expect(figures.longFrames?.map((f) => f.ms)).toEqual([50.5, 74]);
		expect(figures.tasksOver50).toBe(1);
		expect(figures.longTasks).toEqual([{ atMs: 90, ms: 70 }]);
	});
	it('has no frame figures where long animation frames are not reported', () => {
		const figures = summarise([0, 16.7], [], null);
		expect([figures.framesOver50, figures.longestFrameMs, figures.longFrames]).toEqual([
			null,
			null,
			null
		]);
	});
});

describe('longTasksTable(runs)', () => {
	const phase = (
		longTasks: { atMs: number; ms: number }[],
		longFrames: { atMs: number; ms: number; renderMs: number; scripts: [] }[] = []
	) => ({ ...summarise([0, 16.7], [], longFrames), longTasks });
	it('gives each task over 50 ms its time, and the long frame it lies in or none', () => {
		const reading = phase(
			[
				{ atMs: 22_579, ms: 51.2 },
				{ atMs: 7_410, ms: 63 }
			],
			[{ atMs: 7_405, ms: 66, renderMs: 30, scripts: [] }]
		);
		expect(
			longTasksTable([{ label: '4× CPU, run 1', reading, flinging: phase([]) }])
				.split('\n')
				.slice(2)
		).toEqual([
			'| 4× CPU, run 1 | reading (wheel) | 22.6 | 51 | none over 50 ms |',
			'| 4× CPU, run 1 | reading (wheel) | 7.4 | 63 | the 66 ms frame at 7.4 s |'
		]);
	});
	it('says so when no task was over 50 ms', () => {
		expect(
			longTasksTable([{ label: '4× CPU, run 1', reading: phase([]), flinging: phase([]) }])
		).toBe('No task over 50 ms.');
	});
});
