/**
 * The story's one scroll driver: measures which step and which section the reader is at whenever
 * scrollama reports a crossing (and on resize), into the story's `StoryPosition`, which the blocks
 * read; the address bar follows the section in view. Started once by the story's start-up
 * (./start.ts) on the prerendered page; sections and blocks never call scrollama themselves.
 */
import { flushSync } from 'svelte';
import scrollama from 'scrollama';
import { isSectionSlug, type SectionSlug } from './outline';
import { findActiveIndex, triggerFraction } from './activeStep';
import type { StoryPosition } from './story.svelte';
import { READER_MOVES, onFirstMove } from './readerMoves';

/**
 * The section a reader is in: the last whose top has passed 40% of the viewport. `tops` are
 * the sections' viewport-relative tops, in order.
 */
function sectionAt(sections: HTMLElement[], tops: number[], line: number): SectionSlug | undefined {
	const index = findActiveIndex(tops, line);
	const slug = index >= 0 ? sections[index].dataset.section : undefined;
	return slug && isSectionSlug(slug) ? slug : undefined;
}

/**
 * The address bar's fragment, following the section in view. It is written once the reader has
 * been in a section for a moment, in a task of its own. Written at the crossing, the history
 * write (0.4–7.5 ms at 4× CPU with Kit's router, which also updated its page state) landed in the
 * frame that changes the step, a read's costliest; and sections crossed less than 200 ms apart
 * now make one write, not one each. Nothing is written until the reader's place is measured.
 */
class Address {
	static readonly DELAY = 200;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#measured = false;
	constructor(private readonly position: StoryPosition) {}
	measured() {
		this.#measured = true;
	}
	sync() {
		if (!this.#measured) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#write(), Address.DELAY);
	}
	stop() {
		clearTimeout(this.#timer);
	}
	#write() {
		const hash = this.position.section ? `#${this.position.section}` : '';
		// The history entry's own state is kept: replacing it must not add or lose an entry.
		if (location.hash !== hash)
			history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
	}
}

/**
 * Follows the reader in a task of its own, after the start-up's: reading where 48 steps and
 * sections sit lays the whole page out, and scrollama's setup reads them again (about 13 ms at 4×
 * CPU). Until then the story is not ready (`data-story-ready`) and Previous/Next do nothing.
 * `settle` is called two frames after the first measured state is drawn: from then on, charts
 * glide between states. Returns what stops it all.
 */
export function followReader(position: StoryPosition, settle: () => void): () => void {
	const address = new Address(position);
	let stop: (() => void) | undefined;
	const start = setTimeout(() => (stop = followReaderNow(position, address, settle)));
	return () => {
		clearTimeout(start);
		address.stop();
		stop?.();
	};
}

/** Measures the reader's place now and whenever it changes. Returns the cleanup. */
function followReaderNow(
	position: StoryPosition,
	address: Address,
	settle: () => void
): () => void {
	const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
	const sections = [...document.querySelectorAll<HTMLElement>('[data-section]')];
	let fraction = triggerFraction(innerWidth);

	// While a Previous/Next scroll glides to its step, crossings on the way are not the reader's.
	let gliding: ReturnType<typeof setTimeout> | undefined;

	// Where each step and section starts on the page, read again only when something in the
	// page changes size, not at every crossing: that was 48 box reads (35 steps, 13 sections)
	// in the frame that changes a step (in a traced read at 4× CPU, script time went from
	// about 2.0 s to 1.7 s). Every move of a step is a change of size: of the story's own
	// sections (a block waking, fonts, a chart taking the flow) or of what is above them.
	let stepTops: number[] = [];
	let sectionTops: number[] = [];
	const readTops = () => {
		stepTops = steps.map((step) => step.getBoundingClientRect().top + scrollY);
		sectionTops = sections.map((section) => section.getBoundingClientRect().top + scrollY);
	};
	readTops();
	const onPage = (tops: number[]) => {
		const y = scrollY;
		return tops.map((top) => top - y);
	};

	const measure = () => {
		if (gliding) return;
		position.active = findActiveIndex(onPage(stepTops), innerHeight * fraction);
		const section = sectionAt(sections, onPage(sectionTops), innerHeight * 0.4);
		if (section !== position.section) {
			position.section = section;
			address.sync();
		}
	};

	// A crossing is measured in a task after the one that reports it, and once however many ask
	// for it before it runs (crossings and a scroll's end, below). The browser reports every
	// observer's crossings of a frame in one task, and scrollama reads the scroll position in each
	// of its callbacks: a step's change made in the first laid the page out again in the next
	// (8-18 ms of forced layout at 4x CPU, in the frame that changes a step). So does a second
	// measuring after a change, which reads the scroll position too.
	let soon: ReturnType<typeof setTimeout> | undefined;
	const measureSoon = () => {
		if (soon !== undefined) return;
		soon = setTimeout(() => {
			soon = undefined;
			measure();
		});
	};

	let scroller = scrollama();
	const setup = () => {
		scroller
			// scrollama's types list tenths only; any fraction works.
			.setup({ step: steps, offset: fraction as scrollama.DecimalType })
			.onStepEnter(measureSoon)
			.onStepExit(measureSoon);
	};
	setup();

	// Sections without steps still move the address bar, so watch them too.
	const sectionObserver = new IntersectionObserver(measureSoon, {
		rootMargin: '-40% 0px -59% 0px'
	});
	for (const section of sections) sectionObserver.observe(section);

	// Resize observations come in the frame's rendering before intersections do, so a crossing
	// is always measured against the tops of the layout it happened in.
	const sizes = new ResizeObserver(() => {
		readTops();
		measure();
	});
	sizes.observe(document.body);
	for (const section of sections) sizes.observe(section);
	for (const block of document.querySelectorAll('[data-block]')) sizes.observe(block);

	const onResize = () => {
		const next = triggerFraction(innerWidth);
		if (next !== fraction) {
			fraction = next;
			scroller.destroy();
			scroller = scrollama();
			setup();
		}
		measure();
	};
	addEventListener('resize', onResize);
	// The step a Previous/Next glide is for, for 3 s or until the reader moves the page
	// themselves. Something that moves the page in that time (a part above taking its fonts,
	// which scrolls to keep what is on screen in place) ends a smooth scroll where it stands,
	// or moves the step off the reading line once there; the step is then put back at once,
	// so the step the reader asked for is the one they get.
	let aim: { index: number; until: number } | undefined;
	// The reader's own moves are listened for only while there is an aim: while a window listens
	// for wheel events, the browser hands each one to the page's main thread, in the frames of
	// the scroll itself. In the capture phase: a key or tap that itself asks for a step (Next)
	// sets its aim after.
	// Of the keys, only those that scroll the page: Tab moves focus, and a keyboard reader who
	// tabs on to the chart's sources as it glides still wants the step they asked for.
	const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
	const letGo = (event: Event) => {
		if (event instanceof KeyboardEvent && !SCROLL_KEYS.has(event.key)) return;
		aimAt(undefined);
	};
	const aimAt = (next: typeof aim) => {
		for (const type of READER_MOVES)
			if (next && !aim) addEventListener(type, letGo, { passive: true, capture: true });
			else if (!next && aim) removeEventListener(type, letGo, { capture: true });
		aim = next;
	};
	// How far a step's top is from where a glide puts it: 24 px above the trigger line, so the
	// step has just crossed it and is the active one. What a glide to the step has to scroll.
	const offAim = (index: number) =>
		steps[index].getBoundingClientRect().top - (innerHeight * fraction - 24);
	// The measuring a scroll's end has asked for, not yet run.
	let settling: ReturnType<typeof setTimeout> | undefined;
	// A fling can end between two steps without a crossing being reported for the last one.
	const onScrollEnd = () => {
		clearTimeout(gliding);
		gliding = undefined;
		if (aim && performance.now() > aim.until) aimAt(undefined);
		if (aim && Math.abs(offAim(aim.index)) > 2) {
			const from = scrollY;
			scrollBy({ top: offAim(aim.index), behavior: 'instant' });
			// At the page's end the step may not reach the line: then it is as near as it goes.
			if (scrollY !== from) {
				gliding = setTimeout(onScrollEnd, 50);
				return;
			}
			aimAt(undefined);
		}
		// In a task of its own: the browser sends scrollend inside a frame's rendering, after
		// that frame's input and scrolling, and a step's change drawn there made that frame
		// the longest of a read. Asked for a task later, so that it comes after the report of the
		// crossings that frame found (which scrollama reads the scroll position in: a change made
		// before it had that read lay the page out again, 12-13 ms at 4x CPU) and is one with it.
		clearTimeout(settling);
		settling = setTimeout(measureSoon);
	};
	addEventListener('scrollend', onScrollEnd);
	// Paper shows each chart at its final state beside all its steps' text. The browser lays
	// the page out for print right after this event, so the change is flushed now, unanimated.
	const onBeforePrint = () => {
		position.printing = true;
		flushSync();
	};
	const onAfterPrint = () => (position.printing = false);
	addEventListener('beforeprint', onBeforePrint);
	addEventListener('afterprint', onAfterPrint);

	position.goTo = (index) => {
		if (!steps[index]) return;
		position.active = index;
		aimAt({ index, until: performance.now() + 3000 });
		const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
		const top = scrollY + offAim(index);
		clearTimeout(gliding);
		// Browsers without scrollend, or a scroll already at its target, still let go.
		gliding = setTimeout(onScrollEnd, reduce ? 50 : 1500);
		scrollTo({ top, behavior: reduce ? 'instant' : 'smooth' });
	};

	// A shared link lands on its section even if fonts or hydration moved things after the
	// browser's own jump to the fragment; an unknown fragment stays at the top.
	// A reload or Back keeps the browser's restored position instead: the reader was mid-section.
	const navigation = performance.getEntriesByType('navigation')[0] as
		PerformanceNavigationTiming | undefined;
	const restored = navigation?.type === 'reload' || navigation?.type === 'back_forward';
	const landing = restored ? '' : location.hash.slice(1);
	const land = () => {
		if (isSectionSlug(landing) && location.hash === `#${landing}`) {
			document.getElementById(landing)?.scrollIntoView({ behavior: 'instant', block: 'start' });
		}
	};
	// Where the reader was, kept for a reload or Back: the browser's own restoration is in
	// pixels, and blocks that hydrate or fonts that arrive can move the page after it (or it
	// can fall back to the fragment), so the step in view is put back where it stood.
	const PLACE = `holding-the-line:place:${location.pathname}`;
	const savePlace = () => {
		const index = position.active;
		if (index === undefined || !steps[index]) return;
		const offset = steps[index].getBoundingClientRect().top;
		try {
			sessionStorage.setItem(PLACE, JSON.stringify({ index, offset }));
		} catch {
			// Storage can be off; the browser's own restoration still stands.
		}
	};
	addEventListener('pagehide', savePlace);
	const saved = (() => {
		if (!restored) return undefined;
		try {
			const place = JSON.parse(sessionStorage.getItem(PLACE) ?? 'null');
			return Number.isInteger(place?.index) && Number.isFinite(place?.offset)
				? (place as { index: number; offset: number })
				: undefined;
		} catch {
			return undefined;
		}
	})();
	const restore = () => {
		const step = saved && steps[saved.index];
		if (step) scrollBy(0, step.getBoundingClientRect().top - saved.offset);
	};
	// A reader who has touched the page has moved on from where they were put.
	let moved = false;
	land();
	restore();
	measure();
	address.measured();
	address.sync();
	// Landing and restoring are repeated when the page finishes loading and when the fonts
	// arrive, because either can move the page. Only while the reader is still where they were
	// put: a scrollbar drag, a find-in-page or a link fires none of the input events below, so
	// the place is checked too. Still there means the landed element has not moved more than
	// a late font could move it, or the step at the reading line is still the landed one
	// (measured now, not read from scrollama, whose report of a new step can come later).
	const anchor = saved
		? steps[saved.index]
		: isSectionSlug(landing)
			? document.getElementById(landing)
			: null;
	const anchorTop = anchor?.getBoundingClientRect().top ?? 0;
	const landedStep = position.active;
	const stepNow = () =>
		findActiveIndex(
			steps.map((step) => step.getBoundingClientRect().top),
			innerHeight * fraction
		);
	// Where a landing put the page: a reader who has scrolled further than a late font could
	// move it has moved on, even if no step has crossed the reading line (a scrollbar drag
	// through a section's opening prose). Not for a reload: the browser's own restoration can
	// still scroll after this, and the step at the line says whether the reader is still there.
	let putAt = scrollY;
	const stayed = () =>
		!moved &&
		(saved !== undefined || Math.abs(scrollY - putAt) < 64) &&
		(Math.abs((anchor?.getBoundingClientRect().top ?? anchorTop) - anchorTop) < 64 ||
			stepNow() === landedStep);
	const onLoad = () => {
		if (stayed()) {
			restore();
			putAt = scrollY;
			measure();
		}
	};
	if (document.readyState !== 'complete') addEventListener('load', onLoad, { once: true });
	// Two frames: the first draws the measured state with motion off; only then turn it on,
	// or the charts' glides would start on that very change.
	let frame = requestAnimationFrame(() => {
		frame = requestAnimationFrame(settle);
	});
	const stopWatchingMoves = onFirstMove(() => (moved = true));
	document.fonts?.ready.then(() => {
		if (stayed()) {
			land();
			restore();
			putAt = scrollY;
			measure();
		}
	});

	return () => {
		scroller.destroy();
		sectionObserver.disconnect();
		sizes.disconnect();
		removeEventListener('resize', onResize);
		removeEventListener('scrollend', onScrollEnd);
		clearTimeout(settling);
		clearTimeout(soon);
		aimAt(undefined);
		removeEventListener('beforeprint', onBeforePrint);
		removeEventListener('afterprint', onAfterPrint);
		removeEventListener('pagehide', savePlace);
		removeEventListener('load', onLoad);
		stopWatchingMoves();
		clearTimeout(gliding);
		cancelAnimationFrame(frame);
	};
}
