/**
 * Fills the story page's prose slots at prerender time. The section components are imported
 * here, on the server, and nowhere in the page's client graph, with each section's words from its
 * text document, so none of their sentences or the quotes and source notes they print ship as
 * JavaScript. Hydration leaves the filled slots
 * alone: to the client each is an empty `<div>` with nothing inside to update.
 */
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { SECTION_SLUGS, type SectionSlug } from '$lib/story/outline';
import { SECTIONS } from '$lib/story/sections';
import { WORDS } from '$lib/story/words.server';
import { storyBlocks } from '$lib/story/blocks';
import { EMPTY_SLOT, type ProsePart } from '$lib/story/prose';
import { withHeadStyles } from './headStyles';

/** Stands where a section body renders its chart blocks, so the body can be cut there. */
const CUT = '<i data-blocks-go-here></i>';
const cut = createRawSnippet(() => ({ render: () => CUT }));

export interface SectionProse {
	before: string;
	after: string;
	/** The `<style>` elements of sections with styles of their own, for the page's head. */
	head: string;
}

/** A section's prose, cut where its blocks go (all of it is `before` when it has none). */
export function sectionProse(slug: SectionSlug): SectionProse {
	const hasBlocks = storyBlocks().some((block) => block.section === slug);
	const text = WORDS.sections[slug];
	const { body, head } = render(SECTIONS[slug], {
		props: hasBlocks ? { scrolly: cut, text } : { text }
	});
	const parts = body.split(CUT);
	if (parts.length !== (hasBlocks ? 2 : 1)) {
		throw new Error(`Section ${slug} must render its chart blocks exactly once.`);
	}
	return { before: parts[0], after: parts[1] ?? '', head };
}

/**
 * The story page's HTML with every prose slot filled and the sections' styles in its head.
 * Throws when a slot is unknown or missing, so a mismatch stops the build, not the reader.
 */
export function fillProse(html: string): string {
	const prose = new Map(SECTION_SLUGS.map((slug) => [slug, sectionProse(slug)]));
	const filled = new Set<string>();
	const out = html.replace(EMPTY_SLOT, (_, open: string, slug: string, part: ProsePart) => {
		const section = prose.get(slug as SectionSlug);
		if (!section) throw new Error(`Prose slot for an unknown section: ${slug}/${part}`);
		if (filled.has(`${slug}/${part}`)) throw new Error(`Prose slot ${slug}/${part} appears twice.`);
		filled.add(`${slug}/${part}`);
		return `${open}${section[part]}</div>`;
	});
	for (const slug of SECTION_SLUGS) {
		if (!filled.has(`${slug}/before`)) throw new Error(`The page has no prose slot for ${slug}.`);
		if (prose.get(slug)!.after && !filled.has(`${slug}/after`)) {
			throw new Error(`The page has no slot for the prose after ${slug}'s chart.`);
		}
	}
	return withHeadStyles(
		out,
		[...prose.values()].map((section) => section.head)
	);
}
