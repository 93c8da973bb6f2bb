/**
 * A re-user's paths, each through a client nobody here wrote: an oEmbed consumer (unfurl.js)
 * discovering a chart's embed, pym.js's own parent script, and /embed.js copied to the host's
 * own server. Every host page is a page of another origin of this machine (127.0.0.1 rather
 * than localhost); its CSP is bypassed because a newsroom's page has its own, not ours.
 */
import { createRequire } from 'node:module';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { unfurl } from 'unfurl.js';
import { CHART_STATES } from '../src/lib/charts/ids';
import { SECTION_STEPS } from '../src/lib/story/outline';
import { SECTION_CARDS } from '../src/lib/share/cards';
import { watchConsole } from './helpers';

const require = createRequire(import.meta.url);
const PYM = require.resolve('pym.js/dist/pym.v1.min.js');

test.use({ bypassCSP: true });

/** The same server under the other loopback name: a different origin from the embeds'. */
function hostOrigin(baseURL: string): string {
	const host = new URL(baseURL);
	host.hostname = host.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
	return host.origin;
}

/**
 * Open a host page at `width` px whose body is `html`, on the host origin, collecting its
 * console warnings and errors (Chromium refuses to frame a loopback address from a page it
 * thinks public, so the page is written over a real page of that origin).
 */
async function openHost(page: Page, baseURL: string, html: string, width: number) {
	const noise: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error') noise.push(`${m.type()}: ${m.text()}`);
	});
	await page.goto(`${hostOrigin(baseURL)}/404.html`);
	await page.setContent(
		`<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
		<style>body{margin:0} .col{width:${width}px}</style></head><body><div class="col" id="col">
		<p>A newsroom's article.</p>${html}</div></body></html>`
	);
	return noise;
}

/** The embed's frame, once its chart is there. */
async function embedFrame(page: Page): Promise<Frame> {
	await expect(page.frameLocator('iframe').locator('figure[data-chart]')).toBeVisible();
	const frame = page.frames().find((f) => f !== page.mainFrame());
	if (!frame) throw new Error('no embed frame');
	return frame;
}

/** Wait until the iframe is exactly as tall as its content (to the pixel) and does not scroll. */
async function expectFitted(page: Page, frame: Frame) {
	await expect
		.poll(async () => {
			const iframe = await page
				.locator('iframe')
				.evaluate((f) => Math.round(f.getBoundingClientRect().height));
			const content = await frame.evaluate(() =>
				Math.ceil(document.body.getBoundingClientRect().height)
			);
			return iframe - content;
		})
		.toBe(0);
	expect(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1)).toBe(
		false
	);
}

test.describe('an oEmbed consumer', () => {
	test('unfurl.js discovers a pinned chart’s oEmbed, and its HTML on a host page gives the fitted chart', async ({
		page,
		baseURL
	}) => {
		const address = `${baseURL}/embed/assaults/staff-2016/`;
		const { oEmbed } = await unfurl(address);
		expect(oEmbed).toMatchObject({
			type: 'rich',
			version: '1.0',
			provider_name: 'Holding the Line'
		});
		if (oEmbed?.type !== 'rich') throw new Error('not a rich oEmbed');
		expect(oEmbed.html).toContain(`src="${address}"`);
		const thumbnail = oEmbed.thumbnails?.[0]?.url ?? '';
		expect(thumbnail).toBe(`${baseURL}/embed/assaults/staff-2016.png`);
		expect((await page.request.get(thumbnail)).headers()['content-type']).toBe('image/png');

		const noise = await openHost(page, baseURL!, oEmbed.html, 360);
		const frame = await embedFrame(page);
		await expect(frame.locator('figure[data-chart="assaults"]')).toHaveAttribute(
			'data-state',
			'staff-2016'
		);
		await expectFitted(page, frame);
		expect(noise).toEqual([]);
	});

	test('unfurl.js finds a share page’s own card and its section’s chart', async ({ baseURL }) => {
		const { open_graph, oEmbed } = await unfurl(`${baseURL}/share/violence/`);
		expect(open_graph.url).toBe(`${baseURL}/share/violence/`);
		expect(open_graph.images?.[0].url).toBe(`${baseURL}/share/violence.png`);
		const { chart, state } = SECTION_CARDS.violence;
		expect(oEmbed?.type === 'rich' && oEmbed.html).toContain(`/embed/${chart}/${state}/`);
	});
});

test.describe('/embed.js served from the host’s own origin', () => {
	for (const width of [320, 1200]) {
		test(`fits the frame at ${width} px, without a word in the host’s console`, async ({
			page,
			baseURL
		}) => {
			const host = hostOrigin(baseURL!);
			const noise = await openHost(
				page,
				baseURL!,
				`<iframe src="${baseURL}/embed/timeline/" data-holding-the-line title="Chart"
					width="100%" height="150"></iframe><script src="${host}/embed.js" async></script>`,
				width
			);
			const frame = await embedFrame(page);
			await expectFitted(page, frame);
			await frame.getByText('Show the numbers').click();
			await expectFitted(page, frame);
			expect(noise).toEqual([]);
		});
	}

	test('ignores a right-shaped message once the frame holds a page of another origin', async ({
		page,
		baseURL
	}) => {
		const host = hostOrigin(baseURL!);
		await openHost(
			page,
			baseURL!,
			`<iframe src="${baseURL}/embed/harm/" data-holding-the-line title="Chart"
				width="100%" height="150"></iframe><script src="${host}/embed.js" async></script>`,
			600
		);
		const frame = await embedFrame(page);
		await expectFitted(page, frame);
		const fitted = await page.locator('iframe').getAttribute('height');
		// The managed frame now shows a page of the host's origin, not the embed's.
		await frame.evaluate((url) => location.assign(url), `${host}/404.html`);
		await expect
			.poll(() =>
				page
					.frames()
					.find((f) => f !== page.mainFrame())
					?.url()
			)
			.toBe(`${host}/404.html`);
		const other = page.frames().find((f) => f !== page.mainFrame())!;
		await other.waitForLoadState();
		await page.evaluate(() => {
			const w = window as unknown as { probed: Promise<void> };
			w.probed = new Promise((done) =>
				addEventListener('message', (e) => e.data === 'probe' && done())
			);
		});
		// Messages from one window arrive in order: once the probe is in, the bad one was read.
		await other.evaluate(() => {
			parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 77 }, '*');
			parent.postMessage('probe', '*');
		});
		await page.evaluate(() => (window as unknown as { probed: Promise<void> }).probed);
		expect(await page.locator('iframe').getAttribute('height')).toBe(fitted);
		expect(fitted).not.toBe('77');
	});
});

test.describe('pym.js 1.3.2, its real parent', () => {
	for (const width of [320, 1200]) {
		test(`fits the frame at ${width} px and follows it when the numbers open`, async ({
			page,
			baseURL
		}) => {
			const noise = await openHost(page, baseURL!, '<div id="chart"></div>', width);
			await page.addScriptTag({ path: PYM });
			await page.evaluate(
				(url) =>
					new (
						window as unknown as { pym: { Parent: new (...a: unknown[]) => unknown } }
					).pym.Parent('chart', url, { title: 'Chart' }),
				`${baseURL}/embed/officers/`
			);
			const frame = await embedFrame(page);
			await expectFitted(page, frame);
			await frame.getByText('Show the numbers').click();
			await expectFitted(page, frame);
			expect(noise).toEqual([]);
		});
	}
});

test.describe('the gallery as the re-user’s home', () => {
	test('“Embed this chart” in the story lands on that chart’s entry, its state picked, with code and pictures', async ({
		page
	}) => {
		// The story's head now holds JSON-LD: a policy that blocked it would say so here.
		const noErrors = watchConsole(page);
		await page.goto('/#violence');
		const figure = page.locator('section[data-section="violence"] figure[data-chart="assaults"]');
		// Opening /#violence puts its chart in the section's first state (DESIGN.md).
		const state = SECTION_STEPS.violence[0].state;
		await expect(figure).toHaveAttribute('data-state', state);
		await figure.getByText('Embed or download').click();
		const link = figure.getByRole('link', { name: 'Embed this chart' });
		await expect(link).toHaveAttribute('href', `/embed/?state=${state}#chart-assaults`);
		noErrors();
		await link.click();

		await expect(page).toHaveURL(new RegExp(`/embed/\\?state=${state}#chart-assaults$`));
		const item = page.locator('#chart-assaults');
		await expect(item).toBeInViewport();
		await expect(item.getByLabel('State to embed')).toHaveValue(state);
		await expect(item.locator('figure')).toHaveAttribute('data-state', state);
		await expect(item.locator('textarea')).toHaveValue(
			new RegExp(`<iframe src="[^"]+/embed/assaults/${state}/"`)
		);
		for (const [ext, type] of [['png', 'image/png'], ['svg', 'image/svg+xml'] as const]) {
			const href = await item
				.locator(`a[href$="/embed/assaults/${state}.${ext}"]`)
				.getAttribute('href');
			const response = await page.request.get(href!);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toContain(type);
		}
	});

	test('names each state by what it shows, not by its id', async ({ page }) => {
		await page.goto('/embed/');
		const select = page.locator('#chart-timeline select');
		for (const state of CHART_STATES.timeline) {
			const label = (await select.locator(`option[value="${state}"]`).textContent()) ?? '';
			expect(label).not.toContain(state);
			expect(label).toMatch(/^\d+\. \S.{15,}/);
		}
	});
});
