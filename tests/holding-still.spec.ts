/**
 * A chart holds still for its reader. Landing on a section's link on a phone six times slower
 * than this machine, the fonts can arrive in the very frame of the browser's jump to the section,
 * and the printed (final) chart shows before its block wakes on the reader's step: neither may
 * move the page (the layout-shift budget of support/shifts.ts). And a chart stepped through keeps
 * its plot and its Next button where they were, at every step. Sets its own phone viewports and
 * CPU: the mobile project runs it, once.
 */
import { expect, test } from '@playwright/test';
import { scrollToStep } from './helpers';
import { BUDGET, expectWithinBudget, watchShifts } from './support/shifts';

test.use({
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true
});

/** Lighthouse's phone is four times slower than its machine; a cheap phone on a busy page, more. */
const SLOW_CPU = 6;

for (const section of ['the-cuts', 'harm']) {
	test(`landing on /#${section} on a phone ${SLOW_CPU}× slower shifts the layout by at most ${BUDGET}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await watchShifts(page);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
		await page.goto(`/#${section}`);
		// The whole way: the fonts, the jump to the section, and the section's chart waking on the
		// reader's step after the printed final state has shown (its three-second fallback).
		await page.waitForFunction(
			() => {
				const faces = [...document.fonts].filter((f) =>
					/^"?Source (Serif 4|Sans 3)"?$/.test(f.family)
				);
				return faces.length > 0 && faces.every((f) => f.status === 'loaded');
			},
			undefined,
			{ timeout: 60_000 }
		);
		await expect(page.locator(`section#${section} .island[data-live]`).first()).toBeAttached({
			timeout: 60_000
		});
		await page.evaluate(() => document.fonts.ready);
		await page.waitForTimeout(1000);
		await expectWithinBudget(page);
	});
}

test('stepping through a chart moves neither its plot nor the buttons that step it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	for (const size of [
		{ width: 390, height: 844 },
		{ width: 320, height: 568 }
	]) {
		await page.setViewportSize(size);
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toBeAttached();
		for (const block of await page.locator('[data-block]').all()) {
			const states = await block
				.locator('[data-step]')
				.evaluateAll((steps) => steps.map((step) => (step as HTMLElement).dataset.step!));
			if (states.length < 2) continue;
			const figure = block.locator('figure[data-chart]');
			const where: string[] = [];
			for (const state of states) {
				await scrollToStep(page, state);
				await expect(figure).toHaveAttribute('data-state', state);
				await expect(block.locator('xpath=..')).toHaveAttribute('data-live', '');
				// Where the plot (a chart's frame, the timeline's strip) and the Next button sit in
				// the figure: the reader's eye on the one, their thumb on the other.
				where.push(
					await figure.evaluate((f) => {
						const top = f.getBoundingClientRect().top;
						const plot = f.querySelector('[data-chart-slot] .frame, [data-chart-slot] .strip')!;
						const next = f.querySelectorAll('.stepper button')[1];
						const at = (el: Element) => Math.round(el.getBoundingClientRect().top - top);
						return `plot at ${at(plot)} px, Next at ${at(next)} px`;
					})
				);
			}
			const id = await block.getAttribute('data-block');
			expect(where, `${id} at ${size.width}×${size.height}, step by step`).toEqual(
				states.map(() => where[0])
			);
		}
	}
});
