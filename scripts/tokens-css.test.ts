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

	it('sets every token on :root once, as light-dark() of its light and dark colour', () => {
		const css = tokensCss();
		const pairs = Object.entries(declared(ruleBody(css, ':root'))).map(([token, value]) => {
			const [, light, dark] = value.match(/^light-dark\((#[0-9a-f]+), (#[0-9a-f]+)\)$/) ?? [];
			return [token, { light, dark }];
		});
		const expected = Object.keys(LIGHT).map((token) => [
			token,
			{ light: LIGHT[token as keyof typeof LIGHT], dark: DARK[token as keyof typeof DARK] }
		]);
		expect(pairs).toEqual(expected);
		expect(css).not.toMatch(/prefers-color-scheme|data-theme/);
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
