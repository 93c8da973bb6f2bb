/**
 * The keyboard and screen-reader reader of issue 12 (part B), step by step through the story:
 * focus never falls to the page at the ends of a chart's steps; a chart block costs at most ten
 * tab stops, its values one (arrow keys inside, Escape out); a block names its chart and reads
 * its finding and summary once; no empty live regions; single-step charts announce no keys.
 * What the charts draw, and axe at every step, are in charts-drawn.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { storyBlocks } from '../src/lib/story/blocks';
import { openAtStep as openAt, scrollToStep } from './support/story';

const BLOCKS = storyBlocks();
const STEPPED = BLOCKS.filter((b) => b.steps.length > 1);

/** What has focus, as a short description; "page" when focus fell to the body. */
function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'page';
		return `${el.localName}:${(el.textContent ?? '').trim().slice(0, 30)}`;
	});
}

test.describe('keyboard', () => {
	test('Previous at the first step and Next at the last keep focus on the button', async ({
		page
	}) => {
		const block = STEPPED[0];
		const el = await openAt(page, block.steps[0].state);
		const figure = el.locator('figure[data-chart]');
		const previous = el.getByRole('button', { name: /previous/i });
		const next = el.getByRole('button', { name: /next/i });
		await previous.focus();
		await page.keyboard.press('Enter');
		expect(await focused(page)).toMatch(/^button:.*Previous/);
		await expect(figure).toHaveAttribute('data-state', block.steps[0].state);
		await next.focus();
		for (const step of block.steps.slice(1)) {
			await page.keyboard.press('Enter');
			await expect(figure).toHaveAttribute('data-state', step.state);
		}
		await page.keyboard.press('Enter');
		expect(await focused(page)).toMatch(/^button:.*Next/);
		await expect(figure).toHaveAttribute('data-state', block.steps.at(-1)!.state);
		await expect(next).toHaveAttribute('aria-disabled', 'true');
	});

	test('every chart block is at most 10 tab stops, stepper and actions included', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const counts: Record<string, number> = {};
		for (const block of BLOCKS) {
			const el = await openAt(page, block.steps[0].state);
			// Start from the block's first tab stop and press Tab until focus leaves the block.
			const first = el
				.locator('button:visible, a[href]:visible, summary:visible, [tabindex="0"]:visible')
				.first();
			await first.focus();
			let stops = 1;
			while (stops < 40) {
				await page.keyboard.press('Tab');
				const inside = await el.evaluate((root) => root.contains(document.activeElement));
				if (!inside) break;
				stops += 1;
			}
			counts[block.id] = stops;
		}
		console.log('tab stops per block', JSON.stringify(counts));
		const over = Object.entries(counts).filter(([, n]) => n > 10);
		expect(over, 'blocks with more than 10 tab stops').toEqual([]);
	});

	test('Next, then Tab at once to the sources, keeps the step Next asked for', async ({ page }) => {
		// Next glides the page to its step. A key that moves focus and not the page (Tab) must not
		// end that glide's hold on its step: a fast keyboard reader tabbing on to the chart's
		// sources while it glided was left on the step before.
		await page.goto('/#harm');
		const island = page.locator('section#harm .island');
		await expect(island).toHaveAttribute('data-live', '');
		const figure = island.locator('figure[data-chart]');
		const next = figure.getByRole('button', { name: /Next/ });
		await next.focus();
		const from = await figure.getAttribute('data-state');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(figure).not.toHaveAttribute('data-state', from!);
		const asked = await figure.getAttribute('data-state');
		// Well past the glide (600 ms) and the scroll's end: the step is still the one asked for.
		await page.waitForTimeout(2000);
		await expect(figure).toHaveAttribute('data-state', asked!);
	});

	test("a chart's values are one tab stop: arrow keys move inside, Escape leaves", async ({
		page
	}) => {
		const el = await openAt(page, 'officers-2014');
		const values = el.locator('[data-values] [tabindex]');
		expect(await values.count()).toBeGreaterThan(3);
		await expect(el.locator('[data-values] [tabindex="0"]')).toHaveCount(1);
		await el.locator('[data-values] [tabindex="0"]').focus();
		const name = () =>
			page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
		const start = await name();
		await page.keyboard.press('ArrowRight');
		const moved = await name();
		expect(moved).not.toBe(start);
		expect(moved).not.toBe('');
		// The reader's card shows the value they are on.
		await expect(el.locator('.card')).toContainText(moved.split(': ').at(-1)!);
		await page.keyboard.press('Escape');
		const after = await page.evaluate(
			() => document.activeElement?.closest('[data-values]') === null
		);
		expect(after, 'Escape leaves the values').toBe(true);
		expect(await focused(page)).not.toBe('page');
		await expect(el.locator('.card')).toHaveCount(0);
	});
});

test.describe('screen reader', () => {
	test('a stepped block names its chart and step, and reads its finding and summary once', async ({
		page
	}) => {
		const block = STEPPED[0];
		const el = await openAt(page, block.steps[1].state);
		const figure = el.locator('figure[data-chart]');
		await expect(
			el.getByRole('figure', { name: new RegExp(`, step 2 of ${block.steps.length}$`) })
		).toHaveCount(1);
		const name = await figure.evaluate((f) => f.getAttribute('aria-label') ?? '');
		// The figure is named by its chart's title (the registry's), then its step.
		expect(name, 'the figure names its chart').toMatch(/^Officers in public-sector prisons, /);
		const finding = (await figure.locator('.finding').textContent())!.trim();
		const summary = (await figure.locator('[id$="-summary"]').textContent())!.trim();
		const tree = await el.locator('.graphic').first().ariaSnapshot();
		const count = (text: string) => tree.split(text).length - 1;
		expect(count(finding), `finding "${finding}" in\n${tree}`).toBe(1);
		expect(count(summary.slice(0, 60)), `summary in\n${tree}`).toBe(1);
	});

	test('no live region is empty and single-step charts announce no keys', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		// A reader on the way down reaches each block, which wakes as it comes near. (Scrolled
		// past between two frames, a block never comes near: it wakes when the reader comes back.)
		for (const block of BLOCKS) {
			await scrollToStep(page, block.steps[0].state);
			await expect(page.locator(`[data-island="${block.id}"]`)).toHaveAttribute('data-live', '');
		}
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		await expect(page.locator('.island:not([data-live])')).toHaveCount(0);
		const empty = await page.evaluate(
			() =>
				[
					...document.querySelectorAll(
						'[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"]'
					)
				].filter((el) => !(el.textContent ?? '').trim()).length
		);
		expect(empty, 'empty live regions').toBe(0);
		for (const block of BLOCKS.filter((b) => b.steps.length === 1)) {
			const tree = await page.locator(`[data-block="${block.id}"] .graphic`).first().ariaSnapshot();
			expect(tree, block.id).not.toMatch(/arrow keys|Previous|Next/i);
		}
	});
});
