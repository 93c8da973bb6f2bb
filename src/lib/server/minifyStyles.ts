/**
 * A page's inline `<style>` elements, minified. Svelte's server render writes each component's
 * CSS as its source has it, comments and indentation included (`css: 'injected'` in
 * svelte.config.js), and Kit puts it in the head of every prerendered page: on the story, 31 KB of
 * its 308 KB. Minified by lightningcss, the minifier Vite itself uses for the built stylesheet,
 * with no browser targets, so no feature is lowered (a `light-dark()` stays one). Media queries
 * keep the `min-width` spelling every browser reads: left to itself, lightningcss respells them
 * as ranges (`width>=…`), which Safari before 16.4 ignores. A style it cannot read stops the
 * build, naming the element.
 */
import { Features, transform } from 'lightningcss';

const STYLE = /<style([^>]*)>([\s\S]*?)<\/style>/g;

export function withMinifiedStyles(html: string): string {
	return html.replace(STYLE, (_, attributes: string, css: string) => {
		const { code } = transform({
			filename: `<style${attributes}>`,
			code: Buffer.from(css),
			minify: true,
			include: Features.MediaRangeSyntax
		});
		return `<style${attributes}>${code.toString()}</style>`;
	});
}
