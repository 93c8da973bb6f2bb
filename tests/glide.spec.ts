/**
 * Previous and Next glide to their step. Something else may move the page while they glide: a
 * part above the screen taking its web fonts re-wraps, and the fonts script scrolls to keep what
 * is on screen in place. In Chromium that ends a smooth scroll where it stands; the step the
 * reader asked for must still be the one they get (src/lib/story/followReader.ts, `aim`).
 */
import { expect, test } from '@playwright/test';
import { CHART_STATES } from '../src/lib/charts/ids';
import { figureFor } from './helpers';

test('Next reaches its step when the page is scrolled under its glide', async ({ page }) => {
	await page.goto('/#harm');
	const figure = figureFor(page, 'harm', 'harm');
	await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[0]);
	const block = page.locator('section#harm [data-block]');
	await block.getByRole('button', { name: /Next/ }).click();
	// What the fonts script does as a part above re-wraps: small instant scrolls, a frame apart.
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				let left = 6;
				const nudge = () => {
					scrollBy({ top: -12, behavior: 'instant' });
					if (--left) requestAnimationFrame(nudge);
					else done();
				};
				requestAnimationFrame(nudge);
			})
	);
	await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[1]);
	await expect(block.locator('[aria-live="polite"]').first()).toContainText('Step 2 of 3');
	// And it stays there once everything has settled.
	await page.waitForTimeout(1_500);
	await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[1]);
});
