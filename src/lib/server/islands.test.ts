import { describe, expect, it } from 'vitest';
import { storyBlocks } from '$lib/story/blocks';
import { stepText } from '$lib/story/copy';
import { SECTION_SLUGS } from '$lib/story/outline';
import { fillIslands, fillShareControls, withChart, withStepText } from './islands';

const blocks = storyBlocks();
/** An empty island as BlockIsland renders it on the server. */
const island = (id: string) => `<div class="island" data-island="${id}" data-font-part=""></div>`;
const page = (ids: string[]) =>
	`<html><head><title>t</title></head><body>${ids.map(island).join('<p>prose</p>')}</body></html>`;

describe('fillIslands(html)', () => {
	it('prints each block, in its final state, into its own island, with its styles in the head', () => {
		const html = fillIslands(page(blocks.map((b) => b.id)));
		for (const block of blocks) {
			const final = block.steps.at(-1)!.state;
			const start = html.indexOf(`data-island="${block.id}"`);
			const next = html.indexOf('data-island="', start + 1);
			const inside = html.slice(start, next < 0 ? undefined : next);
			expect(inside, block.id).toContain(`data-chart="${block.chart}" data-state="${final}"`);
			expect(inside.match(/data-step="/g)).toHaveLength(block.steps.length);
		}
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head.match(/<style id="svelte-[^"]+">/g)?.length).toBeGreaterThan(3);
	});

	it('prints each block’s chart into the block’s chart slot, drawn, for readers without JavaScript', () => {
		const html = fillIslands(page(blocks.map((b) => b.id)));
		const slots = [...html.matchAll(/<div data-chart-slot="([a-z0-9-]+)">(.{0,4000})/g)];
		expect(slots.map(([, chart]) => chart)).toEqual(blocks.map((b) => b.chart));
		for (const [, chart, inside] of slots) expect(inside, chart).toContain('layercake-container');
	});

	it('prints each chart’s HTML layouts (axes, labels, values) into slots of their own, each a root to hydrate', () => {
		const html = fillIslands(page(blocks.map((b) => b.id)));
		for (const block of blocks) {
			const start = html.indexOf(`data-island="${block.id}"`);
			const next = html.indexOf('data-island="', start + 1);
			const inside = html.slice(start, next < 0 ? undefined : next);
			const slots = [...inside.matchAll(/<div data-overlay-slot[^>]*>(.{0,200})/g)];
			expect(slots.length, block.id).toBeGreaterThanOrEqual(1);
			// A root as Svelte prints one: its start marker, then the layout LayerCake draws.
			for (const [, within] of slots) {
				expect(within, block.id).toMatch(/^<!--\[-->\s*<div class="layercake-layout-html/);
			}
		}
		// The x axis's labels are among them: a time-series chart prints its years there.
		const officers = html.slice(html.indexOf('data-chart-slot="officers"'));
		const overlay = officers.slice(officers.indexOf('data-overlay-slot'));
		expect(overlay.slice(0, overlay.indexOf('</figure>'))).toMatch(/class="label[^"]*"[^>]*>2010</);
	});

	it('stops the build when a block has no island, or an island no block', () => {
		expect(() => fillIslands(page(blocks.slice(1).map((b) => b.id)))).toThrow(
			new RegExp(`no island for ${blocks[0].id}`)
		);
		expect(() => fillIslands(page([...blocks.map((b) => b.id), 'no-such-block']))).toThrow(
			/unknown block: no-such-block/
		);
	});

	it('prints each step card’s words, from the text documents, into the card', () => {
		const html = fillIslands(page(blocks.map((b) => b.id)));
		for (const step of blocks.flatMap((b) => b.steps)) {
			const card = html.slice(html.indexOf(`data-step="${step.state}"`));
			const text = stepText(step.state).replaceAll('&', '&amp;');
			expect(card.slice(0, card.indexOf('</li>')), step.state).toContain(
				`<span data-step-text="${step.state}">${text}</span>`
			);
		}
	});
});

describe('fillShareControls(html)', () => {
	/** An empty share control as Section renders it on the server: its props in its attribute. */
	const share = (slug: string) =>
		`<div class="share-island svelte-x" data-share-island="${JSON.stringify({
			url: `https://example.org/share/${slug}/`,
			href: `/share/${slug}/`,
			title: `Tom &amp; Jerry's <${slug}>`,
			text: 'A summary.'
		}).replaceAll('"', '&quot;')}"></div>`;
	const sections = (slugs: readonly string[]) =>
		`<html><head><title>t</title></head><body>${slugs.map(share).join('<p>prose</p>')}</body></html>`;

	it('prints each section’s share control: the share page’s link, named for the section, with its styles', () => {
		const html = fillShareControls(sections(SECTION_SLUGS));
		for (const slug of SECTION_SLUGS) {
			const start = html.indexOf(`/share/${slug}/`);
			const control = html.slice(html.lastIndexOf('<div', start), html.indexOf('</div>', start));
			expect(control, slug).toMatch(new RegExp(`<a [^>]*href="/share/${slug}/"`));
			expect(control, slug).toContain(`Tom &amp; Jerry's &lt;${slug}>`);
		}
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head.match(/<style id="svelte-[^"]+">/g)).toHaveLength(1);
	});

	it('stops the build unless every section has one', () => {
		expect(() => fillShareControls(sections(SECTION_SLUGS.slice(1)))).toThrow(
			new RegExp(`has ${SECTION_SLUGS.length - 1} share controls for ${SECTION_SLUGS.length}`)
		);
	});
});

describe('withChart(html, block)', () => {
	it('stops the build unless the block has exactly one chart slot', () => {
		const slot = `<div data-chart-slot="${blocks[0].chart}"></div>`;
		expect(() => withChart('<figure></figure>', blocks[0])).toThrow(/has 0 chart slots/);
		expect(() => withChart(slot + slot, blocks[0])).toThrow(/has 2 chart slots/);
	});
});

describe('withStepText(html, states)', () => {
	it('stops the build when a step has no slot for its words', () => {
		expect(() => withStepText('<li><p></p></li>', ['staff-2010'])).toThrow(
			/No slot for the text of step staff-2010/
		);
	});
});
