/**
 * Readers other than the phone at 100% with scripts: paper (print and PDF) and JavaScript off.
 * Each test checks what such a reader would notice: a chart missing, a button that does
 * nothing, a chart that says something other than the text beside it.
 */
import { expect, test, type Page } from '@playwright/test';
import { SECTION_SLUGS, SECTION_STEPS } from '../src/lib/story/outline';
import { TRIGGER } from './support/trigger';

/** Each chart figure in the story with the state its block ends on, in page order. */
const FINAL_STATES = SECTION_SLUGS.flatMap((section) => {
	const charts = [...new Set(SECTION_STEPS[section].map((step) => step.chart))];
	return charts.map((chart) => {
		const states = SECTION_STEPS[section].filter((step) => step.chart === chart);
		return { section, chart, state: states[states.length - 1].state };
	});
});

/**
 * Buttons, summaries and links a reader can see: `display`, `visibility` and opacity all count.
 * Found and measured in one task: blocks keep waking under the test (a print layout moves the
 * page, and the blocks now near the viewport hydrate), and a locator's `evaluateAll` finds its
 * elements and measures them in two round trips, between which an element can be replaced.
 */
function visibleControls(page: Page, selector: string) {
	return page.locator('body').evaluate(
		(body, selector) =>
			[...body.querySelectorAll(selector)]
				.filter((element) => {
					const box = element.getBoundingClientRect();
					if (box.width === 0 || box.height === 0) return false;
					for (let e: Element | null = element; e; e = e.parentElement) {
						const style = getComputedStyle(e);
						if (style.visibility === 'hidden' || style.opacity === '0') return false;
					}
					return true;
				})
				.map((element) => element.outerHTML.slice(0, 80)),
		selector
	);
}

test.describe('printing', () => {
	test('right after load, every chart prints drawn at its final state, with no controls', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		// One block running mid-way, as for a reader who printed after reading a little.
		await page.locator('[data-step="staff-2016"]').scrollIntoViewIfNeeded();
		await expect(page.locator('[data-island="violence-assaults"][data-live]')).toHaveCount(1);
		await expect(page.locator('section#violence figure[data-chart="assaults"]')).toHaveAttribute(
			'data-state',
			/staff-2010|staff-2016/
		);
		// The notes over that chart's final state, as the prerender prints them, and as it shows now.
		const notes = 'section#violence figure[data-chart="assaults"] .annotations .note';
		const finalNotes = await page.evaluate(async (notes) => {
			const html = await (await fetch('/')).text();
			const printedPage = new DOMParser().parseFromString(html, 'text/html');
			return [...printedPage.querySelectorAll(notes)].map((n) => n.textContent);
		}, notes);
		expect(finalNotes.length, "the final state's notes").toBeGreaterThan(0);
		await expect
			.poll(() => page.locator(notes).allTextContents(), 'the notes of the step in view')
			.not.toEqual(finalNotes);
		// What the page holds at the moment the browser lays it out for paper.
		await page.evaluate(
			(notes) =>
				addEventListener('beforeprint', () => {
					const figures = [...document.querySelectorAll<HTMLElement>('main figure[data-chart]')];
					const w = window as unknown as { printed: string[]; printedNotes: string[] };
					w.printed = figures.map(
						(f) => `${f.closest('section')?.id}/${f.dataset.chart}/${f.dataset.state}`
					);
					w.printedNotes = [...document.querySelectorAll(notes)].map((n) => n.textContent!);
				}),
			notes
		);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
		expect(pages.length, 'pages in the PDF').toBeGreaterThan(10);
		const printed = await page.evaluate(() => (window as unknown as { printed: string[] }).printed);
		expect(printed).toEqual(FINAL_STATES.map((f) => `${f.section}/${f.chart}/${f.state}`));
		// The labels too: on paper a chart's whole change is drawn at once, none a frame behind.
		const printedNotes = await page.evaluate(
			() => (window as unknown as { printedNotes: string[] }).printedNotes
		);
		expect(printedNotes, "the notes printed over the running chart's final state").toEqual(
			finalNotes
		);

		// Paper's layout moves the page, so blocks near the new viewport wake while these checks
		// run: each check reads the page in one task (see visibleControls), as a printer would.
		await page.emulateMedia({ media: 'print' });
		const hidden = await page.locator('main').evaluate((main) =>
			[...main.querySelectorAll<HTMLElement>('figure[data-chart]')]
				.filter((figure) => {
					const box = figure.querySelector('svg, .strip, table, .frame')?.getBoundingClientRect();
					if (!box || box.height < 40) return true;
					for (let e: Element | null = figure; e; e = e.parentElement) {
						const style = getComputedStyle(e);
						if (style.visibility === 'hidden' || style.opacity === '0') return true;
					}
					return false;
				})
				.map((figure) => figure.dataset.chart)
		);
		expect(hidden, 'charts not drawn on paper').toEqual([]);
		expect(await visibleControls(page, 'button, summary'), 'controls on paper').toEqual([]);
		// Each chart's source line prints its addresses, since a link cannot be followed on paper.
		const addresses = await page.locator('main').evaluate((main) =>
			[...main.querySelectorAll('figure[data-chart] .source a[href^="http"]')].map((a) => ({
				href: a.getAttribute('href'),
				printed: getComputedStyle(a, '::after').content
			}))
		);
		expect(addresses.length).toBeGreaterThan(0);
		for (const { href, printed } of addresses) expect(printed).toContain(href);
		// Every step's text prints, beside the chart's final state.
		const steps = page.locator('[data-step]');
		expect(await steps.count()).toBe(SECTION_SLUGS.flatMap((s) => SECTION_STEPS[s]).length);
		for (const step of await steps.all()) await expect(step).toBeVisible();
	});

	test('after printing, the chart the reader was on is back at their step', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await page.locator('[data-step="self-inflicted-deaths"]').scrollIntoViewIfNeeded();
		const figure = page.locator('section#harm figure[data-chart="harm"]');
		await page.evaluate((t) => {
			const step = document.querySelector<HTMLElement>('[data-step="self-inflicted-deaths"]')!;
			const line = innerHeight * (innerWidth < t.wide ? t.narrow : t.beside);
			scrollTo({
				top: scrollY + step.getBoundingClientRect().top - line + 40,
				behavior: 'instant'
			});
		}, TRIGGER);
		await expect(figure).toHaveAttribute('data-state', 'self-inflicted-deaths');
		await page.pdf({ format: 'A4' });
		await expect(figure).toHaveAttribute('data-state', 'self-inflicted-deaths');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('no button shows, and each chart shows its final state above all its steps', async ({
		page
	}) => {
		await page.goto('/');
		expect(await visibleControls(page, 'button'), 'buttons that cannot work').toEqual([]);
		// Nor the count of steps they would move through ("3 / 3" on its own).
		expect(await visibleControls(page, '.stepper .count'), 'step counts').toEqual([]);
		// Copying a link needs a script; without one it is the share page's address.
		const copy = page.locator('section#violence .share a', { hasText: 'Copy link' });
		await expect(copy).toHaveAttribute('href', /\/share\/violence\/$/);

		for (const { section, chart, state } of FINAL_STATES) {
			const figure = page.locator(`section#${section} figure[data-chart="${chart}"]`);
			await expect(figure).toHaveAttribute('data-state', state);
			await expect(figure).toBeVisible();
			// Not stuck over or beside the first step: the chart sits in the flow, above every step.
			const steps = page.locator(`section#${section} [data-step-chart="${chart}"]`);
			const figureBox = (await figure.boundingBox())!;
			const firstStep = (await steps.first().boundingBox())!;
			expect(firstStep.y, `${chart}: first step below its chart`).toBeGreaterThanOrEqual(
				figureBox.y + figureBox.height - 1
			);
			// Scrolled past the chart's height, the reader is among its steps and the chart has gone.
			await page.evaluate(({ y, h }) => scrollTo(0, scrollY + y + h + 100), {
				y: figureBox.y,
				h: figureBox.height
			});
			await expect
				.poll(async () => (await figure.boundingBox())!.y + figureBox.height, {
					message: `${chart}: chart scrolls away with the page`
				})
				.toBeLessThan(0);
			await page.evaluate(() => scrollTo(0, 0));
		}
	});
});

test.describe('keyboard', () => {
	test('"Skip the chart" takes focus past a chart block to what follows it', async ({ page }) => {
		await page.goto('/#violence');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const block = page.locator('section#violence [data-block]');
		const skip = block.getByRole('link', { name: 'Skip the chart' });
		await skip.focus();
		await expect(skip).toBeVisible();
		const inside = await block.locator('a, button, summary, [tabindex="0"]').count();
		expect(inside, 'tab stops the link skips').toBeGreaterThan(3);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		await expect(focused).toHaveCount(1);
		// The next stop is after the block, not inside it.
		expect(await focused.evaluate((el) => el.closest('[data-block]') === null)).toBe(true);
		const after = await focused.evaluate((el) => {
			const block = document.querySelector('section#violence [data-block]')!;
			return block.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(after).toBeTruthy();
		// No fragment of its own: the address keeps following the section in view.
		await expect(page).not.toHaveURL(/-end$/);
	});
	test('tabbing through a stuck chart, no focused control is out of view or under anything', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await page.evaluate((t) => {
			const step = document.querySelector<HTMLElement>('[data-step="staff-2016"]')!;
			const line = innerHeight * (innerWidth < t.wide ? t.narrow : t.beside);
			scrollTo({
				top: scrollY + step.getBoundingClientRect().top - line + 40,
				behavior: 'instant'
			});
		}, TRIGGER);
		const block = page.locator('section#violence [data-block]');
		await expect(block.locator('figure')).toHaveAttribute('data-state', 'staff-2016');
		await block.locator('.graphic [tabindex="0"]').first().focus();
		const hidden: string[] = [];
		let visited = 0;
		for (let i = 0; i < 12; i++) {
			const seen = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || !el.closest('[data-block]')) return null;
				const box = el.getBoundingClientRect();
				if (box.width <= 1 || box.height <= 1) return 'ok';
				const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
				const y = box.top + Math.min(box.height / 2, 10);
				const inView = box.top >= 0 && box.top + 10 <= innerHeight;
				const hit = document.elementFromPoint(x, y);
				const onTop = !!hit && (el.contains(hit) || hit.contains(el));
				return inView && onTop ? 'ok' : el.outerHTML.slice(0, 60);
			});
			if (seen === null) break;
			visited += 1;
			if (seen !== 'ok') hidden.push(seen);
			await page.keyboard.press('Tab');
		}
		expect(visited, 'tab stops checked in the block').toBeGreaterThan(3);
		expect(hidden, 'focused controls hidden').toEqual([]);
	});

	test('tabbing from the top into blocks not yet awake, each focused control shows at once', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		// Focus wakes a block, and its code takes some idle periods to arrive: meanwhile the
		// control a keyboard reader is on must not sit in a transparent chart.
		const transparent: string[] = [];
		let inBlocks = 0;
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const seen = await page.evaluate(() => {
				const el = document.activeElement;
				if (!el || !el.closest('[data-block]')) return null;
				for (let e: Element | null = el; e; e = e.parentElement)
					if (getComputedStyle(e).opacity === '0') return el.outerHTML.slice(0, 60);
				return 'ok';
			});
			if (seen === null) continue;
			inBlocks += 1;
			if (seen !== 'ok') transparent.push(seen);
		}
		expect(inBlocks, 'tab stops inside chart blocks').toBeGreaterThan(10);
		expect(transparent, 'focused controls in a transparent chart').toEqual([]);
	});
});

test.describe('the source list', () => {
	test('is a page of its own, linked from every chart and the methods note', async ({ page }) => {
		await page.goto('/');
		const fromCharts = page.locator('main figure[data-chart] a[href="/sources/"]');
		expect(await fromCharts.count()).toBeGreaterThanOrEqual(
			await page.locator('main figure[data-chart]').count()
		);
		await expect(page.locator('section#sources a[href="/sources/"]')).toHaveCount(1);
		// The story ends as a story: no list of addresses in it.
		const bare = await page
			.locator('section#sources a[href^="http"]')
			.evaluateAll((links) => links.filter((a) => /^https?:/.test(a.textContent ?? '')).length);
		expect(bare).toBe(0);

		await page.goto('/sources/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources and notes');
		const addresses = page.locator('main ul.sources a[href^="https://"]');
		expect(await addresses.count()).toBeGreaterThan(10);
		await page.getByRole('link', { name: 'Holding the Line' }).click();
		await expect(page).toHaveURL(/\/$/);
	});
});
