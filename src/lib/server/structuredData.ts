/**
 * The story's structured metadata for search engines and link unfurlers (schema.org JSON-LD):
 * the article, with its publisher and its published and last-corrected dates, and the dataset
 * behind the charts with every download. Printed into the story page's head at prerender time
 * (hooks.server.ts), so none of it ships as JavaScript.
 */
import { SERIES, timeline } from '$lib/data';
import { CONTENT_LICENCE } from '$lib/data/licence';
import {
	absolute,
	dataPackagePath,
	datasetPath,
	sectionPath,
	shareCardPath,
	storyPath
} from '$lib/links';
import { STORY_CARD_SECTION } from '$lib/share/cards';
import { PUBLISHED, lastUpdated } from '$lib/story/corrections';
import { SITE } from '$lib/story/copy';

type JsonLd = Record<string, unknown>;

/** The organisation that writes and publishes the story: the byline names no person. */
function organisation(): JsonLd {
	return { '@type': 'Organization', name: SITE.name, url: absolute(storyPath()) };
}

/** The story as a schema.org NewsArticle. */
export function newsArticle(): JsonLd {
	const url = absolute(storyPath());
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: SITE.title,
		description: SITE.description,
		url,
		mainEntityOfPage: url,
		image: [absolute(shareCardPath(STORY_CARD_SECTION))],
		datePublished: PUBLISHED,
		dateModified: lastUpdated(),
		author: organisation(),
		publisher: organisation(),
		inLanguage: 'en-GB',
		isAccessibleForFree: true,
		license: CONTENT_LICENCE.url
	};
}

/** The downloads as a schema.org Dataset: each CSV and the data package describing them. */
export function dataset(): JsonLd {
	const series = Object.values(SERIES);
	const dates = [
		...series.flatMap((s) => s.observations.map((o) => o.date)),
		...timeline.events.map((e) => e.date)
	].sort();
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: `${SITE.name}: the numbers behind the charts`,
		description: SITE.dataset,
		url: absolute(sectionPath('sources')),
		creator: organisation(),
		publisher: organisation(),
		datePublished: PUBLISHED,
		dateModified: lastUpdated(),
		license: CONTENT_LICENCE.url,
		isAccessibleForFree: true,
		inLanguage: 'en-GB',
		spatialCoverage: 'England and Wales',
		temporalCoverage: `${dates[0]}/${dates[dates.length - 1]}`,
		distribution: [
			...[...series, timeline].map((s) => ({
				'@type': 'DataDownload',
				name: s.title,
				encodingFormat: 'text/csv',
				contentUrl: absolute(datasetPath(s.id))
			})),
			{
				'@type': 'DataDownload',
				name: 'Frictionless Data Package describing every file',
				encodingFormat: 'application/json',
				contentUrl: absolute(dataPackagePath())
			}
		]
	};
}

/** JSON for a `<script>` element: `<` escaped so no value can close the element early. */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** The page's head with the article's and the dataset's JSON-LD added before `</head>`. */
export function withStructuredData(html: string): string {
	const tags = [newsArticle(), dataset()]
		.map((item) => `<script type="application/ld+json">${scriptJson(item)}</script>`)
		.join('');
	if (!html.includes('</head>')) throw new Error('withStructuredData: the page has no </head>');
	return html.replace('</head>', `${tags}</head>`);
}
