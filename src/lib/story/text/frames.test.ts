import { describe, expect, it } from 'vitest';
import { resolveFrame } from './frames';
import { VOCABULARY } from './vocabulary';

const at = { file: 'charts/x.aml', line: 7 };

describe('resolveFrame(text, vocabulary, where)', () => {
	it('resolveFrame(text) resolves placeholders and keeps slots for the view', () => {
		expect(resolveFrame('{rows} of {term grades} officers, {from}', VOCABULARY, at)).toBe(
			'{rows} of band 3–5 officers, {from}'
		);
	});

	it('resolveFrame(text) reads a bare name the vocabulary knows as its placeholder', () => {
		expect(resolveFrame('{site}: {rows}', VOCABULARY, at)).toBe('Holding the Line: {rows}');
	});

	it('resolveFrame(text) capitalises a term with upper', () => {
		expect(resolveFrame('{upper term under3} | {term tenPlus}', VOCABULARY, at)).toBe(
			'Under 3 years | 10 years or more'
		);
	});

	it('resolveFrame(text) refuses a typed digit, naming file and line', () => {
		expect(() => resolveFrame('{rows} in 2016', VOCABULARY, at)).toThrow(
			/^charts\/x\.aml:7: a figure was typed into the text/
		);
	});
});
