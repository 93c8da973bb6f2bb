/**
 * The chart views write the words a chart draws on itself (notes, gap labels, legend names); the
 * rest are in the charts' text documents. Their figures must come from the data module, so no
 * literal text in a view may carry a typed digit: numbers are interpolated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The literal text of every string and template literal in TypeScript source, comments skipped. */
function literalTexts(source: string): string[] {
	const texts: string[] = [];
	let i = 0;
	const template = (): void => {
		// At the opening backtick.
		let text = '';
		i++;
		while (i < source.length && source[i] !== '`') {
			if (source[i] === '\\') {
				text += source.slice(i, i + 2);
				i += 2;
			} else if (source[i] === '$' && source[i + 1] === '{') {
				texts.push(text);
				text = '';
				i += 2;
				code('}');
				i++;
			} else text += source[i++];
		}
		texts.push(text);
		i++;
	};
	const code = (until?: string): void => {
		let depth = 0;
		while (i < source.length) {
			const c = source[i];
			if (until && c === until && depth === 0) return;
			if (c === '{') depth++;
			else if (c === '}') depth--;
			if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i) + 1 || source.length;
			else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) + 2;
			else if (c === '`') template();
			else if (c === "'" || c === '"') {
				let j = i + 1;
				while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
				texts.push(source.slice(i + 1, j));
				i = j + 1;
			} else i++;
		}
	};
	code();
	return texts;
}

/** Text a reader could read: words and a space, not an id, a date key or an import path. */
const isProse = (text: string) => /[A-Za-z]{2,} /.test(text) || / [A-Za-z]{2,}/.test(text);

const dir = 'src/lib/charts';
const views = readdirSync(dir).filter((f) => /View\.ts$/.test(f));

describe('literalTexts(source)', () => {
	it('literalTexts(source) finds strings and the literal parts of templates, not comments', () => {
		const source =
			"// in 2010\nconst a = 'in 2010 there'; const b = copy`By ${x ? `${y} in 2016` : 'z'} the end`;";
		expect(literalTexts(source)).toEqual(['in 2010 there', 'By ', '', ' in 2016', 'z', ' the end']);
	});
});

describe('the chart views type no figure into reader-facing text', () => {
	it('there are views to check', () => {
		expect(views.length).toBeGreaterThanOrEqual(6);
	});
	it.each(views)('%s has no literal sentence with a digit in it', (file) => {
		const typed = literalTexts(readFileSync(join(dir, file), 'utf8')).filter(
			(text) => /\d/.test(text) && isProse(text)
		);
		expect(typed).toEqual([]);
	});
});
