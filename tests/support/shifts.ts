/**
 * Layout shifts a reader did not cause, recorded in the page as the browser reports them, and the
 * budget they are held to in a real browser. budgets.json asks Lighthouse for a CLS of 0; here a
 * chart's own marks re-placing as its block wakes on the reader's step (0.003 measured) and
 * device-pixel rounding are allowed, up to 0.01. Used by layout-shift.spec and holding-still.spec.
 */
import { expect, type Page } from '@playwright/test';

export const BUDGET = 0.01;

/** A layout-shift entry as the browser reports it (TypeScript's DOM library does not type it). */
export type LayoutShiftEntry = PerformanceEntry & {
	value: number;
	hadRecentInput: boolean;
	sources: { node: Node | null; previousRect: DOMRect; currentRect: DOMRect }[];
};

interface Shift {
	value: number;
	at: number;
	moved: string[];
}

declare global {
	interface Window {
		__shifts?: Shift[];
	}
}

/** Record every layout shift not caused by input, naming the elements that moved and where. */
export async function watchShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__shifts = [];
		const name = (node: Node | null) => {
			const el = node instanceof Element ? node : node?.parentElement;
			if (!el) return '(removed)';
			const where = el.closest<HTMLElement>('[data-block]')?.dataset.block ?? 'page';
			return `${where}: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
		};
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as LayoutShiftEntry[]) {
				if (entry.hadRecentInput) continue;
				window.__shifts!.push({
					value: entry.value,
					at: Math.round(entry.startTime),
					moved: entry.sources.map(
						({ node, previousRect: a, currentRect: b }) =>
							`${name(node)} from y ${Math.round(a.y)} h ${Math.round(a.height)} to y ${Math.round(b.y)} h ${Math.round(b.height)}`
					)
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** Asserts the shifts recorded so far add up to at most BUDGET, naming what moved if not. */
export async function expectWithinBudget(page: Page): Promise<void> {
	const shifts = (await page.evaluate(() => window.__shifts)) ?? [];
	const total = shifts.reduce((sum, s) => sum + s.value, 0);
	expect(total, `layout shifts: ${JSON.stringify(shifts, null, 1)}`).toBeLessThanOrEqual(BUDGET);
}
