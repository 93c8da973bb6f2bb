/**
 * What each frame draws of the story's blocks, told apart the way the story splits a change
 * (CartesianChart, StoryBlock): a chart's marks and axes, the labels written over its plot, and the
 * figure's words (`data-state`). Counted in the page: a frame is numbered as it is done, so a change
 * made in a frame's callbacks or in the idle time before it counts in the frame that draws it.
 */
import type { Page } from '@playwright/test';

/** For each frame, what it drew: "marks <island>", "labels <island>" or "words <island>". */
type Drawn = { frame: number; drawn: string[][] };

/** Starts noting, for every block island on the page, what each frame draws of it. */
export async function watchDrawnPerFrame(page: Page): Promise<void> {
	await page.evaluate(() => {
		const seen: Drawn = { frame: 0, drawn: [] };
		(window as unknown as { drawnSeen: Drawn }).drawnSeen = seen;
		const tick = () =>
			requestAnimationFrame(() =>
				setTimeout(() => {
					seen.frame++;
					tick();
				})
			);
		tick();
		const note = (what: string) => (seen.drawn[seen.frame] ??= []).push(what);
		// The layers written over the plot, drawn after the marks and axes.
		const labelLayers = '.annotations, .labels, .span-labels, .gap';
		const isLabel = (node: Node) =>
			node instanceof Element
				? !!node.closest(labelLayers) || !!node.querySelector(labelLayers)
				: !!node.parentElement?.closest(labelLayers);
		for (const island of document.querySelectorAll<HTMLElement>('[data-island]')) {
			const id = island.dataset.island!;
			new MutationObserver((records) => {
				// Labels taken away count with the marks: across a jump of scale they go in the
				// marks' frame, rather than stand a frame on the new scale.
				for (const record of records) {
					const nodes = [record.target, ...record.addedNodes];
					note(`${nodes.some(isLabel) ? 'labels' : 'marks'} ${id}`);
				}
			}).observe(island.querySelector('[data-chart-slot]')!, {
				subtree: true,
				attributes: true,
				childList: true,
				characterData: true
			});
			new MutationObserver(() => note(`words ${id}`)).observe(
				island.querySelector('figure[data-chart]')!,
				{ attributes: true, attributeFilter: ['data-state'] }
			);
		}
	});
}

/** What each frame drew since `watchDrawnPerFrame`, of the islands `ids` only. */
export async function drawnPerFrame(page: Page, ids: string[]): Promise<string[][]> {
	const { drawn } = await page.evaluate(
		() => (window as unknown as { drawnSeen: Drawn }).drawnSeen
	);
	return drawn.map((frame) => (frame ?? []).filter((what) => ids.includes(what.split(' ')[1])));
}

/** The frames that drew more than one kind of thing (marks, labels, words). */
export function mixedFrames(frames: string[][]): string[][] {
	return frames.filter((frame) => new Set(frame.map((what) => what.split(' ')[0])).size > 1);
}

/** The islands of which a frame drew `kind`. */
export function drawnOf(frames: string[][], kind: 'marks' | 'labels' | 'words'): Set<string> {
	return new Set(
		frames
			.flat()
			.filter((what) => what.startsWith(`${kind} `))
			.map((what) => what.split(' ')[1])
	);
}
