import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OUT, fallbackCss, families } from './fallback-fonts.js';

const percent = (rule: string, name: string) => {
	const match = rule.match(new RegExp(`${name}: ([\\d.]+)%`));
	return match ? Number(match[1]) / 100 : undefined;
};

describe('fallbackCss(families)', () => {
	it('is what src/fallback-fonts.css holds (run npm run fonts:fallbacks if not)', async () => {
		expect(readFileSync(OUT, 'utf8')).toBe(fallbackCss(await families()));
	});

	it('sizes each fallback so its average glyph is as wide as the web face, and its lines as tall', async () => {
		const list = await families();
		const css = fallbackCss(list);
		for (const { family, faces } of list)
			for (const face of faces)
				for (const fallback of face.fallbacks) {
					const name = `${family} Fallback: ${fallback.familyName}`;
					const rule = css
						.split('@font-face')
						.find(
							(r) =>
								r.includes(`'${name}'`) &&
								r.includes(`font-weight: ${face.weight};`) &&
								r.includes(`font-style: ${face.style};`)
						);
					expect(rule, `${name} ${face.weight} ${face.style}`).toBeDefined();
					const size = percent(rule!, 'size-adjust') ?? 1;
					const width = (m: typeof fallback) => m.xWidthAvg / m.unitsPerEm;
					expect(width(fallback) * size).toBeCloseTo(width(face.web), 4);
					const ascent = percent(rule!, 'ascent-override')!;
					const descent = percent(rule!, 'descent-override')!;
					// The overrides are fractions of the adjusted em: scaled back, the web face's own.
					expect(ascent * size).toBeCloseTo(face.web.ascent / face.web.unitsPerEm, 4);
					expect(descent * size).toBeCloseTo(-face.web.descent / face.web.unitsPerEm, 4);
					expect(rule).toContain(`local('${fallback.fullName}')`);
				}
	});

	it('keeps the web fonts out of the stacks while html.fonts-wait is set, and only then', async () => {
		const rules = rulesOf(fallbackCss(await families()));
		const full = rules.get(':root')!;
		const waiting = rules.get(':root.fonts-wait')!;
		expect(full).toMatch(/--font-text: 'Source Serif 4', 'Source Serif 4 Fallback: Georgia'/);
		expect(full).toMatch(/--font-ui: 'Source Sans 3', 'Source Sans 3 Fallback: Arial'/);
		expect(waiting).toMatch(/--font-text: 'Source Serif 4 Fallback: Georgia'/);
		expect(waiting).not.toMatch(/'Source Serif 4'|'Source Sans 3'/);
	});

	it('gives a part the script has let the fonts into the full stacks and its text face', async () => {
		const rules = rulesOf(fallbackCss(await families()));
		expect(rules.get('.fonts-in')).toBe(rules.get(':root'));
		// Without a weight of its own, so `.ui` on the same element keeps the UI face.
		expect(rules.get(':where(.fonts-in)')?.trim()).toBe('font-family: var(--font-text);');
	});
});

/** Each rule of a stylesheet with no nesting, by its selector (the last of any repeated one). */
function rulesOf(css: string): Map<string, string> {
	const rules = new Map<string, string>();
	for (const [, selector, body] of css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.matchAll(/([^{}]+)\{([^}]*)\}/g))
		rules.set(selector.trim(), body);
	return rules;
}
