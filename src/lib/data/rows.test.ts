import { describe, expect, it } from 'vitest';
import { observationsFrom, type ObservationRow } from './rows';

describe('observationsFrom(rows)', () => {
	it('observationsFrom(rows) reads date, label, value and source, and the year from the date', () => {
		expect(observationsFrom([['2010-03-31', '31 Mar 2010', 24830, 'prt-workforce-staff']])).toEqual(
			[
				{
					date: '2010-03-31',
					year: 2010,
					label: '31 Mar 2010',
					value: 24830,
					source: 'prt-workforce-staff'
				}
			]
		);
	});

	it('observationsFrom(rows) keeps a gap as null with its note', () => {
		const [gap] = observationsFrom([['2015-12-31', '2015', null, 'pq-test', 'not published']]);
		expect(gap.value).toBeNull();
		expect(gap.note).toBe('not published');
	});

	it('observationsFrom(rows) gives no note key to a row without one', () => {
		const [o] = observationsFrom([['2011-12-31', '2011', 5, 'pq-test']]);
		expect(Object.keys(o)).toEqual(['date', 'year', 'label', 'value', 'source']);
	});

	it('observationsFrom(rows) keeps the rows in order and does not modify them', () => {
		const rows: ObservationRow[] = [
			['2017-06-30', '12 months to Jun 2017', 7159, 'a'],
			['2016-12-31', '2016', 6844, 'b']
		];
		const before = structuredClone(rows);
		expect(observationsFrom(rows).map((o) => o.year)).toEqual([2017, 2016]);
		expect(rows).toEqual(before);
	});
});
