import { describe, expect, it } from 'vitest';
import { readDocument } from './document';

const doc = `A note for editors: ignored.

title: The walkout
kicker: Protest

[+before]
First paragraph.

Second paragraph, with a colon: here.
[]

{steps}
may-2016: Officers refuse to go in.
{}
`;

describe('readDocument(file, raw)', () => {
	it('reads fields, paragraph lists and maps, each with the line it is on', () => {
		const read = readDocument('src/content/x.aml', doc);
		expect(read.fields.title).toEqual({ text: 'The walkout', line: 3 });
		expect(read.fields.kicker).toEqual({ text: 'Protest', line: 4 });
		expect(read.lists.before).toEqual([
			{ text: 'First paragraph.', line: 7 },
			{ text: 'Second paragraph, with a colon: here.', line: 9 }
		]);
		expect(read.maps.steps['may-2016']).toEqual({ text: 'Officers refuse to go in.', line: 13 });
	});

	it('finds a short value on its own key line, not inside an earlier sentence', () => {
		const read = readDocument('f.aml', 'title: Protest at the walls\nkicker: Protest\n');
		expect(read.fields.kicker.line).toBe(2);
	});

	it('refuses a paragraph that ArchieML would read as a key, naming the line', () => {
		expect(() => readDocument('f.aml', 'x: y\n\n[+before]\nMeanwhile: a key.\n[]\n')).toThrow(
			/^f\.aml:3: "before" holds a "Meanwhile:" line/
		);
	});
});
