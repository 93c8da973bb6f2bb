/**
 * The reader can see when the story last changed and what was corrected: the masthead's
 * "Last updated" date links to the dated "Corrections and clarifications" list in Sources, and
 * the date shown is the newest correction's.
 */
import { expect, test } from '@playwright/test';
import { CORRECTIONS } from '../src/lib/story/corrections';
import { watchConsole } from './helpers';

const newest = CORRECTIONS.map((c) => c.date).reduce((a, b) => (b > a ? b : a));

test('the masthead says when the story was last updated and links to the corrections', async ({
	page
}) => {
	const noErrors = watchConsole(page);
	await page.goto('./');
	const updated = page.locator('header.masthead a.updated time');
	await expect(updated).toHaveAttribute('datetime', newest);
	const link = page.getByRole('link', { name: /^Last updated/ });
	await expect(link).toContainText(await updated.innerText());
	await link.click();
	const heading = page.getByRole('heading', { name: 'Corrections and clarifications' });
	await expect(heading).toBeInViewport();
	noErrors();
});

test('Sources lists every correction with its date, newest first', async ({ page }) => {
	await page.goto('./');
	const items = page.locator('section[data-section="sources"] ul.corrections > li');
	await expect(items).toHaveCount(CORRECTIONS.length);
	const dates = await items
		.locator('time')
		.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
	expect(dates).toEqual(CORRECTIONS.map((c) => c.date));
});

test('the full source list names the publisher of wrp.org.uk rightly', async ({ page }) => {
	// A correction a reader wrote in about; the list lives on its own page, /sources/.
	await page.goto('./sources/');
	await expect(page.locator('ul.sources')).toContainText(
		'The News Line (Workers Revolutionary Party newspaper)'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the corrections and the last-updated date are in the page as served', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('header.masthead a.updated time')).toHaveAttribute(
			'datetime',
			newest
		);
		await expect(
			page.getByRole('heading', { name: 'Corrections and clarifications' })
		).toBeAttached();
	});
});
