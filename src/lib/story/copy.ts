/**
 * The story's words as the rest of the site reads them: the site's title and description, each
 * section's heading, kicker and share summary, and each step card's text. They are written in
 * the text documents of src/content and resolved at build time (see ./words.server.ts), so a
 * sentence is changed in one file, and every figure in it comes from the data module through a
 * placeholder. Importing this module reads ./words.server: SvelteKit refuses it in client code,
 * so none of these words ships as JavaScript.
 */
import type { ChartState } from '$lib/charts/ids';
import { SECTION_STEPS, type SectionSlug } from './outline';
import { SITE_NAME } from '$lib/site';
import { WORDS } from './words.server';

export { TERMS } from '$lib/sentence';
export { event, lower } from './phrases';
export { CLAIMS, QUOTES } from './quotes';

export const SITE = { name: SITE_NAME, ...WORDS.site } as const;

export interface SectionCopy {
	/** The section heading, and the share page's title. */
	title: string;
	/** A short label above the heading. */
	kicker?: string;
	/** One or two sentences with the section's key figure: share description and link preview. */
	summary: string;
}

/** Each section's heading and share text (its prose is printed by $lib/server/prose). */
export const SECTION_COPY = Object.fromEntries(
	Object.entries(WORDS.sections).map(([slug, { title, kicker, summary }]) => [
		slug,
		kicker === undefined ? { title, summary } : { title, kicker, summary }
	])
) as Record<SectionSlug, SectionCopy>;

/** The text on each scroll-step card, keyed by the chart state the step shows. */
export const STEP_COPY: Record<ChartState, string> = WORDS.steps;

/**
 * The licence in one sentence, naming every licence a re-user must honour: `short` for a
 * picture, which travels alone; `inFiles` for a CSV row, with each licence's address spelt out.
 */
export const LICENCE_LINE = {
	short: WORDS.sections.sources.notes.licenceLine,
	inFiles: WORDS.sections.sources.notes.licenceLineInFiles
} as const;

/** The card text for a scroll step. */
export function stepText(state: ChartState): string {
	return STEP_COPY[state];
}

/** Every step state the story uses, in order (for tests and the no-JS reader). */
export const STORY_STATES: ChartState[] = Object.values(SECTION_STEPS).flatMap((refs) =>
	refs.map((ref) => ref.state)
);
