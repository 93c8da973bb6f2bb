import { describe, expect, it } from 'vitest';
import { assaultsOnStaff, observationIn, officers } from '$lib/data';
import { TIMELINE_RECORD } from '$lib/data/records.server';
import { formatCount } from '$lib/format';
import { TERMS } from '$lib/sentence';
import { QUOTES } from '../quotes';
import { POINTS } from '../phrases';
import { Arguments, resolve, type Vocabulary } from './placeholders';
import { VOCABULARY } from './vocabulary';

const where = { file: 'src/content/test.aml', line: 7 };
const say = (text: string) => resolve(text, VOCABULARY, where);
const valueOf = (year: number) => observationIn(officers, year)!;

describe('resolve(text, vocabulary, where)', () => {
	it('returns text without placeholders as it is', () => {
		expect(say('Prison officers may not strike.')).toBe('Prison officers may not strike.');
	});

	it('replaces {figure series year} with the value, thousands separated', () => {
		expect(say('There were {figure officers 2010}.')).toBe(
			`There were ${formatCount(valueOf(2010).value!)}.`
		);
	});

	it('replaces {at series year} with the period as the series labels it', () => {
		expect(say('At {at officers 2010}')).toBe(`At ${valueOf(2010).label}`);
	});

	it('replaces {countedOn series} with the day of the year its figures are counted on', () => {
		// The reference tables date officers at 31 March and the population at 30 June each year.
		expect(say('officers at {countedOn officers}, prisoners at {countedOn population}')).toBe(
			'officers at 31 March, prisoners at 30 June'
		);
	});

	it('fails {countedOn series} for a series counted on more than one day of the year', () => {
		expect(() => say('{countedOn officers-low-2016}')).toThrow(/counted on .*, /);
	});

	it('reads a named observation where a value is wanted: {figure officersLow}', () => {
		expect(say('{figure officersLow} at {at officersLow}')).toBe(
			`${formatCount(POINTS.officersLow.value)} at ${POINTS.officersLow.label}`
		);
	});

	it('takes two values for {gap}, each a series and year or a named observation', () => {
		const diff = Math.abs(valueOf(2019).value! - POINTS.officersLow.value);
		expect(say('{gap officers 2019 officersLow}')).toBe(formatCount(diff));
	});

	it('replaces {on event}, {title event} and {quote key}, {term key}', () => {
		const event = TIMELINE_RECORD.events.find((e) => e.id === 'protest-2016-11-15')!;
		expect(say('{on protest-2016-11-15}: {title protest-2016-11-15}')).toBe(
			`${event.label}: ${event.title}`
		);
		expect(say('“{quote poaSavage}”, the {term act}')).toBe(
			`“${QUOTES.poaSavage.text}”, the ${TERMS.act}`
		);
	});

	it('lower-cases the first letter after `lower`, keeping an acronym', () => {
		const vocabulary: Vocabulary = { word: (args) => args.word('word') };
		const at = { file: 'f', line: 1 };
		expect(resolve('{lower word Officers}', vocabulary, at)).toBe('officers');
		expect(resolve('{lower word POA}', vocabulary, at)).toBe('POA');
	});

	it('does not modify the vocabulary it is given', () => {
		const vocabulary: Vocabulary = Object.freeze({ word: (args: Arguments) => args.word('w') });
		resolve('{word a}', vocabulary, where);
		expect(Object.keys(vocabulary)).toEqual(['word']);
	});
});

describe('resolve(text) fails with file:line and a reason', () => {
	it.each([
		[
			'a digit typed into the text',
			'There were 24,830 officers.',
			/test\.aml:7: a figure was typed into the text: "There were 24,830 officers\."/
		],
		[
			'an unknown placeholder',
			'At {ta officers 2010}',
			/test\.aml:7: unknown placeholder "ta" in \{ta officers 2010\}/
		],
		[
			'an unknown series',
			'{figure oficers 2010}',
			/test\.aml:7: unknown series "oficers" in \{figure oficers 2010\}/
		],
		[
			'a year the series does not hold',
			'{figure officers 1990}',
			/test\.aml:7: .*officers has no value for 1990 in \{figure officers 1990\}/
		],
		['a missing year', '{figure officers}', /test\.aml:7: missing year in \{figure officers\}/],
		['a year that is not one', '{year twenty}', /test\.aml:7: expected a year, got "twenty"/],
		['an argument too many', '{year 2016 2017}', /test\.aml:7: unexpected argument "2017"/],
		['an unknown event', '{on no-such-event}', /test\.aml:7: .*no event "no-such-event"/],
		['an unknown quote', '{quote nobody}', /test\.aml:7: unknown quote "nobody"/],
		['an empty placeholder', 'a {} b', /test\.aml:7: an empty placeholder/],
		['a stray brace', 'a } b', /test\.aml:7: a stray "\}"/],
		['an unclosed placeholder', 'a {figure officers 2010', /test\.aml:7: a stray "\{"/]
	])('%s', (_, text, error) => {
		expect(() => say(text)).toThrow(error);
	});

	it('counts lines within the text from where it starts', () => {
		expect(() => say('first line\nsecond has 3')).toThrow(/test\.aml:8:/);
	});

	it('a digit inside a placeholder is its argument, not a typed figure', () => {
		expect(say('{year 2016}')).toBe(observationIn(assaultsOnStaff, 2016)!.label);
	});
});
