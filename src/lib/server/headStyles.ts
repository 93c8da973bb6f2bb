/**
 * Adds to a page's head the `<style>` elements that components rendered on their own (with
 * `render`) produced, each once, and none the page already has. Svelte names each component's
 * element by the hash of its CSS (`<style id="svelte-…">`), so the id says whether it is there.
 */
export function withHeadStyles(html: string, heads: Iterable<string>): string {
	const styles = new Map<string, string>();
	for (const head of heads) {
		for (const [style, id] of head.matchAll(/<style id="([^"]+)">[\s\S]*?<\/style>/g)) {
			if (!html.includes(`<style id="${id}">`)) styles.set(id, style);
		}
	}
	return html.replace('</head>', `${[...styles.values()].join('')}</head>`);
}
