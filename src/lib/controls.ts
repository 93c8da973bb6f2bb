/**
 * The interface's words: the short labels of the story's and the gallery's controls, their
 * accessible names and their statuses. They are written in src/content/controls.aml and read at
 * build time ($lib/story/controls.server); this module knows only which labels there are and
 * which runtime slots each carries, so the labels reach the browser as page data (on the story, a
 * JSON data block: $lib/server/storyStart.ts), never inside a JavaScript chunk
 * (tests/build/words.test.ts).
 *
 * A slot (`{step}`) is a value that changes in the browser, such as the step a reader is on;
 * `fill` puts it in. Everything else in a label is resolved when the site is built.
 */
import { getContext, setContext } from 'svelte';

/** Each group of labels (a `{group}` map in the document), each label and the slots it carries. */
export const CONTROL_SLOTS = {
	stepper: {
		previous: [],
		next: [],
		/** The count the buttons frame, as seen: "2 / 4". */
		shown: ['step', 'steps'],
		/** The same count as a screen reader hears it. */
		status: ['step', 'steps']
	},
	block: {
		skip: [],
		/** The block's figure's accessible name while it has more than one step. */
		figure: ['title', 'step', 'steps'],
		/** Read before each step card's words. */
		card: ['step', 'steps']
	},
	figure: {
		numbers: [],
		/** The source line's link to every source: under one source, under more. */
		source: [],
		sources: [],
		/** That link's accessible name; `label` is `source` or `sources`. */
		sourcesLink: ['label'],
		/** How many more sources a picture's line leaves out. */
		more: ['count'],
		/** The same in the figure, where the numbers list them. */
		moreListed: ['count'],
		/** The end of the short line a phone shows: publishers only. */
		linksListed: [],
		allSources: []
	},
	actions: {
		summary: [],
		embed: [],
		png: [],
		svg: [],
		csv: ['title']
	},
	share: {
		share: [],
		shareLabel: ['noun', 'title'],
		copy: [],
		copyLabel: ['noun', 'title'],
		copied: [],
		manual: [],
		linkLabel: ['noun'],
		section: [],
		chart: []
	},
	gallery: {
		pick: [],
		final: [],
		stateName: ['step', 'finding'],
		pinned: [],
		code: [],
		copy: [],
		open: [],
		copied: [],
		manual: [],
		snippetTitle: ['title']
	},
	/** Links and names on the pages themselves: the story's masthead and foot, share, embeds. */
	pages: {
		published: [],
		updated: [],
		sources: [],
		readSection: [],
		readStory: [],
		galleryNav: [],
		/** An embed's line of its CSV files: "Get the data: Officers (CSV) · …". */
		getData: [],
		csv: ['title'],
		/** The reuse terms under an embed: each slot is a licence's name, drawn as its link. */
		terms: ['content', 'crown', 'parliament']
	},
	notFound: {
		title: [],
		description: [],
		kicker: [],
		heading: [],
		text: [],
		home: []
	}
} as const satisfies Record<string, Record<string, readonly string[]>>;

type Slots = typeof CONTROL_SLOTS;

/** Every label, by group and name, as the build resolved it (slots still to fill). */
export type Controls = { [G in keyof Slots]: { [K in keyof Slots[G]]: string } };

/** Matches a slot in a resolved label: $1 its name. */
const SLOT = /\{([a-z][a-zA-Z]*)\}/g;

/** The names of the slots a label carries, in order. */
export function slotsIn(label: string): string[] {
	return [...label.matchAll(SLOT)].map((match) => match[1]);
}

/**
 * The label with each slot replaced by its value: `fill('Step {step} of {steps}', { step: 2,
 * steps: 4 })` is "Step 2 of 4". Throws on a slot it is given no value for, so a label that
 * gained a slot cannot reach a reader with the braces in.
 */
export function fill(label: string, values: Readonly<Record<string, string | number>>): string {
	return label.replace(SLOT, (_, name: string) => {
		if (!Object.hasOwn(values, name)) throw new Error(`No value for {${name}} in "${label}"`);
		return String(values[name]);
	});
}

/**
 * The label cut at its slots, for a page that draws each slot as an element of its own (a link):
 * `pieces('{a} or {b}.')` is `[{ slot: 'a' }, { text: ' or ' }, { slot: 'b' }, { text: '.' }]`.
 */
export function pieces(label: string): ({ text: string } | { slot: string })[] {
	return label
		.split(/(\{[a-z][a-zA-Z]*\})/)
		.filter(Boolean)
		.map((piece) =>
			/^\{[a-z][a-zA-Z]*\}$/.test(piece) ? { slot: piece.slice(1, -1) } : { text: piece }
		);
}

const KEY = Symbol('controls');

/**
 * Hands the labels to every component below; the root layout calls it once, with a reader of
 * its data (a reader, so the layout's `data` prop is read where a component asks, not copied).
 */
export function setControls(read: () => Controls): void {
	setContext(KEY, read);
}

/** The labels, from the root layout (or the context a separate root, such as a story block, is given). */
export function getControls(): Controls {
	const read = getContext<(() => Controls) | undefined>(KEY);
	if (!read) throw new Error('getControls() needs the root layout, or controlsContext()');
	return read();
}

/**
 * A context holding the labels, for rendering a component outside the page's tree: the
 * prerender prints story blocks on their own (`render`), and tests render components alone.
 */
export function controlsContext(controls: Controls): Map<symbol, () => Controls> {
	return new Map([[KEY, () => controls]]);
}
