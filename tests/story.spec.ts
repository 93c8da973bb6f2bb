import { expect, test } from '@playwright/test';
import { CHART_STATES } from '../src/lib/charts/ids';
import { SECTION_SLUGS, SECTION_STEPS } from '../src/lib/story/outline';
import { figureFor, holdResponses, scrollToStep, watchConsole } from './helpers';
import { DRAWING, MARKS, dotsIn } from './support/dots';
import { expectChartThenWords, watchFrameOrder } from './support/frameOrder';
import { drawnOf, drawnPerFrame, mixedFrames, watchDrawnPerFrame } from './support/drawnPerFrame';
import { openAtStep } from './support/story';

const ALL_STEPS = SECTION_SLUGS.flatMap((section) =>
	SECTION_STEPS[section].map((step) => ({ section, ...step }))
);

test.describe('the story', () => {
	test('renders every section in order with a heading that links to itself', async ({ page }) => {
		const noErrors = watchConsole(page);
		await page.goto('/');
		const ids = await page
			.locator('main section[data-section]')
			.evaluateAll((sections) => sections.map((s) => s.id));
		expect(ids).toEqual([...SECTION_SLUGS]);
		for (const slug of SECTION_SLUGS) {
			await expect(page.locator(`#${slug} h2 a[href="#${slug}"]`)).toHaveCount(1);
		}
		noErrors();
	});

	test('scrolling each step into view puts its chart in that state', async ({ page }) => {
		// One scroll, one wait for the block and one for the state per step: the time this takes
		// grows with the story, so the allowance does too (5 s a step; a quiet run takes under 1).
		test.setTimeout(20_000 + ALL_STEPS.length * 5_000);
		const noErrors = watchConsole(page);
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		for (const step of ALL_STEPS) {
			await scrollToStep(page, step.state);
			// A woken block hydrates in idle time, one block per idle callback of up to a second
			// (src/lib/story/idle.ts): under load a block can wait behind several others, so wait
			// for this block to be live before holding its state to the usual five seconds.
			const block = page
				.locator(`section[data-section="${step.section}"] .island[data-live]`)
				.filter({ has: page.locator(`figure[data-chart="${step.chart}"]`) });
			await expect(block, `block of ${step.state} live`).not.toHaveCount(0, { timeout: 20_000 });
			await expect(figureFor(page, step.section, step.chart), `step ${step.state}`).toHaveAttribute(
				'data-state',
				step.state
			);
		}
		noErrors();
	});

	test('a fast jump to the bottom and back ends in the right states', async ({ page }) => {
		// Open on a section so its chart is running (blocks far from the reader wait for their
		// code until the reader nears them), then fling past everything and back.
		await page.goto('/#the-cuts');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await expect(page.locator('[data-island="the-cuts-officers"][data-live]')).toHaveCount(1);
		await expect(figureFor(page, 'the-cuts', 'officers')).toHaveAttribute(
			'data-state',
			'officers-2010'
		);
		await page.evaluate(() => scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
		await expect(figureFor(page, 'what-changed', 'scorecard')).toHaveAttribute(
			'data-state',
			'scorecard'
		);
		// Every block passed on the way down shows its last state.
		await expect(figureFor(page, 'the-cuts', 'officers')).toHaveAttribute(
			'data-state',
			'prisoners-per-officer'
		);
		await expect(figureFor(page, 'violence', 'assaults')).toHaveAttribute(
			'data-state',
			'staff-2018'
		);
		await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
		// Back above every block: each shows its first state.
		await expect(figureFor(page, 'the-cuts', 'officers')).toHaveAttribute(
			'data-state',
			'officers-2010'
		);
		await scrollToStep(page, 'self-harm');
		await expect(figureFor(page, 'harm', 'harm')).toHaveAttribute('data-state', 'self-harm');
	});

	test('a block flung out of sight catches up in a frame or two, not in a glide nobody sees', async ({
		page
	}) => {
		// A block more than a screen away draws the reader's state in idle time (drawnState). Its
		// timeline glided there for 600 ms, about 38 frames of work while the reader scrolled
		// somewhere else; unseen, the change should jump.
		await page.goto('/#walkouts-2016');
		const island = page.locator('[data-island="walkouts-2016-timeline"]');
		await expect(island).toHaveAttribute('data-live', '');
		const figure = figureFor(page, 'walkouts-2016', 'timeline');
		await expect(figure).toHaveAttribute('data-state', 'may-2016');
		// Past any glide of its own first state.
		await page.waitForTimeout(900);
		await island.evaluate((root) => {
			const seen = { frame: 0, changed: [] as number[] };
			(window as unknown as { unseen: typeof seen }).unseen = seen;
			const count = () => {
				seen.frame++;
				requestAnimationFrame(count);
			};
			requestAnimationFrame(count);
			new MutationObserver(() => {
				if (!seen.changed.includes(seen.frame)) seen.changed.push(seen.frame);
			}).observe(root.querySelector('[data-chart-slot]')!, {
				subtree: true,
				attributes: true,
				childList: true,
				characterData: true
			});
		});
		await page.evaluate(() => scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
		// Every block passed on the way down shows its last state.
		await expect(figure).toHaveAttribute('data-state', 'birmingham-riot');
		// Not even one the compositor would draw: the timeline's glide moves its marks by
		// transform animations, which change no attribute.
		expect(
			await island.evaluate((root) => root.getAnimations({ subtree: true }).length),
			'animations under way'
		).toBe(0);
		// Past the 600 ms a glide would take.
		await page.waitForTimeout(900);
		const changed = await page.evaluate(
			() => (window as unknown as { unseen: { changed: number[] } }).unseen.changed
		);
		expect(changed.length, 'frames in which the chart changed').toBeGreaterThan(0);
		expect(changed.length, 'frames in which the chart changed').toBeLessThanOrEqual(2);
	});

	test("after a fling, blocks far off catch up a job a frame: no frame draws one's marks with another's labels or words", async ({
		page
	}) => {
		// A far block's change is a job of the story's queue (drawnState), its chart's labels the
		// queue's next job (CartesianChart) and its words the one after (StoryBlock). A frame or two
		// behind the chart, the words landed in the frame of another block's job (at 4× CPU, 12
		// frames over 50 ms in 18 flings; then 1); the labels drawn with the marks made the job's
		// frame 50–55 ms (4 in 24 flings; then none).
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const islands = page.locator('[data-island]');
		const count = await islands.count();
		// Wake every block on the way down; at the bottom each shows its last state.
		for (let i = 0; i < count; i++) {
			await islands.nth(i).scrollIntoViewIfNeeded();
			await expect(islands.nth(i)).toHaveAttribute('data-live', '');
		}
		await page.evaluate(() => scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
		await page.waitForTimeout(1500);
		await watchDrawnPerFrame(page);
		await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
		await page.waitForTimeout(3000);
		// Blocks more than a screen below the top, which catch up in idle time.
		const far = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-island]')]
				.filter((island) => island.getBoundingClientRect().top > 2 * innerHeight)
				.map((island) => island.dataset.island!)
		);
		const frames = await drawnPerFrame(page, far);
		expect(drawnOf(frames, 'words').size, 'far blocks whose words caught up').toBeGreaterThan(3);
		expect(
			drawnOf(frames, 'labels').size,
			"far blocks whose charts' labels caught up"
		).toBeGreaterThan(2);
		const mixed = mixedFrames(frames);
		expect(mixed, "frames drawing far blocks' marks, labels and words together").toEqual([]);
	});

	test("work put off to idle time runs a job a frame, the charts' own catch-ups included", async ({
		page
	}) => {
		// After a step change the chart's closed numbers panel and its values' keys catch up in
		// idle time; in the browser's own idle callbacks they shared idle periods with each other
		// and with the story's queue (35 frames in a read held two or more, up to 16 ms of script at
		// 4× CPU, then the frame's rendering). Count the callbacks each frame runs.
		await page.addInitScript(() => {
			const seen = { frame: 0, perFrame: new Map<number, number>() };
			(window as unknown as { idle: typeof seen }).idle = seen;
			const count = () => {
				seen.frame++;
				requestAnimationFrame(count);
			};
			requestAnimationFrame(count);
			const request = window.requestIdleCallback.bind(window);
			window.requestIdleCallback = (callback, options) =>
				request((deadline) => {
					seen.perFrame.set(seen.frame, (seen.perFrame.get(seen.frame) ?? 0) + 1);
					callback(deadline);
				}, options);
		});
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		for (const step of ['officers-2014', 'officers-low-2016', 'staff-2016', 'staff-per-day']) {
			await scrollToStep(page, step);
			await expect(page.locator(`figure[data-state="${step}"]`)).toHaveCount(1);
			// Past the glide and the catch-ups after it.
			await page.waitForTimeout(1200);
		}
		const perFrame = await page.evaluate(() => [
			...(window as unknown as { idle: { perFrame: Map<number, number> } }).idle.perFrame.values()
		]);
		expect(perFrame.length, 'frames that ran idle work').toBeGreaterThan(4);
		expect(
			perFrame.filter((callbacks) => callbacks > 1),
			'frames that ran two or more idle callbacks'
		).toEqual([]);
	});

	test('reloading mid-section restores that section and its chart state', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await scrollToStep(page, 'staff-per-day');
		await expect(figureFor(page, 'violence', 'assaults')).toHaveAttribute(
			'data-state',
			'staff-per-day'
		);
		await expect(page).toHaveURL(/#violence$/);
		await page.reload();
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		await expect(figureFor(page, 'violence', 'assaults')).toHaveAttribute(
			'data-state',
			'staff-per-day'
		);
	});

	test('Previous and Next step through a chart and announce the new step', async ({ page }) => {
		await page.goto('/#harm');
		const figure = figureFor(page, 'harm', 'harm');
		await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[0]);
		const block = page.locator('section#harm [data-block]');
		await block.getByRole('button', { name: /Next/ }).click();
		await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[1]);
		await expect(block.locator('[aria-live="polite"]').first()).toContainText('Step 2 of 3');
		await block.getByRole('button', { name: /Previous/ }).click();
		await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[0]);
	});

	test("arrow keys move between a chart's values, and the buttons step it", async ({ page }) => {
		await page.goto('/#harm');
		const figure = figureFor(page, 'harm', 'harm');
		await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[0]);
		// The block's code loads as the reader nears it; its keys work once it is live.
		await expect(page.locator('section#harm .island[data-live]')).toHaveCount(1);
		const values = figure.locator('[data-values]');
		await values.locator('[tabindex="0"]').focus();
		const first = await values.locator('[tabindex="0"]').getAttribute('aria-label');
		await page.keyboard.press('ArrowRight');
		await expect(values.locator('[tabindex="0"]')).not.toHaveAttribute('aria-label', first!);
		await expect(figure).toHaveAttribute('data-state', CHART_STATES.harm[0]);
	});

	test("a step's chart is drawn in a frame before its words, which follow after its labels' frame", async ({
		page
	}) => {
		// A step's change split over three frames (CartesianChart, StoryBlock): no one frame holds
		// the whole of it on a slow phone, and the words never name a step the chart has not drawn.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const block = await openAtStep(page, 'officers-2010');
		const figure = block.locator('figure[data-chart]');
		// The block is live once its words have caught up; its values' keys catch up in the
		// story's idle queue after that (they held the printed last step, prisoners per officer).
		// Counted as the chart's change, they made the step's words look 5 frames late (4 runs in
		// 28).
		await expect(
			block.locator('[data-values] [tabindex="0"]'),
			'the keys hold the open step'
		).not.toHaveAttribute('aria-label', /per officer/);
		await watchFrameOrder(block, '[data-chart-slot]', {
			childList: true,
			attributes: true,
			characterData: true
		});
		await scrollToStep(page, 'officers-2014');
		await expect(figure).toHaveAttribute('data-state', 'officers-2014');
		await expectChartThenWords(page, 'officers-2014');
	});

	test("a chart's values follow a step after the frame that draws it, each on its own state's scale", async ({
		page
	}) => {
		// The values' keys (for keyboard, pointer and screen reader) are not drawn: they catch up
		// with a step in an idle moment (CartesianChart), not in the step's own frame, and until
		// then stand where their own values are, never the old values on the new scale. This step
		// changes the scale from officers to prisoners per officer.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const block = await openAtStep(page, 'officers-low-2016');
		// The keys catch up with the open step in the story's idle queue, behind whatever else it
		// holds; until then they hold the printed last step's values, the very step this one goes to.
		await expect(
			block.locator('[data-values] [tabindex="0"]'),
			'the keys hold the open step'
		).not.toHaveAttribute('aria-label', /per officer/);
		type Seen = { frame: number; marks: number; keys: number; off: string[] };
		await block.locator('[data-chart-slot]').evaluate((slot) => {
			const seen: Seen = { frame: 0, marks: -1, keys: -1, off: [] };
			(window as unknown as { keysSeen: Seen }).keysSeen = seen;
			// Counted as each frame is done: a task queued from a frame callback runs after that
			// frame's rendering (and before any idle moment), so a change made inside the rendering
			// (a resize observer's) still counts in the frame that draws it.
			const count = () =>
				requestAnimationFrame(() =>
					setTimeout(() => {
						seen.frame++;
						count();
					})
				);
			count();
			const values = slot.querySelector('[data-values]')!;
			const changes = { subtree: true, attributes: true, childList: true };
			new MutationObserver(() => {
				if (seen.marks < 0) seen.marks = seen.frame;
			}).observe(slot.querySelector('svg')!, changes);
			new MutationObserver(() => {
				if (seen.keys < 0) seen.keys = seen.frame;
				for (const key of values.querySelectorAll<HTMLElement>('.key')) {
					const top = parseFloat(key.style.top);
					if (!(top >= 0 && top <= 100))
						seen.off.push(`${key.getAttribute('aria-label')} at ${key.style.top}`);
				}
			}).observe(values, changes);
		});
		const seen = () => page.evaluate(() => (window as unknown as { keysSeen: Seen }).keysSeen);
		await scrollToStep(page, 'prisoners-per-officer');
		await expect(block.locator('figure[data-chart]')).toHaveAttribute(
			'data-state',
			'prisoners-per-officer'
		);
		await expect.poll(async () => (await seen()).keys, 'the keys caught up').toBeGreaterThan(-1);
		const { marks, keys, off } = await seen();
		expect(marks, 'the marks changed').toBeGreaterThan(-1);
		expect(keys, 'the keys changed in a later frame than the marks').toBeGreaterThan(marks);
		expect(off, 'keys off the plot').toEqual([]);
	});

	test("a chart's labels follow its marks a frame later, and never stand over another state's marks", async ({
		page
	}) => {
		// The notes written over the plot are drawn in the frame after the marks and axes
		// (CartesianChart), so a step that rebuilds the whole chart does not do it all in one frame.
		// This step changes what the chart measures (officers to their years of experience): in the
		// frame of the new marks the old notes are gone, not left standing on the new scale.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const block = await openAtStep(page, 'officers-2025');
		const notes = block.locator('.annotations .note');
		await expect(notes).not.toHaveCount(0);
		const before = await notes.allTextContents();
		type Frame = { marks: boolean; notes: string[] };
		await block.locator('[data-chart-slot]').evaluate((slot) => {
			const frames: Frame[] = [];
			(window as unknown as { labelFrames: Frame[] }).labelFrames = frames;
			let marks = false;
			new MutationObserver(() => (marks = true)).observe(slot.querySelector('svg')!, {
				subtree: true,
				attributes: true,
				childList: true
			});
			// Each frame as it is done: what the marks did in it, and the notes it shows.
			const count = () =>
				requestAnimationFrame(() =>
					setTimeout(() => {
						frames.push({
							marks,
							notes: [...slot.querySelectorAll('.annotations .note')].map((n) => n.textContent!)
						});
						marks = false;
						if (frames.length < 120) count();
					})
				);
			count();
		});
		await scrollToStep(page, 'experience-2025');
		await expect(block.locator('figure[data-chart]')).toHaveAttribute(
			'data-state',
			'experience-2025'
		);
		await expect.poll(async () => (await notes.allTextContents()).join()).not.toBe(before.join());
		const after = await notes.allTextContents();
		const frames = await page.evaluate(
			() => (window as unknown as { labelFrames: Frame[] }).labelFrames
		);
		const marksAt = frames.findIndex((f) => f.marks);
		expect(marksAt, 'the marks changed').toBeGreaterThan(-1);
		const old = before.filter((text) => !after.includes(text));
		expect(old.length, 'notes that only the old state has').toBeGreaterThan(0);
		const stale = frames.slice(marksAt).filter((f) => f.notes.some((n) => old.includes(n)));
		expect(stale, "frames with the old state's notes over the new marks").toEqual([]);
		expect(frames[marksAt].notes, 'notes drawn in the frame of the new marks').toEqual([]);
		const labelsAt = frames.findIndex((f, i) => i > marksAt && f.notes.join() === after.join());
		// A frame is noted in a task queued from its callback; the step's own task (the reader's
		// place, queued from the scroll event) can run before that one and be noted a frame early,
		// in the frame before the one that draws it (2 of 32 runs noted it so). The notes, set in a
		// frame's callback, are always noted in the frame that draws them.
		expect(labelsAt - marksAt, 'frames from the marks to their notes').toBeGreaterThanOrEqual(1);
		expect(labelsAt - marksAt, 'frames from the marks to their notes').toBeLessThanOrEqual(2);
	});

	test('a reader who reaches for the values as a step changes has the new step’s values at once', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const block = await openAtStep(page, 'officers-low-2016');
		const stop = block.locator('[data-values] [tabindex="0"]');
		// The keys catch up with the open step in the story's idle queue, behind whatever else it
		// holds; until then they hold the printed last step's values (prisoners per officer).
		await expect(stop, 'the keys hold the open step').not.toHaveAttribute(
			'aria-label',
			/per officer/
		);
		const before = await stop.getAttribute('aria-label');
		// Focus lands on the values in the very task after the marks change, before any idle moment.
		await block.locator('[data-chart-slot]').evaluate((slot) => {
			const found = { label: '' };
			(window as unknown as { reached: typeof found }).reached = found;
			const observer = new MutationObserver(async () => {
				observer.disconnect();
				slot.querySelector<HTMLElement>('[data-values] [tabindex="0"]')!.focus();
				await Promise.resolve();
				await Promise.resolve();
				found.label =
					slot.querySelector('[data-values] [tabindex="0"]')!.getAttribute('aria-label') ?? '';
			});
			observer.observe(slot.querySelector('svg')!, { subtree: true, attributes: true });
		});
		await scrollToStep(page, 'prisoners-per-officer');
		await expect(block.locator('figure[data-chart]')).toHaveAttribute(
			'data-state',
			'prisoners-per-officer'
		);
		await expect(stop).toBeFocused();
		const settled = await stop.getAttribute('aria-label');
		expect(settled, 'the step has values of its own').not.toBe(before);
		const reached = await page.evaluate(
			() => (window as unknown as { reached: { label: string } }).reached.label
		);
		expect(reached, 'the value focused as the step changed').toBe(settled);
	});

	test("a scroll's end changes no chart inside the browser's scrollend event: the step's change comes in a task of its own", async ({
		page
	}) => {
		// The browser sends scrollend inside a frame's rendering, after that frame's input and
		// scrolling; a step changed there was drawn in that frame too, the longest of a read at 4×
		// CPU (followReader.ts). Counted: the page's changes between a listener that runs before the
		// story's and one that runs after it (each listener's microtasks, Svelte's flush among
		// them, run before the next listener).
		await page.addInitScript(() => {
			const seen = { scrollends: 0, changes: 0, inside: false };
			(window as unknown as { __scrollend: typeof seen }).__scrollend = seen;
			addEventListener('scrollend', () => {
				seen.scrollends++;
				seen.inside = true;
			});
			addEventListener('DOMContentLoaded', () =>
				new MutationObserver((records) => {
					if (seen.inside) seen.changes += records.length;
				}).observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				})
			);
		});
		const block = await openAtStep(page, 'officers-2010');
		// Added now, after the story's own listener: it ends the count for each scrollend.
		await page.evaluate(() => {
			const seen = (window as unknown as { __scrollend: { inside: boolean; changes: number } })
				.__scrollend;
			seen.inside = false;
			seen.changes = 0;
			addEventListener('scrollend', () => (seen.inside = false));
		});
		const seen = () =>
			page.evaluate(
				() => (window as unknown as { __scrollend: { scrollends: number } }).__scrollend.scrollends
			);
		const before = await seen();
		await scrollToStep(page, 'officers-2014');
		await expect(block.locator('figure[data-chart]')).toHaveAttribute(
			'data-state',
			'officers-2014'
		);
		await expect.poll(seen, 'the scroll ended').toBeGreaterThan(before);
		const { changes } = await page.evaluate(
			() => (window as unknown as { __scrollend: { changes: number } }).__scrollend
		);
		expect(changes, "changes to the page made inside scrollend's dispatch").toBe(0);
	});

	test("a block that wakes on a step draws its chart's marks, its labels and its words in frames of their own", async ({
		page
	}) => {
		// Waking, the block steps from the state it was printed in (here prisoners per officer) to
		// the reader's (officers in post in 2010) as a jump: a job of the story's queue, its labels
		// a later one (CartesianChart), its words one after that (StoryBlock), and only then is it
		// live. Drawn with the marks, the labels made that job's frame 52–61 ms at 4× CPU as a read
		// began.
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const island = page.locator('[data-island]:has([data-step="officers-2010"])');
		await expect(island).not.toHaveAttribute('data-live');
		const figure = island.locator('figure[data-chart]');
		await expect(figure).toHaveAttribute('data-state', 'prisoners-per-officer');
		const printedNotes = await island.locator('.annotations .note').allTextContents();
		await watchDrawnPerFrame(page);
		// The notes as the block goes live: a reader may step on at once, and the labels' job must
		// not come after that, or drawn over the next step's marks.
		await island.evaluate((island) => {
			const atLive = { notes: [] as string[] };
			(window as unknown as { atLive: typeof atLive }).atLive = atLive;
			new MutationObserver(() => {
				atLive.notes = [...island.querySelectorAll('.annotations .note')].map(
					(n) => n.textContent!
				);
			}).observe(island, { attributes: true, attributeFilter: ['data-live'] });
		});
		await scrollToStep(page, 'officers-2010');
		await expect(island).toHaveAttribute('data-live', '');
		await expect(figure).toHaveAttribute('data-state', 'officers-2010');
		const notes = island.locator('.annotations .note');
		await expect.poll(async () => (await notes.allTextContents()).join()).not.toBe('');
		await expect
			.poll(async () => (await notes.allTextContents()).join())
			.not.toBe(printedNotes.join());
		const atLive = await page.evaluate(
			() => (window as unknown as { atLive: { notes: string[] } }).atLive.notes
		);
		expect(atLive, 'the notes as the block went live').toEqual(await notes.allTextContents());
		const frames = await drawnPerFrame(page, [(await island.getAttribute('data-island'))!]);
		expect(drawnOf(frames, 'labels').size, "the chart's labels were drawn").toBe(1);
		expect(
			mixedFrames(frames),
			"frames drawing the block's marks, labels and words together"
		).toEqual([]);
	});

	test('a block that wakes on a step steps to it as a reader scrolling does: chart first, no glide', async ({
		page
	}) => {
		// The block is printed in its final state and hydrates in it, unchanged (StoryBlock). Only
		// then does it step to the reader's state: the chart as one job of the story's queue, its
		// words as a later one, and as a jump, so the chart it shows has nothing left to glide.
		// Hydrating straight into the reader's state changed the words first, with the chart's
		// code still to come.
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const island = page.locator('[data-island]:has([data-step="may-2016"])');
		await expect(island).not.toHaveAttribute('data-live');
		const figure = island.locator('figure[data-chart="timeline"]');
		await expect(figure).toHaveAttribute('data-state', 'birmingham-riot');
		// The chart's list of the state's events: its own words for the state it draws.
		await watchFrameOrder(island, '[data-chart-slot] ol.current', {
			childList: true,
			characterData: true
		});
		await island.evaluate((island) => {
			const ticks = () =>
				[...island.querySelectorAll('[data-chart-slot] .tick')].map((t) => t.textContent).join('|');
			const shown = { ticks: '' };
			(window as unknown as { shown: typeof shown }).shown = shown;
			new MutationObserver(() => {
				if (island.hasAttribute('data-live')) shown.ticks ||= ticks();
			}).observe(island, { attributes: true, attributeFilter: ['data-live'] });
		});
		await scrollToStep(page, 'may-2016');
		await expect(island).toHaveAttribute('data-live', '');
		await expect(figure).toHaveAttribute('data-state', 'may-2016');
		await expectChartThenWords(page, 'may-2016', { asJobs: true });
		// A glide takes 600 ms: well past it, the axis is where it was when the chart appeared.
		await page.waitForTimeout(900);
		const ticksNow = await island
			.locator('[data-chart-slot] .tick')
			.evaluateAll((ticks) => ticks.map((t) => t.textContent).join('|'));
		const shown = await page.evaluate(
			() => (window as unknown as { shown: { ticks: string } }).shown.ticks
		);
		expect(shown, 'the axis the chart appeared with').not.toBe('');
		expect(ticksNow).toBe(shown);
	});

	test('nothing overflows sideways at 360 px', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('tapping a timeline mark shows its date and headline, and the table lists every mark', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		// The block's first state: where a chart too tall to stick sits in the flow above its
		// cards, bringing it into view leaves the reader before its steps, at that state too.
		await scrollToStep(page, 'may-2016');
		const figure = figureFor(page, 'walkouts-2016', 'timeline');
		await expect(figure).toHaveAttribute('data-state', 'may-2016');
		await figure.locator('.strip').scrollIntoViewIfNeeded();
		await expect(figure).toHaveAttribute('data-state', 'may-2016');
		// The marks are pictures: readers who do not point get the events from the list and table.
		const strip = figure.locator('.strip');
		await expect(strip).toHaveAttribute('aria-hidden', 'true');
		await expect(strip.locator('a, button, input, [tabindex]')).toHaveCount(0);
		const dots = await dotsIn(strip);
		const card = strip.locator('.card');
		const seen: string[] = [];
		for (const dot of dots) {
			await page.mouse.click(dot.x, dot.y);
			await expect(card).toBeVisible();
			seen.push(
				await card.evaluate(
					(c) =>
						`${c.querySelector('.period')?.textContent} | ${c.querySelector('strong')?.textContent}`
				)
			);
		}
		await page.keyboard.press('Escape');
		await expect(card).toHaveCount(0);
		// The table of the numbers panel: closed, it catches up with the step when the page is idle.
		await expect
			.poll(() =>
				figure
					.locator('table tbody tr')
					.evaluateAll((trs: HTMLTableRowElement[]) =>
						trs.map((tr) => `${tr.cells[0].textContent} | ${tr.cells[1].textContent}`).sort()
					)
			)
			.toEqual(seen.sort());
		await expect(figure).toHaveAttribute('data-state', 'may-2016');
	});

	test('a step the reader scrolls to reads the summary and table its embed page prints', async ({
		page,
		context
	}) => {
		// These are worded in the browser, from the chart's words in the page's data: the embed
		// page of the same state was worded at build time, so the two must read the same.
		const noErrors = watchConsole(page);
		await page.goto('/');
		await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
		const embed = await context.newPage();
		const read = (figure: ReturnType<typeof figureFor>) =>
			Promise.all(
				['[id$="-summary"]', 'table caption', 'table thead', 'table tbody'].map((part) =>
					figure.locator(part).evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim())
				)
			);
		for (const [section, chart, state] of [
			['the-cuts', 'officers', 'prisoners-per-officer'],
			['violence', 'assaults', 'staff-per-day'],
			['what-happened-next', 'since-2019', 'staff-assaults-2024']
		]) {
			await scrollToStep(page, state);
			const figure = figureFor(page, section, chart);
			await expect(figure).toHaveAttribute('data-state', state);
			await embed.goto(`/embed/${chart}/${state}/`);
			const printed = embed.locator(`figure[data-chart="${chart}"]`);
			const printedWords = await read(printed);
			expect(printedWords[0], state).toMatch(/\d/);
			// The panel's table catches up with the step when the page is idle (see ChartFigure).
			await expect.poll(() => read(figure), { message: state }).toEqual(printedWords);
		}
		noErrors();
	});

	test('numbers opened before the block has woken stay open, and tabulate the step on screen', async ({
		page,
		context
	}) => {
		// A quick keyboard reader: the chart's words are held back, so the block has not hydrated
		// when they open its numbers. Hydrating must leave the panel as the reader left it. (Until
		// its block wakes a chart is transparent and takes no tap: only a keyboard reader, whose
		// focus shows it, can reach its controls.)
		const release = await holdResponses(page, /\/words\/since-2019\.json$/);
		await page.goto('/#what-happened-next');
		const island = page.locator('[data-island="what-happened-next-since-2019"]');
		const figure = figureFor(page, 'what-happened-next', 'since-2019');
		const panel = figure.locator('details.numbers');
		await panel.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(island).not.toHaveAttribute('data-live');
		await expect(panel).toHaveJSProperty('open', true);
		release();
		await expect(island).toHaveAttribute('data-live', '', { timeout: 10_000 });
		await expect(panel).toHaveJSProperty('open', true);
		const state = await figure.getAttribute('data-state');
		const table = (where: ReturnType<typeof figureFor>) =>
			where.locator('table').evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());
		const embed = await context.newPage();
		await embed.goto(`/embed/since-2019/${state}/`);
		const printed = await table(embed.locator('figure[data-chart="since-2019"]'));
		await expect.poll(() => table(figure)).toBe(printed);
	});

	test("a keyboard reader on a printed chart's value keeps it as the chart wakes, and can move on from it", async ({
		page
	}) => {
		// The chart wakes in slices (ChartSlot): its values are hydrated where they were printed,
		// a slice after the rest, so the value the reader is on is the one that comes to life.
		const noErrors = watchConsole(page);
		const release = await holdResponses(page, /\/words\/harm\.json$/);
		await page.goto('/#harm');
		const island = page.locator('section#harm .island');
		const values = figureFor(page, 'harm', 'harm').locator('[data-values]');
		const printed = values.locator('[tabindex="0"]');
		await printed.focus();
		const label = await printed.getAttribute('aria-label');
		await printed.evaluate(
			(el) => ((window as unknown as { printedValue: Element }).printedValue = el)
		);
		await expect(island).not.toHaveAttribute('data-live');
		release();
		await expect(island).toHaveAttribute('data-live', '', { timeout: 10_000 });
		const kept = await page.evaluate(
			() => document.activeElement === (window as unknown as { printedValue: Element }).printedValue
		);
		expect(kept, 'focus is on the very value the reader was on').toBe(true);
		await page.keyboard.press('ArrowRight');
		const now = values.locator('[tabindex="0"]');
		await expect(now).toBeFocused();
		await expect(now).not.toHaveAttribute('aria-label', label!);
		noErrors();
	});

	test('every chart offers its summary, its numbers and its source', async ({ page }) => {
		await page.goto('/');
		const figures = page.locator('main figure[data-chart]');
		const count = await figures.count();
		expect(count).toBeGreaterThanOrEqual(Object.keys(CHART_STATES).length);
		for (let i = 0; i < count; i += 1) {
			const figure = figures.nth(i);
			await expect(figure.locator(MARKS).first()).toBeAttached();
			await expect(figure.locator('table tbody tr').first()).toBeAttached();
			await expect(figure.getByText(/Source/).first()).toBeAttached();
			// Inside the figure and read there once (not also as its description).
			const summary = figure.locator('[id$="-summary"]');
			await expect(summary, 'a summary').toHaveCount(1);
			expect((await summary.innerText()).length).toBeGreaterThan(40);
		}
	});
});

test.describe('the story without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('reads completely, with every chart drawn and tabulated', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('main section[data-section] h2')).toHaveCount(SECTION_SLUGS.length);
		for (const slug of SECTION_SLUGS) {
			const text = await page.locator(`#${slug}`).innerText();
			expect(text.length, `text of ${slug}`).toBeGreaterThan(150);
		}
		const figures = page.locator('main figure[data-chart]');
		expect(await figures.count()).toBeGreaterThanOrEqual(6);
		for (const figure of await figures.all()) {
			await expect(figure.locator(DRAWING).first()).toBeVisible();
			expect(await figure.locator(MARKS).count()).toBeGreaterThan(0);
			await expect(figure.locator('table')).toHaveCount(1);
		}
	});
});

test.describe('the story whose code never comes', () => {
	test('hides no chart for long: each printed chart shows within three seconds and a half', async ({
		page
	}) => {
		// A reader on a network that drops the scripts: the page's inline scripts run (fonts), the
		// app never starts, so nothing will measure the page or step a chart.
		await page.route(/\/_app\/immutable\/.*\.js$/, (route) => route.abort());
		await page.goto('/');
		const graphics = page.locator('main [data-block] > .graphic');
		expect(await graphics.count()).toBeGreaterThanOrEqual(6);
		// At first, transparent: the final state would flash before the reader's step is drawn.
		expect(await graphics.first().evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
		await page.waitForTimeout(3_500);
		for (const graphic of await graphics.all()) {
			expect(await graphic.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
			await graphic.scrollIntoViewIfNeeded();
			await expect(graphic.locator(DRAWING).first()).toBeVisible();
		}
		// No step count ("3 / 3") beside buttons that are not there.
		const counts = page.locator('main [data-block] .stepper .count');
		expect(await counts.count()).toBeGreaterThanOrEqual(6);
		for (const count of await counts.all()) await expect(count).toBeHidden();
	});

	test('a chart whose words never come stays in view as printed', async ({ page }) => {
		// The block's code arrives, its chart's words (/words/<chart>.json) do not: the block
		// cannot step, so it leaves the printed chart in view rather than a blank.
		let asked = 0;
		await page.route(/\/words\/harm\.json$/, (route) => {
			asked += 1;
			return route.abort();
		});
		page.on('pageerror', () => {});
		await page.goto('/#harm');
		const island = page.locator('#harm [data-island]').first();
		await expect(island).toHaveAttribute('data-live', '', { timeout: 10_000 });
		const graphic = island.locator('.graphic').first();
		expect(await graphic.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
		await expect(graphic.locator('svg').first()).toBeVisible();
		expect(asked).toBe(1);
	});
});
