import { describe, expect, it } from 'vitest';
import { sayView, slotsOf } from './sayView';
import type { ChartFrames, ChartView } from './view';

const frames: ChartFrames = {
	summaries: { line: 'Line chart of officers: {rows}.', events: 'Timeline. {events}' },
	captions: { line: 'Officers, {from} to {to}' },
	columns: { line: ['Date', 'Officers in {to}'] },
	phrases: {
		row: '{when}, {count}',
		event: '{when}: {headline}.',
		'no-figure': 'no figure'
	}
};

const view = (summary: ChartView['summary']): Pick<ChartView, 'summary' | 'table'> => ({
	summary,
	table: {
		caption: { form: 'line', slots: { from: '2010', to: '2019' } },
		columns: { form: 'line', slots: { to: '2019' } },
		rows: [
			['2010', '24,830'],
			['2011', { form: 'no-figure' }]
		]
	}
});

describe('sayView(view, words)', () => {
	it('sayView(view, words) fills a summary frame, reading a list of rows "a; b"', () => {
		const rows = [
			{ form: 'row', slots: { when: '2010', count: '24,830' } },
			{ form: 'row', slots: { when: '2011', count: [{ form: 'no-figure' }] } }
		];
		expect(sayView(view({ form: 'line', slots: { rows } }), { frames }).summary).toBe(
			'Line chart of officers: 2010, 24,830; 2011, no figure.'
		);
	});

	it('sayView(view, words) joins phrases that end a sentence with a space', () => {
		const events = ['A', 'B'].map((headline, i) => ({
			form: 'event',
			slots: { when: String(i), headline }
		}));
		expect(sayView(view({ form: 'events', slots: { events } }), { frames }).summary).toBe(
			'Timeline. 0: A. 1: B.'
		);
	});

	it('sayView(view, words) words the caption, the headings and a cell from the document', () => {
		const { table } = sayView(view({ form: 'events', slots: { events: [] } }), { frames });
		expect(table).toEqual({
			caption: 'Officers, 2010 to 2019',
			columns: ['Date', 'Officers in 2019'],
			rows: [
				['2010', '24,830'],
				['2011', 'no figure']
			]
		});
	});

	it('sayView(view, words) throws on a frame the document lacks or a slot the view leaves empty', () => {
		expect(() => sayView(view({ form: 'bars' }), { frames })).toThrow(/no frame "bars"/);
		expect(() => sayView(view({ form: 'line' }), { frames })).toThrow(/no slot "rows"/);
	});

	it('sayView(view, words) does not modify its input', () => {
		const v = view({ form: 'line', slots: { rows: [] } });
		const copy = structuredClone(v);
		sayView(v, { frames });
		expect(v).toEqual(copy);
	});
});

describe('slotsOf(frame)', () => {
	it('slotsOf(frame) lists each bare name in braces once, in order', () => {
		expect(slotsOf('{when}, {count} and {when} {a-b}')).toEqual(['when', 'count', 'a-b']);
	});
});
