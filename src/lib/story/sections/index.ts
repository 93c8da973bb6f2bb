/**
 * Each section slug's prose component, in story order; $lib/server/prose renders them at
 * prerender with the section's words from its text document (src/content/<slug>.aml). Most are
 * the plain Prose; a section with a layout of its own (a box, a list built from the data) has
 * its own component.
 */
import type { Component, Snippet } from 'svelte';
import type { SectionSlug } from '../outline';
import type { SectionText } from '../words.server';
import Prose from './Prose.svelte';
import NoRightToStrike from './NoRightToStrike.svelte';
import WhatHappenedNext from './WhatHappenedNext.svelte';
import Sources from './Sources.svelte';

/** Props every section component takes. */
export interface SectionProps {
	/** The section's scroll-driven chart block(s); undefined for sections without charts. */
	scrolly?: Snippet;
	/** The section's words, resolved from its text document. */
	text: SectionText;
}

export const SECTIONS: Record<SectionSlug, Component<SectionProps>> = {
	walkout: Prose,
	'no-right-to-strike': NoRightToStrike,
	'the-cuts': Prose,
	violence: Prose,
	harm: Prose,
	'walkouts-2016': Prose,
	'pay-and-the-courts': Prose,
	recruitment: Prose,
	'protest-2018': Prose,
	'liverpool-2019': Prose,
	'what-changed': Prose,
	'what-happened-next': WhatHappenedNext,
	sources: Sources
};
