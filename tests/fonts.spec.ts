/**
 * Fonts never hold up the first paint, and never move the page when they arrive: the story and
 * an embed paint first in metric-matched system faces (src/fallback-fonts.css), ask for the web
 * fonts only after that paint (src/lib/fonts.js), and swap them in with no layout shift — here
 * with every font response held back until the page has painted, as on a slow phone network.
 * Without JavaScript the web fonts load as usual.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers';

const FONT = /\.woff2(\?|$)/;

interface Watch {
	/** Elements a layout shift moved down or resized by a CSS pixel or more, with how far. */
	moved: { what: string; dx: number; dy: number; dh: number }[];
	/** Sum of every layout shift's score, sub-pixel ones too. */
	total: number;
}

declare global {
	interface Window {
		__fontWatch?: Watch;
	}
}

/** Hold every font response until the page reports its first contentful paint. */
async function holdFontsUntilPainted(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const watch: Watch = { moved: [], total: 0 };
		window.__fontWatch = watch;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources: { node: Node | null; previousRect: DOMRect; currentRect: DOMRect }[];
			})[]) {
				if (entry.hadRecentInput) continue;
				watch.total += entry.value;
				for (const { node, previousRect: a, currentRect: b } of entry.sources) {
					const [dx, dy, dh] = [b.x - a.x, b.y - a.y, b.height - a.height];
					// Chromium also reports device-pixel rounding, and a link that slides along its own
					// line because the words before it changed shape: that is the swap itself, which no
					// fallback can avoid. A line that moves down, or a box that grows, is what a reader sees.
					if (Math.abs(dy) < 1 && Math.abs(dh) < 1 && Math.abs(dx) < 8) continue;
					const el = node instanceof Element ? node : node?.parentElement;
					const what = el
						? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`
						: '(removed)';
					watch.moved.push({ what, dx, dy, dh });
				}
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.route(FONT, async (route) => {
		await route
			.request()
			.frame()
			.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
		await route.continue();
	});
}

/** Wait until the web fonts have been asked for, have loaded, and layout has run since. */
async function fontsSwappedIn(page: Page): Promise<void> {
	await expect(page.locator('html')).not.toHaveClass(/fonts-wait/);
	await page.waitForFunction(
		() =>
			document.fonts.status === 'loaded' &&
			document.fonts.check('1rem "Source Serif 4"') &&
			document.fonts.check('1rem "Source Sans 3"') &&
			[...document.fonts].some((f) => f.family.includes('Source') && f.status === 'loaded')
	);
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
}

for (const path of ['/', '/embed/officers/']) {
	test(`${path} paints before asking for a font, then swaps the fonts in without a shift`, async ({
		page
	}) => {
		const noErrors = watchConsole(page);
		await holdFontsUntilPainted(page);
		await page.goto(path);
		await fontsSwappedIn(page);
		const { fcp, fontStarts, moved, total, bodyFont } = await page.evaluate(() => ({
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
			fontStarts: performance
				.getEntriesByType('resource')
				.filter((e) => /\.woff2(\?|$)/.test(e.name))
				.map((e) => e.startTime),
			moved: window.__fontWatch?.moved ?? [],
			total: window.__fontWatch?.total ?? 0,
			bodyFont: getComputedStyle(document.body).fontFamily
		}));
		expect(fcp, 'first contentful paint').toBeGreaterThan(0);
		expect(fontStarts.length, 'web fonts fetched').toBeGreaterThan(0);
		for (const start of fontStarts) expect(start).toBeGreaterThanOrEqual(fcp!);
		expect(bodyFont).toMatch(/^"Source Serif 4", "Source Serif 4 Fallback: Georgia"/);
		expect(moved, 'elements moved while the fonts swapped in').toEqual([]);
		// What Lighthouse prints, to three decimals, is 0 on the story. On an embed a full stop
		// after a wrapped link still slides along its line when the faces swap (0.0005–0.0006
		// measured, in no run more): under 0.001 until that line is mended (issue 15).
		expect(total).toBeLessThan(path === '/' ? 0.0005 : 0.001);
		noErrors();
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story still asks for its web fonts', async ({ page }) => {
		const font = page.waitForResponse((response) => FONT.test(response.url()) && response.ok());
		await page.goto('/');
		expect((await font).url()).toMatch(/source-(serif-4|sans-3)/);
	});
});
