/**
 * "What happened next": the story carried on to the latest figures. A reader who opens its link
 * lands on it with its chart in the first state; the chart draws the assaults series break and
 * the COVID-19 years, labels the rolling 12-month deaths, and all of it is there without
 * JavaScript and on paper.
 */
import { expect, test } from '@playwright/test';
import { SECTION_STEPS } from '../src/lib/story/outline';
import { figureFor, scrollToStep, watchConsole } from './helpers';

const SECTION = 'what-happened-next';

test.describe('what happened next', () => {
	test('opening /#what-happened-next lands on the section with its chart in its first state', async ({
		page
	}) => {
		const noErrors = watchConsole(page);
		await page.goto(`/#${SECTION}`);
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await expect(figureFor(page, SECTION, 'since-2019')).toHaveAttribute(
			'data-state',
			'officers-2025'
		);
		await expect(page.locator(`section#${SECTION} h2`)).toHaveText('What happened next');
		noErrors();
	});

	test('the assaults step draws the series break and the COVID-19 years, and the table names each vintage', async ({
		page
	}) => {
		await page.goto(`/#${SECTION}`);
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await scrollToStep(page, 'staff-assaults-2024');
		const figure = figureFor(page, SECTION, 'since-2019');
		await expect(figure).toHaveAttribute('data-state', 'staff-assaults-2024');
		await expect(figure.locator('.span-labels .break')).toHaveText('Series break');
		await expect(figure.locator('.span-labels .span')).toHaveText('COVID-19 regimes');
		await expect(figure.locator('svg line[stroke-dasharray]')).toHaveCount(1);
		const rows = figure.locator('table tbody tr');
		await expect(rows.filter({ hasText: '2018' })).toContainText('as first published');
		await expect(rows.filter({ hasText: '2019' })).toContainText('revised series');
	});

	test('the deaths step labels the rolling 12-month total as such', async ({ page }) => {
		await page.goto(`/#${SECTION}`);
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await scrollToStep(page, 'deaths-2024');
		const figure = figureFor(page, SECTION, 'since-2019');
		await expect(figure).toHaveAttribute('data-state', 'deaths-2024');
		await expect(figure).toContainText('411, 12 months to Sep 2025');
		await expect(figure.locator('table tbody tr').last()).toContainText('12 months to Sep 2025');
	});

	test('the timeline carries on to Dec 2024 in the same section', async ({ page }) => {
		await page.goto(`/#${SECTION}`);
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await scrollToStep(page, 'timeline-since-2019');
		const figure = figureFor(page, SECTION, 'timeline');
		await expect(figure).toHaveAttribute('data-state', 'timeline-since-2019');
		const rows = figure.locator('table tbody tr');
		await expect(rows.filter({ hasText: 'POA fined for contempt' })).toContainText('19 Dec 2019');
		await expect(rows.filter({ hasText: 'No return of the right to strike' })).toContainText(
			'Dec 2024'
		);
	});
});

test.describe('what happened next without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the section, its steps and its drawn chart are all in the page', async ({ page }) => {
		await page.goto('/');
		const section = page.locator(`section#${SECTION}`);
		await expect(section.locator('[data-step]')).toHaveCount(SECTION_STEPS[SECTION].length);
		await expect(
			section.locator('figure[data-chart="since-2019"] svg path').first()
		).toBeAttached();
		await expect(section).toContainText('revised series that runs lower');
		// The scorecard in "What changed" shows the latest year, marked where it does not compare.
		await expect(page.locator('figure[data-chart="scorecard"]')).toContainText('new series');
	});
});
