import { expect, test } from '@playwright/test';
import { SECTION_SLUGS, SECTION_STEPS } from '../src/lib/story/outline';
import { figureFor, scrollToStep, watchConsole } from './helpers';

test.describe('links to one section', () => {
	for (const slug of SECTION_SLUGS) {
		test(`/#${slug} opens on that section with its chart in the first state`, async ({ page }) => {
			const noErrors = watchConsole(page);
			await page.goto(`/#${slug}`);
			await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
			const top = await page.locator(`#${slug} h2`).evaluate((h) => h.getBoundingClientRect().top);
			const height = page.viewportSize()!.height;
			expect(top, 'heading near the top of the viewport').toBeGreaterThanOrEqual(-1);
			expect(top).toBeLessThan(height * 0.3);
			const firstOfEachChart = new Map<string, string>();
			for (const step of SECTION_STEPS[slug]) {
				if (!firstOfEachChart.has(step.chart)) firstOfEachChart.set(step.chart, step.state);
			}
			for (const [chart, state] of firstOfEachChart) {
				await expect(figureFor(page, slug, chart)).toHaveAttribute('data-state', state);
			}
			// Hydration must not jump back to the top.
			await page.waitForTimeout(300);
			const after = await page
				.locator(`#${slug} h2`)
				.evaluate((h) => h.getBoundingClientRect().top);
			expect(Math.abs(after - top)).toBeLessThan(5);
			noErrors();
		});
	}

	test('an unknown section link lands quietly at the top', async ({ page }) => {
		const noErrors = watchConsole(page);
		await page.goto('/#no-such-section');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		expect(await page.evaluate(() => scrollY)).toBeLessThan(5);
		await expect(page.locator('h1')).toBeVisible();
		noErrors();
	});

	test('the address follows the section in view without adding history entries', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const before = await page.evaluate(() => history.length);
		await scrollToStep(page, 'officers-2014');
		await expect(page).toHaveURL(/#the-cuts$/);
		await scrollToStep(page, 'staff-2016');
		await expect(page).toHaveURL(/#violence$/);
		await scrollToStep(page, 'self-harm');
		await expect(page).toHaveURL(/#harm$/);
		expect(await page.evaluate(() => history.length)).toBe(before);
	});
});

test.describe('the share control', () => {
	test('copies the section’s share link and says so', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/#violence');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const section = page.locator('section#violence');
		await section
			.locator('header')
			.getByRole('link', { name: /Copy link to/ })
			.click();
		await expect(section.locator('header [role="status"]')).toHaveText('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(new URL('/share/violence/', baseURL).href);
	});

	test('falls back to a plain copy when the Clipboard API is refused', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')) }
			});
			document.execCommand = () => true;
		});
		await page.goto('/#harm');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const section = page.locator('section#harm');
		await section
			.locator('header')
			.getByRole('link', { name: /Copy link to/ })
			.click();
		await expect(section.locator('header [role="status"]')).toHaveText('Link copied');
	});
});
