/**
 * The placeholders a text document may use, each a named phrase over the data module. An
 * argument `<series>` is a series id (the CSV's name, `assaults-on-staff`); `<year>` a four-digit
 * year the series holds a value for; `<value>` either `<series> <year>` or one of the story's
 * named observations (POINTS: `officersLow`, `recruitmentBaseline`, `assaultsRolling`,
 * `deathsLatest`); `<event>` a timeline event id. See ./placeholders.ts for the grammar.
 *
 * | placeholder                     | prints                                         |
 * |---------------------------------|------------------------------------------------|
 * | `{figure <value>}`              | the value with separators: `24,830`            |
 * | `{at <value>}`                  | its period: `31 Mar 2010`, `2016`              |
 * | `{share <series> <year>}`       | a percentage: `13%`                            |
 * | `{rise <series> <year> <year>}` | the change, as a whole percentage: `140%`      |
 * | `{gap <value> <value>}`         | the difference, with separators: `6,579`       |
 * | `{daily <series> <year>}`       | per day of that year, one decimal: `18.7`      |
 * | `{perOfficer <year>}`           | prisoners per officer: `4.6`                   |
 * | `{year <year>}`                 | a calendar year as the story prints it         |
 * | `{year <series> <year>}`        | a year the series holds, even past the others' |
 * | `{times <series> <year> <year>}`| the later value as a multiple: `2.4`           |
 * | `{month <event>}`               | the event's month: `Aug 2018`                  |
 * | `{period <series> <year>}`      | a period's label, even where it is a gap       |
 * | `{unit <series>}`               | the series' unit: `per 1,000 prisoners`        |
 * | `{name <series>}`               | the series' title: `Self-harm incidents`       |
 * | `{countedOn <series>}`          | the day of the year it is counted: `31 March`  |
 * | `{revision <series>}`           | which revision of the series the story uses    |
 * | `{on <event>}`                  | the event's date: `15 Nov 2016`                |
 * | `{title <event>}`               | its headline; `{detail <event>}` its detail    |
 * | `{quote <key>}`                 | a quotation's words, from QUOTES               |
 * | `{claim <key>}`                 | an attributed figure, from CLAIMS              |
 * | `{term <key>}`                  | a name with digits in it, from TERMS           |
 * | `{licence <key>}`               | a licence's name: `Open Government Licence v3.0` |
 * | `{licenceAddress <key>}`        | its address, for files that carry no links     |
 *
 * Any of them may start with `lower` or `upper`: `{lower title protest-2016-11-15}`.
 */
import { SERIES, observedIn } from '$lib/data';
import { SOURCES, recordOf } from '$lib/data/records.server';
import {
	CODE_LICENCE,
	CONTENT_LICENCE,
	CROWN_LICENCE,
	PARLIAMENT_LICENCE
} from '$lib/data/licence';
import { SITE_NAME } from '$lib/site';
import { PUBLISHED, lastUpdated } from '../corrections';
import type { Observation, Series } from '$lib/data/types';
import { formatCount } from '$lib/format';
import { formatDate, formatDayOfYear } from '$lib/formatDate';
import { TERMS } from '$lib/sentence';
import {
	POINTS,
	daily,
	event,
	gap,
	month,
	on,
	perOfficer,
	periodOf,
	rise,
	share,
	times,
	yearLabel
} from '../phrases';
import { CLAIMS, QUOTES } from '../quotes';
import type { Arguments, Vocabulary } from './placeholders';

/** The next argument as a series id. */
function series(args: Arguments): Series {
	return SERIES[args.key(SERIES, 'series')];
}

/** The next one or two arguments as a value: a named observation, or a series and a year. */
function value(args: Arguments): Observation & { value: number } {
	const next = args.peek();
	if (next !== undefined && Object.hasOwn(POINTS, next)) return POINTS[args.key(POINTS, 'point')];
	const s = series(args);
	return observedIn(s, args.year());
}

/**
 * The day of the year every figure of a series is counted on ('31 March'); a series whose
 * figures are counted on different days has none, and a document that asks for one fails.
 */
function countedOn(s: Series): string {
	const days = new Set(s.observations.map((o) => formatDayOfYear(o.date)));
	if (days.size !== 1)
		throw new Error(`{countedOn ${s.id}}: its figures are counted on ${[...days].join(', ')}`);
	return [...days][0];
}

const LICENCES = {
	content: CONTENT_LICENCE,
	crown: CROWN_LICENCE,
	parliament: PARLIAMENT_LICENCE,
	code: CODE_LICENCE
};

/** The newest date any source was retrieved: when the figures were last checked. */
const lastChecked = Object.values(SOURCES)
	.map((s) => s.retrieved)
	.reduce((a, b) => (b > a ? b : a), '');

export const VOCABULARY: Vocabulary = {
	figure: (args) => formatCount(value(args).value),
	at: (args) => value(args).label,
	share: (args) => share(series(args), args.year()),
	rise: (args) => rise(series(args), args.year(), args.year()),
	gap: (args) => gap(value(args).value, value(args).value),
	daily: (args) => daily(series(args), args.year()),
	perOfficer: (args) => perOfficer(args.year()),
	year: (args) => {
		// A series first names a year past the calendar-year series, such as 31 Mar 2025's.
		const next = args.peek();
		if (next === undefined || !Object.hasOwn(SERIES, next)) return yearLabel(args.year());
		const s = series(args);
		const year = args.year();
		periodOf(s, year);
		return String(year);
	},
	times: (args) => times(series(args), args.year(), args.year()),
	period: (args) => periodOf(series(args), args.year()),
	unit: (args) => series(args).unit,
	name: (args) => series(args).title,
	countedOn: (args) => countedOn(series(args)),
	revision: (args) => recordOf(series(args)).revision,
	on: (args) => on(args.word('event')),
	month: (args) => month(args.word('event')),
	title: (args) => event(args.word('event')).title,
	detail: (args) => event(args.word('event')).detail,
	quote: (args) => QUOTES[args.key(QUOTES, 'quote')].text,
	claim: (args) => CLAIMS[args.key(CLAIMS, 'claim')].figure,
	term: (args) => TERMS[args.key(TERMS, 'term')],
	licence: (args) => LICENCES[args.key(LICENCES, 'licence')].name,
	licenceAddress: (args) => LICENCES[args.key(LICENCES, 'licence')].url,
	site: () => SITE_NAME,
	published: () => formatDate(PUBLISHED),
	updated: () => formatDate(lastUpdated()),
	checked: () => formatDate(lastChecked)
};
