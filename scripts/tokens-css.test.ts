import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { OUT, tokensCss } from './tokens-css';
import { DARK, FONTS, LIGHT, PRINT } from '../src/lib/tokens';

const require = createRequire(import.meta.url);

/** The custom properties a rule block sets, by name. */
function declared(block: string): Record<string, string> {
	return Object.fromEntries(
		[...block.matchAll(/--([a-z0-9-]+): ([^;]+);/g)].map((m) => [m[1], m[2]])
	);
}

/** The body of the first rule whose selector line is exactly `selector`. */
function ruleBody(css: string, selector: string): string {
	const start = css.indexOf(`${selector} {`);
	expect(start, selector).toBeGreaterThanOrEqual(0);
	return css.slice(start, css.indexOf('}', start));
}

describe('tokensCss()', () => {
	it('is what src/tokens.css holds (run npm run tokens:build if not)', () => {
		expect(readFileSync(OUT, 'utf8')).toBe(tokensCss());
	});

	it('sets every light token on :root, and every dark one for the dark setting and a forced dark theme', () => {
		const css = tokensCss();
		expect(declared(ruleBody(css, ':root'))).toEqual(LIGHT);
		expect(declared(ruleBody(css, "\t:root:not([data-theme='light'])"))).toEqual(DARK);
		expect(declared(ruleBody(css, ":root[data-theme='dark']"))).toEqual(DARK);
		expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\n\t:root:not/);
	});

	it('turns only the surfaces white on paper', () => {
		const css = tokensCss();
		const print = css.slice(css.indexOf('@media print'));
		expect(declared(print)).toEqual(PRINT);
		expect(Object.keys(PRINT).sort()).toEqual(['paper', 'paper-raised']);
	});

	it('imports a stylesheet that exists for every face of both typefaces', () => {
		const imports = [...tokensCss().matchAll(/@import '([^']+)';/g)].map((m) => m[1]);
		expect(imports).toHaveLength(FONTS.text.faces.length + FONTS.ui.faces.length);
		for (const path of imports) expect(existsSync(require.resolve(path)), path).toBe(true);
	});
});
