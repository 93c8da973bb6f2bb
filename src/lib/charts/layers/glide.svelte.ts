/**
 * A glide of an x axis from one domain to the next that the compositor draws: each mark and tick
 * is placed where the new domain puts it at once, then moved there from where the old domain had
 * it by a transform animation of its own (see glide.ts for why that is still a true scale at every
 * moment). The main thread does the step's one change and nothing per frame: a glide driven by a
 * tween redrew the plot, and with it the whole page's paint, in each of its 36 frames, about 10 ms
 * a frame at 4× CPU, 330 ms a step. Make one with `new Glide(...)` while a chart initialises (it
 * makes an effect) and hand it to the layers that draw at an x.
 */
import { untrack } from 'svelte';
import { cubicOut } from 'svelte/easing';
import type { Attachment } from 'svelte/attachments';
import { shiftFrom, shownDomain, type Domain } from './glide';

/** Svelte's `cubicOut`, the tweens' easing, as CSS draws it. */
const CUBIC_OUT = 'cubic-bezier(0.33, 1, 0.68, 1)';

interface Run {
	from: Domain;
	to: Domain;
	/** `performance.now()` when it began. */
	start: number;
	duration: number;
}

export class Glide {
	#run = $state.raw<Run | null>(null);

	/**
	 * @param domain The domain the chart draws now.
	 * @param duration How long a change of it glides, in ms, read at the change: 0 jumps (reduced
	 *   motion, paper, a state set while the reader is elsewhere).
	 */
	constructor(domain: () => Domain, duration: () => number) {
		let last = untrack(domain);
		$effect.pre(() => {
			const next = domain();
			if (next[0] === last[0] && next[1] === last[1]) return;
			const now = performance.now();
			const was = untrack(() => this.#run);
			// A change mid-glide starts from what is on screen, so nothing jumps.
			const from =
				was && now - was.start < was.duration
					? shownDomain(was.from, was.to, cubicOut((now - was.start) / was.duration))
					: last;
			last = next;
			const ms = untrack(duration);
			this.#run = ms > 0 ? { from, to: next, start: now, duration: ms } : null;
		});
	}

	/**
	 * Moves an element drawn at `x` (data units) with the glide under way, from where the old domain
	 * put it: attach it to each mark or tick. An element made mid-glide joins it at its moment.
	 * `width` is the plot's width in pixels.
	 */
	at(x: number, width: () => number): Attachment<HTMLElement> {
		return (element) => {
			const run = this.#run;
			if (!run) return;
			const elapsed = performance.now() - run.start;
			const shift = shiftFrom(run.from, run.to, x, width());
			if (elapsed >= run.duration || !Number.isFinite(shift) || Math.abs(shift) < 0.5) return;
			const motion = element.animate(
				[{ transform: `translateX(${shift}px)` }, { transform: 'none' }],
				{ duration: run.duration, easing: CUBIC_OUT }
			);
			motion.currentTime = elapsed;
			return () => motion.cancel();
		};
	}
}
