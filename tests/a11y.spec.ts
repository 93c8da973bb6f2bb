/**
 * Accessibility of the built site: axe (WCAG 2.0/2.1 A and AA) on the story at its top, middle
 * and end, on every embed page, the embed gallery, a share page and the 404 page; a keyboard-only
 * walk through the story; 200% zoom without sideways scrolling; and no motion when the reader
 * asks for reduced motion. Chart ids come from src/lib/charts/ids.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CHART_IDS, CHART_STATES } from '../src/lib/charts/ids';
import { scrollToStep, watchRequests } from './helpers';
import { STEPPED_SECTIONS } from './support/story';
import { targetSizeProblems, type Target } from './support/targetSize';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Enough Tab presses to cross the whole story; the walk stops earlier when focus wraps. */
const MAX_TABS = 400;

/** Axe's violations, one readable line per rule and an indented line per element. */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}\n` +
			v.nodes
				.slice(0, 5)
				.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n\s*/g, ' ')}`)
				.join('\n') +
			(v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '')
	);
}

/**
 * Every visible interactive element inside `selector`, as boxes for targetSizeProblems: controls,
 * links that are not inline in a sentence, and anything given a tab stop or a widget role.
 */
async function targetsIn(page: Page, selector: string): Promise<Target[]> {
	return page.locator(selector).evaluate((root) => {
		const interactive =
			'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], ' +
			'[role="button"], [role="link"], [role="slider"], [role="tab"], [role="checkbox"]';
		return [...root.querySelectorAll<HTMLElement>(interactive)]
			.filter((el) => el.tabIndex >= 0 || el.hasAttribute('role'))
			.filter((el) => !(el.localName === 'a' && getComputedStyle(el).display === 'inline'))
			.filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
			.map((el) => {
				const r = el.getBoundingClientRect();
				const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50);
				return {
					name: `<${el.localName}> "${name}"`,
					x: r.x,
					y: r.y,
					width: r.width,
					height: r.height
				};
			})
			.filter((t) => t.width > 0 && t.height > 0);
	});
}

/** Scrolls to a fraction of the page's height and lets scroll-driven updates settle. */
async function scrollToFraction(page: Page, fraction: number) {
	await page.evaluate((f) => {
		const max = document.documentElement.scrollHeight - innerHeight;
		window.scrollTo({ top: max * f, behavior: 'instant' });
	}, fraction);
	await page.waitForTimeout(600);
}

test.describe('axe finds no WCAG 2.1 A/AA violations', () => {
	for (const [where, fraction] of [
		['top', 0],
		['middle', 0.5],
		['end', 1]
	] as const) {
		test(`on the story, at its ${where}`, async ({ page }) => {
			await page.goto('/');
			await scrollToFraction(page, fraction);
			expect(await violations(page)).toEqual([]);
		});
	}

	const pages = [
		'/embed/',
		...CHART_IDS.map((chart) => `/embed/${chart}/`),
		'/share/the-cuts/',
		'/404.html'
	];
	for (const url of pages) {
		test(`on ${url}`, async ({ page }) => {
			const requests = watchRequests(page);
			const response = await page.goto(url);
			expect(response?.status(), `${url} is built`).toBe(200);
			// A share page may send the reader on to the story: check whatever they end up on.
			expect(await requests.quiet(), 'requests never answered').toEqual([]);
			expect(await violations(page), `axe on ${page.url()}`).toEqual([]);
		});
	}
});

test.describe('the timeline meets target size (WCAG 2.5.8) in every state', () => {
	for (const [width, height] of [
		[320, 640],
		[390, 844],
		[412, 915],
		[1280, 800]
	]) {
		test(`at ${width} px`, async ({ page }) => {
			test.setTimeout(90_000);
			// No zoom tween: the boxes are measured where the state puts them, not on the way.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setViewportSize({ width, height });
			await page.goto('/');
			await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
			for (const state of CHART_STATES.timeline) {
				await scrollToStep(page, state);
				const graphic = `figure[data-chart="timeline"][data-state="${state}"] .graphic`;
				await expect(page.locator(graphic)).toHaveCount(1);
				expect(targetSizeProblems(await targetsIn(page, graphic)), state).toEqual([]);
			}
		});
	}
});

test('a keyboard-only reader sees where focus is on every stop through the story', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	const problems: string[] = [];
	let first: string | null = null;
	for (let i = 0; i < MAX_TABS; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const describe = () =>
				`<${el.localName}${el.id ? `#${el.id}` : ''}> "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
			const rect = el.getBoundingClientRect();
			const look = () => {
				const s = getComputedStyle(el);
				return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
			};
			const focused = look();
			el.blur();
			const unfocused = look();
			el.focus({ focusVisible: true } as FocusOptions);
			return {
				key: `${describe()}@${Math.round(rect.top + scrollY)}`,
				label: describe(),
				visible: rect.width > 0 && rect.height > 0,
				inViewport:
					rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
				indicator: focused !== unfocused
			};
		});
		if (!stop) {
			if (first) break;
			continue;
		}
		if (stop.key === first) break;
		first ??= stop.key;
		if (!stop.visible) problems.push(`${stop.label}: focused but has no size`);
		else if (!stop.inViewport) problems.push(`${stop.label}: focused but not scrolled into view`);
		if (!stop.indicator) problems.push(`${stop.label}: no focus outline or box-shadow`);
	}
	expect(first, 'Tab reaches something focusable').not.toBeNull();
	expect(problems).toEqual([]);
});

test('the Previous and Next buttons of the first stepped chart change its state from the keyboard', async ({
	page
}) => {
	const { slug, steps } = STEPPED_SECTIONS.find((s) => s.steps.length > 1)!;
	const section = page.locator(`[data-section="${slug}"]`);
	const figure = section.locator(`figure[data-chart="${steps[0].chart}"]`).first();
	await page.goto('/');
	await figure.scrollIntoViewIfNeeded();
	// The block's code loads as the reader nears it; its buttons work once it is live.
	await expect(section.locator('.island[data-live]').first()).toBeAttached();
	const next = section.getByRole('button', { name: /next/i }).first();
	const previous = section.getByRole('button', { name: /previous/i }).first();
	const before = await figure.getAttribute('data-state');
	const [forward, back] = (await next.isEnabled()) ? [next, previous] : [previous, next];
	await forward.focus();
	await page.keyboard.press('Enter');
	await expect(figure).not.toHaveAttribute('data-state', before ?? '');
	await back.focus();
	await page.keyboard.press('Enter');
	await expect(figure).toHaveAttribute('data-state', before ?? '');
});

test.describe('at 200% zoom on a 1280 px screen', () => {
	// 1280×800 at 200% is a 640×400 CSS-pixel viewport at twice the density.
	test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

	test('the story never scrolls sideways', async ({ page }) => {
		await page.goto('/');
		for (const fraction of [0, 0.25, 0.5, 0.75, 1]) {
			await scrollToFraction(page, fraction);
			const { scrollWidth, innerWidth } = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				innerWidth: window.innerWidth
			}));
			expect(scrollWidth, `scroll width at ${fraction * 100}% down`).toBeLessThanOrEqual(
				innerWidth
			);
		}
	});
});

test('with reduced motion, chart elements neither transition nor animate', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await expect(page.locator('figure[data-chart]').first()).toBeAttached();
	const moving = await page.evaluate(() => {
		const zero = (value: string) => value.split(',').every((d) => parseFloat(d) === 0);
		const found: string[] = [];
		for (const figure of document.querySelectorAll('figure[data-chart]')) {
			for (const el of [figure, ...figure.querySelectorAll('*')]) {
				const s = getComputedStyle(el);
				if (!zero(s.transitionDuration) || !zero(s.animationDuration))
					found.push(
						`${figure.getAttribute('data-chart')} <${el.localName} class="${el.getAttribute('class') ?? ''}">: transition ${s.transitionDuration}, animation ${s.animationDuration}`
					);
			}
		}
		return found;
	});
	expect(moving.slice(0, 20), `${moving.length} elements still move`).toEqual([]);
});
