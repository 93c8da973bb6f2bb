import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHART_IDS, CHART_STATES, finalState } from '../src/lib/charts/ids';
import { watchConsole } from './helpers';
import { DRAWING } from './support/dots';

/**
 * Serve a host page on another origin of this machine (127.0.0.1 rather than localhost) that
 * iframes one embed, with or without /embed.js. The page is written over a real page of that
 * origin, because Chromium refuses to frame a loopback address from a page it thinks public;
 * the host's CSP is bypassed because a newsroom's page has its own, not ours.
 */
async function openHost(page: Page, baseURL: string, src: string, width: number, script: boolean) {
	const host = new URL(baseURL);
	host.hostname = host.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
	const embedUrl = new URL(src, baseURL).href;
	const pymListener = `<script>
		addEventListener('message', (e) => {
			if (typeof e.data !== 'string') return;
			const m = e.data.match(/^pymxPYMx(.+)xPYMxheightxPYMx(\\d+)$/);
			if (m) document.querySelector('iframe').style.height = m[2] + 'px';
		});
	</script>`;
	const html = `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
		<style>body{margin:0} .col{width:${width}px}</style></head><body><div class="col">
		<p>A newsroom's article.</p>
		<iframe src="${embedUrl}${script ? '' : '?childId=c1'}" data-holding-the-line title="Chart"
			width="100%" height="150" style="border:0;width:100%"></iframe>
		${script ? `<script src="${new URL('/embed.js', baseURL).href}" async></script>` : pymListener}
		</div></body></html>`;
	await page.goto(new URL('/404.html', host).href);
	await page.setContent(html);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('figure[data-chart]')).toBeVisible();
	return frame;
}

/** The iframe's height and its document's content height, once they have settled. */
async function heights(page: Page) {
	await page.waitForTimeout(400);
	const iframe = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
	const content = await page
		.frames()[1]
		.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
	const scrolls = await page
		.frames()[1]
		.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
	return { iframe, content, scrolls };
}

test.describe('embed pages', () => {
	for (const chart of CHART_IDS) {
		test(`/embed/${chart}/ shows the chart, its source and a link back`, async ({ page }) => {
			const noErrors = watchConsole(page);
			await page.goto(`/embed/${chart}/`);
			const figure = page.locator(`figure[data-chart="${chart}"]`);
			await expect(figure).toHaveAttribute('data-state', finalState(chart));
			await expect(figure.locator(DRAWING).first()).toBeVisible();
			await expect(page.getByText(/^Sources?:/).first()).toBeVisible();
			await expect(page.getByRole('link', { name: /Read the full story/ })).toHaveAttribute(
				'href',
				/\/#[a-z0-9-]+$/
			);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			noErrors();
		});
	}

	test('a pinned state shows that state', async ({ page }) => {
		const state = CHART_STATES.assaults[1];
		await page.goto(`/embed/assaults/${state}/`);
		await expect(page.locator('figure[data-chart="assaults"]')).toHaveAttribute(
			'data-state',
			state
		);
	});

	test('?theme=dark and ?theme=light override the reader’s setting', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/embed/harm/?theme=dark');
		const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.goto('/embed/harm/?theme=light');
		const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(dark).not.toBe(light);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/embed/harm/');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
	});

	test('an unknown chart gets the site’s 404 page with a 404 status', async ({ page }) => {
		const response = await page.goto('/embed/no-such-chart/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('link', { name: /Read the story/ })).toBeVisible();
	});
});

test.describe('a host page', () => {
	test.use({ bypassCSP: true });

	for (const width of [320, 1200]) {
		for (const script of [true, false]) {
			test(`fits the iframe at ${width} px ${script ? 'with /embed.js' : 'with pym messages'}`, async ({
				page,
				baseURL
			}) => {
				await openHost(page, baseURL!, '/embed/timeline/', width, script);
				const { iframe, content, scrolls } = await heights(page);
				expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2);
				expect(scrolls).toBe(false);
			});
		}
	}

	test('follows the embed when its content grows', async ({ page, baseURL }) => {
		const frame = await openHost(page, baseURL!, '/embed/officers/', 360, true);
		const before = (await heights(page)).iframe;
		await frame.getByText('Show the numbers').click();
		const after = await heights(page);
		expect(after.iframe).toBeGreaterThan(before + 40);
		expect(Math.abs(after.iframe - after.content)).toBeLessThanOrEqual(2);
	});

	test('ignores messages of the wrong shape or from another origin', async ({ page, baseURL }) => {
		await openHost(page, baseURL!, '/embed/harm/', 600, true);
		const settled = (await heights(page)).iframe;
		// From the host's own origin: right shape, wrong origin.
		await page.evaluate(() => postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*'));
		// From the embed's origin, but malformed.
		await page.frames()[1].evaluate(() => {
			for (const bad of [
				{ sentinel: 'amp', type: 'embed-size', height: '9999' },
				{ sentinel: 'amp', type: 'embed-size', height: 1e9 },
				{ sentinel: 'amp', type: 'embed-size', height: -4 },
				{ sentinel: 'other', type: 'embed-size', height: 40 },
				{ type: 'embed-size', height: 40 },
				'embed-size 40',
				null
			]) {
				parent.postMessage(bad, '*');
			}
		});
		await page.waitForTimeout(300);
		const now = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
		expect(now).toBe(settled);
	});
});

test.describe('the gallery', () => {
	test('offers every chart with a snippet for the picked state and downloads', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/embed/');
		for (const chart of CHART_IDS) {
			const item = page.locator(`#chart-${chart}`);
			await expect(item.locator(`figure[data-chart="${chart}"]`)).toHaveCount(1);
			await expect(item.locator('textarea')).toHaveValue(new RegExp(`/embed/${chart}/"`));
		}
		const item = page.locator('#chart-assaults');
		const state = CHART_STATES.assaults[2];
		await item.getByLabel('State to embed').selectOption(state);
		await expect(item.locator('figure')).toHaveAttribute('data-state', state);
		await expect(item.locator('textarea')).toHaveValue(new RegExp(`/embed/assaults/${state}/"`));
		await expect(item.locator('textarea')).toHaveValue(/title="[^"]+"/);
		await item.getByRole('button', { name: 'Copy embed code' }).click();
		await expect(item.getByRole('status')).toHaveText('Embed code copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
			`/embed/assaults/${state}/`
		);
		for (const ext of ['png', 'svg']) {
			const href = await item
				.locator(`a[href$="/embed/assaults/${state}.${ext}"]`)
				.first()
				.getAttribute('href');
			const response = await page.request.get(href!);
			expect(response.status()).toBe(200);
		}
	});

	test('a state picked before the page has woken is the one drawn once it wakes', async ({
		page
	}) => {
		// The picker works as plain HTML before the scripts come; hydrating its binding used to set
		// it back to the final state, undoing the reader's pick (a slow CI run picked that early).
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/embed/', { waitUntil: 'domcontentloaded' });
		const item = page.locator('#chart-assaults');
		const picker = item.getByLabel('State to embed');
		const state = CHART_STATES.assaults[2];
		await picker.selectOption(state);
		release();
		await expect(item.locator('figure')).toHaveAttribute('data-state', state);
		await expect(picker).toHaveValue(state);
		await expect(item.locator('textarea')).toHaveValue(new RegExp(`/embed/assaults/${state}/"`));
	});

	test('numbers opened at once after a pick tabulate the picked state', async ({
		page,
		context
	}) => {
		// A page too busy to fall idle: the closed panel, which catches up with the state shown in an
		// idle moment (ChartFigure), has not when the reader opens it, and must as it opens.
		await page.addInitScript(() => {
			window.requestIdleCallback = () => 0;
		});
		await page.goto('/embed/');
		const item = page.locator('#chart-assaults');
		const state = CHART_STATES.assaults[2];
		const table = (figure: Locator) =>
			figure.locator('table').evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());
		const before = await table(item.locator('figure'));
		await item.getByLabel('State to embed').selectOption(state);
		await expect(item.locator('figure')).toHaveAttribute('data-state', state);
		await item.locator('details.numbers > summary').click();
		const shown = await table(item.locator('figure'));
		const embed = await context.newPage();
		await embed.goto(`/embed/assaults/${state}/`);
		const printed = await table(embed.locator('figure[data-chart="assaults"]'));
		expect(printed).not.toBe(before);
		expect(shown).toBe(printed);
	});
});
