/**
 * Privacy: every built page loads with no request to another host, sets no cookie, writes
 * nothing to localStorage or sessionStorage, and logs no console error. The pages are read
 * from build/ when the test runs, so new pages are covered as soon as they are built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_DIR, builtPages } from './support/build';
import { watchRequests } from './helpers';

/**
 * Where a built page's `<meta http-equiv="refresh">` sends the browser at once (a share page sends
 * the reader on to its section of the story), or undefined for a page that stays.
 */
function refreshTarget(file: string): string | undefined {
	const html = readFileSync(join(BUILD_DIR, file), 'utf8');
	return /<meta http-equiv="refresh" content="\d+; url=([^"]+)"/.exec(html)?.[1];
}

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

	const requests = watchRequests(page);
	/** Waits for the page to stop asking, and fails softly on what it never got. */
	const quiet = async (when: string) =>
		expect.soft(await requests.quiet(), `${current} ${when}: requests never answered`).toEqual([]);
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

	for (const { file, url } of pages) {
		current = url;
		const response = await page.goto(url);
		await quiet('loading');
		expect.soft(response?.status(), `${url} status`).toBe(200);
		// A page that moves on is checked where it lands. Its refresh can come after the page has
		// been idle long enough for the load to count as done, and then it replaced the page
		// under the checks below ("execution context was destroyed").
		const target = refreshTarget(file);
		if (target) {
			const landing = new URL(target, page.url()).pathname;
			await page.waitForURL((at) => at.pathname === landing);
			await quiet('landing');
		}
		// Scroll to the end so anything loaded lazily is requested too.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await quiet('scrolled to the end');
		const writes = await page.evaluate(
			() => (window as unknown as { __storageWrites?: string[] }).__storageWrites ?? []
		);
		expect.soft(writes, `${url} writes to Web Storage`).toEqual([]);
	}

	expect.soft(foreign, 'requests to other hosts').toEqual([]);
	expect.soft(errors, 'console errors').toEqual([]);
	expect(await context.cookies(), 'cookies set by any page').toEqual([]);
});

test('reading the story through every section asks the host for no icon: it is in the page', async ({
	page
}) => {
	// The story's address follows the reader's section, and a browser asks for the page's icon
	// again at each new address: linked, Chromium fetched it 14 times in one read.
	const asked: string[] = [];
	page.on('request', (request) => {
		if (/icon|\.svg$/.test(new URL(request.url()).pathname)) asked.push(request.url());
	});
	await page.goto('/');
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	await expect(page.locator('link[rel="icon"]')).toHaveAttribute(
		'href',
		/^data:image\/png;base64,/
	);
	const sections = await page
		.locator('main section[id]')
		.evaluateAll((all) => all.map((s) => s.id));
	expect(sections.length).toBeGreaterThan(10);
	for (const id of sections) {
		await page.locator(`section#${id}`).scrollIntoViewIfNeeded();
		await page.evaluate(() => scrollBy(0, innerHeight / 2));
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
	}
	expect(asked).toEqual([]);
});

test('the icon written into the page is static/favicon.svg drawn as a 64 px PNG', async ({
	page
}) => {
	// A PNG, not the SVG: the browser decodes the icon on the page's main thread at each new
	// address, and an SVG is a whole document to build ($lib/server/inlineIcon.ts).
	await page.goto('/');
	const href = await page.locator('link[rel="icon"]').getAttribute('href');
	const drawn = await page.evaluate(async (href) => {
		const img = new Image();
		img.src = href!;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 64;
		const context = canvas.getContext('2d')!;
		context.drawImage(img, 0, 0);
		const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data];
		return {
			size: [img.naturalWidth, img.naturalHeight],
			// Points of static/favicon.svg's 32-unit drawing, doubled: the red bar across the middle,
			// a light upright, the dark ground, and the corner the rounded square leaves empty.
			bar: at(32, 32),
			upright: at(18, 20),
			ground: at(6, 44),
			corner: at(0, 0)
		};
	}, href);
	expect(drawn.size).toEqual([64, 64]);
	const near = (seen: number[], want: number[]) =>
		seen.every((value, i) => Math.abs(value - want[i]) <= 8);
	expect(near(drawn.bar, [0xc4, 0x43, 0x2b, 255]), `bar ${drawn.bar}`).toBe(true);
	expect(near(drawn.upright, [0xf4, 0xef, 0xe6, 255]), `upright ${drawn.upright}`).toBe(true);
	expect(near(drawn.ground, [0x1d, 0x1b, 0x18, 255]), `ground ${drawn.ground}`).toBe(true);
	expect(drawn.corner[3], 'the corner is transparent').toBe(0);
});
