import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAfterPaint } from './startAfterPaint';

/** Kit's inline start-up script as adapter-static prerenders it (SvelteKit 2). */
const START_UP = `
				{
					__sveltekit_x = { base: "" };
					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.A.js"),
						import("/_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 3] });
					});
				}
			`;
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = (hashes: string) =>
	`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-fonts=' ${hashes}">`;
const KIT = `<head>${POLICY(hashOf(START_UP))}</head><body><div style="display: contents"><p>prose</p>
			<script>${START_UP}</script></div></body>`;

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
		'document',
		'window',
		'requestAnimationFrame',
		'setTimeout',
		'addEventListener',
		'__import',
		code.replaceAll('import(', '__import(')
	)(
		{ currentScript: { parentElement: 'root' } },
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
const APP = ['/_app/immutable/entry/start.A.js', '/_app/immutable/entry/app.B.js'];

describe('startAfterPaint(html)', () => {
	it('imports nothing until the first contentful paint is reported, then starts the app as Kit wrote it', async () => {
		const page = run(startAfterPaint(KIT));
		await settle();
		expect(page.imported).toEqual([]);
		page.paint('first-paint');
		await settle();
		expect(page.imported, 'a paint with no content yet').toEqual([]);
		page.paint('first-contentful-paint');
		await settle();
		expect(page.imported).toEqual(APP);
		expect(page.started).toHaveLength(1);
	});

	it('starts 3 s after the load when no paint is reported (a hidden tab)', async () => {
		const page = run(startAfterPaint(KIT));
		page.onLoad.forEach((f) => f());
		expect(page.timers.map((t) => t.after)).toEqual([3000]);
		await settle();
		expect(page.imported).toEqual([]);
		page.timers[0].run();
		await settle();
		expect(page.imported).toEqual(APP);
	});

	it('in a browser that reports no paints, starts after the next frame', async () => {
		const page = run(startAfterPaint(KIT), false);
		await settle();
		expect(page.imported).toEqual([]);
		page.frames.shift()!();
		await settle();
		expect(page.imported, 'not yet: the frame is drawn after its callbacks').toEqual([]);
		page.timers.shift()!.run();
		await settle();
		expect(page.imported).toEqual(APP);
	});

	it('Kit’s own script, unchanged, imports at once (what the change is for)', async () => {
		const page = run(KIT);
		await settle();
		expect(page.imported).toEqual(APP);
	});

	it('allows the changed script in the page’s policy, by its hash, in place of the old one', () => {
		const out = startAfterPaint(KIT);
		const script = out.match(/<script>([\s\S]*?)<\/script>/)![1];
		expect(script).not.toBe(START_UP);
		expect(out).toContain(POLICY(hashOf(script)));
		expect(out).not.toContain(hashOf(START_UP));
	});

	it('leaves the rest of the page as it was', () => {
		const out = startAfterPaint(KIT);
		const before = KIT.slice(0, KIT.indexOf('Promise.all(['));
		const after = KIT.slice(KIT.indexOf(']).then(') + ']).then('.length);
		expect(
			out.replace(/'sha256-[^']+'/g, 'hash').startsWith(before.replace(/'sha256-[^']+'/g, 'hash'))
		).toBe(true);
		expect(out.endsWith(after)).toBe(true);
	});

	it('throws, naming what it looked for, on a page without Kit’s start-up or with two', () => {
		expect(() => startAfterPaint('<body><p>no script</p></body>')).toThrow(/found 0/);
		expect(() => startAfterPaint(KIT + KIT)).toThrow(/found 2/);
		expect(() => startAfterPaint(KIT.replace(hashOf(START_UP), "'sha256-other='"))).toThrow(
			/policy does not allow/
		);
	});
});
