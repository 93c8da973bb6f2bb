import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeAttribute } from './snippet';

describe('embedSnippet(options)', () => {
	it('points an iframe at the pinned state and loads the host script, both absolute', () => {
		const html = embedSnippet({ chart: 'harm', state: 'self-harm', title: 'Self-harm' });
		expect(html).toMatch(/<iframe src="https?:\/\/[^"]+\/embed\/harm\/self-harm\/"/);
		expect(html).toMatch(/<script src="https?:\/\/[^"]+\/embed\.js" async><\/script>$/);
		expect(html).toContain('data-holding-the-line');
	});

	it('embeds the final state when no state is pinned', () => {
		expect(embedSnippet({ chart: 'officers', title: 'Officers' })).toMatch(/\/embed\/officers\/"/);
	});

	it('escapes the title into the iframe’s accessible name', () => {
		const html = embedSnippet({ chart: 'harm', title: 'Deaths "in" custody & more' });
		expect(html).toContain('title="Deaths &quot;in&quot; custody &amp; more"');
	});
});

describe('escapeAttribute(text)', () => {
	it('escapes ampersands before quotes', () => {
		expect(escapeAttribute('&quot;')).toBe('&amp;quot;');
	});
});
