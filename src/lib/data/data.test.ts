import { describe, expect, it } from 'vitest';
import { RECORDS, SOURCES, TIMELINE_RECORD } from './records.server';
import {
	SERIES,
	SERIES_IDS,
	assaultRate,
	assaultsOnStaff,
	assaultsOnStaffRolling,
	deaths,
	experience10Plus,
	experienceUnder3,
	isSeriesId,
	observationIn,
	officers,
	officersLow2016,
	population,
	selfHarm,
	selfHarmIndividuals,
	selfInflictedDeaths,
	seriousAssaultsOnStaff,
	timeline,
	valueIn
} from '$lib/data';
import type { Series } from '$lib/data';
import { SERIES_DEFINITIONS } from '../../../data/sources';

/** The value a series gives for an exact period-end date, for point-in-time and rolling series. */
const at = (series: Series, date: string) =>
	series.observations.find((o) => o.date === date)?.value;

// Typed here from the publications (PRT workforce_staff.csv, PQ HL10820, PQ HL5359, MoJ Safety
// in Custody releases), not copied from the module: the test checks the module against them.
describe('$lib/data published key figures', () => {
	it.each([
		['officers', officers, 2010, 24830],
		['officers', officers, 2014, 18251],
		['officers', officers, 2019, 22594],
		['assaultsOnStaff', assaultsOnStaff, 2010, 2848],
		['assaultsOnStaff', assaultsOnStaff, 2016, 6844],
		['assaultsOnStaff', assaultsOnStaff, 2018, 10213],
		['assaultRate', assaultRate, 2012, 167],
		['assaultRate', assaultRate, 2018, 394],
		['assaultRate', assaultRate, 2019, 368],
		['seriousAssaultsOnStaff', seriousAssaultsOnStaff, 2012, 260],
		['selfHarm', selfHarm, 2010, 26979],
		['selfHarm', selfHarm, 2016, 40160],
		['selfHarm', selfHarm, 2018, 55615],
		['selfHarm', selfHarm, 2019, 62682],
		['selfInflictedDeaths', selfInflictedDeaths, 2010, 58],
		['selfInflictedDeaths', selfInflictedDeaths, 2016, 124],
		['deaths', deaths, 2016, 354],
		['population', population, 2016, 85134],
		['experienceUnder3', experienceUnder3, 2010, 13],
		['experienceUnder3', experienceUnder3, 2019, 42],
		['experience10Plus', experience10Plus, 2010, 56],
		['experience10Plus', experience10Plus, 2019, 46]
	])('valueIn(%s, %i) is %i', (_, series, year, expected) => {
		expect(valueIn(series, year)).toBe(expected);
	});

	it.each([
		['2016-09-30', 18003],
		['2016-10-31', 17955],
		['2016-12-31', 17888],
		['2017-06-30', 18755],
		['2017-12-31', 19925]
	])('officersLow2016 at %s is %i', (date, expected) => {
		expect(at(officersLow2016, date)).toBe(expected);
	});

	it.each([
		['2019-06-30', 10424],
		['2020-03-31', 9784]
	])('assaultsOnStaffRolling to %s is %i', (date, expected) => {
		expect(at(assaultsOnStaffRolling, date)).toBe(expected);
	});

	it('officers are dated 31 March and population 30 June', () => {
		expect(officers.observations.every((o) => o.date.endsWith('-03-31'))).toBe(true);
		expect(population.observations.every((o) => o.date.endsWith('-06-30'))).toBe(true);
	});
});

describe('$lib/data gaps', () => {
	it('assaultsOnStaff 2019 is PQ 18749’s revised 9,185, after a declared break that says why', () => {
		expect(valueIn(assaultsOnStaff, 2019)).toBe(9185);
		expect(observationIn(assaultsOnStaff, 2019)?.source).toBe('pq-18749');
		expect(assaultsOnStaff.breaks).toEqual([
			expect.objectContaining({ year: 2019, reason: expect.stringMatching(/revised series/) })
		]);
		expect(assaultsOnStaff.vintages?.map((v) => [v.vintage, v.from, v.to])).toEqual([
			['first-published', '2010', '2018'],
			['revised', '2019', '2024']
		]);
	});

	it.each([
		['serious-assaults-on-staff', seriousAssaultsOnStaff, [2015, 2016, 2019]],
		['self-harm-individuals', selfHarmIndividuals, [2014, 2015, 2016]]
	])('%s has gaps exactly in the years the reference lists', (_, series, years) => {
		const gaps = series.observations.filter((o) => o.value === null).map((o) => o.year);
		expect(gaps).toEqual(years);
	});

	it('every gap has a note saying why', () => {
		for (const series of Object.values(RECORDS)) {
			for (const o of series.observations.filter((o) => o.value === null)) {
				expect(o.note?.trim(), `${series.id} ${o.label}`).toBeTruthy();
			}
		}
	});
});

describe('$lib/data provenance and shape', () => {
	const all = Object.values(SERIES);

	it('SERIES holds every series data/sources.ts defines, once, by its own id', () => {
		expect(SERIES_IDS).toEqual(SERIES_DEFINITIONS.map((d) => d.id));
		expect(Object.keys(SERIES)).toEqual(SERIES_DEFINITIONS.map((d) => d.id));
		for (const [id, series] of Object.entries(SERIES)) expect(series.id).toBe(id);
	});

	it('isSeriesId(id) is true for each series id and false for anything else', () => {
		for (const id of SERIES_IDS) expect(isSeriesId(id)).toBe(true);
		for (const id of ['timeline', 'constructor', 'toString', ''])
			expect(isSeriesId(id)).toBe(false);
	});

	it.each(all.map((s) => [s.id, s] as const))(
		'%s has complete provenance with https URLs',
		(_, drawn) => {
			const s = RECORDS[drawn.id as keyof typeof RECORDS];
			for (const field of ['title', 'unit', 'measure', 'revision'] as const) {
				expect(s[field].trim(), field).not.toBe('');
			}
			expect(s.sources.length).toBeGreaterThan(0);
			for (const source of s.sources) {
				expect(source.url).toMatch(/^https:\/\/\S+$/);
				expect(source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				for (const field of ['publisher', 'publication', 'table', 'period'] as const) {
					expect(source[field].trim(), `${source.id}.${field}`).not.toBe('');
				}
			}
			const cited = new Set(s.sources.map((source) => source.id));
			for (const o of s.observations) {
				expect(cited.has(o.source), `${s.id} ${o.label} cites ${o.source}`).toBe(true);
				expect(SOURCES[o.source]).toBeDefined();
			}
		}
	);

	it.each(all.map((s) => [s.id, s] as const))(
		'%s is sorted by date, unique and NaN-free',
		(_, s) => {
			const dates = s.observations.map((o) => o.date);
			expect(dates).toEqual([...dates].sort());
			expect(new Set(dates).size).toBe(dates.length);
			for (const o of s.observations) {
				expect(o.value === null || Number.isFinite(o.value), `${s.id} ${o.label}`).toBe(true);
				expect(o.year).toBe(Number(o.date.slice(0, 4)));
			}
		}
	);

	it.each(all.map((s) => [s.id, s] as const))(
		'%s as charts draw it has exactly its record’s figures, and its sources by id',
		(_, drawn) => {
			const record = RECORDS[drawn.id as keyof typeof RECORDS];
			expect(drawn.title).toBe(record.title);
			expect(drawn.unit).toBe(record.unit);
			expect(drawn.observations).toEqual(
				record.observations.map((o) => {
					const figure = { ...o };
					delete figure.note;
					return figure;
				})
			);
			expect(drawn.sources).toEqual(record.sources.map((source) => source.id));
			expect(drawn.breaks).toEqual(record.breaks);
			expect(drawn.vintages).toEqual(record.vintages);
		}
	);

	it('what charts draw of a series leaves its notes, measure and revision to the record', () => {
		for (const drawn of all) {
			expect(Object.keys(drawn)).not.toContain('measure');
			expect(Object.keys(drawn)).not.toContain('revision');
			for (const o of drawn.observations) expect(o).not.toHaveProperty('note');
			// A source's name comes with its chart's words; the series only cites it.
			for (const source of drawn.sources) expect(typeof source).toBe('string');
		}
	});

	it('every source URL is https', () => {
		for (const source of Object.values(SOURCES)) expect(source.url).toMatch(/^https:\/\//);
	});
});

describe('$lib/data timeline', () => {
	it('every event has a resolvable source, a valid date and a unique kebab-case id', () => {
		const ids = timeline.events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		const cited = new Set(timeline.sources);
		for (const e of timeline.events) {
			expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(cited.has(e.source) && SOURCES[e.source] !== undefined, e.id).toBe(true);
			const date = new Date(`${e.date}T00:00:00Z`);
			expect(date.toISOString().slice(0, 10), e.id).toBe(e.date);
			if (e.precision === 'month') expect(e.date.endsWith('-01'), e.id).toBe(true);
		}
	});

	it('every event has its headline and detail on the server, and the drawn timeline carries neither', () => {
		expect(TIMELINE_RECORD.events.map((e) => e.id)).toEqual(timeline.events.map((e) => e.id));
		for (const e of TIMELINE_RECORD.events) {
			expect(e.title.trim() && e.detail.trim(), e.id).toBeTruthy();
		}
		for (const e of timeline.events) {
			expect(Object.keys(e), e.id).not.toContain('title');
			expect(Object.keys(e), e.id).not.toContain('detail');
		}
	});

	it('events are in date order, a month-only event after the dated events of its month', () => {
		// A month-only event reads as "some time that month": it may not be told before a dated one.
		const key = (e: (typeof timeline.events)[number]) =>
			e.precision === 'month' ? `${e.date.slice(0, 7)}-99` : e.date;
		const keys = timeline.events.map(key);
		expect(keys).toEqual([...keys].sort());
	});

	it.each([
		['wormwood-scrubs-2016-05-06', '6 May 2016'],
		['mount-holme-house-2016-05', 'May 2016'],
		['swinfen-hall-2016-06', 'Jun 2016'],
		['national-meetings-2016-07-08', '8 Jul 2016'],
		['recruitment-14m-2016-10-04', '4 Oct 2016'],
		['pentonville-killing-2016-10-18', '18 Oct 2016'],
		['bedford-riot-2016-11-06', '6 Nov 2016'],
		['protest-2016-11-15', '15 Nov 2016'],
		['injunction-2016-11-15', '15 Nov 2016'],
		['birmingham-riot-2016-12-16', '16 Dec 2016'],
		['deal-rejected-2016-12-22', '22 Dec 2016'],
		['pay-rise-2017-02-19', '19 Feb 2017'],
		['action-2017-02-22', '22 Feb 2017'],
		['interim-injunction-2017-02-28', '28 Feb 2017'],
		['permanent-injunction-2017-07-19', '19 Jul 2017'],
		['target-met-2018-04-22', '22 Apr 2018'],
		['ten-prisons-project-2018-08-17', '17 Aug 2018'],
		['birmingham-takeover-2018-08-20', '20 Aug 2018'],
		['protest-2018-09-14', '14 Sep 2018'],
		['lindholme-injunction-2018-10-12', '12 Oct 2018'],
		['liverpool-walkout-2019-02-21', '21 Feb 2019']
	])('the story event %s is dated %s', (id, label) => {
		expect(timeline.events.find((e) => e.id === id)?.label).toBe(label);
	});
});
