/**
 * Prints the story's scroll blocks into their islands at prerender time (see
 * $lib/story/BlockIsland.svelte, $lib/story/wakeBlock.ts). Each is rendered on its own, as the browser will hydrate it:
 * a root of its own, with a story position that has not been measured, so it shows its final
 * state, which is what a reader without JavaScript should see; each block's chart is printed into
 * its slot as a root of its own too (see $lib/story/ChartSlot). Their components' styles (see
 * `css: 'injected'` in svelte.config.js) go into the page's head, once each. Each step card's
 * words are printed here too, into the empty span StoryBlock leaves for them, so the block's
 * JavaScript carries none of the story's text.
 */
import { render } from 'svelte/server';
import ShareControl from '$lib/share/ShareControl.svelte';
import type { ShareIslandProps } from '$lib/story/islands';
import { SECTION_SLUGS } from '$lib/story/outline';
import StoryBlock from '$lib/story/StoryBlock.svelte';
import { storyBlocks, type StoryBlock as Block } from '$lib/story/blocks';
import { printedState } from '$lib/story/blockViews';
import { chartSpec } from '$lib/charts/spec';
import { StoryPosition, storyContext } from '$lib/story/story.svelte';
import { stepText } from '$lib/story/copy';
import { CHART_WORDS } from '$lib/story/chartWords.server';
import { CONTROLS } from '$lib/story/controls.server';
import { controlsContext } from '$lib/controls';
import { drawnWordsContext } from '$lib/charts/layers/drawnWords';
import { takeOverlays } from '$lib/charts/layers/overlays';
import Overlay from '$lib/charts/Overlay.svelte';
import type { ChartState } from '$lib/charts/ids';
import { withHeadStyles } from './headStyles';

/** Matches one empty island as the page renders it (other attributes may follow its id, as the
    fonts script's `data-font-part`): $1 the opening tag, $2 the block id. */
const EMPTY_ISLAND = /(<div class="island" data-island="([a-z0-9-]+)"[^>]*>)<\/div>/g;
/** Matches a step card's empty text: $1 the opening tag, $2 the step's state. */
const EMPTY_STEP_TEXT = /(<span data-step-text="([a-z0-9-]+)">)<\/span>/g;

/** Matches a section's empty share control (see $lib/story/Section; its class is scoped, so other
    attributes may come first): $1 the opening tag, $2 its props as JSON, as Svelte escapes an
    attribute's value. */
const EMPTY_SHARE_ISLAND = /(<div [^>]*data-share-island="([^"]*)"[^>]*>)<\/div>/g;

/** An attribute's value as Svelte escapes it, read back. */
const unescapeAttribute = (value: string) =>
	value.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&');

/** Matches a block's empty chart slot (see $lib/story/ChartSlot): $1 the opening tag. */
const EMPTY_CHART_SLOT = /(<div data-chart-slot="[a-z0-9-]+">)<\/div>/g;

/** Matches a chart's empty overlay slot (see $lib/charts/Layout): $1 the opening tag. */
const EMPTY_OVERLAY_SLOT = /(<div data-overlay-slot[^>]*>)<\/div>/g;

/** Text as Svelte escapes it in an element's content. */
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** A block's HTML with each step card's words printed in; throws when a card has no slot. */
export function withStepText(html: string, states: readonly ChartState[]): string {
	const filled = new Set<string>();
	const out = html.replace(EMPTY_STEP_TEXT, (_, open: string, state: ChartState) => {
		filled.add(state);
		return `${open}${escapeText(stepText(state))}</span>`;
	});
	const missing = states.filter((state) => !filled.has(state));
	if (missing.length > 0) throw new Error(`No slot for the text of step ${missing.join(', ')}.`);
	return out;
}

/**
 * A block's HTML with its chart printed into its slot, drawn as the block's figure draws it
 * (its final state) but as a root of its own, as the browser hydrates it, and each of the chart's
 * HTML layouts printed into the slot its Layout left, as a root of its own too (see
 * $lib/charts/layers/overlays.ts); throws unless the block has exactly one slot. Returns the
 * chart's head too, for its styles.
 */
export function withChart(html: string, block: Block): { body: string; head: string } {
	const spec = chartSpec(block.chart);
	const overlays = takeOverlays();
	// Read at once: a render's output is drawn when first read, and the slots are taken then.
	const { body: chartBody, head: chartHead } = render(spec.component, {
		props: {
			view: spec.view(printedState(block)).chart,
			// As ChartSlot hands it over in the browser: the room of every step (ChartFigure's holds).
			held: block.steps.map((step) => spec.view(step.state).chart)
		},
		// The words the chart draws, as its figure hands them to the root the browser hydrates.
		context: new Map<symbol, unknown>([
			...drawnWordsContext(CHART_WORDS[block.chart].frames.phrases),
			...overlays.context
		])
	});
	overlays.done();
	const layouts = overlays.slots.map((slot) => {
		const { body, head } = render(Overlay, {
			props: { layers: slot.layers() },
			context: slot.context
		});
		return { body, head };
	});
	let filled = 0;
	const body = chartBody.replace(EMPTY_OVERLAY_SLOT, (_, open: string) => {
		const layout = layouts[filled++];
		if (!layout) throw new Error(`Chart ${block.chart} has more overlay slots than layouts.`);
		return `${open}${layout.body}</div>`;
	});
	if (filled !== layouts.length) {
		throw new Error(`Chart ${block.chart} printed ${filled} of its ${layouts.length} overlays.`);
	}
	let slots = 0;
	const out = html.replace(EMPTY_CHART_SLOT, (_, open: string) => {
		slots += 1;
		return `${open}${body}</div>`;
	});
	if (slots !== 1) throw new Error(`Block ${block.id} has ${slots} chart slots, not one.`);
	return { body: out, head: [chartHead, ...layouts.map((layout) => layout.head)].join('') };
}

/** The story page's HTML with every block printed into its island; throws on any mismatch. */
export function fillIslands(html: string): string {
	const blocks = new Map(storyBlocks().map((block) => [block.id, block]));
	const filled = new Set<string>();
	const heads: string[] = [];
	const out = html.replace(EMPTY_ISLAND, (_, open: string, id: string) => {
		const block = blocks.get(id);
		if (!block) throw new Error(`Island for an unknown block: ${id}`);
		if (filled.has(id)) throw new Error(`Island ${id} appears twice.`);
		filled.add(id);
		const { body, head } = render(StoryBlock, {
			props: { block, spec: chartSpec(block.chart), words: CHART_WORDS[block.chart] },
			// The page's contexts, as the browser hydrates the block with them (wakeBlock).
			context: new Map<symbol, unknown>([
				...storyContext(new StoryPosition()),
				...controlsContext(CONTROLS)
			])
		});
		const chart = withChart(body, block);
		heads.push(head, chart.head);
		return `${open}${withStepText(
			chart.body,
			block.steps.map((step) => step.state)
		)}</div>`;
	});
	const missing = [...blocks.keys()].filter((id) => !filled.has(id));
	if (missing.length > 0) throw new Error(`The page has no island for ${missing.join(', ')}.`);
	return withHeadStyles(out, heads);
}

/**
 * The story page's HTML with each section's share control printed into its island, as the
 * browser hydrates it: a root of its own, from the props its island carries
 * ($lib/story/start.svelte.ts); throws unless every section has one.
 */
export function fillShareControls(html: string): string {
	const heads: string[] = [];
	let shares = 0;
	const shared = html.replace(EMPTY_SHARE_ISLAND, (_, open: string, json: string) => {
		shares += 1;
		const props = JSON.parse(unescapeAttribute(json)) as ShareIslandProps;
		const { body, head } = render(ShareControl, { props, context: controlsContext(CONTROLS) });
		heads.push(head);
		return `${open}${body}</div>`;
	});
	if (shares !== SECTION_SLUGS.length) {
		throw new Error(`The page has ${shares} share controls for ${SECTION_SLUGS.length} sections.`);
	}
	return withHeadStyles(shared, heads);
}
