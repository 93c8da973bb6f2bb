import { describe, expect, it } from 'vitest';
import { withMinifiedStyles } from './minifyStyles';

describe('withMinifiedStyles(html)', () => {
	const page = `<html><head><style id="svelte-a">
	/* Phones: why the chart sits where it does. */
	.frame.svelte-a {
		position: relative;
		color: light-dark(#222, #eee);
	}
	@media (min-width: 1024px) { .frame.svelte-a { position: sticky; } }
</style></head><body><p class="frame svelte-a">  two  spaces  </p><style>.b { margin: 0px; }</style></body></html>`;

	it('minifies every inline style, keeping its attributes, its rules and the min-width spelling old Safari reads', () => {
		const out = withMinifiedStyles(page);
		expect(out).toContain(
			'<style id="svelte-a">.frame.svelte-a{color:light-dark(#222,#eee);position:relative}@media (min-width:1024px){.frame.svelte-a{position:sticky}}</style>'
		);
		expect(out).toContain('<style>.b{margin:0}</style>');
	});

	it('leaves everything outside the styles alone', () => {
		const out = withMinifiedStyles(page);
		expect(out.replace(/<style([^>]*)>[\s\S]*?<\/style>/g, '<style$1></style>')).toBe(
			page.replace(/<style([^>]*)>[\s\S]*?<\/style>/g, '<style$1></style>')
		);
	});

	it('keeps a range written as a range readable by old browsers too', () => {
		expect(withMinifiedStyles('<style>@media (width < 40em) { .a { top: 0 } }</style>')).toBe(
			'<style>@media not (min-width:40em){.a{top:0}}</style>'
		);
	});
});
