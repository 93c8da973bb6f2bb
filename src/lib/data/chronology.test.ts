import { describe, expect, it } from 'vitest';
import { byChronology, chronological, placedOn } from './chronology';
import { timeline } from '$lib/data';

const day = (id: string, date: string) => ({ id, date, precision: 'day' as const });
const month = (id: string, date: string) => ({ id, date, precision: 'month' as const });

describe('placedOn(event)', () => {
	it('placedOn(day event) is its date', () => {
		expect(placedOn(day('a', '2016-05-06'))).toBe('2016-05-06');
	});
	it('placedOn(month event) is the last day of its month, leap years included', () => {
		expect(placedOn(month('a', '2016-05-01'))).toBe('2016-05-31');
		expect(placedOn(month('a', '2016-02-01'))).toBe('2016-02-29');
		expect(placedOn(month('a', '2017-02-01'))).toBe('2017-02-28');
	});
});

describe('chronological(events)', () => {
	it('puts a month-only event after the dated events of its month', () => {
		const events = [month('may', '2016-05-01'), day('scrubs', '2016-05-06')];
		expect(chronological(events).map((e) => e.id)).toEqual(['scrubs', 'may']);
	});
	it('keeps same-day events in the order given', () => {
		const events = [day('protest', '2016-11-15'), day('injunction', '2016-11-15')];
		expect(chronological(events).map((e) => e.id)).toEqual(['protest', 'injunction']);
		expect(byChronology(events[0], events[1])).toBe(0);
	});
	it('orders events across days, months and years, and a month-only event after its last day', () => {
		const events = [
			day('spring', '2017-03-09'),
			month('feb', '2016-02-01'),
			day('leap', '2016-02-29'),
			day('winter', '2016-12-31'),
			day('early', '2016-02-03')
		];
		expect(chronological(events).map((e) => e.id)).toEqual([
			'early',
			'leap',
			'feb',
			'winter',
			'spring'
		]);
	});
	it('does not modify its input', () => {
		const events = [month('may', '2016-05-01'), day('scrubs', '2016-05-06')];
		chronological(events);
		expect(events.map((e) => e.id)).toEqual(['may', 'scrubs']);
	});
});

describe('the timeline in the data module', () => {
	it('tells the 15 Nov 2016 walkout before the injunction that ended it', () => {
		const ids = timeline.events.map((e) => e.id);
		expect(ids.indexOf('protest-2016-11-15')).toBeLessThan(ids.indexOf('injunction-2016-11-15'));
	});
	it('lists Wormwood Scrubs (6 May 2016) before the month-only May 2016 protests', () => {
		const ids = timeline.events.map((e) => e.id);
		expect(ids.indexOf('wormwood-scrubs-2016-05-06')).toBeLessThan(
			ids.indexOf('mount-holme-house-2016-05')
		);
	});
	it('is in chronological order throughout', () => {
		expect(chronological(timeline.events).map((e) => e.id)).toEqual(
			timeline.events.map((e) => e.id)
		);
	});
	it('dates the POA executive’s endorsement of the 2016 deal to its meeting of 29 Nov', () => {
		const e = timeline.events.find((x) => x.id.startsWith('reform-agreement'))!;
		expect(e.label).toBe('29 Nov 2016');
	});
});
