import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BREAKPOINTS_PX, BREAKPOINTS_REM, DARK, LIGHT, type Palette } from './tokens';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('LIGHT and DARK', () => {
	for (const [name, palette] of Object.entries({ LIGHT, DARK }) as [string, Palette][]) {
		it(`${name}: text, marks and the focus ring reach 4.5:1 on the page and on raised cards`, () => {
			for (const fg of ['ink', 'ink-muted', 'accent', 'series-2', 'series-3', 'focus'] as const)
				for (const bg of ['paper', 'paper-raised'] as const)
					expect(contrast(palette[fg], palette[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
		});

		it(`${name}: faint ink (disabled controls) still reaches 3:1`, () => {
			for (const bg of ['paper', 'paper-raised'] as const)
				expect(contrast(palette['ink-faint'], palette[bg]), bg).toBeGreaterThanOrEqual(3);
		});

		it(`${name}: every colour is a six-digit hex, as the picture export writes it`, () => {
			for (const value of Object.values(palette)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
		});
	}
});

/** Every stylesheet and component under src/, as [path, text]. */
function styleSources(): [string, string][] {
	const root = join(import.meta.dirname, '..');
	return (readdirSync(root, { recursive: true }) as string[])
		.filter((path) => /\.(css|svelte)$/.test(path))
		.map((path) => [path, readFileSync(join(root, path), 'utf8')]);
}

describe('BREAKPOINTS_PX and BREAKPOINTS_REM', () => {
	it('name every width and height a media query in src/ turns on', () => {
		const allowed = new Set([
			...Object.values(BREAKPOINTS_PX).flatMap((px) => [`${px}px`, `${px - 0.02}px`]),
			...Object.values(BREAKPOINTS_REM).map((rem) => `${rem}rem`)
		]);
		const found: string[] = [];
		for (const [path, text] of styleSources())
			for (const query of text.matchAll(/@media([^{]*)\{/g))
				for (const m of query[1].matchAll(/(?:min|max)-(?:width|height):\s*([\d.]+[a-z]+)/g)) {
					found.push(m[1]);
					expect(allowed, `${path}: ${m[0]} is not a breakpoint in src/lib/tokens.ts`).toContain(
						m[1]
					);
				}
		// The scan itself must see the story's side-by-side switch, or it proves nothing.
		expect(found).toContain(`${BREAKPOINTS_PX.wide}px`);
	});
});
