/**
 * Privacy: every built page loads with no request to another host, sets no cookie, writes
 * nothing to localStorage or sessionStorage, and logs no console error. The pages are read
 * from build/ when the test runs, so new pages are covered as soon as they are built.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './support/build';

/** Runs in every page before its scripts: records Storage writes. */
function recordStorageWrites() {
	const writes: string[] = [];
	(window as unknown as { __storageWrites: string[] }).__storageWrites = writes;
	const proto = Storage.prototype;
	const setItem = proto.setItem;
	proto.setItem = function (this: Storage, key: string, value: string) {
		writes.push(`${this === window.sessionStorage ? 'session' : 'local'}Storage.setItem(${key})`);
		return setItem.call(this, key, value);
	};
}

test('every built page stays on its own host and stores nothing', async ({
	page,
	context,
	baseURL
}) => {
	const pages = builtPages();
	expect(pages.length, 'build/ holds HTML pages').toBeGreaterThan(0);
	test.setTimeout(20_000 + pages.length * 5_000);
	const origin = new URL(baseURL!).origin;
	await context.addInitScript(recordStorageWrites);

	let current = '';
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (/^(data|blob|about):$/.test(url.protocol)) return;
		if (url.origin !== origin) foreign.push(`${current}: ${request.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`${current}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));

	for (const { url } of pages) {
		current = url;
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		expect.soft(response?.status(), `${url} status`).toBe(200);
		// Scroll to the end so anything loaded lazily is requested too.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.waitForLoadState('networkidle');
		const writes = await page.evaluate(
			() => (window as unknown as { __storageWrites?: string[] }).__storageWrites ?? []
		);
		expect.soft(writes, `${url} writes to Web Storage`).toEqual([]);
	}

	expect.soft(foreign, 'requests to other hosts').toEqual([]);
	expect.soft(errors, 'console errors').toEqual([]);
	expect(await context.cookies(), 'cookies set by any page').toEqual([]);
});
