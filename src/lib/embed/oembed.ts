/**
 * oEmbed (https://oembed.com/) for the embed pages: what an oEmbed-aware editor (WordPress,
 * Ghost, Notion, Iframely, Embedly) fetches when a chart's address is pasted into it. The site
 * is static, so each embed page has its own JSON file beside it, found through the page's
 * `<link rel="alternate" type="application/json+oembed">`, rather than an endpoint taking `?url=`.
 * Build-time only: the routes that write the JSON files import it.
 */
import { finalState, type ChartId, type ChartState } from '$lib/charts/ids';
import type { ChartWords } from '$lib/charts/view';
import { absolute, chartPicturePath, storyPath } from '$lib/links';
import { CONTENT_LICENCE } from '$lib/data/licence';
import { SITE_NAME } from '$lib/site';
import { PICTURE_HEIGHT, PICTURE_WIDTH } from '$lib/charts/pictureSize';
import { embedSnippet, EMBED_HEIGHT } from './snippet';

/** The width we suggest for the frame: a typical article column. The frame fills its column. */
const EMBED_WIDTH = 640;

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	author_name: string;
	author_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
	/** Not in the oEmbed spec (extra keys are allowed): the licence re-users need. */
	license: string;
	license_url: string;
}

/**
 * The oEmbed response for a chart's embed page: pinned at `state`, or its final state. `words`
 * are the chart's title and findings (src/content/charts/<chart>.aml), read by the route.
 */
export function chartOembed(chart: ChartId, words: ChartWords, state?: ChartState): OEmbedRich {
	const shown = state ?? finalState(chart);
	return {
		version: '1.0',
		type: 'rich',
		title: `${words.title}: ${words.findings[shown]}`,
		provider_name: SITE_NAME,
		provider_url: absolute(storyPath()),
		author_name: SITE_NAME,
		author_url: absolute(storyPath()),
		html: embedSnippet({ chart, state, title: `${words.title} (${SITE_NAME})` }),
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT,
		thumbnail_url: absolute(chartPicturePath(chart, 'png', state)),
		thumbnail_width: PICTURE_WIDTH,
		thumbnail_height: PICTURE_HEIGHT,
		license: CONTENT_LICENCE.name,
		license_url: CONTENT_LICENCE.url
	};
}
