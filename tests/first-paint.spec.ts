/**
 * The story paints before its code runs: its first screen is prose that reads without scripts,
 * so its start-up (src/lib/server/startAfterPaint.ts) asks for no script until a frame has
 * been drawn, and none of its code can hold up the first paint on a slow phone.
 */
import { expect, test } from '@playwright/test';

for (const path of ['/', '/#harm']) {
	test(`${path}: no script of the app is asked for before the first contentful paint, and the story still starts`, async ({
		page
	}) => {
		await page.goto(path);
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const { paint, scripts } = await page.evaluate(() => ({
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			scripts: performance
				.getEntriesByType('resource')
				.filter((r) => /\/_app\/immutable\/.*\.js$/.test(r.name))
				.map((r) => ({ name: r.name.replace(/^.*\/_app\//, ''), start: r.startTime }))
		}));
		expect(paint).toBeGreaterThan(0);
		// At least the start-up and the Svelte runtime it imports.
		expect(scripts.length).toBeGreaterThan(1);
		for (const script of scripts) expect(script.start, script.name).toBeGreaterThan(paint);
	});
}
