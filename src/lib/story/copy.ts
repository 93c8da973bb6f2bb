/**
 * The story's words: site metadata, each section's heading and share summary, and the text of
 * every scroll step. Every figure in a sentence comes from the data module through `figure`,
 * `at` or `on`; the `copy` tag refuses text with a digit typed into it, so a statistic cannot be
 * written here by hand. Figures only a seed document gives are quoted claims with an attribution
 * (`CLAIMS`), and quotations carry their speaker and publication (`QUOTES`).
 */
import { type ChartState } from '$lib/charts/ids';
import { SECTION_STEPS, type SectionSlug } from './outline';
import {
	assaultRate,
	assaultsOnStaff,
	assaultsOnStaffRolling,
	deaths,
	deathsRolling,
	experience10Plus,
	experienceUnder3,
	officers,
	officersLow2016,
	population,
	selfHarm,
	selfInflictedDeaths,
	timeline,
	valueIn
} from '$lib/data';
import type { Observation, Series, TimelineEvent } from '$lib/data/types';
import { formatCount, formatDecimal, formatPercent } from '$lib/format';
import { perDay } from '$lib/data/derive';
import { SITE_NAME } from '$lib/site';
import { copy, TERMS } from '$lib/sentence';

export { copy, TERMS } from '$lib/sentence';

/** An observation of `series` in `year` that holds a value; throws on a gap or a missing year. */
function observed(series: Series, year: number): Observation & { value: number } {
	const found = series.observations.find((o) => o.year === year);
	const value = valueIn(series, year);
	if (!found || value === null) throw new Error(`copy: ${series.id} has no value for ${year}`);
	return { ...found, value };
}

/** The observation of `series` at an ISO date, e.g. `2016-10-31`; throws when absent. */
function observedOn(series: Series, date: string): Observation & { value: number } {
	const found = series.observations.find((o) => o.date === date);
	if (!found || found.value === null) throw new Error(`copy: ${series.id} has no value on ${date}`);
	return { ...found, value: found.value };
}

/** How a series' period in `year` reads, even where that year is a published gap. */
function periodOf(series: Series, year: number): string {
	const found = series.observations.find((o) => o.year === year);
	if (!found) throw new Error(`copy: ${series.id} has no period in ${year}`);
	return found.label;
}

/** A calendar year as the story prints it, read from a calendar-year series: `2016`. */
export function yearLabel(year: number): string {
	return periodOf(assaultsOnStaff, year);
}

/** A series' value in a year, formatted with thousands separators: `24,830`. */
export function figure(series: Series, year: number): string {
	return formatCount(observed(series, year).value);
}

/** How the period of a series' observation in `year` reads: `31 Mar 2010`, `2016`. */
export function at(series: Series, year: number): string {
	return observed(series, year).label;
}

/** A percentage series' value in a year: `13%`. */
function share(series: Series, year: number): string {
	return formatPercent(observed(series, year).value);
}

/** The timeline event with this id; throws when the data module has no such event. */
export function event(id: string): TimelineEvent {
	const found = timeline.events.find((e) => e.id === id);
	if (!found) throw new Error(`copy: the timeline has no event "${id}"`);
	return found;
}

/** A headline as a sentence fragment: `Up to 10,000…` → `up to 10,000…`; acronyms stay. */
export function lower(title: string): string {
	return /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

/** The date of a timeline event as it reads: `15 Nov 2016` or `May 2016`. */
export function on(id: string): string {
	return event(id).label;
}

/** The change from one year's value to another's, as a whole percentage: `140%`. */
function rise(series: Series, from: number, to: number): string {
	const a = observed(series, from).value;
	const b = observed(series, to).value;
	return formatPercent((Math.abs(b - a) / a) * 100);
}

/** Average per day over a calendar year: `19`. */
export function daily(series: Series, year: number): string {
	// One decimal, as the chart's own annotation gives it, so card and chart agree.
	return formatDecimal(perDay(observed(series, year).value, year), 1);
}

/** Prisoners (30 June) per band 3–5 officer (31 March) in a year, to one decimal place: `4.6`. */
function perOfficer(year: number): string {
	return formatDecimal(observed(population, year).value / observed(officers, year).value, 1);
}

/** The difference between two values, formatted: `6,579`. */
function gap(a: number, b: number): string {
	return formatCount(Math.abs(a - b));
}

/** A quotation: short, exact, attributed, with where it was published. */
export interface Quote {
	/** The words as published, without quotation marks. */
	text: string;
	/** Who said or wrote it, as the story names them. */
	speaker: string;
	/** Where it was published, and when. */
	publication: string;
	/** Seed document it was read in (`/work/shared/seeds`), for the record. */
	seed: string;
}

/** Quotations the story uses, each from a seed document. */
export const QUOTES = {
	fairhurstSupport: {
		text: 'forcing staff out of the service',
		speaker: 'Mark Fairhurst, national chair of the POA',
		publication: 'The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	},
	fairhurstSack: {
		text: 'Yet all they want to do is sack us.',
		speaker: 'Mark Fairhurst, national chair of the POA',
		publication: 'The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	},
	poaLiverpool: {
		text: 'Prison Officers now fear they will lose their jobs if they use force',
		speaker: 'the POA',
		publication: 'statement reported on 21 Feb 2019',
		seed: '001_58ed7ec7866e1fcc.txt'
	},
	mojIrresponsible: {
		text: 'It is irresponsible for the POA to encourage its members to take this unlawful action, which puts the safety of staff and prisoners at risk.',
		speaker: 'a Prison Service spokesperson',
		publication: 'The Independent and a local report, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt; 001_58ed7ec7866e1fcc.txt'
	},
	mojPreEmptive: {
		text: 'Prison officers have the right to use proportionate pre-emptive force',
		speaker: 'a Prison Service spokesperson',
		publication: 'The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	},
	inspectorLiverpool: {
		text: 'worst they had ever seen',
		speaker: 'HM Inspectorate of Prisons, on HMP Liverpool',
		publication: 'as reported by The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	},
	clarkeAbject: {
		text: 'abject failure',
		speaker: 'Peter Clarke, HM Chief Inspector of Prisons, on HMP Liverpool',
		publication: 'as reported by The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	},
	poaImminent: {
		text: 'significant and imminent threat to their health and safety',
		speaker: 'the POA, on the unofficial action at HMP Swinfen Hall, June 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	poaMeltdown: {
		text: 'meltdown',
		speaker: 'the POA',
		publication: 'briefing report, early 2017; news report, Feb 2017',
		seed: '002_e25cb0c38cf9ae76.txt; 003_7c53e4659efd380c.txt'
	},
	inspectorDangerous: {
		text: 'unacceptably violent and dangerous places',
		speaker: 'HM Chief Inspector of Prisons, autumn 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	poaShortages: {
		text: 'chronic staff shortages and impoverished regimes',
		speaker: 'the POA, 15 Nov 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	govControl: {
		text: 'seeking to take over the control of jails from governors',
		speaker: 'the government’s lawyers, in the High Court, 15 Nov 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	mojGoodOffer: {
		text: 'We made a good offer to the Prison Officers Association in December',
		speaker: 'a Ministry of Justice spokesman',
		publication: 'news report, Feb 2017',
		seed: '003_7c53e4659efd380c.txt'
	},
	mojUnlawful: {
		text: 'Industrial action by prison officers is unlawful.',
		speaker: 'a Ministry of Justice spokesman',
		publication: 'news report, Feb 2017',
		seed: '003_7c53e4659efd380c.txt'
	},
	poaPlaster: {
		text: 'placing a plaster over a gaping wound',
		speaker: 'the POA, on the pay rises of Feb 2017',
		publication: 'news report, Feb 2017',
		seed: '003_7c53e4659efd380c.txt'
	},
	poaCracks: {
		text: 'papering over the cracks',
		speaker: 'the POA, on the pay rises of Feb 2017',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	mojExperience: {
		text: 'We are working hard to retain the invaluable experience within our workforce',
		speaker: 'a Ministry of Justice spokesman',
		publication: 'news report, Feb 2017',
		seed: '003_7c53e4659efd380c.txt'
	},
	poaSavage: {
		text: 'savage funding cuts',
		speaker: 'the POA, autumn 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	poaSurge: {
		text: 'unprecedented levels of suicide and acts of self-harm',
		speaker: 'the POA, autumn 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	trussUnacceptable: {
		text: 'unacceptable',
		speaker: 'Elizabeth Truss, Justice Secretary, on the level of violence, autumn 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	mojWelcomed: {
		text: 'unlawful industrial action',
		speaker: 'the Ministry of Justice, welcoming the injunction of 15 Nov 2016',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	poaDivisive: {
		text: 'divisive and destructive',
		speaker: 'the POA, on the pay rises of Feb 2017',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	},
	clarkeFeatherstone: {
		text: 'clear evidence of poor industrial relations, staff shortages and some significant prisoner unrest',
		speaker: 'Peter Clarke, HM Chief Inspector of Prisons, on HMP Featherstone',
		publication: 'news report, Feb 2017',
		seed: '003_7c53e4659efd380c.txt'
	},
	mojInjunction: {
		text: 'We are urgently seeking an injunction from the courts',
		speaker: 'a Prison Service spokesperson',
		publication: 'The Independent and a local report, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt; 001_58ed7ec7866e1fcc.txt'
	},
	poaDrugsDebt: {
		text: 'unprecedented levels of drugs and debt within the prison population',
		speaker: 'the POA, on HMP Liverpool',
		publication: 'local report, 21 Feb 2019',
		seed: '001_58ed7ec7866e1fcc.txt'
	},
	independentStewart: {
		text: 'Prisons minister Rory Stewart admits government shouldn’t have cut officer numbers',
		speaker: 'The Independent, a headline on its report of the HMP Liverpool walkout',
		publication: 'The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	},
	fairhurstAssurances: {
		text: 'if they deliver a pre-emptive strike on a prisoner and it is reasonable and proportionate they will be supported and not disciplined',
		speaker: 'Mark Fairhurst, national chair of the POA',
		publication: 'The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	}
} as const satisfies Record<string, Quote>;

/** A figure that only a seed document gives: a claim, always printed with who made it. */
export interface Claim {
	/** The figure as its source gives it, e.g. `27 a day`. */
	figure: string;
	/** Who makes the claim, as the sentence using it names them. */
	by: string;
	/** Where it was published, and when. */
	publication: string;
	/** Seed document (or reference timeline row) it was read in. */
	seed: string;
}

/** Figures the data module does not carry, kept apart so each stays attributed. */
export const CLAIMS = {
	assaultsPerDay2019: {
		figure: '27 a day',
		by: 'Mark Fairhurst of the POA',
		publication: 'The Independent, 21 Feb 2019',
		seed: '000_ea17ee1e7a8b3bb7.txt'
	},
	liverpoolService: {
		figure: '26 years',
		by: 'the report of the walkout',
		publication: 'local report, 21 Feb 2019',
		seed: '001_58ed7ec7866e1fcc.txt'
	},
	startingSalary: {
		figure: '£20,500',
		by: 'the briefing',
		publication: 'briefing report, early 2017',
		seed: '002_e25cb0c38cf9ae76.txt'
	}
} as const satisfies Record<string, Claim>;

/** The Ministry's recruitment baseline (31 Oct 2016): named as the baseline wherever it is used. */
const baseline = observedOn(officersLow2016, '2016-10-31');
/** The lowest count the story shows (the chart marks it): the one "low" of the story. */
const low = officersLow2016.observations.reduce<Observation & { value: number }>(
	(a, b) => (b.value !== null && b.value < a.value ? { ...b, value: b.value } : a),
	baseline
);
const rolling = observedOn(assaultsOnStaffRolling, '2019-06-30');
const deathsLatest = deathsRolling.observations.filter((o) => o.value !== null).at(-1)!;

export const SITE = {
	name: SITE_NAME,
	title: 'Holding the Line: staff cuts, violence and protest in the prisons of England and Wales',
	description: copy`From ${at(officers, 2010)} to ${low.label}, officers in the public-sector prisons of England and Wales fell from ${figure(officers, 2010)} to ${formatCount(low.value)}. Violence, self-harm and deaths rose; officers barred from striking walked out.`,
	byline: 'By the Holding the Line team',
	/** What the downloads are, for search engines' dataset listings and the data package. */
	dataset:
		'The figures behind every chart in Holding the Line, one CSV file per series, each row with its publisher, publication, table, link and licence, and a dated timeline of the prison officers’ protests, walkouts and injunctions.'
} as const;

export interface SectionCopy {
	/** The section heading, and the share page's title. */
	title: string;
	/** A short label above the heading. */
	kicker?: string;
	/** One or two sentences with the section's key figure: share description and link preview. */
	summary: string;
}

export const SECTION_COPY: Record<SectionSlug, SectionCopy> = {
	walkout: {
		title: 'The walkout',
		kicker: 'Liverpool, February 2019',
		summary: copy`On ${on('liverpool-walkout-2019-02-21')}, officers at HMP Liverpool refused to go in after a colleague was sacked, though the law bars them from striking. How did it come to this?`
	},
	'no-right-to-strike': {
		title: 'No right to strike',
		kicker: 'The law',
		summary: copy`Under the ${TERMS.act}, it is unlawful to induce a prison officer to take industrial action. The government’s answer to protest is the injunction.`
	},
	'the-cuts': {
		title: 'Fewer officers, as many prisoners',
		kicker: 'The cuts',
		summary: copy`Front-line officers in the public-sector prisons of England and Wales fell from ${figure(officers, 2010)} at ${at(officers, 2010)} to ${formatCount(low.value)} at ${low.label}, while the number of prisoners barely changed.`
	},
	violence: {
		title: 'Violence',
		kicker: 'Assaults on staff',
		summary: copy`Recorded assaults on prison staff rose from ${figure(assaultsOnStaff, 2010)} in ${at(assaultsOnStaff, 2010)} to ${figure(assaultsOnStaff, 2018)} in ${at(assaultsOnStaff, 2018)}: ${daily(assaultsOnStaff, 2018)} a day.`
	},
	harm: {
		title: 'Self-harm and deaths',
		kicker: 'Harm',
		summary: copy`Self-harm incidents in prison rose from ${figure(selfHarm, 2010)} in ${at(selfHarm, 2010)} to ${figure(selfHarm, 2019)} in ${at(selfHarm, 2019)}; ${figure(selfInflictedDeaths, 2016)} prisoners took their own lives in ${at(selfInflictedDeaths, 2016)}.`
	},
	'walkouts-2016': {
		title: 'The walkouts of 2016',
		kicker: 'Protest',
		summary: copy`In ${yearLabel(2016)}, officers at several prisons refused to work or walked out. ${on('protest-2016-11-15')}: ${lower(event('protest-2016-11-15').title)}, until a court orders them back the same day.`
	},
	'pay-and-the-courts': {
		title: 'Pay, and the courts',
		kicker: 'The dispute',
		summary: copy`Officers rejected a pay and pensions deal on ${on('deal-rejected-2016-12-22')}. On ${on('permanent-injunction-2017-07-19')} the High Court barred the POA for good from calling industrial action.`
	},
	recruitment: {
		title: 'Recruits, not veterans',
		kicker: 'Recruitment',
		summary: copy`Officer numbers were back to ${figure(officers, 2019)} by ${at(officers, 2019)}, but ${share(experienceUnder3, 2019)} had under three years’ service, against ${share(experienceUnder3, 2010)} in ${at(experienceUnder3, 2010)}.`
	},
	'protest-2018': {
		title: 'Another year of crisis',
		kicker: 'Protest, 2018',
		summary: copy`In ${at(assaultsOnStaff, 2018)} the state took HMP Birmingham back from ${TERMS.g4s}, and a national protest on ${on('protest-2018-09-14')} ended within hours after an agreement with the prisons minister.`
	},
	'liverpool-2019': {
		title: 'Back to Liverpool',
		kicker: 'February 2019',
		summary: copy`At HMP Liverpool on ${on('liverpool-walkout-2019-02-21')}, the POA said staff were being assaulted ${CLAIMS.assaultsPerDay2019.figure} nationally. The Ministry called the walkout unlawful and went to court.`
	},
	'what-changed': {
		title: 'What changed',
		kicker: 'Side by side',
		summary: copy`Between ${at(assaultsOnStaff, 2010)} and ${at(assaultsOnStaff, 2018)}, recorded assaults on prison staff rose from ${figure(assaultsOnStaff, 2010)} to ${figure(assaultsOnStaff, 2018)}; self-inflicted deaths went from ${figure(selfInflictedDeaths, 2010)} to ${figure(selfInflictedDeaths, 2019)} by ${at(selfInflictedDeaths, 2019)}.`
	},
	'what-happened-next': {
		title: 'What happened next',
		kicker: 'Since 2019',
		summary: copy`Officers recovered in number but not in experience: by ${at(experience10Plus, 2025)} only ${share(experience10Plus, 2025)} had ten years’ service. Assaults on staff and self-harm hit new highs in ${yearLabel(2024)}.`
	},
	sources: {
		title: 'Sources and methods',
		kicker: 'About the data',
		summary:
			'Every figure in Holding the Line, with its publisher, table, link and period; the revisions used; the numbers to download; corrections and how to cite.'
	}
};

/** The text on each scroll-step card, keyed by the chart state the step shows. */
export const STEP_COPY: Record<ChartState, string> = {
	'officers-2010': copy`At ${at(officers, 2010)}, the public prisons of England and Wales had ${figure(officers, 2010)} ${TERMS.grades} officers, counted as full-time equivalents: the staff who unlock cells, run wings and escort prisoners.`,
	'officers-2014': copy`By ${at(officers, 2014)} there were ${figure(officers, 2014)}: ${gap(observed(officers, 2010).value, observed(officers, 2014).value)} fewer, a fall of ${rise(officers, 2010, 2014)}.`,
	'officers-low-2016': copy`The fall went on. At ${baseline.label} the count stood at ${formatCount(baseline.value)}, the baseline the Ministry of Justice later measured its recruitment against; at ${low.label} it was ${formatCount(low.value)}, the lowest figure shown here.`,
	'prisoners-per-officer': copy`The prisons did not empty. There were ${figure(population, 2010)} prisoners at ${at(population, 2010)} and ${figure(population, 2016)} at ${at(population, 2016)}: ${perOfficer(2016)} for every officer, up from ${perOfficer(2010)}.`,
	'staff-2010': copy`In ${at(assaultsOnStaff, 2010)}, prisons in England and Wales recorded ${figure(assaultsOnStaff, 2010)} assaults on staff, about ${daily(assaultsOnStaff, 2010)} a day.`,
	'staff-2016': copy`By ${at(assaultsOnStaff, 2016)} the count was ${figure(assaultsOnStaff, 2016)}, up ${rise(assaultsOnStaff, 2010, 2016)} on ${at(assaultsOnStaff, 2010)}.`,
	'staff-per-day': copy`That is ${daily(assaultsOnStaff, 2016)} assaults on staff every day of ${at(assaultsOnStaff, 2016)}.`,
	'assault-rate': copy`Prisoners were attacked too. Counting every recorded assault, there were ${figure(assaultRate, 2012)} ${assaultRate.unit} in ${at(assaultRate, 2012)} and ${figure(assaultRate, 2018)} in ${at(assaultRate, 2018)}. In ${at(assaultRate, 2019)}, the year the definition of a recorded assault changed, the rate was ${figure(assaultRate, 2019)}.`,
	'staff-2018': copy`In ${at(assaultsOnStaff, 2018)}: ${figure(assaultsOnStaff, 2018)} assaults on staff, ${daily(assaultsOnStaff, 2018)} a day. As first published, the ${rolling.label} gave ${formatCount(rolling.value)}; the count for calendar ${periodOf(assaultsOnStaff, 2019)} comes only from a later, revised series that runs lower, so it is not comparable.`,
	'self-harm': copy`Prisoners harmed themselves ${figure(selfHarm, 2010)} times in ${at(selfHarm, 2010)}, ${figure(selfHarm, 2016)} times in ${at(selfHarm, 2016)} and ${figure(selfHarm, 2019)} times in ${at(selfHarm, 2019)}.`,
	'self-inflicted-deaths': copy`In ${at(selfInflictedDeaths, 2016)}, ${figure(selfInflictedDeaths, 2016)} prisoners took their own lives, more than in any other year of the decade and up from ${figure(selfInflictedDeaths, 2010)} in ${at(selfInflictedDeaths, 2010)}.`,
	'deaths-total': copy`Counting every cause, ${figure(deaths, 2016)} people died in prison custody in ${at(deaths, 2016)}, against ${figure(deaths, 2010)} in ${at(deaths, 2010)}.`,
	'may-2016': copy`${on('wormwood-scrubs-2016-05-06')}: officers at Wormwood Scrubs refuse to go in, fearing for their safety. Also in ${on('mount-holme-house-2016-05')}, staff at The Mount refuse their duties and officers at Holme House withdraw in protest at changes to the regime; in ${on('swinfen-hall-2016-06')}, officers on two wings at Swinfen Hall take unofficial action. On ${on('national-meetings-2016-07-08')}, officers meet outside prisons nationwide, protesting that they were not consulted on reforms.`,
	'autumn-2016': copy`${on('pentonville-killing-2016-10-18')}: a prisoner, Jamal Mahmoud, is stabbed to death at Pentonville. ${on('bedford-riot-2016-11-06')}: prisoners take over wings at Bedford for hours.`,
	'protest-2016-11-15': copy`${on('protest-2016-11-15')}: ${lower(event('protest-2016-11-15').title)}, in a POA protest over health and safety. That afternoon the High Court grants the government an injunction ordering them back.`,
	'birmingham-riot': copy`${on('birmingham-riot-2016-12-16')}: hundreds of prisoners take over wings at HMP Birmingham, run by ${TERMS.g4s}, in a riot that lasts most of the day.`,
	'deal-rejected': copy`${on('deal-rejected-2016-12-22')}: ${event('deal-rejected-2016-12-22').detail} Their own leaders had backed the deal.`,
	'pay-rise-2017': copy`${on('pay-rise-2017-02-19')}: ${event('pay-rise-2017-02-19').detail}`,
	'action-2017': copy`${on('action-2017-02-22')}: the POA’s executive agrees that members will withdraw from voluntary duties at the start of March, with bans on paid extra duties to follow. The Ministry replies: “${QUOTES.mojUnlawful.text}”`,
	'injunctions-2017': copy`${on('interim-injunction-2017-02-28')}, the day before the withdrawal was due to begin: the High Court grants the Ministry an interim injunction. On ${on('permanent-injunction-2017-07-19')} it makes it permanent: the POA may not induce officers to take industrial action.`,
	'recruitment-target': copy`${on('recruitment-14m-2016-10-04')}: the government promises ${lower(event('recruitment-14m-2016-10-04').title)}, then a national target. ${on('target-met-2018-04-22')}: ${lower(event('target-met-2018-04-22').title)}, the Ministry says.`,
	'officers-2019': copy`By ${at(officers, 2019)} there were ${figure(officers, 2019)} officers: ${gap(observed(officers, 2019).value, low.value)} more than at the low of ${low.label}, still ${gap(observed(officers, 2010).value, observed(officers, 2019).value)} fewer than at ${at(officers, 2010)}.`,
	'experience-2010': copy`In ${at(experienceUnder3, 2010)}, ${share(experienceUnder3, 2010)} of officers had less than three years’ service and ${share(experience10Plus, 2010)} had ten years or more.`,
	'experience-2019': copy`By ${at(experienceUnder3, 2019)}, ${share(experienceUnder3, 2019)} had less than three years’ service; ${share(experience10Plus, 2019)} had ten or more. Many wings were run by officers still learning the job.`,
	'birmingham-takeover': copy`${on('birmingham-takeover-2018-08-20')}: after an urgent warning from the inspectorate, the Ministry takes HMP Birmingham back from ${TERMS.g4s}. On ${on('ten-prisons-project-2018-08-17')} the prisons minister, Rory Stewart, had launched the ${TERMS.tenPrisons}.`,
	'protest-2018-09-14': copy`${on('protest-2018-09-14')}: officers protest outside prisons across England and Wales over violence. By early afternoon the POA calls it off after an agreement with the prisons minister, Rory Stewart, and the Ministry drops its threat of an injunction.`,
	lindholme: copy`${on('lindholme-injunction-2018-10-12')}: after an officer is assaulted at HMP Lindholme, officers lock the prison down. The Ministry goes back to court and wins an interim injunction against the POA.`,
	'liverpool-walkout': copy`${on('liverpool-walkout-2019-02-21')}: ${lower(event('liverpool-walkout-2019-02-21').detail)}`,
	scorecard: copy`From ${at(officers, 2010)} to ${at(officers, 2019)}, ${TERMS.grades} officers went from ${figure(officers, 2010)} to ${figure(officers, 2019)}. Assaults on staff rose from ${figure(assaultsOnStaff, 2010)} (${at(assaultsOnStaff, 2010)}) to ${figure(assaultsOnStaff, 2018)} (${at(assaultsOnStaff, 2018)}); self-harm from ${figure(selfHarm, 2010)} to ${figure(selfHarm, 2019)}.`,
	'officers-2025': copy`After ${at(officers, 2019)} the count of officers kept rising, to ${figure(officers, 2024)} by ${at(officers, 2024)}, helped by pay awards and by the Prisons Strategy of ${on('prisons-strategy-2021-12-07')}, with ${lower(event('prisons-strategy-2021-12-07').title)}. By ${at(officers, 2025)} it had slipped back to ${figure(officers, 2025)}, still ${rise(officers, 2010, 2025)} below ${at(officers, 2010)}.`,
	'experience-2025': copy`Experience drained away. In ${at(experience10Plus, 2010)}, ${share(experience10Plus, 2010)} of officers had ten years’ service or more; by ${at(experience10Plus, 2025)} it was ${share(experience10Plus, 2025)}, and ${share(experienceUnder3, 2025)} had less than three.`,
	'staff-assaults-2024': copy`Under the ${TERMS.covid} lockdowns, with most prisoners in their cells, recorded assaults on staff fell to ${figure(assaultsOnStaff, 2020)} in ${at(assaultsOnStaff, 2020)}. Then they climbed, to ${figure(assaultsOnStaff, 2024)} in ${at(assaultsOnStaff, 2024)}. From ${at(assaultsOnStaff, 2019)} the Ministry’s figures come from a revised series that runs lower than those first published for earlier years, so the chart draws a break, not one line.`,
	'self-harm-2024': copy`Self-harm rose to ${figure(selfHarm, 2024)} incidents in ${at(selfHarm, 2024)}, more than in any earlier year, from ${figure(selfHarm, 2019)} in ${at(selfHarm, 2019)}. A small change to what counts as self-harm, made in ${yearLabel(2020)} and applied back to ${at(selfHarm, 2019)}, is marked on the chart.`,
	'deaths-2024': copy`In ${at(deaths, 2021)}, ${figure(deaths, 2021)} people died in prison custody, ${TERMS.covid} deaths among them; in ${at(deaths, 2024)}, ${figure(deaths, 2024)}, ${figure(selfInflictedDeaths, 2024)} of them self-inflicted. In the ${deathsLatest.label} the total reached ${formatCount(deathsLatest.value)}, the most in any such period since records began, the Ministry’s release said.`,
	'timeline-since-2019': copy`${on('poa-fined-2019-12-19')}: ${lower(event('poa-fined-2019-12-19').title)}; prisons lock down on ${on('covid-lockdown-2020-03-24')}. With the jails nearly full, early release is announced on ${on('ecsl-2023-10-16')} and widened on ${on('sds40-2024-07-12')}. In ${on('right-to-strike-2024-12')} the POA reports that the government will not restore its members’ right to strike.`
};

/** The card text for a scroll step. */
export function stepText(state: ChartState): string {
	return STEP_COPY[state];
}

/** Every step state the story uses, in order (for tests and the no-JS reader). */
export const STORY_STATES: ChartState[] = Object.values(SECTION_STEPS).flatMap((refs) =>
	refs.map((ref) => ref.state)
);
