/**
 * Turns the measured figures and budgets.json into the verdicts and the Markdown that
 * `npm run bench` prints (and that BENCHMARK.md is pasted from).
 */

/**
 * A budget is absolute (min, max) or relative to the bare-stack floor measured in the same run:
 * maxRatio (story ÷ floor at most this) or maxOverFloor (story − floor at most this).
 * @typedef {{ min?: number, max?: number, maxRatio?: number, maxOverFloor?: number }} Budget
 */
/** @typedef {Record<string, Budget>} PageBudgets */
/** @typedef {Record<string, number | null>} Figures */
/** @typedef {'OK' | 'OVER' | 'n/a' | ''} Verdict */
/** @typedef {{ label: string, reading: import('./scroll.js').ScrollFigures, flinging: import('./scroll.js').ScrollFigures }} ScrollRun a read, labelled for the tables */

/** Row order and labels of the summary table; `digits` is how the figure is printed. */
const METRICS = [
	{ key: 'performance', label: 'Lighthouse performance (median)', digits: 0 },
	{ key: 'performanceWorst', label: 'Lighthouse performance (worst run)', digits: 0 },
	{ key: 'accessibility', label: 'Lighthouse accessibility', digits: 0 },
	{ key: 'bestPractices', label: 'Lighthouse best practices', digits: 0 },
	{ key: 'seo', label: 'Lighthouse SEO', digits: 0 },
	{ key: 'lcpMs', label: 'LCP (ms, simulated mobile, median)', digits: 0 },
	{ key: 'lcpWorstMs', label: 'LCP (ms, worst run)', digits: 0 },
	{ key: 'cls', label: 'CLS', digits: 3 },
	{ key: 'tbtMs', label: 'TBT (ms)', digits: 0 },
	{ key: 'jsKB', label: 'JS transferred on load (KB, as sent: brotli)', digits: 1 },
	{ key: 'loadKB', label: 'HTML+CSS+JS+fonts on load (KB)', digits: 1 },
	{ key: 'lateFontCls', label: 'CLS, fonts late on slow 3G at 4× CPU', digits: 3 },
	{ key: 'lateFontFcpMs', label: 'FCP, slow 3G at 4× CPU (ms)', digits: 0 },
	{ key: 'readJsKB', label: 'JS over a whole read (KB, gzip)', digits: 1 },
	{
		key: 'scrollLongestTaskMs',
		label: 'Scroll at 4× CPU: longest task (ms, worst run)',
		digits: 0
	},
	{ key: 'scrollTasksOver50', label: 'Scroll at 4× CPU: tasks over 50 ms (worst run)', digits: 0 },
	{
		key: 'scrollLongestFrameMs',
		label: 'Scroll at 4× CPU: longest animation frame (ms)',
		digits: 0
	},
	{
		key: 'scrollFramesOver50',
		label: 'Scroll at 4× CPU: frames over 50 ms (worst run)',
		digits: 0
	},
	{ key: 'scrollMedianFps', label: 'Scroll at 4× CPU: median fps (reading)', digits: 1 },
	{
		key: 'scroll6xTasksOver50',
		label: 'Scroll at 6× CPU: tasks over 50 ms (worst run)',
		digits: 0
	},
	{
		key: 'scroll6xFramesOver50',
		label: 'Scroll at 6× CPU: frames over 50 ms (worst run)',
		digits: 0
	},
	{
		key: 'scroll6xLongestFrameMs',
		label: 'Scroll at 6× CPU: longest frame or task (ms)',
		digits: 0
	}
];

/**
 * @param {number | null | undefined} value
 * @param {Budget | undefined} budget
 * @param {number | null | undefined} [floor] the floor's figure from the same run
 * @returns {Verdict}
 */
export function verdict(value, budget, floor) {
	if (!budget) return '';
	if (value === null || value === undefined) return 'n/a';
	if (budget.min !== undefined && below(value, budget.min)) return 'OVER';
	if (budget.max !== undefined && above(value, budget.max)) return 'OVER';
	const relative = budget.maxRatio !== undefined || budget.maxOverFloor !== undefined;
	if (relative && (floor === null || floor === undefined)) return 'n/a';
	if (
		budget.maxRatio !== undefined &&
		above(value, /** @type {number} */ (floor) * budget.maxRatio)
	)
		return 'OVER';
	if (
		budget.maxOverFloor !== undefined &&
		above(value, /** @type {number} */ (floor) + budget.maxOverFloor)
	)
		return 'OVER';
	return 'OK';
}

/**
 * Whether `value` is past `limit` by more than floating-point noise: Lighthouse's total blocking
 * time, a sum of (task − 50 ms), came out as 50.00000000000006 for a page at exactly 50 ms, which
 * printed "50" beside "≤ 50" and was judged OVER.
 * @param {number} value
 * @param {number} limit
 */
const above = (value, limit) => value - limit > 1e-9 * Math.max(1, Math.abs(limit));
/** @param {number} value @param {number} limit */
const below = (value, limit) => above(limit, value);

/** @param {Budget | undefined} budget */
export function formatBudget(budget) {
	if (!budget) return '—';
	/** @type {string[]} */
	const parts = [];
	if (budget.min !== undefined && budget.max !== undefined)
		parts.push(`${budget.min}–${budget.max}`);
	else if (budget.min !== undefined) parts.push(`≥ ${budget.min}`);
	else if (budget.max !== undefined) parts.push(`≤ ${budget.max}`);
	if (budget.maxRatio !== undefined)
		parts.push(budget.maxRatio === 1 ? '≤ floor' : `≤ ${budget.maxRatio}× floor`);
	if (budget.maxOverFloor !== undefined) parts.push(`≤ floor + ${budget.maxOverFloor}`);
	return parts.join(', ') || '—';
}

/** @param {number | null | undefined} value @param {number} digits */
function formatValue(value, digits) {
	if (value === null || value === undefined) return '—';
	return value.toLocaleString('en-GB', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

/**
 * The story's figure as a multiple of the floor's: '—' where either is missing or the floor's is 0.
 * @param {number | null | undefined} value
 * @param {number | null | undefined} floor
 */
export function formatRatio(value, floor) {
	if (typeof value !== 'number' || typeof floor !== 'number' || floor === 0) return '—';
	return `${formatValue(value / floor, 2)}×`;
}

/**
 * @param {{ floor: Figures | null, story: Figures | null, embed: Figures | null }} figures null: page not measured
 * @param {{ story: PageBudgets, embed: PageBudgets }} budgets
 * @param {{ floor: string, story: string, embed: string }} notes shown when a page has no figures
 */
export function summaryTable(figures, budgets, notes) {
	const rows = [
		'| figure | floor | story | story ÷ floor | budget | | embed | budget | |',
		'|---|--:|--:|--:|--:|---|--:|--:|---|'
	];
	for (const { key, label, digits } of METRICS) {
		const floorValue = figures.floor?.[key];
		const floorCell = figures.floor ? formatValue(floorValue, digits) : notes.floor;
		const cells = /** @type {const} */ (['story', 'embed']).flatMap((page) => {
			const budget = budgets[page][key];
			const page_figures = figures[page];
			if (!page_figures) return [notes[page], formatBudget(budget), ''];
			const value = page_figures[key];
			if (value === undefined && !budget) return ['', '—', ''];
			return [formatValue(value, digits), formatBudget(budget), verdict(value, budget, floorValue)];
		});
		const ratio = figures.story ? formatRatio(figures.story[key], floorValue) : '—';
		rows.push(
			`| ${label} | ${floorCell} | ${cells[0]} | ${ratio} | ${cells.slice(1, 3).join(' | ')} | ${cells.slice(3).join(' | ')} |`
		);
	}
	return rows.join('\n');
}

/**
 * @param {import('./bytes.js').PageBytes} bytes
 * @param {number} [top] how many package rows to show
 */
export function bytesTables(bytes, top = 15) {
	const kb = (/** @type {number} */ n) => formatValue(n / 1000, 1);
	const chunkRows = bytes.chunks.map((c) => `| \`${c.file}\` | ${kb(c.raw)} | ${kb(c.gzip)} |`);
	const { js, css } = bytes.totals;
	const packageRows = bytes.packages
		.slice(0, top)
		.map((p) => `| \`${p.bucket}\` | ${kb(p.raw)} | ${kb(p.gzip)} |`);
	const rest = bytes.packages.slice(top);
	if (rest.length) {
		const raw = rest.reduce((sum, p) => sum + p.raw, 0);
		const gzip = rest.reduce((sum, p) => sum + p.gzip, 0);
		packageRows.push(`| ${rest.length} more | ${kb(raw)} | ${kb(gzip)} |`);
	}
	return [
		`Chunks loaded by \`build/${bytes.page}\` (KB; gzip at level 9):`,
		'',
		'| file | raw | gzip |',
		'|---|--:|--:|',
		...chunkRows,
		`| **JS total** | **${kb(js.raw)}** | **${kb(js.gzip)}** |`,
		`| **CSS total** | **${kb(css.raw)}** | **${kb(css.gzip)}** |`,
		'',
		'JS by npm package / source folder (from the source maps; gzip shared pro rata):',
		'',
		'| from | raw | gzip (est.) |',
		'|---|--:|--:|',
		...packageRows
	].join('\n');
}

/**
 * One row per phase of each scroll run.
 * @param {{ label: string, reading: import('./scroll.js').ScrollFigures, flinging: import('./scroll.js').ScrollFigures }[]} runs
 */
export function scrollTable(runs) {
	/** @param {import('./scroll.js').ScrollFigures} s */
	const row = (s) =>
		[
			formatValue(s.durationMs / 1000, 1),
			s.frames,
			formatValue(s.longestTaskMs, 0),
			s.tasksOver50,
			formatValue(s.longestFrameMs, 0),
			s.framesOver50 ?? '—',
			formatValue(s.medianFrameMs, 1),
			formatValue(s.p95FrameMs, 1),
			formatValue(s.medianFps, 1),
			formatValue(s.p95Fps, 1)
		].join(' | ');
	return [
		'| run | phase | s | frames | longest task (ms) | tasks > 50 ms | longest animation frame (ms) | frames > 50 ms | median frame (ms) | p95 frame (ms) | fps (median) | fps (p95) |',
		'|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
		...runs.flatMap((run) => [
			`| ${run.label} | reading (wheel) | ${row(run.reading)} |`,
			`| ${run.label} | flinging (jumps) | ${row(run.flinging)} |`
		])
	].join('\n');
}

/**
 * What ran in a long animation frame, as a reader of the table can follow it up: each script's
 * kind (a timer, an observer's callback, a module's first run…) and time, in the order they ran,
 * where its function starts (chunk and character, for a callback), with the time it spent
 * compiling and the layout it forced.
 * @param {import('./scroll.js').LongFrame} frame
 */
export function whatRan(frame) {
	if (!frame.scripts.length) return 'no script';
	return frame.scripts
		.map((script) => {
			const kind = /^[a-z]+:\/\//.test(script.invoker)
				? `module ${script.invoker.split('/').pop()}`
				: script.invoker.replace(/^TimerHandler:/, '').replace(/Callback$/, '');
			const notes = [
				[Math.round(script.compileMs ?? 0), 'compiling'],
				[Math.round(script.forcedLayoutMs), 'forced layout']
			].flatMap(([ms, what]) => (ms ? [`${ms} ms ${what}`] : []));
			// A module's first run is named by its file already.
			const where = script.source && !kind.startsWith('module ') ? ` in ${script.source}` : '';
			return `${kind} ${Math.round(script.ms)} ms${where}${notes.length ? ` (${notes.join(', ')})` : ''}`;
		})
		.join(' + ');
}

/**
 * The part of a long frame that was neither a script nor the rendering update: input handled
 * without script, the browser's own tasks (a hit test, parsing a fetched file, garbage collection)
 * and waiting between tasks. Scripts run inside the rendering update (animation frame and
 * observer callbacks) are counted once, in the rendering.
 * @param {import('./scroll.js').LongFrame} frame
 */
export function neitherMs(frame) {
	const scripts = frame.scripts
		.filter((script) => !script.inRender)
		.reduce((sum, script) => sum + script.ms, 0);
	return Math.max(0, frame.ms - frame.renderMs - scripts);
}

/**
 * Every animation frame over 50 ms in the runs, one row each, with when it came in its phase and
 * what ran in it: the figure the goal counts, made something to act on.
 * @param {ScrollRun[]} runs
 */
export function longFramesTable(runs) {
	return tableOf(
		'| run | phase | at (s) | frame (ms) | rendering (ms) | neither script nor rendering (ms) | blocking (ms) | what ran, in order |',
		'|---|---|--:|--:|--:|--:|--:|---|',
		phasesOf(runs).flatMap(({ label, phase, figures }) =>
			(figures.longFrames ?? []).map(
				(frame) =>
					`| ${label} | ${phase} | ${formatValue(frame.atMs / 1000, 1)} | ${Math.round(frame.ms)} | ${Math.round(frame.renderMs)} | ${Math.round(neitherMs(frame))} | ${frame.blockingMs == null ? '—' : Math.round(frame.blockingMs)} | ${whatRan(frame)} |`
			)
		),
		'No animation frame over 50 ms.'
	);
}

/**
 * Every task over 50 ms in the runs, one row each, with when it came and the long frame it lies in,
 * if any. The observers do not always agree: a frame's rendering task can pass 50 ms while the frame
 * the browser reports, ended before the commit to the compositor, stays under it. Then its time is
 * what finds it in a trace.
 * @param {ScrollRun[]} runs
 */
export function longTasksTable(runs) {
	return tableOf(
		'| run | phase | at (s) | task (ms) | long frame it lies in |',
		'|---|---|--:|--:|---|',
		phasesOf(runs).flatMap(({ label, phase, figures }) =>
			figures.longTasks.map((task) => {
				const frame = (figures.longFrames ?? []).find(
					(f) => task.atMs >= f.atMs - 1 && task.atMs <= f.atMs + f.ms
				);
				const inFrame = frame
					? `the ${Math.round(frame.ms)} ms frame at ${formatValue(frame.atMs / 1000, 1)} s`
					: 'none over 50 ms';
				return `| ${label} | ${phase} | ${formatValue(task.atMs / 1000, 1)} | ${Math.round(task.ms)} | ${inFrame} |`;
			})
		),
		'No task over 50 ms.'
	);
}

/**
 * Each run's two phases, named as the tables print them.
 * @param {ScrollRun[]} runs
 */
function phasesOf(runs) {
	return runs.flatMap((run) => [
		{ label: run.label, phase: 'reading (wheel)', figures: run.reading },
		{ label: run.label, phase: 'flinging (jumps)', figures: run.flinging }
	]);
}

/**
 * A Markdown table, or the sentence that says it has no rows.
 * @param {string} head
 * @param {string} align
 * @param {string[]} rows
 * @param {string} none
 */
function tableOf(head, align, rows, none) {
	return rows.length ? [head, align, ...rows].join('\n') : none;
}
