/**
 * Text is never hidden by its chart: for readers at 390×844 (phone), 320×568 (small phone),
 * 640×400 (a desktop at 200% zoom) and 1280×800, every step card can be read whole, on top of
 * everything else, at some scroll position while its chart shows that step; at 400% zoom, where
 * a card can be taller than the screen, no chart covers any of it. Each test opens its
 * own page at the reader's size, so the desktop project runs this file once (see the config).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SECTION_SLUGS, SECTION_STEPS } from '../src/lib/story/outline';
import { TRIGGER } from './support/trigger';
import { FONT } from './support/fonts';
import { holdResponses } from './helpers';

/**
 * How long a check waits for a block it jumped to to wake (its code fetched and run, its chart
 * shown), as a reader waits. Ten frames were not always enough on CI's busy machine: the 400%
 * check then found the first block's printed chart still at its last step, stuck over the card.
 */
const WAKE_MS = 10_000;

const STEPS = SECTION_SLUGS.flatMap((slug) => SECTION_STEPS[slug].map((step) => step.state));

const READERS = [
	{ name: 'a phone', width: 390, height: 844, mobile: true },
	{ name: 'a small phone', width: 320, height: 568, mobile: true },
	{ name: 'a desktop at 200% zoom', width: 640, height: 400, mobile: false },
	{ name: 'a desktop', width: 1280, height: 800, mobile: false }
];

/**
 * Puts the card's top at a few heights in turn (whole just above the reading line, just under
 * the block's chart, between them, at the top) and, once the chart has caught up, reports whether the card
 * is whole in the viewport, uncovered at its corners and centre, and its chart in its state.
 */
async function readableAt(page: Page, state: string, attempt: number) {
	return page.evaluate(
		async ({ state, attempt, t }) => {
			const step = document.querySelector<HTMLElement>(`[data-step="${CSS.escape(state)}"]`)!;
			const block = step.closest<HTMLElement>('[data-block]')!;
			const graphic = block.querySelector<HTMLElement>('.graphic')!;
			const figure = block.querySelector<HTMLElement>(
				`figure[data-chart="${step.dataset.stepChart}"]`
			)!;
			const line = innerHeight * (innerWidth < t.wide ? t.narrow : t.beside);
			const chart = graphic.getBoundingClientRect();
			const card = step.getBoundingClientRect();
			const above = chart.left < card.right && chart.right > card.left ? chart.height : 0;
			// Whole in the viewport and just above the line, where it is the active card even when
			// cards sit close together (a chart in the flow), then under a stuck chart, and so on.
			const targets = [
				Math.min(line - 2, innerHeight - card.height - 4),
				above + 4,
				(above + line) / 2,
				4
			];
			scrollTo({
				top: scrollY + card.top - targets[attempt % targets.length],
				behavior: 'instant'
			});
			// A block jumped to wakes first: its code comes, then its chart shows (on a busy
			// machine, more than a few frames). The reader waits for that; so does the check.
			const waking = block.closest('[data-island]')!;
			for (const until = performance.now() + t.wake; performance.now() < until;) {
				if (waking.hasAttribute('data-live')) break;
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
			// The chart follows on the next crossing; wait for it as a reader would, a few frames.
			for (let i = 0; i < 10 && figure.dataset.state !== state; i++) {
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
			const box = step.getBoundingClientRect();
			const whole =
				box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
			const points = [
				[box.left + 2, box.top + 2],
				[box.right - 2, box.top + 2],
				[box.left + 2, box.bottom - 2],
				[box.right - 2, box.bottom - 2],
				[(box.left + box.right) / 2, (box.top + box.bottom) / 2]
			];
			const onTop =
				whole && points.every(([x, y]) => step.contains(document.elementFromPoint(x, y)));
			return { whole, onTop, shows: figure.dataset.state === state };
		},
		{ state, attempt, t: { ...TRIGGER, wake: WAKE_MS } }
	);
}

for (const reader of READERS) {
	test(`${reader.name} (${reader.width}×${reader.height}) can read every step card whole while its chart shows it`, async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const { context, page } = await storyAt(
			browser,
			{ width: reader.width, height: reader.height },
			reader.mobile
		);
		const unreadable: string[] = [];
		for (const state of STEPS) {
			let read = false;
			for (let attempt = 0; attempt < 4 && !read; attempt++) {
				const seen = await readableAt(page, state, attempt);
				read = seen.whole && seen.onTop && seen.shows;
			}
			if (!read) unreadable.push(state);
		}
		expect(unreadable, 'step cards never readable whole while their chart shows them').toEqual([]);
		await context.close();
	});
}

/**
 * 1280×800 at 400% zoom is a 320×200 CSS-pixel viewport, where a long card is taller than the
 * screen: it cannot be read whole at once, so the check is that no chart ever covers any of it.
 * The card's visible part is uncovered at its corners with its chart in its state, at one of a
 * few heights (its top near the screen's, a third down, halfway), and nothing scrolls sideways.
 */
test('a desktop at 400% zoom (320×200) can read every step card, never under its chart', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({
		viewport: { width: 320, height: 200 },
		deviceScaleFactor: 4,
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	const covered: string[] = [];
	for (const state of STEPS) {
		const seen = await page.evaluate(
			async ({ state, wake }) => {
				const step = document.querySelector<HTMLElement>(`[data-step="${CSS.escape(state)}"]`)!;
				const block = step.closest<HTMLElement>('[data-block]')!;
				const figure = block.querySelector<HTMLElement>(
					`figure[data-chart="${step.dataset.stepChart}"]`
				)!;
				const tries: string[] = [];
				const waking = block.closest('[data-island]')!;
				for (const target of [4, innerHeight / 3, innerHeight / 2]) {
					scrollTo({
						top: scrollY + step.getBoundingClientRect().top - target,
						behavior: 'instant'
					});
					// Its block woken first, as above (readableAt): at this size a block is asked to
					// wake only a screen and a half ahead, 300 px, so it wakes on the jump itself.
					for (const until = performance.now() + wake; performance.now() < until;) {
						if (waking.hasAttribute('data-live')) break;
						await new Promise((resolve) => requestAnimationFrame(resolve));
					}
					for (let i = 0; i < 10 && figure.dataset.state !== state; i++) {
						await new Promise((resolve) => requestAnimationFrame(resolve));
					}
					const box = step.getBoundingClientRect();
					const top = Math.max(box.top, 0) + 2;
					const bottom = Math.min(box.bottom, innerHeight) - 2;
					const corners = [
						[box.left + 2, top],
						[box.right - 2, top],
						[box.left + 2, bottom],
						[box.right - 2, bottom]
					];
					const clear = corners.every(([x, y]) => step.contains(document.elementFromPoint(x, y)));
					const shows = figure.dataset.state === state;
					if (clear && shows) return null;
					const asleep = waking.hasAttribute('data-live') ? '' : ', its block asleep';
					tries.push(`${clear ? 'clear' : 'covered'}, chart at ${figure.dataset.state}${asleep}`);
				}
				return tries.join('; ');
			},
			{ state, wake: WAKE_MS }
		);
		if (seen) covered.push(`${state}: ${seen}`);
	}
	expect(covered, 'step cards covered, or their chart elsewhere').toEqual([]);
	const { scrollWidth, innerWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: window.innerWidth
	}));
	expect(scrollWidth, 'the story scrolls sideways').toBeLessThanOrEqual(innerWidth);
	await context.close();
});

test('at 400% zoom, a chart still waiting for its code catches no tap meant for the card it stands over', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 320, height: 200 },
		deviceScaleFactor: 4,
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	// Once the story runs, its blocks' code is held back: the first block jumped to stays asleep,
	// its printed chart stuck at the viewport's top (it goes into the flow as the block wakes).
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let holding = false;
	await page.route('**/*.js', async (route) => {
		if (holding) await held;
		await route.continue();
	});
	// And the fonts, as on a slow connection: once they are in, the story places the sleeping
	// blocks below the viewport in idle time (placeAhead.ts), and at 320x200 this one would go into
	// the flow before the jump reaches it, its chart standing over no card. The jump is the page's
	// own scroll, not a reader's move, so nothing else places it early.
	await page.route('**/*.woff2', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	holding = true;
	const island = page.locator('[data-island]', {
		has: page.locator('[data-step="officers-2010"]')
	});
	const seen = await page.evaluate(async () => {
		const step = document.querySelector<HTMLElement>('[data-step="officers-2010"]')!;
		scrollTo({ top: scrollY + step.getBoundingClientRect().top - 4, behavior: 'instant' });
		for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
		const box = step.getBoundingClientRect();
		const chart = step.closest('[data-block]')!.querySelector('.graphic')!.getBoundingClientRect();
		const bottom = Math.min(box.bottom, innerHeight) - 2;
		const points = [
			[box.left + 2, box.top + 2],
			[box.right - 2, box.top + 2],
			[box.left + 2, bottom],
			[box.right - 2, bottom]
		];
		return {
			under: chart.top < box.bottom && chart.bottom > box.top,
			tapped: points.map(([x, y]) => step.contains(document.elementFromPoint(x, y)))
		};
	});
	await expect(island, 'asleep while its code is held').not.toHaveAttribute('data-live');
	await expect(island.locator('[data-block]'), 'placed ahead').not.toHaveAttribute('data-stick');
	expect(seen.under, 'the printed chart stands over the card').toBe(true);
	expect(seen.tapped, 'a tap at each corner of the card lands on the card').toEqual([
		true,
		true,
		true,
		true
	]);
	release();
	await expect(island).toHaveAttribute('data-live', '');
	await expect(island.locator('figure[data-chart="officers"]')).toHaveAttribute(
		'data-state',
		'officers-2010'
	);
	await context.close();
});

/**
 * The story, running, at this viewport (a touch phone when `mobile`), motion reduced; close the
 * context after.
 */
async function storyAt(
	browser: Browser,
	viewport: { width: number; height: number },
	mobile: boolean
) {
	const context = await browser.newContext({
		viewport,
		isMobile: mobile,
		hasTouch: mobile,
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	return { context, page };
}

/** The story, running, on a touch phone of this size, motion reduced; close the context after. */
const storyOnPhone = (browser: Browser, viewport: { width: number; height: number }) =>
	storyAt(browser, viewport, true);

/**
 * The story, running, on a 320×568 touch phone, motion reduced, with every font response held
 * until `release` (gone to at DOMContentLoaded: the held fonts hold the load event back).
 */
async function storyOnPhoneFontsHeld(browser: Browser) {
	const context = await browser.newContext({
		viewport: { width: 320, height: 568 },
		isMobile: true,
		hasTouch: true,
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	const release = await holdResponses(page, FONT);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	return { context, page, release };
}

test('a panel opened from a stuck chart on a phone leaves the reading line and the card clear', async ({
	browser
}) => {
	const { context, page } = await storyOnPhone(browser, { width: 390, height: 844 });
	for (const { step, panel } of [
		{ step: 'staff-2016', panel: 'Show the numbers' },
		{ step: 'self-harm', panel: 'Embed or download' }
	]) {
		const card = page.locator(`[data-step="${step}"]`);
		await page.evaluate(
			({ state, narrow }) => {
				const element = document.querySelector<HTMLElement>(`[data-step="${state}"]`)!;
				scrollTo({
					top: scrollY + element.getBoundingClientRect().top - innerHeight * narrow + 40,
					behavior: 'instant'
				});
			},
			{ state: step, narrow: TRIGGER.narrow }
		);
		const block = page.locator('[data-block]', { has: card });
		await expect(block.locator('figure')).toHaveAttribute('data-state', step);
		await expect(block, 'the chart sticks on this phone').not.toHaveAttribute('data-stick');
		await block.getByText(panel, { exact: true }).click();
		const details = block.locator('details[open]');
		await expect(details).toHaveCount(1);
		await expect(details.locator('summary + *')).toBeVisible();
		const graphic = (await block.locator('.graphic').first().boundingBox())!;
		// The stuck chart with its panel ends above the reading line, leaving the card its room.
		expect(graphic.y + graphic.height, `${panel}: foot of the stuck chart`).toBeLessThanOrEqual(
			844 * TRIGGER.narrow
		);
		await details.locator('summary').click();
		await expect(details).toHaveCount(0);
	}
	await context.close();
});

test('a chart too tall to stick on a small phone is in the flow before its block wakes, and waking keeps it there', async ({
	browser
}) => {
	const { context, page } = await storyOnPhone(browser, { width: 320, height: 568 });
	// The scorecard's block, far down the page, asleep: its chart cannot stick on this phone.
	const island = page.locator('[data-island="what-changed-scorecard"]');
	const block = island.locator('[data-block]');
	await expect(block, 'placed while asleep, once the page is idle').toHaveAttribute(
		'data-stick',
		'flow'
	);
	await expect(island, 'still asleep when placed').not.toHaveAttribute('data-live');
	// In the flow the cards come after the chart, which none of them covers.
	const [chartFoot, firstCard] = await block.evaluate((element) => [
		element.querySelector('[data-block-graphic]')!.getBoundingClientRect().bottom,
		element.querySelector('[data-block-steps] > li')!.getBoundingClientRect().top
	]);
	expect(firstCard, 'the first card starts below the chart').toBeGreaterThan(chartFoot);
	// Every change of its place from now on, and what the reader sees of it as it wakes.
	await block.evaluate((element) => {
		const seen: string[] = [];
		(window as unknown as { placements: string[] }).placements = seen;
		new MutationObserver(() => seen.push(element.dataset.stick ?? 'stuck')).observe(element, {
			attributes: true,
			attributeFilter: ['data-stick']
		});
		scrollTo({
			top: scrollY + element.getBoundingClientRect().top - innerHeight,
			behavior: 'instant'
		});
	});
	await expect(island).toHaveAttribute('data-live', '');
	expect(
		await page.evaluate(() => (window as unknown as { placements: string[] }).placements),
		'waking moved the chart nowhere'
	).toEqual([]);
	await expect(block).toHaveAttribute('data-stick', 'flow');
	await context.close();
});

test('the blocks ahead are placed while the page is idle, before the reader moves or the fonts come', async ({
	browser
}) => {
	// Each placing restyles a block and moves all below it: a frame of 33–43 ms at 4× CPU. Left for
	// the reader's first move, three such frames came in the first half-second of their scroll. Nor
	// may they wait for the fonts, which wait while the reader scrolls ($lib/fonts.js): a block
	// reached unplaced is placed as it wakes, in a frame the reader is scrolling.
	const { context, page, release } = await storyOnPhoneFontsHeld(browser);
	const island = page.locator('[data-island="what-changed-scorecard"]');
	const block = island.locator('[data-block]');
	await expect(block, 'placed while asleep, with no move and the fonts held').toHaveAttribute(
		'data-stick',
		'flow'
	);
	await expect(island).not.toHaveAttribute('data-live');
	await expect(page.locator('body.fonts-in')).toHaveCount(0);
	expect(await page.evaluate(() => scrollY), 'the page where it opened').toBe(0);
	// A key that scrolls a screen down: the reader has started, the fonts still held.
	await page.keyboard.press('PageDown');
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
	await expect(block).toHaveAttribute('data-stick', 'flow');
	// The fonts come and the reader rests: every part takes them, and the block stays placed.
	release();
	await expect(page.locator('body.fonts-in')).toHaveCount(1);
	await expect(block).toHaveAttribute('data-stick', 'flow');
	await context.close();
});

test('on a desktop (1280×800) a chart that fits the screen stays whole beside each of its later cards', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const { context, page } = await storyAt(browser, { width: 1280, height: 800 }, false);
	const outOfView: string[] = [];
	for (const state of STEPS) {
		const seen = await page.evaluate(
			async ({ state, t }) => {
				const step = document.querySelector<HTMLElement>(`[data-step="${CSS.escape(state)}"]`)!;
				const block = step.closest<HTMLElement>('[data-block]')!;
				// A block's first card is read beside a chart not yet stuck, wherever the block starts.
				if (step === block.querySelector('[data-step]')) return null;
				// The card just past the reading line, as a reader has it while reading it.
				scrollTo({
					top: scrollY + step.getBoundingClientRect().top - innerHeight * t.beside + 24,
					behavior: 'instant'
				});
				for (let i = 0; i < 8; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
				const chart = block.querySelector<HTMLElement>('[data-block-graphic]')!;
				const box = chart.getBoundingClientRect();
				// A chart taller than the screen (less the foot's clearance) cannot be had whole.
				if (box.height + 8 > innerHeight) return null;
				return box.top >= 0 && box.bottom <= innerHeight
					? null
					: `chart from ${Math.round(box.top)} to ${Math.round(box.bottom)} px`;
			},
			{ state, t: TRIGGER }
		);
		if (seen) outOfView.push(`${state}: ${seen}`);
	}
	expect(outOfView, 'cards read beside a chart that is off or part off the screen').toEqual([]);
	await context.close();
});
