/**
 * Every public URL DESIGN.md promises ("Public URLs") is in build/: the story, a share page and
 * card per section, the embed gallery, each chart's embed page, pinned states and pictures, the
 * oEmbed JSON beside every embed page, /embed.js and the data package. Derived from src/lib/story/outline.ts and src/lib/charts/ids.ts, so adding a section or a chart adds its pages.
 */
import { expect, test } from '@playwright/test';
import { CHART_STATES, CHART_IDS } from '../src/lib/charts/ids';
import { SECTION_SLUGS } from '../src/lib/story/outline';
import { builtFiles, fileFor } from './support/build';

const PROMISED = [
	'/',
	'/404.html',
	...SECTION_SLUGS.flatMap((slug) => [`/share/${slug}/`, `/share/${slug}.png`]),
	'/embed/',
	...CHART_IDS.flatMap((chart) => [
		`/embed/${chart}/`,
		`/embed/${chart}.svg`,
		`/embed/${chart}.png`,
		`/embed/${chart}/oembed.json`,
		...CHART_STATES[chart].flatMap((state) => [
			`/embed/${chart}/${state}/`,
			`/embed/${chart}/${state}/oembed.json`,
			`/embed/${chart}/${state}.svg`,
			`/embed/${chart}/${state}.png`
		])
	]),
	'/embed.js',
	'/sources/',
	'/data/datapackage.json'
];

test('every promised public URL is built', () => {
	const files = new Set(builtFiles());
	const missing = PROMISED.filter((url) => !fileFor(url, files));
	expect(missing, 'promised URLs with no file in build/').toEqual([]);
	expect(
		[...files].filter((f) => /^data\/[^/]+\.csv$/.test(f)),
		'CSV files under /data/'
	).not.toEqual([]);
});
