/**
 * Nothing on the story moves by itself while it loads: the layout shift a phone reader sees in
 * the first seconds (what Lighthouse reports as CLS) stays within the 0.01 budget of
 * budgets.json, at the top and when landing on a section's link. Shifts within 500 ms of a tap
 * or key (`hadRecentInput`) are the reader's own and do not count.
 */
import { expect, test, type Page } from '@playwright/test';

const BUDGET = 0.01;
/** Long enough for hydration, the first measured state and a 600 ms glide after it. */
const WATCH_MS = 4000;

test.use({
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true
});

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

/** Record every layout shift not caused by input, naming the elements that moved. */
async function watchShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__shifts = [];
		const name = (node: Node | null) => {
			const el = node instanceof Element ? node : node?.parentElement;
			if (!el) return '(removed)';
			const where = el.closest<HTMLElement>('[data-block]')?.dataset.block ?? 'page';
			return `${where}: ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
		};
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources: { node: Node | null }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				window.__shifts!.push({
					value: entry.value,
					at: Math.round(entry.startTime),
					moved: entry.sources.map((s) => name(s.node))
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

for (const path of ['/', '/#the-cuts', '/#harm']) {
	test(`loading ${path} on a phone shifts the layout by at most ${BUDGET}`, async ({ page }) => {
		await watchShifts(page);
		await page.goto(path);
		await expect(page.locator('.story[data-story-ready]')).toBeAttached();
		const elapsed = await page.evaluate(() => performance.now());
		await page.waitForTimeout(Math.max(1000, WATCH_MS - elapsed));
		const shifts = (await page.evaluate(() => window.__shifts)) ?? [];
		const total = shifts.reduce((sum, s) => sum + s.value, 0);
		expect(total, `layout shifts: ${JSON.stringify(shifts, null, 1)}`).toBeLessThanOrEqual(BUDGET);
	});
}
