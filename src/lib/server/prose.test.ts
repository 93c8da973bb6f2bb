import { describe, expect, it } from 'vitest';
import { SECTION_SLUGS } from '$lib/story/outline';
import { storyBlocks } from '$lib/story/blocks';
import { proseSlot } from '$lib/story/prose';
import { fillProse, sectionProse } from './prose';

const withBlocks = new Set(storyBlocks().map((block) => block.section));
const slot = (value: string) => `<div class="prose svelte-x" data-prose="${value}"></div>`;
/** The slots the story page leaves, in its order. */
const page = (slots: string[]) =>
	`<html><head><title>t</title></head><body>${slots.map(slot).join('<p>chart</p>')}</body></html>`;
const allSlots = SECTION_SLUGS.flatMap((slug) =>
	withBlocks.has(slug)
		? [proseSlot(slug, 'before'), proseSlot(slug, 'after')]
		: [proseSlot(slug, 'before')]
);

describe('sectionProse(slug)', () => {
	it.each(SECTION_SLUGS)('%s has prose, cut where its blocks go', (slug) => {
		const prose = sectionProse(slug);
		expect(prose.before + prose.after).toMatch(/<p[\s>]/);
		expect(prose.before + prose.after).not.toContain('data-blocks-go-here');
		if (!withBlocks.has(slug)) expect(prose.after).toBe('');
	});
});

describe('fillProse(html)', () => {
	it('fills every slot with its own section’s prose and adds section styles to the head', () => {
		const html = fillProse(page(allSlots));
		for (const slug of SECTION_SLUGS) {
			const { before } = sectionProse(slug);
			expect(html).toContain(`data-prose="${proseSlot(slug, 'before')}">${before}</div>`);
		}
		expect(html).not.toMatch(/data-prose="[^"]+"><\/div>/);
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).toMatch(/<style[^>]*>[^<]*\.explainer/);
	});

	it('fills a slot that carries attributes after its data-prose (the fonts script’s part)', () => {
		const html = fillProse(
			page(allSlots).replace(/(data-prose="[^"]+")><\/div>/g, '$1 data-font-part=""></div>')
		);
		const { before } = sectionProse('walkout');
		expect(html).toContain(`data-prose="walkout/before" data-font-part="">${before}</div>`);
		expect(html).not.toMatch(/data-font-part=""><\/div>/);
	});

	it('stops the build when a section has no slot', () => {
		expect(() => fillProse(page(allSlots.slice(1)))).toThrow(/no prose slot for walkout/);
	});

	it('stops the build on a slot for a section that does not exist', () => {
		expect(() => fillProse(page([...allSlots, 'no-such-section/before']))).toThrow(
			/unknown section: no-such-section/
		);
	});

	it('stops the build when a slot appears twice', () => {
		expect(() => fillProse(page([...allSlots, allSlots[0]]))).toThrow(/appears twice/);
	});
});
