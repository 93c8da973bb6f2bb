/**
 * Where a section's prose goes in the page. The prose never changes once printed, so the story
 * page leaves an empty slot for each part and the prerender fills it (see $lib/server/prose):
 * its sentences are sent once, as HTML, instead of again inside the page's JavaScript.
 */
import type { SectionSlug } from './outline';

/** A section's prose is cut where its chart blocks go: the part before them, the part after. */
export type ProsePart = 'before' | 'after';

/** The value of the slot's `data-prose` attribute. */
export function proseSlot(slug: SectionSlug, part: ProsePart): string {
	return `${slug}/${part}`;
}

/** Matches one empty slot as the page renders it (other attributes may follow its `data-prose`):
    $1 the opening tag, $2 slug, $3 part. */
export const EMPTY_SLOT =
	/(<div class="prose[^"]*" data-prose="([a-z0-9-]+)\/(before|after)"[^>]*>)<\/div>/g;
