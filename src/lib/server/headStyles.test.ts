import { describe, expect, it } from 'vitest';
import { withHeadStyles } from './headStyles';

describe('withHeadStyles(html, heads)', () => {
	const page = '<html><head><style id="svelte-a">.a{}</style></head><body></body></html>';

	it('adds each new component style once, before the end of the head', () => {
		const out = withHeadStyles(page, [
			'<style id="svelte-b">.b{}</style>',
			'<style id="svelte-b">.b{}</style><style id="svelte-c">.c{}</style>'
		]);
		expect(out.match(/id="svelte-b"/g)).toHaveLength(1);
		expect(out).toContain('<style id="svelte-c">.c{}</style></head>');
	});

	it('leaves out styles the page already has', () => {
		expect(withHeadStyles(page, ['<style id="svelte-a">.a{}</style>'])).toBe(page);
	});
});
