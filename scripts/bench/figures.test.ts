import { describe, expect, it } from 'vitest';
import { scrollFigures } from './figures.js';

const phase = (tasksOver50: number, longestTaskMs: number, framesOver50 = 0) => ({
	tasksOver50,
	longestTaskMs,
	framesOver50,
	longestFrameMs: longestTaskMs,
	medianFps: 60,
	durationMs: 10_000,
	frames: 600,
	medianFrameMs: 16.7,
	p95FrameMs: 20,
	p95Fps: 50,
	longFrames: [],
	longTasks: []
});

describe('scrollFigures(byRate)', () => {
	it('counts a run’s long tasks over both phases and reports the worst run, not the median', () => {
		const figures = scrollFigures({
			4: [
				{ reading: phase(0, 40), flinging: phase(1, 60), readJsBytes: 120_000 },
				{ reading: phase(2, 80), flinging: phase(1, 55), readJsBytes: 121_000 },
				{ reading: phase(0, 30), flinging: phase(0, 45), readJsBytes: 122_000 }
			]
		});
		expect(figures.scrollTasksOver50).toBe(3);
		expect(figures.scrollLongestTaskMs).toBe(80);
		expect(figures.readJsKB).toBe(121);
	});

	it('leaves a rate that was not measured empty rather than zero', () => {
		const figures = scrollFigures({
			4: [{ reading: phase(0, 40), flinging: phase(0, 40), readJsBytes: 1 }]
		});
		expect(figures.scroll6xTasksOver50).toBeNull();
		expect(figures.scroll6xFramesOver50).toBeNull();
	});
});
