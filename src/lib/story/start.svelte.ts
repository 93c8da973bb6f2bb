/**
 * The story's start-up in the browser: the one script its page runs. The page itself is printed
 * whole at build time and reads without scripts, so nothing hydrates it as a whole (the story
 * route has `csr = false`: Kit's client router never loads here). This follows the reader
 * (./followReader.ts), wakes each scroll block as the reader nears it (./wakeBlock.ts) and brings
 * each section's share control to life, each as a Svelte root of its own over its printed HTML.
 * The server starts it after the first paint ($lib/server/storyStart.ts), and hands it the
 * interface's labels as a data block in the page, never inside this code.
 */
import { hydrate } from 'svelte';
import ShareControl from '$lib/share/ShareControl.svelte';
import { controlsContext, type Controls } from '$lib/controls';
import { chartMotionContext } from '$lib/charts/motion';
import { StoryPosition, storyContext } from './story.svelte';
import { followReader } from './followReader';
import { followSkipLinks } from './skipLinks';
import { followBlock } from './wakeBlock';
import { inIdleTime } from './idle';
import { CONTROLS_DATA_ID, SHARE_ISLAND_ATTRIBUTE, type ShareIslandProps } from './islands';

const story = document.querySelector<HTMLElement>('[data-story]');
const labels = document.getElementById(CONTROLS_DATA_ID);
// Both are printed by the prerender ($lib/server/storyStart.ts): without them nothing can start.
if (!story || !labels)
	throw new Error(`The story's start-up found no [data-story] or #${CONTROLS_DATA_ID}`);
start(story, JSON.parse(labels.textContent ?? '') as Controls);

function start(story: HTMLElement, controls: Controls) {
	const position = new StoryPosition();
	/**
	 * False until the first measured state has been drawn. The switch from the server-drawn
	 * (final) state to that first state happens while the charts are still hidden, so it must be
	 * a jump: gliding there would fly axis ticks and labels across the page in view of the reader.
	 */
	let settled = $state(false);
	const context = new Map<unknown, unknown>([
		...storyContext(position),
		...controlsContext(controls),
		...chartMotionContext(() => settled && !position.printing)
	]);

	followSkipLinks(story);

	const blocks = new Map(position.blocks.map((block) => [block.id, block]));
	const islands = [...story.querySelectorAll<HTMLElement>('[data-island]')].flatMap((host) => {
		const block = blocks.get(host.dataset.island ?? '');
		return block ? [followBlock(host, block, position, context)] : [];
	});

	// A reader who reaches a block's section (a shared link lands there) gets it woken at once,
	// and the page marks when the reader's place is measured and when charts may glide.
	$effect.root(() => {
		$effect(() => {
			for (const island of islands) if (island.block.section === position.section) island.wake();
		});
		$effect(() => {
			if (position.active !== undefined) story.dataset.storyReady = 'true';
		});
	});
	followReader(position, () => {
		settled = true;
		story.dataset.storySettled = 'true';
	});

	// The share controls: small, and not needed in the first frames; one per idle period, or at
	// once when the reader reaches for one (a press or focus comes before its click).
	for (const host of story.querySelectorAll<HTMLElement>(`[${SHARE_ISLAND_ATTRIBUTE}]`)) {
		let done = false;
		const wake = () => {
			if (done) return;
			done = true;
			cancel();
			host.removeEventListener('pointerdown', wake);
			host.removeEventListener('focusin', wake);
			const props = JSON.parse(host.getAttribute(SHARE_ISLAND_ATTRIBUTE) ?? '') as ShareIslandProps;
			hydrate(ShareControl, { target: host, props, context: controlsContext(controls) });
		};
		const cancel = inIdleTime(wake);
		host.addEventListener('pointerdown', wake);
		host.addEventListener('focusin', wake);
	}
}
