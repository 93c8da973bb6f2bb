/**
 * What counts as a number a reader may be shown, and how to find the numbers in a built page.
 *
 * A number on a page must be one of:
 * - a value in the data module (every observation, and every figure its text carries: timeline
 *   events, source titles, series notes), or an attributed claim or quotation of the copy;
 * - a named derivation of values of one unit: a difference, a percentage change, a multiple
 *   ("3.6 times"), a count per day, prisoners per officer, or an axis tick of a chart view;
 * - a date, a time, or the number of a statute, section, case, parliamentary question, circular
 *   or commit, which are names rather than statistics (removed before checking).
 * Anything else is an orphan: a figure typed by hand with nothing to check it against.
 */
import { RECORDS, SOURCES, TIMELINE_RECORD as timeline } from '$lib/data/records.server';
import type { SeriesRecord as Series } from '$lib/data/types';
import { perDay, percentChange } from '$lib/data/derive';
import { formatCount, formatDecimal, formatPercent } from '$lib/format';
import { TERMS } from '$lib/sentence';
import { CLAIMS, QUOTES } from '$lib/story/copy';
import { CHART_STATES, type ChartId } from '$lib/charts/ids';
import { officersView, type OfficersState } from '$lib/charts/officersView';
import { assaultsView, type AssaultsState } from '$lib/charts/assaultsView';
import { harmView, type HarmState } from '$lib/charts/harmView';
import { experienceView, type ExperienceState } from '$lib/charts/experienceView';

/** A number as written, with `£`, `%`, `m`, `bn` and thousands separators. */
const NUMBER = /£?\d(?:[\d,]*\d)?(?:\.\d+)?(?:%|bn|m\b)?/g;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

/** Dates, times and names with numbers in them: removed before the numbers are checked. */
const NOT_STATISTICS: RegExp[] = [
	/https?:\/\/\S+/g,
	new RegExp(`\\b\\d{1,2} ${MONTH}(?: \\d{4})?`, 'g'),
	new RegExp(`\\b${MONTH} \\d{4}\\b`, 'g'),
	/\b\d{4}-\d{2}-\d{2}\b/g,
	/\b\d{1,2}:\d{2}\b/g,
	/\b\d{1,2}(?:am|pm)\b/g,
	/\[\d{4}\] EWHC \d+/g,
	/\b(?:HL|HC|PQ) ?\d+/g,
	/\b(?:[Cc]ircular|[Pp]ress release|POA News|[Bb]reaking news|Written question) \d+(?:\/\d{4})?/g,
	/\bcommit [0-9a-f]{7,40}\b/g,
	/\b[0-9a-f]{7,40}\b(?=[^\w]|$)/g,
	/\buk-\d+\b/g,
	// The story's section numbers (“03 The cuts”) and step counters (“Step 3 of 4”).
	/^(?:0[1-9]|1\d)(?= [A-Z])/g,
	/\bStep \d+ of \d+/g,
	/\bSession \d{4}–\d{2}\b/g,
	// Years, and year ranges such as 2010–2019 or 2015–16.
	/\b(?:19[5-9]\d|20[0-4]\d)(?:[–-](?:19[5-9]\d|20[0-4]\d|\d{2}))?\b/g
];

/** Normalise a token to its number: `£14m` → `14`, `26%` → `26`, `24,830` stays. */
function bare(token: string): string {
	return token.replace(/^£/, '').replace(/(?:%|bn|m)$/, '');
}

/** The numbers in a piece of text, after dates, times, names and named terms are removed. */
export function numbersIn(text: string): string[] {
	let rest = text;
	for (const term of Object.values(TERMS)) rest = rest.replaceAll(term, ' ');
	for (const pattern of NOT_STATISTICS) rest = rest.replace(pattern, ' ');
	return [...rest.matchAll(NUMBER)].map((m) => bare(m[0]));
}

/** Every way a value is written on the site. */
function spellings(value: number): string[] {
	return [
		formatCount(value),
		formatDecimal(value, 1),
		formatPercent(value).replace('%', ''),
		String(value)
	];
}

/** The numbers a reader may be shown, each with the name of where it comes from. */
export function allowedNumbers(): Map<string, string> {
	const allowed = new Map<string, string>();
	/** A value in every spelling; a derivation only as the site writes that derivation. */
	const add = (value: number | string, why: string, written?: string) => {
		const forms =
			written !== undefined ? [bare(written)] : typeof value === 'number' ? spellings(value) : [bare(value)];
		for (const s of forms) {
			if (!allowed.has(s)) allowed.set(s, why);
		}
	};
	const series = Object.values(RECORDS);

	for (const s of series) {
		for (const o of s.observations) if (o.value !== null) add(o.value, `${s.id} ${o.label}`);
		for (const text of [s.title, s.unit, s.measure, s.revision, ...s.notes])
			for (const n of numbersIn(text)) add(n, `${s.id} text`);
	}
	for (const e of timeline.events)
		for (const n of numbersIn(`${e.title} ${e.detail}`)) add(n, `timeline ${e.id}`);
	for (const source of Object.values(SOURCES))
		for (const text of [source.publisher, source.publication, source.table, source.period, source.notes])
			for (const n of numbersIn(text)) add(n, `source ${source.id}`);
	for (const q of Object.values(QUOTES)) for (const n of numbersIn(q.text)) add(n, 'a quotation');
	for (const c of Object.values(CLAIMS)) for (const n of numbersIn(c.figure)) add(n, 'a claim');

	// Named derivations, within one unit: counts compare with counts, never with rates.
	const byUnit = new Map<string, Series[]>();
	for (const s of series) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
	for (const [unit, group] of byUnit) {
		const values = group.flatMap((s) =>
			s.observations.filter((o) => o.value !== null).map((o) => ({ v: o.value!, year: o.year }))
		);
		for (const a of values) {
			const day = perDay(a.v, a.year);
			if (day !== null) {
				add(day, `per day (${unit})`, formatDecimal(day, 1));
				add(day, `per day (${unit})`, formatCount(day));
			}
			for (const b of values) {
				if (a === b) continue;
				const difference = Math.abs(b.v - a.v);
				add(difference, `difference (${unit})`, formatCount(difference));
				const change = percentChange(a.v, b.v);
				if (change !== null)
					add(change, `percentage change (${unit})`, formatPercent(Math.abs(change)));
				add(b.v / a.v, `multiple (${unit})`, formatDecimal(b.v / a.v, 1));
			}
		}
	}
	const population = RECORDS.population;
	const officers = RECORDS.officers;
	for (const p of population.observations)
		for (const o of officers.observations)
			if (p.value !== null && o.value !== null && p.year === o.year)
				add(p.value / o.value, 'prisoners per officer', formatDecimal(p.value / o.value, 1));

	// Axis ticks of every chart state.
	const views: { [C in ChartId]?: (state: string) => { chart: { yTicks: { label: string }[] } } } =
		{
			officers: (s) => officersView(s as OfficersState),
			assaults: (s) => assaultsView(s as AssaultsState),
			harm: (s) => harmView(s as HarmState),
			experience: (s) => experienceView(s as ExperienceState)
		};
	for (const [chart, view] of Object.entries(views))
		for (const state of CHART_STATES[chart as ChartId])
			for (const tick of view!(state).chart.yTicks) add(tick.label, `axis tick (${chart})`);
	return allowed;
}

/** Block-level boundaries: each becomes a line, so a finding reads as its own sentence. */
const BLOCK =
	/<\/?(?:p|li|dt|dd|h[1-6]|figcaption|caption|tr|td|th|div|section|header|footer|aside|title|text|tspan|blockquote|summary|button|label|option|br)\b[^>]*>/gi;

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&nbsp;': ' '
};

/**
 * The text a reader can see or hear in a built HTML or SVG page, one block per line: the body
 * without scripts, styles and templates, plus the title, the share description and image alt
 * text (what a link preview or a screen reader says).
 */
export function visibleText(html: string): string[] {
	const said: string[] = [];
	const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
	if (title) said.push(title);
	for (const m of html.matchAll(
		/<meta[^>]+(?:name|property)="(?:description|og:description|og:title|twitter:description|og:image:alt|twitter:image:alt)"[^>]*content="([^"]*)"/g
	))
		said.push(m[1]);
	for (const m of html.matchAll(/\b(?:alt|aria-label)="([^"]*)"/g)) said.push(m[1]);
	const body = (html.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1] ?? html)
		.replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(BLOCK, '\n')
		.replace(/<[^>]+>/g, '');
	said.push(...body.split('\n'));
	return said
		.map((line) =>
			line
				.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e])
				.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
				.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter(Boolean);
}

/** Each number on a page that is neither allowed nor a date or name, with its sentence. */
export function orphans(
	lines: string[],
	allowed: Map<string, string>
): { number: string; sentence: string }[] {
	const found: { number: string; sentence: string }[] = [];
	for (const line of lines)
		for (const number of numbersIn(line))
			if (!allowed.has(number)) found.push({ number, sentence: line });
	return found;
}
