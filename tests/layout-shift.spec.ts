/**
 * Nothing on the story moves by itself while it loads: the layout shift a phone reader sees in
 * the first seconds (what Lighthouse reports as CLS) stays within the 0.01 budget of
 * budgets.json, at the top and when landing on a section's link. Shifts within 500 ms of a tap
 * or key (`hadRecentInput`) are the reader's own and do not count. On a slower phone, and while
 * a chart is stepped through: holding-still.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { BUDGET, expectWithinBudget, watchShifts } from './support/shifts';

/** Long enough for hydration, the first measured state and a 600 ms glide after it. */
const WATCH_MS = 4000;

test.use({
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true
});

for (const path of ['/', '/#the-cuts', '/#harm']) {
	test(`loading ${path} on a phone shifts the layout by at most ${BUDGET}`, async ({ page }) => {
		await watchShifts(page);
		await page.goto(path);
		await expect(page.locator('.story[data-story-ready]')).toBeAttached();
		const elapsed = await page.evaluate(() => performance.now());
		await page.waitForTimeout(Math.max(1000, WATCH_MS - elapsed));
		await expectWithinBudget(page);
	});
}

test('the masthead never moves as its words take their web faces, not by a pixel', async ({
	page
}) => {
	// Every shift is counted here, `hadRecentInput` or not: the test makes no input, and Lighthouse
	// counted one the browser so flagged (0.0003, the "Last updated" link sliding along its line).
	await page.addInitScript(() => {
		const moved: string[] = [];
		(window as unknown as { __mastheadMoved: string[] }).__mastheadMoved = moved;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				sources: { node: Node | null }[];
			}[])
				for (const { node } of entry.sources) {
					const el = node instanceof Element ? node : node?.parentElement;
					if (el?.closest('header.masthead'))
						moved.push(`${el.tagName.toLowerCase()}.${el.className} (${entry.value})`);
				}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	await expect(page.locator('.story[data-story-ready]')).toBeAttached();
	await page.waitForFunction(() => document.fonts.status === 'loaded');
	await page.waitForTimeout(1000);
	const moved = await page.evaluate(
		() => (window as unknown as { __mastheadMoved: string[] }).__mastheadMoved
	);
	expect(moved).toEqual([]);
});
