/**
 * Turns the measured figures and budgets.json into the verdicts and the Markdown that
 * `npm run bench` prints (and that BENCHMARK.md is pasted from).
 */

/** @typedef {{ min?: number, max?: number }} Budget */
/** @typedef {Record<string, Budget>} PageBudgets */
/** @typedef {Record<string, number | null>} Figures */
/** @typedef {'OK' | 'OVER' | 'n/a' | ''} Verdict */

/** Row order and labels of the summary table; `digits` is how the figure is printed. */
export const METRICS = [
	{ key: 'performance', label: 'Lighthouse performance', digits: 0 },
	{ key: 'accessibility', label: 'Lighthouse accessibility', digits: 0 },
	{ key: 'bestPractices', label: 'Lighthouse best practices', digits: 0 },
	{ key: 'seo', label: 'Lighthouse SEO', digits: 0 },
	{ key: 'lcpMs', label: 'LCP (ms, simulated mobile)', digits: 0 },
	{ key: 'cls', label: 'CLS', digits: 3 },
	{ key: 'tbtMs', label: 'TBT (ms)', digits: 0 },
	{ key: 'jsKB', label: 'JS transferred on load (KB, gzip)', digits: 1 },
	{ key: 'loadKB', label: 'HTML+CSS+JS+fonts on load (KB)', digits: 1 },
	{ key: 'scrollLongestTaskMs', label: 'Scroll at 4× CPU: longest task (ms)', digits: 0 },
	{ key: 'scrollTasksOver50', label: 'Scroll at 4× CPU: tasks over 50 ms', digits: 0 },
	{ key: 'scrollMedianFps', label: 'Scroll at 4× CPU: median fps (reading)', digits: 1 }
];

/**
 * @param {number | null | undefined} value
 * @param {Budget | undefined} budget
 * @returns {Verdict}
 */
export function verdict(value, budget) {
	if (!budget) return '';
	if (value === null || value === undefined) return 'n/a';
	if (budget.min !== undefined && value < budget.min) return 'OVER';
	if (budget.max !== undefined && value > budget.max) return 'OVER';
	return 'OK';
}

/** @param {Budget | undefined} budget */
export function formatBudget(budget) {
	if (!budget) return '—';
	if (budget.min !== undefined && budget.max !== undefined) return `${budget.min}–${budget.max}`;
	if (budget.min !== undefined) return `≥ ${budget.min}`;
	return `≤ ${budget.max}`;
}

/** @param {number | null | undefined} value @param {number} digits */
export function formatValue(value, digits) {
	if (value === null || value === undefined) return '—';
	return value.toLocaleString('en-GB', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

/**
 * @param {{ story: Figures | null, embed: Figures | null }} figures null: page not measured
 * @param {{ story: PageBudgets, embed: PageBudgets }} budgets
 * @param {{ story: string, embed: string }} notes shown when a page has no figures
 */
export function summaryTable(figures, budgets, notes) {
	const rows = [
		'| figure | story | budget | | embed | budget | |',
		'|---|--:|--:|---|--:|--:|---|'
	];
	for (const { key, label, digits } of METRICS) {
		const cells = /** @type {const} */ (['story', 'embed']).flatMap((page) => {
			const budget = budgets[page][key];
			const page_figures = figures[page];
			if (!page_figures) return [notes[page], formatBudget(budget), ''];
			const value = page_figures[key];
			if (value === undefined && !budget) return ['', '—', ''];
			return [formatValue(value, digits), formatBudget(budget), verdict(value, budget)];
		});
		rows.push(`| ${label} | ${cells.join(' | ')} |`);
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
 * @param {import('./scroll.js').ScrollFigures} reading
 * @param {import('./scroll.js').ScrollFigures} flinging
 */
export function scrollTable(reading, flinging) {
	/** @param {import('./scroll.js').ScrollFigures} s */
	const row = (s) =>
		[
			formatValue(s.durationMs / 1000, 1),
			s.frames,
			formatValue(s.longestTaskMs, 0),
			s.tasksOver50,
			formatValue(s.medianFrameMs, 1),
			formatValue(s.p95FrameMs, 1),
			formatValue(s.medianFps, 1),
			formatValue(s.p95Fps, 1)
		].join(' | ');
	return [
		'| phase | s | frames | longest task (ms) | tasks > 50 ms | median frame (ms) | p95 frame (ms) | fps (median) | fps (p95) |',
		'|---|--:|--:|--:|--:|--:|--:|--:|--:|',
		`| reading (wheel) | ${row(reading)} |`,
		`| flinging (jumps) | ${row(flinging)} |`
	].join('\n');
}
