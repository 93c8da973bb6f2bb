/**
 * Every public address of the site, built in one place so that the base path and the origin
 * from SITE_URL are honoured everywhere: relative links for pages, absolute ones for link
 * previews, canonical links and embed snippets.
 */
import type { ChartId, ChartState } from '$lib/charts/ids';
import type { SectionSlug } from '$lib/story/outline';

/**
 * The base path from SITE_URL ('' or e.g. `/holding-the-line`), as Kit's `paths.base` is set from
 * it (svelte.config.js): a constant of the build, not `$app/paths`, whose browser module brings
 * Kit's whole client router with it to the story, which does not use it.
 */
const base: string = __BASE_PATH__;

/** The site's public origin from SITE_URL, e.g. `https://example.org`. */
const SITE_ORIGIN: string = __SITE_ORIGIN__;

/** Make a site path (starting with `/`, base path included) absolute. */
export function absolute(path: string): string {
	return new URL(path, SITE_ORIGIN).href;
}

export const storyPath = (): string => `${base}/`;
export const sectionPath = (slug: SectionSlug): string => `${base}/#${slug}`;
export const sharePath = (slug: SectionSlug): string => `${base}/share/${slug}/`;
export const shareCardPath = (slug: SectionSlug): string => `${base}/share/${slug}.png`;
export const galleryPath = (): string => `${base}/embed/`;
export const sourcesPath = (): string => `${base}/sources/`;
export const embedPath = (chart: ChartId, state?: ChartState): string =>
	state ? `${base}/embed/${chart}/${state}/` : `${base}/embed/${chart}/`;
/** A chart's picture: its final state at `/embed/<chart>.<format>`, a pinned one beside its page. */
export const chartPicturePath = (
	chart: ChartId,
	format: 'svg' | 'png',
	state?: ChartState
): string =>
	state ? `${base}/embed/${chart}/${state}.${format}` : `${base}/embed/${chart}.${format}`;
/** The oEmbed JSON for an embed page, next to the page it describes. */
export const oembedPath = (chart: ChartId, state?: ChartState): string =>
	`${embedPath(chart, state)}oembed.json`;
/** A chart's entry in the gallery, optionally with a state to pin already picked. */
export const galleryEntryPath = (chart: ChartId, state?: ChartState): string =>
	`${base}/embed/${state ? `?state=${state}` : ''}#chart-${chart}`;
export const datasetPath = (dataset: string): string => `${base}/data/${dataset}.csv`;
export const embedScriptPath = (): string => `${base}/embed.js`;
/** A file of the build, by its path from the site's root (`_app/immutable/…`, or a source in dev). */
export const appFilePath = (file: string): string => `${base}/${file}`;
/** A chart's words (title, findings, frames), fetched by its story blocks as they wake. */
export const chartWordsPath = (chart: ChartId): string => `${base}/words/${chart}.json`;
/** The Frictionless Data Package describing every CSV. */
export const dataPackagePath = (): string => `${base}/data/datapackage.json`;
