/**
 * The story survives what phones do to it: rotation mid-story, fast flings, Back/Forward and
 * reload. Written against the DOM contract (`[data-section]`, `[data-step][data-step-chart]`,
 * `figure[data-chart][data-state]`); the steps used come from src/lib/story/outline.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { STEPPED_SECTIONS, chartSync, scrollToStep, storyView } from './support/story';

const first = STEPPED_SECTIONS[0];
const middle = STEPPED_SECTIONS[Math.floor(STEPPED_SECTIONS.length / 2)];
/** A step past the section's first, so a chart stuck at its first state is caught. */
const stepOf = (section: typeof first) =>
	section.steps[Math.min(1, section.steps.length - 1)].state;

let errors: string[] = [];
test.beforeEach(async ({ page }) => {
	errors = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
	await page.goto('/');
	await expect(page.locator('[data-step]').first()).toBeAttached();
});
test.afterEach(() => {
	expect(errors, 'console errors').toEqual([]);
});

test('rotating the phone mid-story keeps the chart on the step in view', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await scrollToStep(page, stepOf(first));
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await page.setViewportSize({ width: 844, height: 390 });
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await page.setViewportSize({ width: 390, height: 844 });
	await expect.poll(() => chartSync(page)).toBe('in sync');
});

test('a fling to the bottom and back leaves every chart on the step in view', async ({ page }) => {
	await scrollToStep(page, stepOf(first));
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await scrollToStep(page, stepOf(middle));
	await expect.poll(() => chartSync(page)).toBe('in sync');
	expect((await storyView(page)).section).toBe(middle.slug);
});

/**
 * The section in view (null above the first), or undefined while the page is between documents.
 * Back pressed while the page left is still starting its scripts can be reported done before the
 * story's document has come: in one CI run, Playwright's goBack returned while the gallery was
 * still fetching its route code, 3 ms before the story's document was even asked for. A read at
 * that moment meets a page on its way out; asked again, it meets the story.
 */
async function sectionAfterBack(page: Page): Promise<string | null | undefined> {
	try {
		return (await storyView(page)).section;
	} catch (error) {
		if (/Execution context was destroyed/.test(String(error))) return undefined;
		throw error;
	}
}

test('Back from another page returns to the same section', async ({ page }) => {
	await scrollToStep(page, stepOf(middle));
	await expect.poll(async () => (await storyView(page)).section).toBe(middle.slug);
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await page.goto('/embed/');
	await page.goBack();
	await expect.poll(() => sectionAfterBack(page)).toBe(middle.slug);
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await page.goForward();
	await page.goBack();
	await expect.poll(() => sectionAfterBack(page)).toBe(middle.slug);
	await expect.poll(() => chartSync(page)).toBe('in sync');
});

test('reloading mid-section restores the same section and chart state', async ({ page }) => {
	const state = stepOf(middle);
	await scrollToStep(page, state);
	await expect.poll(() => chartSync(page)).toBe('in sync');
	const before = await storyView(page);
	expect(before.section).toBe(middle.slug);
	await page.reload();
	await expect
		.poll(async () => {
			const { section, figureState } = await storyView(page);
			return { section, figureState };
		})
		.toEqual({ section: before.section, figureState: before.figureState });
	await expect.poll(() => chartSync(page)).toBe('in sync');
});

test('a reader who scrolls while the scripts are still loading lands in sync', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const late: string[] = [];
	page.on('pageerror', (e) => late.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') late.push(m.text());
	});
	// Hold the app's scripts back until the reader has scrolled into a section.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await scrollToStep(page, stepOf(middle));
	release();
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await expect.poll(() => new URL(page.url()).hash).toBe(`#${middle.slug}`);
	expect(late).toEqual([]);
	await context.close();
});

/**
 * Holds every font back until the returned function is called, and the scripts until the fonts
 * are on their way, so the story hydrates while its fonts are still loading, as on a slow
 * connection. The returned function lets the fonts come and waits until they are in and drawn.
 */
async function holdFonts(page: Page): Promise<() => Promise<void>> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let requested: () => void = () => {};
	const onItsWay = new Promise<void>((resolve) => (requested = resolve));
	await page.route('**/*.woff2', async (route) => {
		requested();
		await held;
		await route.continue();
	});
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await onItsWay;
		await route.continue();
	});
	return async () => {
		release();
		await page.evaluate(async () => {
			await document.fonts.ready;
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		});
	};
}

test('a reader who follows a section link and scrolls on before the fonts arrive is not pulled back', async ({
	browser
}) => {
	// The landing on a shared link is repeated when the fonts arrive (they can move the page);
	// a reader who has already scrolled on by a means that fires no wheel, touch or key event
	// (a scrollbar drag, find-in-page, a link) must stay where they went. The fonts are held
	// until the reader has moved.
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const releaseFonts = await holdFonts(page);
	const section = STEPPED_SECTIONS.at(-1)!;
	const target = section.steps.at(-1)!.state;
	await page.goto(`/#${section.slug}`, { waitUntil: 'domcontentloaded' });
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	expect(await page.evaluate(() => document.fonts.status)).toBe('loading');
	await scrollToStep(page, target);
	await expect.poll(async () => (await storyView(page)).figureState).toBe(target);
	await releaseFonts();
	expect((await storyView(page)).step).toBe(target);
	await expect.poll(() => chartSync(page)).toBe('in sync');
	await context.close();
});

test('a reader who follows a section link and scrolls through its opening prose before the fonts arrive stays there', async ({
	browser
}) => {
	// As above, but the reader scrolls less than a step: through the section's opening prose, so
	// no step crosses the reading line. The page is where they took it, not back at the heading.
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const releaseFonts = await holdFonts(page);
	const slug = 'what-happened-next';
	await page.goto(`/#${slug}`, { waitUntil: 'domcontentloaded' });
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	expect(await page.evaluate(() => document.fonts.status)).toBe('loading');
	const heading = page.locator(`#${slug} h2`);
	const landedAt = await heading.evaluate((h) => Math.round(h.getBoundingClientRect().top));
	const before = (await storyView(page)).step;
	// As a scrollbar drag does: the page moves and no wheel, touch or key event fires.
	await page.evaluate(() => scrollBy(0, 300));
	expect((await storyView(page)).step, 'no step crossed the reading line').toBe(before);
	await releaseFonts();
	const headingNow = await heading.evaluate((h) => Math.round(h.getBoundingClientRect().top));
	expect(landedAt - headingNow, 'the heading is where the reader scrolled it').toBeGreaterThan(250);
	await context.close();
});
