import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAfterPaint } from './startAfterPaint';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-fonts='">`;
/** A printed page as Kit prerenders it with `csr = false`: a policy, and no script of Kit's. */
const PAGE = `<head>${POLICY}</head><body><div style="display: contents"><p>prose</p></div></body>`;
const ENTRY = '/_app/immutable/chunks/start.A.js';

/**
 * Runs a page's start-up script in a stand-in browser whose paints, frames, tasks and load event
 * the test makes happen; `paints` false for a browser that reports no paints.
 */
function run(html: string, paints = true) {
	const code = html.match(/<script>([\s\S]*?)<\/script>/)![1];
	type Observer = (list: { getEntriesByName: (n: string) => unknown[] }, o: typeof stop) => void;
	const observers: Observer[] = [];
	const frames: (() => void)[] = [];
	const timers: { run: () => void; after: number }[] = [];
	const onLoad: (() => void)[] = [];
	const imported: string[] = [];
	const started: unknown[] = [];
	class PerformanceObserver {
		static supportedEntryTypes = paints ? ['paint', 'resource'] : ['resource'];
		constructor(callback: Observer) {
			observers.push(callback);
		}
		observe() {}
		disconnect() {
			observers.length = 0;
		}
	}
	new Function(
		'window',
		'requestAnimationFrame',
		'setTimeout',
		'addEventListener',
		'__import',
		code.replaceAll('import(', '__import(')
	)(
		{ PerformanceObserver },
		(f: () => void) => frames.push(f),
		(f: () => void, after = 0) => timers.push({ run: f, after }),
		(type: string, f: () => void) => type === 'load' && onLoad.push(f),
		async (url: string) => {
			imported.push(url);
			return { start: (...args: unknown[]) => started.push(args) };
		}
	);
	const stop = { disconnect: () => void (observers.length = 0) };
	const paint = (name: string) =>
		[...observers].forEach((o) => o({ getEntriesByName: (n) => (n === name ? [{}] : []) }, stop));
	return { paint, frames, timers, onLoad, imported, started };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startAfterPaint(html, entry)', () => {
	it('imports nothing until the first contentful paint is reported, then the start-up once', async () => {
		const page = run(startAfterPaint(PAGE, ENTRY));
		await settle();
		expect(page.imported).toEqual([]);
		page.paint('first-paint');
		await settle();
		expect(page.imported, 'a paint with no content yet').toEqual([]);
		page.paint('first-contentful-paint');
		await settle();
		expect(page.imported).toEqual([ENTRY]);
	});

	it('starts 3 s after the load when no paint is reported (a hidden tab)', async () => {
		const page = run(startAfterPaint(PAGE, ENTRY));
		page.onLoad.forEach((f) => f());
		expect(page.timers.map((t) => t.after)).toEqual([3000]);
		await settle();
		expect(page.imported).toEqual([]);
		page.timers[0].run();
		await settle();
		expect(page.imported).toEqual([ENTRY]);
	});

	it('in a browser that reports no paints, starts after the next frame', async () => {
		const page = run(startAfterPaint(PAGE, ENTRY), false);
		await settle();
		expect(page.imported).toEqual([]);
		page.frames.shift()!();
		await settle();
		expect(page.imported, 'not yet: the frame is drawn after its callbacks').toEqual([]);
		page.timers.shift()!.run();
		await settle();
		expect(page.imported).toEqual([ENTRY]);
	});

	it('allows its script in the page’s policy by its hash, beside what the policy allowed', () => {
		const out = startAfterPaint(PAGE, ENTRY);
		const script = out.match(/<script>([\s\S]*?)<\/script>/)![1];
		expect(out).toContain(`script-src 'self' 'sha256-fonts=' ${hashOf(script)}">`);
	});

	it('puts the script at the end of the body and leaves the rest of the page as it was', () => {
		const out = startAfterPaint(PAGE, ENTRY);
		expect(out.replace(/ 'sha256-[^']+'">/, '">').replace(/<script>[\s\S]*?<\/script>/, '')).toBe(
			PAGE
		);
		expect(out).toMatch(/<script>[^<]*<\/script><\/body>$/);
	});

	it('throws on a page without a policy for its scripts, or with a start-up already', () => {
		expect(() => startAfterPaint('<body><p>no policy</p></body>', ENTRY)).toThrow(
			/no content-security-policy/
		);
		expect(() => startAfterPaint(startAfterPaint(PAGE, ENTRY), ENTRY)).toThrow(
			/already has a start-up/
		);
	});
});
