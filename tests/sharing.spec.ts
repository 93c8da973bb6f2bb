import { expect, test, type Page } from '@playwright/test';
import { SECTION_SLUGS, SECTION_STEPS } from '../src/lib/story/outline';
import { figureFor, scrollToStep, watchConsole, watchRequests } from './helpers';

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

test.describe('moving between the story and its sources page', () => {
	// The story's prose and printed charts are put in at prerender time, so only the browser's own
	// navigation brings them: a story drawn by Kit's client router would be its headings alone.
	const section = 'violence';
	const chart = SECTION_STEPS[section][0].chart;
	const storyText = (page: Page) =>
		page.locator('main').evaluate((main: HTMLElement) => main.innerText.length);
	const readable = async (page: Page) => {
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await expect(page.locator(`#${section} p`).first()).toBeVisible();
		expect(await storyText(page), 'the story’s text').toBeGreaterThan(20_000);
		await expect(figureFor(page, section, chart)).toHaveAttribute('data-state', /./);
	};

	test('a chart’s source link, then Back, returns to the whole story', async ({ page }) => {
		const noErrors = watchConsole(page);
		await page.goto(`/#${section}`);
		await readable(page);
		await page
			.locator(`#${section} a[href$="/sources/"]`)
			.filter({ visible: true })
			.first()
			.click();
		await expect(page).toHaveURL(/\/sources\/$/);
		await expect(page.locator('h1')).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`#${section}$`));
		await readable(page);
		noErrors();
	});

	test('the sources page reads whole without asking for a script', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		const requests = watchRequests(page);
		await page.goto('/sources/');
		expect(await requests.quiet(), 'requests never answered').toEqual([]);
		await expect(page.locator('h1')).toBeVisible();
		expect(
			await page.locator('main a[href^="http"]').count(),
			'sources’ addresses'
		).toBeGreaterThan(20);
		expect(scripts).toEqual([]);
	});

	test('the sources page’s link to the methods opens the story there, prose and all', async ({
		page
	}) => {
		const noErrors = watchConsole(page);
		await page.goto('/sources/');
		await page.locator('main a[href$="#sources"]').first().click();
		await expect(page).toHaveURL(/\/#sources$/);
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await expect(page.locator('#sources p').first()).toBeVisible();
		expect(await storyText(page), 'the story’s text').toBeGreaterThan(20_000);
		noErrors();
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
