import { describe, expect, it } from 'vitest';
import { storyBlocks } from '$lib/story/blocks';
import { stepText } from '$lib/story/copy';
import { fillIslands, withStepText } from './islands';

const blocks = storyBlocks();
const island = (id: string) => `<div class="island" data-island="${id}"></div>`;
const page = (ids: string[]) =>
	`<html><head><title>t</title></head><body>${ids.map(island).join('<p>prose</p>')}</body></html>`;

describe('fillIslands(html)', () => {
	it('prints each block, in its final state, into its own island, with its styles in the head', () => {
		const html = fillIslands(page(blocks.map((b) => b.id)));
		for (const block of blocks) {
			const final = block.steps.at(-1)!.state;
			const start = html.indexOf(`data-island="${block.id}">`);
			const next = html.indexOf('data-island="', start + 1);
			const inside = html.slice(start, next < 0 ? undefined : next);
			expect(inside, block.id).toContain(`data-chart="${block.chart}" data-state="${final}"`);
			expect(inside.match(/data-step="/g)).toHaveLength(block.steps.length);
		}
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head.match(/<style id="svelte-[^"]+">/g)?.length).toBeGreaterThan(3);
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

describe('withStepText(html, states)', () => {
	it('stops the build when a step has no slot for its words', () => {
		expect(() => withStepText('<li><p></p></li>', ['staff-2010'])).toThrow(
			/No slot for the text of step staff-2010/
		);
	});
});
