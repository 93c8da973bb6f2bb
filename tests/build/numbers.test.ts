import { describe, expect, it } from 'vitest';
import { builtFiles, read } from './site';
import { allowedNumbers, numbersIn, orphans, visibleText } from './numbers';

const allowed = allowedNumbers();
const pages = builtFiles().filter(
	(file) => (file.endsWith('.html') || file.endsWith('.svg')) && !file.startsWith('_app/')
);

describe('numbersIn(text)', () => {
	it('numbersIn(text) leaves out dates, times, statutes, sections and case numbers', () => {
		expect(
			numbersIn(
				'On 15 Nov 2016 at 07:00, under section 127 of the Criminal Justice and Public Order Act 1994, [2017] EWHC 699 (QB), May 2016, 2010–2019'
			)
		).toEqual([]);
	});
	it('numbersIn(text) finds counts, decimals, money and percentages', () => {
		expect(numbersIn('24,830 officers, 4.6 per officer, £14m and 26%')).toEqual([
			'24,830',
			'4.6',
			'14',
			'26'
		]);
	});
});

describe('every number on every built page', () => {
	it('the build has the story, share, embed and 404 pages to check', () => {
		expect(pages).toContain('index.html');
		expect(pages.filter((p) => p.startsWith('share/')).length).toBeGreaterThan(5);
		expect(pages.filter((p) => p.startsWith('embed/')).length).toBeGreaterThan(5);
	});

	it('an orphan number is caught, naming its sentence', () => {
		const lines = visibleText('<body><p>Officers fell by 7,123 in a year.</p></body>');
		expect(orphans(lines, allowed)).toEqual([
			{ number: '7,123', sentence: 'Officers fell by 7,123 in a year.' }
		]);
	});

	it.each(pages)('%s: each number is a data-module value or a named derivation of one', (page) => {
		const found = orphans(visibleText(read(page)), allowed);
		const report = found.map((o) => `${page}: ${o.number} in "${o.sentence}"`).join('\n');
		expect(report, 'numbers with no source in the data module').toBe('');
	});
});
