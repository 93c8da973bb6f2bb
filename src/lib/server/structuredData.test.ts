import { describe, expect, it } from 'vitest';
import { SERIES, timeline } from '$lib/data';
import { PUBLISHED, lastUpdated } from '$lib/story/corrections';
import { dataset, newsArticle, scriptJson, withStructuredData } from './structuredData';

describe('newsArticle()', () => {
	it('is a NewsArticle published on PUBLISHED and modified on the latest correction', () => {
		const article = newsArticle();
		expect(article['@type']).toBe('NewsArticle');
		expect(article.datePublished).toBe(PUBLISHED);
		expect(article.dateModified).toBe(lastUpdated());
		expect(article.author).toMatchObject({ '@type': 'Organization', name: 'Holding the Line' });
		expect(article.license).toBe('https://creativecommons.org/licenses/by/4.0/');
	});
});

describe('dataset()', () => {
	it('lists every CSV download and the data package', () => {
		const urls = (dataset().distribution as { contentUrl: string }[]).map((d) => d.contentUrl);
		for (const id of [...Object.keys(SERIES), timeline.id]) {
			expect(urls.some((u) => u.endsWith(`/data/${id}.csv`))).toBe(true);
		}
		expect(urls.some((u) => u.endsWith('/data/datapackage.json'))).toBe(true);
	});

	it('covers the time from the earliest to the latest figure or event', () => {
		expect(dataset().temporalCoverage).toMatch(/^2010-\d\d-\d\d\/20\d\d-\d\d-\d\d$/);
	});
});

describe('scriptJson(value)', () => {
	it('escapes < so a value cannot close the script element', () => {
		expect(scriptJson({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
		expect(JSON.parse(scriptJson({ a: '</script>' }))).toEqual({ a: '</script>' });
	});
});

describe('withStructuredData(html)', () => {
	it('adds the article and the dataset before </head>', () => {
		const html = withStructuredData('<html><head><title>x</title></head><body></body></html>');
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)];
		expect(blocks.map((m) => JSON.parse(m[1])['@type'])).toEqual(['NewsArticle', 'Dataset']);
		expect(html.indexOf('application/ld+json')).toBeLessThan(html.indexOf('</head>'));
	});

	it('throws on a page without a head', () => {
		expect(() => withStructuredData('<p>no head</p>')).toThrow(/no <\/head>/);
	});
});
