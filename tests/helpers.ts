/**
 * Shared moves for the end-to-end specs: scroll like a reader to a given step, and watch the
 * console for errors.
 */
import { expect, type Page } from '@playwright/test';
import { TRIGGER } from './support/trigger';

/** The reading line a step must pass to become active (matches the story's own rule). */
export async function triggerY(page: Page): Promise<number> {
	return page.evaluate((t) => innerHeight * (innerWidth < t.wide ? t.narrow : t.beside), TRIGGER);
}

/** Scroll so that the step's top sits just above the reading line, as a reader would. */
export async function scrollToStep(page: Page, state: string): Promise<void> {
	await page.evaluate(
		({ id, t }) => {
			const step = document.querySelector<HTMLElement>(`[data-step="${id}"]`);
			if (!step) throw new Error(`no step ${id}`);
			const line = innerHeight * (innerWidth < t.wide ? t.narrow : t.beside);
			scrollTo({
				top: scrollY + step.getBoundingClientRect().top - line + 40,
				behavior: 'instant'
			});
		},
		{ id: state, t: TRIGGER }
	);
}

/** The figure a step drives: in the step's section, with the step's chart. */
export function figureFor(page: Page, section: string, chart: string) {
	return page.locator(`section[data-section="${section}"] figure[data-chart="${chart}"]`);
}

/**
 * Collect console errors, page errors and Svelte's hydration warnings (a mismatch makes Svelte
 * throw the server's HTML away and draw again); call the returned function to assert none.
 */
export function watchConsole(page: Page): () => void {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
		else if (message.type() === 'warning' && /hydration/.test(message.text()))
			errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return () => expect(errors, 'console errors').toEqual([]);
}

/**
 * Holds back every response to a request matching `url` (a slow network, for one kind of file)
 * until the returned function is called; then they all come.
 * A font asked for before the load event holds that event back, and the fonts script asks for
 * them once the page has painted and parsed, which on a busy machine can come first: so a test
 * that holds fonts goes to its page with `waitUntil: 'domcontentloaded'`, never to its load.
 */
export async function holdResponses(page: Page, url: RegExp): Promise<() => void> {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(url, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

/**
 * Counts a page's requests in flight, for a test that must see every request a page makes.
 * `quiet()` waits until none is in flight and none has started or ended for `ms`, and returns
 * what is still in flight if that has not come within `within` ms: Playwright's own
 * 'networkidle' once waited five minutes on a static embed page that had asked for nothing
 * since its load, and told nothing about why.
 */
export function watchRequests(page: Page): {
	quiet: (ms?: number, within?: number) => Promise<string[]>;
} {
	const inFlight = new Map<object, string>();
	let changed = Date.now();
	page.on('request', (request) => {
		inFlight.set(request, request.url());
		changed = Date.now();
	});
	const ended = (request: object) => {
		inFlight.delete(request);
		changed = Date.now();
	};
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	return {
		async quiet(ms = 500, within = 15_000) {
			const until = Date.now() + within;
			while (Date.now() < until) {
				if (inFlight.size === 0 && Date.now() - changed >= ms) return [];
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			return [...inFlight.values()];
		}
	};
}
