/**
 * Holding the web fonts back the way a slow phone network does, and watching what their arrival
 * moves: for the font tests (tests/fonts.spec.ts).
 */
import { expect, type Page } from '@playwright/test';
import type { LayoutShiftEntry } from './shifts';

export const FONT = /\.woff2(\?|$)/;

interface Watch {
	/** Elements a layout shift moved down or resized by a CSS pixel or more, with how far. */
	moved: { what: string; dx: number; dy: number; dh: number }[];
	/** Sum of every layout shift's score, sub-pixel ones too. */
	total: number;
	/** Whether the page has painted visible text yet. */
	textShown: boolean;
}

declare global {
	interface Window {
		__fontWatch?: Watch;
	}
}

/**
 * Hold every font response until the page reports its first contentful paint or, with `text`,
 * until it has painted visible text (a largest-contentful-paint entry for a text block: text a
 * face is still blocking is drawn invisibly and reported only when it shows), and `thenMs` more.
 */
export async function holdFontsUntilPainted(
	page: Page,
	until: 'paint' | 'text' = 'paint',
	thenMs = 0
): Promise<void> {
	await page.addInitScript(() => {
		const watch: Watch = { moved: [], total: 0, textShown: false };
		window.__fontWatch = watch;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[])
				if (entry.element?.textContent?.trim()) watch.textShown = true;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as LayoutShiftEntry[]) {
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
			.waitForFunction(
				(what) =>
					what === 'text'
						? window.__fontWatch?.textShown === true
						: performance.getEntriesByName('first-contentful-paint').length > 0,
				until
			);
		if (thenMs) await new Promise((resolve) => setTimeout(resolve, thenMs));
		await route.continue();
	});
}

/**
 * What holds the web faces once every one is in (src/lib/fonts.js): on a page let in part by
 * part, <body> (its root keeps the waiting stacks: a change there restyles the whole page); on an
 * embed, or when a face failed to load, <html> itself.
 */
export const ALL_FACES_IN = 'html:not(.fonts-wait), body.fonts-in';

/** Wait until the web fonts have been asked for, have loaded, and layout has run since. */
export async function fontsSwappedIn(page: Page): Promise<void> {
	await expect(page.locator(ALL_FACES_IN)).toHaveCount(1);
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
