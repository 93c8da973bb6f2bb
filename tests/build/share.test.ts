import { describe, expect, it } from 'vitest';
import ogs from 'open-graph-scraper';
import { SECTION_SLUGS } from '../../src/lib/story/outline';
import { SECTION_CARDS } from '../../src/lib/share/cards';
import { BASE, SUBPATH_SITE_URL, exists, meta, pngSize, read, readBytes } from './site';

const ORIGIN = new URL(SUBPATH_SITE_URL).origin;

describe('share pages', () => {
	for (const slug of SECTION_SLUGS) {
		describe(`/share/${slug}/`, () => {
			const html = read(`share/${slug}/index.html`);

			it('has its own title and description', () => {
				const title = html.match(/<title>([^<]+)<\/title>/)?.[1] ?? '';
				expect(title.length).toBeGreaterThan(10);
				expect(meta(html, 'description')?.length).toBeGreaterThan(40);
				expect(meta(html, 'og:title')).toBeTruthy();
				expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
			});

			it('carries absolute preview URLs under the sub-path', () => {
				// A crawler that follows og:url must fetch this page, not the story: a #fragment
				// never reaches a server, so /#slug would give the whole story's card.
				expect(meta(html, 'og:url')).toBe(`${SUBPATH_SITE_URL}/share/${slug}/`);
				expect(meta(html, 'og:image')).toBe(`${SUBPATH_SITE_URL}/share/${slug}.png`);
				expect(meta(html, 'og:image:width')).toBe('1200');
				expect(meta(html, 'og:image:height')).toBe('630');
				expect(meta(html, 'og:image:alt')?.length).toBeGreaterThan(20);
				expect(meta(html, 'twitter:card')).toBe('summary_large_image');
				expect(meta(html, 'twitter:image')).toBe(meta(html, 'og:image'));
				expect(html).toContain(`<link rel="canonical" href="${SUBPATH_SITE_URL}/#${slug}"`);
			});

			it('reads, to open-graph-scraper, as this section’s card at this page’s address', async () => {
				const { result, error } = await ogs({ html });
				expect(error).toBe(false);
				expect(result.ogUrl).toBe(`${SUBPATH_SITE_URL}/share/${slug}/`);
				expect(result.ogTitle).toBe(meta(html, 'og:title'));
				expect(result.ogDescription?.length).toBeGreaterThan(40);
				expect(result.ogImage?.[0]).toMatchObject({
					url: `${SUBPATH_SITE_URL}/share/${slug}.png`,
					width: '1200',
					height: '630',
					type: 'image/png'
				});
				expect(result.twitterCard).toBe('summary_large_image');
			});

			it('links the oEmbed JSON of its section’s chart, and that file exists', () => {
				const { chart, state } = SECTION_CARDS[slug];
				const href = `${SUBPATH_SITE_URL}/embed/${chart}/${state}/oembed.json`;
				expect(html).toMatch(
					new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="${href}"`)
				);
				expect(exists(`embed/${chart}/${state}/oembed.json`)).toBe(true);
			});

			it('sends the reader on to the section, with a plain link as well', () => {
				expect(html).toMatch(new RegExp(`http-equiv="refresh" content="0; url=${BASE}/#${slug}"`));
				expect(html).toContain(`href="${BASE}/#${slug}"`);
			});

			it('has a 1200×630 PNG card', () => {
				expect(exists(`share/${slug}.png`)).toBe(true);
				expect(pngSize(readBytes(`share/${slug}.png`))).toEqual({ width: 1200, height: 630 });
			});
		});
	}

	it('gives each section a different card and description', () => {
		const cards = new Set(SECTION_SLUGS.map((s) => readBytes(`share/${s}.png`).toString('base64')));
		const descriptions = new Set(SECTION_SLUGS.map((s) => meta(read(`share/${s}/index.html`), 'description')));
		expect(descriptions.size).toBe(SECTION_SLUGS.length);
		// Two chartless sections may share a chart state, but their titles differ on the card.
		expect(cards.size).toBe(SECTION_SLUGS.length);
	});
});

describe('the story page', () => {
	const html = read('index.html');

	it('has preview tags for the whole story, absolute under the sub-path', () => {
		expect(meta(html, 'og:url')).toBe(`${SUBPATH_SITE_URL}/`);
		expect(meta(html, 'og:image')).toMatch(new RegExp(`^${SUBPATH_SITE_URL}/share/[a-z0-9-]+\\.png$`));
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
		expect(html).toContain(`<link rel="canonical" href="${SUBPATH_SITE_URL}/"`);
	});

	it('links and loads everything under the base path', () => {
		const urls = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
		const internal = urls.filter((u) => u.startsWith('/') || u.startsWith(ORIGIN));
		expect(internal.length).toBeGreaterThan(10);
		for (const url of internal) {
			const path = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url;
			expect(path, url).toMatch(new RegExp(`^${BASE}/`));
		}
	});
});
