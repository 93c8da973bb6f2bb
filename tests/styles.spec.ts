/**
 * Every component the browser draws has its styles on the page. The prerender prints each drawn
 * component's styles in the page's head, so the browser's code carries only the styles of the
 * components the prerender never draws (svelte.config.js, DRAWN_IN_THE_BROWSER_ONLY). A component
 * drawn in the browser and missing from that list would draw unstyled: a tapped mark's card, say,
 * as plain text in the flow. Checked after a whole read of the story with every chart drawn live
 * and a value card of each opened, and on the other pages that run code.
 */
import { expect, test, type Page } from '@playwright/test';
import { figureFor, scrollToStep, watchRequests } from './helpers';
import { STEPPED_SECTIONS } from './support/story';

/** The scoped classes (`svelte-…`, one per component with styles) with no style of that id. */
function unstyled(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const scoped = new Set<string>();
		for (const element of document.querySelectorAll('[class*="svelte-"]')) {
			for (const name of element.classList) if (name.startsWith('svelte-')) scoped.add(name);
		}
		return [...scoped].filter((id) => !(document.getElementById(id) instanceof HTMLStyleElement));
	});
}

test('every chart drawn live in a whole read, a value card of each open, has its styles', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	let cards = 0;
	const missing = new Set<string>();
	for (const { slug, steps } of STEPPED_SECTIONS) {
		for (const step of steps) {
			await scrollToStep(page, step.state);
			await expect(figureFor(page, slug, step.chart)).toHaveAttribute('data-state', step.state);
		}
		// Each live plot's first value, focused, opens its value card, which only the browser draws.
		const keys = page.locator(`#${slug} [data-island][data-live] [data-values] .key[tabindex="0"]`);
		for (const key of await keys.all()) {
			if (!(await key.isVisible())) continue;
			await key.focus();
			cards += await page.locator(`#${slug} .card`).count();
			for (const id of await unstyled(page)) missing.add(id);
		}
	}
	expect(cards, 'value cards opened').toBeGreaterThan(0);
	for (const id of await unstyled(page)) missing.add(id);
	expect([...missing], 'components drawn without their styles').toEqual([]);
});

for (const path of ['/sources/', '/embed/']) {
	test(`${path} draws nothing without its styles`, async ({ page }) => {
		const requests = watchRequests(page);
		await page.goto(path);
		expect(await requests.quiet(), 'requests never answered').toEqual([]);
		expect(await page.locator('[class*="svelte-"]').count(), 'scoped elements').toBeGreaterThan(0);
		expect(await unstyled(page), 'components drawn without their styles').toEqual([]);
	});
}
