/**
 * What the story page carries for its start-up ($lib/story/start.svelte.ts), which Kit does not
 * know of: the story route has `csr = false`, so Kit prints no script of its own, and the
 * start-up is a build of its own beside Kit's client (`storyStart` in vite.config.ts). This finds
 * its file in that build's manifest, and prints the interface's labels into the page as a data
 * block for it.
 */
import fs from 'node:fs';
import { CONTROLS } from '$lib/story/controls.server';
import { CONTROLS_DATA_ID } from '$lib/story/islands';
import { appFilePath } from '$lib/links';
import { startAfterPaint } from './startAfterPaint';
import { CLIENT_OUT, STORY_MANIFEST, STORY_START_MODULE } from './storyFiles';

/** The story build's manifest. */
const MANIFEST = `${CLIENT_OUT}/${STORY_MANIFEST}`;

/** The start-up's URL: under `vite dev` its source, which Vite serves; built, its file. */
function storyStartUrl(dev: boolean): string {
	if (dev) return appFilePath(STORY_START_MODULE);
	const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<
		string,
		{ file: string; isEntry?: boolean }
	>;
	const entry = manifest[STORY_START_MODULE];
	if (!entry?.isEntry) {
		throw new Error(`storyStart: ${STORY_START_MODULE} is not an entry in ${MANIFEST}`);
	}
	return appFilePath(entry.file);
}

/**
 * The labels as a JSON data block (not a script: the browser runs nothing in it, and the policy
 * has nothing to allow). `<` is escaped so that no label can close the element.
 */
function controlsData(): string {
	const json = JSON.stringify(CONTROLS).replaceAll('<', '\\u003c');
	return `<script type="application/json" id="${CONTROLS_DATA_ID}">${json}</script>`;
}

/**
 * The story page with its labels and its start-up, after the first paint. Under `vite dev`, whose
 * pages carry their policy in a header that an inline script's hash cannot be added to, the
 * start-up is a module script of the site's own, run as soon as the page is parsed.
 */
export function withStoryStart(html: string, dev: boolean): string {
	const page = html.replace('</body>', `${controlsData()}</body>`);
	if (dev) {
		const url = storyStartUrl(true);
		return page.replace('</body>', `<script type="module" src="${url}"></script></body>`);
	}
	return startAfterPaint(page, storyStartUrl(false));
}
