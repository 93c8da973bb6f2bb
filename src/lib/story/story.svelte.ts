/**
 * The reader's place in the story, shared by the scroll driver and the blocks through context.
 * `active` is the index of the active step, or undefined until the browser has measured the
 * page: server-rendered and no-JS pages then show each block in its final state.
 */
import { getContext } from 'svelte';
import type { SectionSlug } from './outline';
import { storyBlocks, storySteps, type StoryBlock } from './blocks';

const KEY = Symbol('story');

export class StoryPosition {
	readonly blocks: StoryBlock[] = storyBlocks();
	readonly steps = storySteps(this.blocks);
	/** Index of the active step (-1 above the first), or undefined before measuring. */
	active: number | undefined = $state(undefined);
	/** The section crossing the reading line, or undefined above the first one. */
	section: SectionSlug | undefined = $state(undefined);
	/** True while the page is being printed: every block then shows its final state. */
	printing = $state(false);
	/** Scroll a step into place; set by the scroll driver once it is running. */
	goTo: (index: number) => void = () => {};
}

export function getStoryPosition(): StoryPosition {
	const position = getContext<StoryPosition | undefined>(KEY);
	if (!position) throw new Error('getStoryPosition() needs a storyContext()');
	return position;
}

/**
 * A context holding `position`, for rendering a block outside the page's component tree: the
 * prerender prints blocks on their own (`render`), and each block hydrates as its own root.
 */
export function storyContext(position: StoryPosition): Map<symbol, StoryPosition> {
	// Handed to render/hydrate once, never changed: nothing here needs to be reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new Map([[KEY, position]]);
}
