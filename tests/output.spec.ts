/**
 * The built output as a static host serves it: every internal reference in every built page
 * (href, src, srcset, og:image, twitter:image, og:url, canonical) resolves to a file in build/,
 * with `#fragment`s naming an id on the target page; every page has a title, a language and a
 * description; and every page passes html-validate (.htmlvalidate.json says which rules are off
 * and why). Pages are parsed by the browser with JavaScript off, so what is checked is the
 * prerendered HTML, not what the app turns it into.
 */
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, builtFiles, builtPages, fileFor } from './support/build';

test.use({ javaScriptEnabled: false });

interface PageFacts {
	refs: { attribute: string; value: string }[];
	ids: string[];
	title: string;
	lang: string;
	description: string | null;
}

/**
 * Runs in the page: everything the checks need from one built file's DOM, parsed without
 * loading it (share pages redirect at once, which would pull the page out from under a check).
 */
function collectFacts(html: string): PageFacts {
	const document = new DOMParser().parseFromString(html, 'text/html');
	const refs: PageFacts['refs'] = [];
	const add = (selector: string, attribute: string, split = false) => {
		for (const element of document.querySelectorAll(selector)) {
			const value = element.getAttribute(attribute)?.trim();
			if (!value) continue;
			const values = split ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
			for (const v of values)
				if (v) refs.push({ attribute: `<${element.localName} ${attribute}>`, value: v });
		}
	};
	add('[href]:not(base)', 'href');
	add('[src]', 'src');
	add('[srcset]', 'srcset', true);
	add('[poster]', 'poster');
	add('form[action]', 'action');
	add(
		'meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"], meta[property="og:image:secure_url"]',
		'content'
	);
	return {
		refs,
		ids: [...document.querySelectorAll('[id], a[name]')].map(
			(e) => e.id || e.getAttribute('name') || ''
		),
		title: document.querySelector('head > title')?.textContent?.trim() ?? '',
		lang: document.documentElement.getAttribute('lang') ?? '',
		description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null
	};
}

test.describe('built output', () => {
	// The checks read files, not layouts: once is enough.

	test('every page has a title, a language and a description, and every internal reference resolves', async ({
		page,
		baseURL
	}) => {
		const pages = builtPages();
		expect(pages.length, 'build/ holds HTML pages').toBeGreaterThan(0);
		test.setTimeout(20_000 + pages.length * 2_000);
		const files = new Set(builtFiles());
		const origin = new URL(baseURL!).origin;

		const facts = new Map<string, PageFacts>();
		await page.goto('/404.html');
		for (const { file } of pages) {
			facts.set(
				file,
				await page.evaluate(collectFacts, readFileSync(join(BUILD_DIR, file), 'utf8'))
			);
		}

		const broken: string[] = [];
		for (const { file, url } of pages) {
			const { refs, title, lang, description } = facts.get(file)!;
			expect.soft(title, `${url} has a <title>`).not.toBe('');
			expect.soft(lang, `${url} has <html lang>`).not.toBe('');
			expect.soft(description?.trim() ?? '', `${url} has a meta description`).not.toBe('');
			for (const { attribute, value } of refs) {
				if (/^(mailto|tel|javascript|data|blob):/i.test(value)) continue;
				const target = new URL(value, new URL(url, origin));
				if (target.origin !== origin) continue;
				const where = `${url} ${attribute}="${value}"`;
				const targetFile = fileFor(target.pathname, files);
				if (!targetFile) {
					broken.push(`${where}: no file in build/ for ${target.pathname}`);
					continue;
				}
				const id = decodeURIComponent(target.hash.slice(1));
				if (!id || id === 'top') continue;
				const targetFacts = facts.get(targetFile);
				if (!targetFacts) broken.push(`${where}: #${id} points into a file that is not a page`);
				else if (!targetFacts.ids.includes(id))
					broken.push(`${where}: no element with id "${id}" on ${targetFile}`);
			}
		}
		expect(broken, 'internal references that do not resolve').toEqual([]);
	});

	test('every page passes html-validate', async () => {
		const pages = builtPages();
		expect(pages.length, 'build/ holds HTML pages').toBeGreaterThan(0);
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const { file } of pages) {
			const report = await validator.validateFile(join(BUILD_DIR, file));
			for (const result of report.results)
				for (const m of result.messages)
					problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(problems, 'html-validate messages').toEqual([]);
	});
});
