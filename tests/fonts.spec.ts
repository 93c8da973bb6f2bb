/**
 * Fonts never hold up the first paint, and never move the page when they arrive: the story
 * paints first in metric-matched system faces (src/fallback-fonts.css), asks for the web fonts
 * only after that paint (src/lib/fonts.js), and swaps them in with no layout shift — here with
 * every font response held back until the page has painted, as on a slow phone network. An
 * embed paints first in the fallbacks too, and then uses its faces only if they come at once
 * (`font-display: optional`), so a late font leaves it in the fallbacks rather than re-wrapping a
 * line inside a host's page.
 * Without JavaScript the web fonts load as usual.
 */
import { expect, test } from '@playwright/test';
import { holdResponses, watchConsole } from './helpers';
import { SECTION_SLUGS } from '../src/lib/story/outline';
import { ALL_FACES_IN, FONT, fontsSwappedIn, holdFontsUntilPainted } from './support/fonts';

test('/ paints before asking for a font, then swaps the fonts in without a shift', async ({
	page
}) => {
	const noErrors = watchConsole(page);
	await holdFontsUntilPainted(page);
	await page.goto('/');
	await fontsSwappedIn(page);
	const { fcp, fontStarts, moved, total, bodyFont } = await page.evaluate(() => ({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
		fontStarts: performance
			.getEntriesByType('resource')
			.filter((e) => /\.woff2(\?|$)/.test(e.name))
			.map((e) => e.startTime),
		moved: window.__fontWatch?.moved ?? [],
		total: window.__fontWatch?.total ?? 0,
		bodyFont: getComputedStyle(document.body).fontFamily
	}));
	expect(fcp, 'first contentful paint').toBeGreaterThan(0);
	expect(fontStarts.length, 'web fonts fetched').toBeGreaterThan(0);
	for (const start of fontStarts) expect(start).toBeGreaterThanOrEqual(fcp!);
	expect(bodyFont).toMatch(/^"Source Serif 4", "Source Serif 4 Fallback: Georgia"/);
	expect(moved, 'elements moved while the fonts swapped in').toEqual([]);
	// What Lighthouse prints, to three decimals, is 0.
	expect(total).toBeLessThan(0.0005);
	noErrors();
});

test('a link to a section is followed before any font is asked for, which could move it', async ({
	page
}) => {
	// The browser jumps to #harm when the document has been parsed; a face that swapped in within
	// that same frame would move the section the reader lands on (holding-still.spec, slowed).
	await page.goto('/#harm');
	await fontsSwappedIn(page);
	const { parsed, fontStarts } = await page.evaluate(() => ({
		parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
			.domContentLoadedEventStart,
		fontStarts: performance
			.getEntriesByType('resource')
			.filter((e) => /\.woff2(\?|$)/.test(e.name))
			.map((e) => e.startTime)
	}));
	expect(parsed, 'document parsed').toBeGreaterThan(0);
	expect(fontStarts.length, 'web fonts fetched').toBeGreaterThan(0);
	for (const start of fontStarts) expect(start).toBeGreaterThanOrEqual(parsed);
	await expect(page.locator('section#harm')).toBeInViewport();
});

test('the fonts come in part by part, the section in view first, and every part ends in its web faces', async ({
	page
}) => {
	// Let in whole, a swap re-lays out the whole story at once (long tasks on a phone); the fonts
	// script lets them into a few parts a frame, starting where the reader is (src/lib/fonts.js).
	await page.addInitScript(() => {
		const order: {
			index: number;
			section: string;
			face: string;
			waiting: boolean;
			batch: number;
			piecesFirst: boolean;
		}[] = [];
		(window as unknown as { __fontParts: typeof order }).__fontParts = order;
		// Each call of the observer is one of the script's frames: it is told of the parts a frame
		// lets in together, once that frame's callback is done.
		let batch = 0;
		// The pieces of a block (`data-font-piece`), in the order they take the faces.
		const pieces: Element[] = [];
		(window as unknown as { __fontPieces: Element[] }).__fontPieces = pieces;
		new MutationObserver((records) => {
			batch++;
			const parts = [...document.querySelectorAll('[data-font-part]')];
			for (const { target } of records) {
				const element = target as Element;
				if (element.matches('[data-font-piece].fonts-in') && !pieces.includes(element)) {
					pieces.push(element);
				}
				const index = parts.indexOf(element);
				if (index < 0 || !element.classList.contains('fonts-in')) continue;
				if (order.some((o) => o.index === index)) continue;
				order.push({
					index,
					section: element.closest('section')?.id ?? '',
					// The face the part's own text is set in at that moment, and whether the page waits.
					face: getComputedStyle(element).fontFamily,
					waiting: !document.body.classList.contains('fonts-in'),
					batch,
					// Whether the pieces inside it, if any, all took the faces before it did.
					piecesFirst: [...element.querySelectorAll('[data-font-piece]')].every((piece) =>
						pieces.includes(piece)
					)
				});
			}
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
	});
	await page.goto('/#harm');
	await fontsSwappedIn(page);
	const count = await page.locator('[data-font-part]').count();
	const order = await page.evaluate(
		() =>
			(
				window as unknown as {
					__fontParts: {
						index: number;
						section: string;
						face: string;
						waiting: boolean;
						batch: number;
						piecesFirst: boolean;
					}[];
				}
			).__fontParts
	);
	// A heading, passages and blocks in each of the twelve sections, the masthead and the footer.
	expect(count).toBeGreaterThan(SECTION_SLUGS.length * 2);
	expect(order[0]?.section, 'the section of the first part let in').toBe('harm');
	expect(order[0]?.waiting, 'the rest of the page still waiting').toBe(true);
	expect(order[0]?.face, 'the face of the first part let in').toMatch(/^"Source Serif 4", /);
	expect(order.map((o) => o.index).sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
	// A frame takes more than one part while they are small (a heading and its passages): one part
	// a frame took 51 frames, the last still coming in as a reader began to scroll.
	const frames = new Set(order.map((o) => o.batch)).size;
	expect(frames, 'frames the parts came in, against the parts').toBeLessThan(count * 0.75);
	// A block takes the faces piece by piece, then whole: whole, one was 18–40 ms of style and
	// layout at 4× CPU. Each piece comes in before its block, and every piece comes in.
	const pieces = await page.evaluate(() => {
		const taken = (window as unknown as { __fontPieces: Element[] }).__fontPieces;
		return [...document.querySelectorAll('.island[data-font-part]')].map((island) => ({
			block: island.getAttribute('data-island'),
			pieces: island.querySelectorAll('[data-font-piece]').length,
			taken: taken.filter((piece) => island.contains(piece)).length,
			graphics: island.querySelectorAll('.graphic[data-font-piece]').length
		}));
	});
	expect(pieces.length, 'the story’s blocks').toBeGreaterThan(5);
	for (const block of pieces) {
		expect(block.graphics, `${block.block}: its drawing is a piece`).toBe(1);
		expect(block.taken, `${block.block}: pieces that took the faces`).toBe(block.pieces);
	}
	expect(
		order.filter((o) => !o.piecesFirst).map((o) => o.index),
		'parts that took the faces before their pieces'
	).toEqual([]);
	const first = order[0]!.index;
	expect(
		order.slice(0, count - first).map((o) => o.index),
		'then the parts below it, in order'
	).toEqual([...Array(count - first).keys()].map((k) => first + k));

	// Each kind of text in its web face: the prose, a heading, the masthead, the UI face.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const faceOf = async (selector: string) => {
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		expect(nodeId, selector).toBeGreaterThan(0);
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((font) => font.familyName);
	};
	for (const [selector, face] of [
		['#harm .prose p', 'Source Serif 4'],
		['#harm h2', 'Source Serif 4'],
		['.masthead h1', 'Source Serif 4'],
		['#the-cuts .kicker', 'Source Sans 3'],
		['footer.foot p', 'Source Sans 3']
	] as const) {
		const faces = await faceOf(selector);
		expect(faces.length, selector).toBeGreaterThan(0);
		for (const name of faces) expect(name, selector).toMatch(new RegExp(`^${face}`));
	}
});

test('the last face swap restyles what lies outside the parts, not the whole page', async ({
	page
}) => {
	// A change to the root's custom properties restyles every element of the page, parts already
	// in their faces too: 1,578 elements in the story, a rendering task of 74–133 ms at 4× CPU. So
	// the root keeps the font stacks it painted first, and <body> takes the web faces last.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __rootFonts: string[] }).__rootFonts = seen;
		const read = () => getComputedStyle(document.documentElement).getPropertyValue('--font-text');
		new PerformanceObserver((list, observer) => {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			seen.push(read());
			setInterval(() => seen.push(read()), 50);
		}).observe({ type: 'paint', buffered: true });
	});
	await page.goto('/');
	await fontsSwappedIn(page);
	const seen = await page.evaluate(
		() => (window as unknown as { __rootFonts: string[] }).__rootFonts
	);
	expect(seen.length).toBeGreaterThan(1);
	expect(new Set(seen).size, `the root's stacks: ${[...new Set(seen)].join(' | ')}`).toBe(1);
	// And what lies outside the parts reads in the web face: the route announcer, to a screen reader.
	expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toMatch(
		/^"Source Serif 4", /
	);
});

test('every element ends in the face it would have had with no waiting', async ({ page }) => {
	// The script lets the faces into parts, and into the pieces of a block or a long passage, by a
	// class that declares the text face on the element it is set on (src/fallback-fonts.css). An
	// element that inherited the UI face from above, and took the class itself, would read in the
	// text face for good.
	await page.goto('/');
	await fontsSwappedIn(page);
	// Both readings in one task, so that no element comes or goes between them.
	const { elements, ui, differ } = await page.evaluate(() => {
		const all = [...document.body.querySelectorAll('*')];
		const swapped = all.map((e) => getComputedStyle(e).fontFamily);
		// The page as it would be without the script: the root's web stacks, no part or piece marked.
		document.documentElement.classList.remove('fonts-wait');
		for (const e of [...document.querySelectorAll('.fonts-in')]) e.classList.remove('fonts-in');
		const unwaited = all.map((e) => getComputedStyle(e).fontFamily);
		return {
			elements: all.length,
			ui: unwaited.filter((face) => /^"Source Sans 3", /.test(face)).length,
			differ: all.flatMap((e, i) =>
				swapped[i] === unwaited[i]
					? []
					: [
							`${e.tagName.toLowerCase()}.${e.getAttribute('class')}: ${swapped[i]}, not ${unwaited[i]}`
						]
			)
		};
	});
	expect(elements).toBeGreaterThan(1000);
	expect(ui, 'elements in the UI face').toBeGreaterThan(100);
	expect(differ, 'elements whose face the swap changed').toEqual([]);
});

test('faces that come late wait for the reader to leave the text on screen before they re-wrap it', async ({
	page
}) => {
	const noErrors = watchConsole(page);
	// A slow network: the faces come three and a half seconds after the first paint, by which
	// time the reader is reading the opening (the script's line is 2.5 s).
	await holdFontsUntilPainted(page, 'paint', 3_500);
	await page.goto('/');
	await page.waitForFunction(() =>
		[...document.fonts].some((f) => /^"?Source Serif 4"?$/.test(f.family) && f.status === 'loaded')
	);
	const below = page.locator('#harm [data-font-part]').first();
	await expect(below, 'a part off screen gets the web faces').toHaveClass(/fonts-in/);
	const masthead = page.locator('header.masthead');
	await expect(masthead).toBeInViewport();
	await expect(masthead, 'the part on screen keeps its faces').not.toHaveClass(/fonts-in/);
	await expect(page.locator(ALL_FACES_IN), 'the rest of the page still waits').toHaveCount(0);
	const { moved, total } = await page.evaluate(() => ({
		moved: window.__fontWatch?.moved ?? [],
		total: window.__fontWatch?.total ?? 0
	}));
	expect(moved, 'elements moved while the faces came').toEqual([]);
	expect(total).toBe(0);
	// Read on: the opening leaves the screen and takes its faces; then the page has them all,
	// the end of the story too, though the reader is looking at it now.
	await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
	await expect(masthead).toHaveClass(/fonts-in/);
	await expect(page.locator('footer.foot')).toHaveClass(/fonts-in/);
	await expect(page.locator(ALL_FACES_IN)).toHaveCount(1);
	noErrors();
});

test('no part takes its faces while the reader scrolls: they wait for the page to come to rest', async ({
	page
}) => {
	const noErrors = watchConsole(page);
	// Each part's swap re-wraps and lays out its text (13–27 ms a block at 4× CPU): on a frame the
	// reader is scrolling, that frame runs long. So a reader who starts scrolling before the faces
	// are in gets them in the pauses. Here the faces are held until the reader is scrolling.
	const release = await holdResponses(page, FONT);
	await page.addInitScript(() => {
		const seen = { wheels: [] as number[], parts: [] as number[], loaded: 0 };
		(window as unknown as { __scrolling: typeof seen }).__scrolling = seen;
		addEventListener('wheel', () => seen.wheels.push(performance.now()), {
			passive: true,
			capture: true
		});
		// The web faces, not the metric-matched fallbacks, which are local and load at once.
		document.fonts.addEventListener('loadingdone', (event) => {
			const faces = (event as FontFaceSetLoadEvent).fontfaces;
			if (faces.some((face) => !/Fallback/.test(face.family))) seen.loaded ||= performance.now();
		});
		new MutationObserver((records) => {
			for (const { target } of records)
				if ((target as Element).matches('[data-font-part].fonts-in'))
					seen.parts.push(performance.now());
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('[data-story-ready]')).toHaveCount(1);
	const { width, height } = page.viewportSize()!;
	await page.mouse.move(width / 2, height / 2);
	const wheelFor = async (ms: number) => {
		const until = Date.now() + ms;
		while (Date.now() < until) {
			await page.mouse.wheel(0, 120);
			await page.waitForTimeout(50);
		}
	};
	await wheelFor(300);
	release();
	await wheelFor(2_000);
	// The page comes to rest, and then every part takes its faces.
	await expect(page.locator(ALL_FACES_IN)).toHaveCount(1);
	const seen = await page.evaluate(
		() =>
			(window as unknown as { __scrolling: { wheels: number[]; parts: number[]; loaded: number } })
				.__scrolling
	);
	const lastWheel = Math.max(...seen.wheels);
	expect(seen.loaded, 'the faces loaded').toBeGreaterThan(0);
	expect(
		lastWheel - seen.loaded,
		'ms the reader scrolled on with the faces loaded'
	).toBeGreaterThan(1_000);
	expect(seen.parts.length).toBe(await page.locator('[data-font-part]').count());
	// A scroll runs on a little after its wheel; the script waits 200 ms after the last.
	const sinceWheel = seen.parts.map((at) => at - Math.max(...seen.wheels.filter((w) => w < at)));
	for (const gap of sinceWheel)
		expect(gap, 'ms from the last wheel to a part taking its faces').toBeGreaterThan(150);
	noErrors();
});

test('an embed paints before asking for a font, and one that comes late is never swapped in', async ({
	page
}) => {
	const noErrors = watchConsole(page);
	// Held past the first paint by longer than `optional` waits for a face (100 ms).
	await holdFontsUntilPainted(page, 'text', 400);
	await page.goto('/embed/officers/');
	const finding = page.locator('#chart-officers-finding');
	await expect(finding).toBeVisible();
	await expect(page.locator('html')).not.toHaveClass(/fonts-wait/);
	// The faces arrive after the first paint, and load: the embed could swap them in now, and must not.
	await page.waitForFunction(() =>
		[...document.fonts].some((f) => f.family.includes('Optional') && f.status === 'loaded')
	);
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const { nodeId } = await cdp.send('DOM.querySelector', {
		nodeId: root.nodeId,
		selector: '#chart-officers-finding'
	});
	const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
	expect(fonts.length, 'faces that drew the finding').toBeGreaterThan(0);
	for (const font of fonts)
		expect(font.familyName, 'face that drew the finding').not.toMatch(/^Source /);
	const { fcp, fontStarts, total, bodyFont } = await page.evaluate(() => ({
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
		fontStarts: performance
			.getEntriesByType('resource')
			.filter((e) => /\.woff2(\?|$)/.test(e.name))
			.map((e) => e.startTime),
		total: window.__fontWatch?.total ?? 0,
		bodyFont: getComputedStyle(document.body).fontFamily
	}));
	expect(fcp, 'first contentful paint').toBeGreaterThan(0);
	expect(fontStarts.length, 'web fonts fetched').toBeGreaterThan(0);
	for (const start of fontStarts) expect(start).toBeGreaterThanOrEqual(fcp!);
	expect(bodyFont).toMatch(/^"Source Serif 4 Optional", "Source Serif 4 Fallback: Georgia"/);
	expect(total, 'layout shift').toBe(0);
	noErrors();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the story still asks for its web fonts', async ({ page }) => {
		const font = page.waitForResponse((response) => FONT.test(response.url()) && response.ok());
		await page.goto('/');
		expect((await font).url()).toMatch(/source-(serif-4|sans-3)/);
	});
});
