import { describe, expect, it } from 'vitest';
import { runs, slotsOf } from './slots';

describe('runs(text)', () => {
	it.each([
		['plain text is one run', 'No marks here.', [{ text: 'No marks here.' }]],
		[
			'marked words are a run with their slot',
			'See the [chart gallery](gallery).',
			[{ text: 'See the ' }, { text: 'chart gallery', slot: 'gallery' }, { text: '.' }]
		],
		[
			'a bracket with no (name) after it stays text',
			'Accessed [date you read it].',
			[{ text: 'Accessed [date you read it].' }]
		],
		[
			'empty words are a slot the layout fills',
			'[](title). Next',
			[{ text: '', slot: 'title' }, { text: '. Next' }]
		]
	])('%s', (_, text, expected) => {
		expect(runs(text)).toEqual(expected);
	});

	it('runs(text) joined back gives the words, without the marks', () => {
		const text = 'A [b](x) c [d](y)';
		expect(
			runs(text)
				.map((r) => r.text)
				.join('')
		).toBe('A b c d');
		expect(slotsOf(text)).toEqual(['x', 'y']);
	});
});
