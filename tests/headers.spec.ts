import { expect, test, type Page } from '@playwright/test';

/**
 * The headers build/_headers asks a host to send, as the local server sends them: the story,
 * share pages and gallery refuse to be framed by another site; embeds may be framed anywhere.
 */

/** A page on the other loopback name (another origin) that frames `src` from this site. */
async function frameFromElsewhere(page: Page, baseURL: string, src: string) {
	const host = new URL(baseURL);
	host.hostname = host.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
	await page.goto(new URL('/404.html', host).href);
	const framed = page.waitForEvent('framenavigated', (f) => f !== page.mainFrame());
	await page.setContent(
		`<!doctype html><title>Host</title><iframe src="${new URL(src, baseURL).href}" title="x"></iframe>`
	);
	return framed;
}

test.describe('response headers', () => {
	for (const path of ['/', '/share/the-cuts/', '/embed/']) {
		test(`${path} may be framed by this site only`, async ({ request }) => {
			const res = await request.get(path);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
			expect(res.headers()['x-frame-options']).toBe('SAMEORIGIN');
			expect(res.headers()['x-content-type-options']).toBe('nosniff');
			expect(res.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
		});
	}

	test('an embed may be framed by any site', async ({ request }) => {
		const res = await request.get('/embed/officers/');
		expect(res.headers()['content-security-policy']).toBe('frame-ancestors *');
		expect(res.headers()['x-frame-options']).toBeUndefined();
	});

	test('hashed assets are cached for a year, pages are revalidated', async ({ page, request }) => {
		const asset = page.waitForResponse((r) => r.url().includes('/_app/immutable/'));
		await page.goto('/embed/officers/');
		const headers = await (await asset).allHeaders();
		expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect((await request.get('/')).headers()['cache-control']).toBe('no-cache');
	});

	test('the built _headers file is not served', async ({ request }) => {
		expect((await request.get('/_headers')).status()).toBe(404);
	});
});

test.describe('framing in a real browser', () => {
	// The host page is written over this site's 404 page, whose own CSP (default-src 'self')
	// would block every frame; a newsroom's page has its own policy, not ours.
	test.use({ bypassCSP: true });

	test('another site cannot frame the story', async ({ page, baseURL }) => {
		const frame = await frameFromElsewhere(page, baseURL!, '/');
		await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
		await expect(page.frameLocator('iframe').locator('main')).toHaveCount(0);
	});

	test('another site can frame an embed', async ({ page, baseURL }) => {
		const frame = await frameFromElsewhere(page, baseURL!, '/embed/officers/');
		expect(frame.url()).toBe(new URL('/embed/officers/', baseURL).href);
		await expect(page.frameLocator('iframe').locator('figure[data-chart]')).toBeAttached();
	});
});
