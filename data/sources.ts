/**
 * Provenance for every raw file: the registry of publications (SOURCES) and one definition per
 * raw CSV (SERIES_DEFINITIONS). data/build.ts checks every row against these; the generated
 * module carries them to every caption. Numbers live only in data/raw, never here.
 */
import type { PeriodKind, Source } from '../src/lib/data/types';
import type { VintageSpec } from './vintage';

/** When the reference these sources were read from was compiled (reference/README.md). */
const RETRIEVED = '2026-11-01';

/** Said of a source whose address the reference recorded over plain http. */
const HTTPS_NOTE = 'The reference recorded this address over http; it is listed here over https.';

const PRT_REPO = 'https://github.com/Prison-Reform-Trust/bromley_briefings/blob';
const PRT = 'Prison Reform Trust, Bromley Briefings data';
const PARLIAMENT_LORDS = 'UK Parliament (House of Lords written answer by the Ministry of Justice)';
const VIA_PARALLEL = 'Read via Parallel Parliament, which reproduces the answer.';

type SourceFields = Omit<Source, 'retrieved' | 'notes'> & { notes?: string; retrieved?: string };

function source(fields: SourceFields): Source {
	return { retrieved: RETRIEVED, notes: '', ...fields };
}

/** Every publication a raw row or timeline event cites, by id. */
export const SOURCES: Source[] = [
	// Prison Reform Trust's processed CSVs (the processing is PRT's; the statistics are MoJ's).
	source({
		id: 'prt-workforce-staff',
		publisher: `${PRT} (processed from MoJ HMPPS workforce statistics and Offender Management Statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 306e778',
		table: 'data/processed/state_of_our_prisons/workforce_staff.csv',
		url: `${PRT_REPO}/306e77872c35eadfac2780edfbe49ec1fbca29e1/data/processed/state_of_our_prisons/workforce_staff.csv`,
		period: 'Band 3–5 officers at 31 March and prison population at 30 June, 2010 to 2025',
		notes:
			'PRT processes these from MoJ publications; it is not an official statistics release. Its June population figures match the Institute for Government’s.'
	}),
	source({
		id: 'prt-population-projections',
		publisher: `${PRT} (processed from MoJ Offender Management Statistics and population projections)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 209209e',
		table: 'data/processed/sentencing/prison_population_inc_projections.csv',
		url: `${PRT_REPO}/209209e1e1b0884cf865060687adcd2521acffdd/data/processed/sentencing/prison_population_inc_projections.csv`,
		period: 'Prison population at 30 June, 1990 to 2023, plus projections',
		notes:
			'A second PRT population series that differs from workforce_staff.csv in most years; quoted in the population notes, not charted.'
	}),
	source({
		id: 'prt-assaults',
		publisher: `${PRT} (processed from MoJ Safety in Custody statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 7375017',
		table: 'data/processed/state_of_our_prisons/assaults.csv (assault and serious-assault rates)',
		url: `${PRT_REPO}/7375017f669948805678ebbc0cd98aecb60d4844/data/processed/state_of_our_prisons/assaults.csv`,
		period: 'Calendar years 2012 to 2024',
		notes:
			'Rates per 1,000 prisoners only, no counts. PRT’s chart notes that the definition of recorded assaults changed in 2019.'
	}),
	source({
		id: 'prt-self-harm-2023',
		publisher: `${PRT} (processed from MoJ Safety in Custody statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 95b23d1',
		table: 'data/processed/safety/self_harm.csv',
		url: `${PRT_REPO}/95b23d13a5f0a40841b65fa5da525f00e8a233ad/data/processed/safety/self_harm.csv`,
		period: 'Calendar years to Dec 2023'
	}),
	source({
		id: 'prt-self-harm-2024',
		publisher: `${PRT} (processed from MoJ Safety in Custody statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 938748e (latest seen)',
		table: 'data/processed/state_of_our_prisons/self_harm.csv',
		url: `${PRT_REPO}/938748ecc51c5eaf15cdf1d52a5ec7075ff6de89/data/processed/state_of_our_prisons/self_harm.csv`,
		period: 'Calendar years 2013 to 2024',
		notes:
			'Uses the slightly changed self-harm definition MoJ adopted in 2020. Its 2013 value looks like a typo and is not used.'
	}),
	source({
		id: 'prt-workforce-experience',
		publisher: `${PRT} (processed from MoJ HMPPS workforce statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 887047e',
		table: 'data/processed/state_of_our_prisons/workforce_experience.csv',
		url: `${PRT_REPO}/887047e5c00077bf2e308fa97cb5c1668277cd2e/data/processed/state_of_our_prisons/workforce_experience.csv`,
		period: 'Yearly snapshots 2010 to 2024',
		notes:
			'Share of band 3–5 officers by length of service (under 3, 3 to 10, 10 or more years). The file labels each snapshot by year only.'
	}),
	// Parliamentary written answers: the Ministry of Justice's figures, published by Parliament.
	source({
		id: 'pq-hl10820',
		publisher: PARLIAMENT_LORDS,
		publication: 'Written question HL10820: Prisoners: Self-harm',
		table: 'Answer table: assaults on staff, self-harm incidents and self-inflicted deaths',
		url: 'https://www.parallelparliament.co.uk/question/HL10820/prisoners-self-harm',
		period: 'Calendar years 2010 to 2017',
		notes: `${VIA_PARALLEL} The answer labels one row “Assaults on prison officers”; its values are MoJ’s assaults-on-staff series. Its self-inflicted deaths include HMPPS-run immigration removal centres.`
	}),
	source({
		id: 'pq-hl892',
		publisher: PARLIAMENT_LORDS,
		publication: 'Written question HL892: Prisoners: Suicide (Lord Faulks, 28 Jul 2014)',
		table: 'Table 1: deaths in prison custody and rate per 1,000 prisoners',
		url: 'https://parallelparliament.co.uk/question/HL892/prisoners-suicide',
		period: 'Calendar years 2009 to 2013',
		notes: VIA_PARALLEL
	}),
	source({
		id: 'pq-hl891',
		publisher: PARLIAMENT_LORDS,
		publication: 'Written question HL891: Prisoners: Self-harm (Lord Faulks, 28 Jul 2014)',
		table: 'Table 1: individuals self-harming and rate per 1,000 prisoners',
		url: 'https://parallelparliament.co.uk/question/HL891/prisoners-self-harm',
		period: 'Calendar years 2009 to 2013',
		notes: `${VIA_PARALLEL} Uses the definition of 2014; MoJ later re-based the series.`
	}),
	source({
		id: 'pq-hl5359',
		publisher: PARLIAMENT_LORDS,
		publication: 'Written question HL5359: Prisoners: Suicide',
		table: 'Answer table: self-inflicted deaths by calendar year (latest revision)',
		url: 'https://parallelparliament.co.uk/question/HL5359/prisoners-suicide',
		period: 'Calendar years 2015 to 2024',
		notes: VIA_PARALLEL
	}),
	source({
		id: 'commons-justice-committee-hc625',
		publisher: 'UK Parliament (House of Commons Justice Committee)',
		publication: 'Prison safety, Sixth Report of Session 2015–16 (HC 625)',
		table: 'Chapter on violence and self-harm',
		url: 'https://publications.parliament.uk/pa/cm201516/cmselect/cmjust/625/62505.htm',
		period: 'To March 2016'
	}),
	// Ministry of Justice publications.
	source({
		id: 'moj-sic-2021-01-28',
		publisher: 'Ministry of Justice (GOV.UK)',
		publication:
			'Safety in Custody Statistics, England and Wales: deaths in prison custody to December 2020, assaults and self-harm to September 2020 (28 Jan 2021)',
		table: 'Summary: deaths in prison custody',
		url: 'https://www.gov.uk/government/publications/safety-in-custody-quarterly-update-to-september-2020/safety-in-custody-statistics-england-and-wales-deaths-in-prison-custody-to-december-2020-assaults-and-self-harm-to-september-2020',
		period: '12 months to Dec 2019 and Dec 2020'
	}),
	source({
		id: 'moj-sic-2017-10-26',
		publisher: 'Ministry of Justice (bulletin, read via a moam.info mirror)',
		publication: 'Safety in Custody Statistics Bulletin, England and Wales (26 Oct 2017)',
		table: 'Summary: assaults to June 2017',
		url: 'https://m.moam.info/safety-in-custody-statistics-bulletin-england-and-wales-govuk_647a69d6097c476f028d1cb8.html',
		period: '12 months to Jun 2017 (assaults); to Sep 2017 (deaths)'
	}),
	source({
		id: 'moj-press-2018-02-15',
		publisher: 'Ministry of Justice (press release, reproduced by skemnews.com)',
		publication: 'Government on track to hit target of 2,500 new prison officers (15 Feb 2018)',
		table: 'Text: net change in band 3–5 officers since October 2016',
		url: 'https://skemnews.com/news/government-on-track-to-hit-target-of-2500-new-prison-officers-ahead-of-schedule/',
		period: '31 Oct 2016 to 31 Dec 2017',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'moj-press-2018-04-22',
		publisher: 'Ministry of Justice (press release, reproduced by public-sector.co.uk)',
		publication:
			'Government hits target of 2,500 new prison officers 7 months ahead of schedule (22 Apr 2018)',
		table: 'Text',
		url: 'https://www.public-sector.co.uk/article/8f38556498f7bfc3e1a26a3249759e5c',
		period: '31 Oct 2016 to 31 Mar 2018'
	}),
	source({
		id: 'moj-press-2017-09-pay',
		publisher: 'Ministry of Justice (press release, reproduced by duncan-newell.co.uk)',
		publication: 'Pay boost for public sector prison staff (Sep 2017)',
		table: 'Text',
		url: 'https://duncan-newell.co.uk/2017/09/pay-boost-for-public-sector-prison-staff/',
		period: 'Sep 2017'
	}),
	source({
		id: 'govuk-speech-2018-07-24',
		publisher: 'Ministry of Justice (GOV.UK)',
		publication: 'Pay rise for prison officers 2018: statement by Rory Stewart (24 Jul 2018)',
		table: 'Text',
		url: 'https://www.gov.uk/government/speeches/pay-rise-for-prison-officers-2018-statement-by-rory-stewart',
		period: 'Jul 2018'
	}),
	source({
		id: 'govuk-hmpps-workforce-guide',
		publisher: 'Ministry of Justice (GOV.UK)',
		publication: 'HM Prison and Probation Service workforce statistics guide',
		table: 'Background',
		url: 'https://gov.uk/government/statistics/hm-prison-and-probation-service-workforce-quarterly-june-2023/workforce-statistics-guide',
		period: 'From 1 Apr 2017'
	}),
	// Court judgments.
	source({
		id: 'ewhc-2017-699',
		publisher: 'The National Archives (Find Case Law)',
		publication:
			"Ministry of Justice v Prison Officers' Association [2017] EWHC 699 (QB), Leggatt J",
		table: 'Judgment of 28 Feb 2017',
		url: 'https://caselaw.nationalarchives.gov.uk/ewhc/qb/2017/699',
		period: 'Feb 2017'
	}),
	source({
		id: 'ewhc-2017-1839',
		publisher: 'The National Archives (Find Case Law)',
		publication: "Ministry of Justice v Prison Officers' Association [2017] EWHC 1839 (QB), Jay J",
		table: 'Judgment of 19 Jul 2017',
		url: 'https://caselaw.nationalarchives.gov.uk/ewhc/qb/2017/1839',
		period: 'Feb to Jul 2017'
	}),
	source({
		id: 'injunctions-blog-2018-10',
		publisher: 'The Injunctions Blog',
		publication:
			'Secretary of State for Justice v POA [2018] EWHC 2897 (QB): court continues an interim injunction',
		table: 'Text',
		url: 'https://theinjunctionsblog.com/court-continues-an-interim-injunction-restraining-a-trade-union-from-inducing-or-instructing-prison-officers-to-take-industrial-action-at-a-prison/',
		period: 'Oct 2018',
		notes: HTTPS_NOTE
	}),
	// The Prison Officers' Association.
	source({
		id: 'poa-press-2016-05-06',
		publisher: "Prison Officers' Association",
		publication: 'Press release 124: Health and safety concerns at Wormwood Scrubs (6 May 2016)',
		table: 'Text',
		url: 'https://www.poauk.org.uk/index.php?press-releases&newsdetail=20160506-2_health-and-safety-concerns-at-wormwood-scrubs',
		period: '6 May 2016',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'poa-circular-120-2016',
		publisher: "Prison Officers' Association",
		publication: 'Circular 120/2016: Prison Reform Agreement 2016 (1 Dec 2016)',
		table: 'Text',
		url: 'https://www.poauk.org.uk/index.php?circulars&newsdetail=20161201-992_prison-reform-agreement-2016',
		period: 'Nov to Dec 2016',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'poa-news-98-2017',
		publisher: "Prison Officers' Association",
		publication: 'POA News 98: Permanent Injunction (31 Jul 2017)',
		table: 'Text',
		url: 'https://www.poauk.org.uk/index.php?poa-news&newsdetail=20170731-981_permanent-injunction',
		period: 'Jul 2017',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'poa-circular-124-2018',
		publisher: "Prison Officers' Association",
		publication: 'Circular 124/2018: Result – Workplace Ballot',
		table: 'Ballot result',
		url: 'https://www.poauk.org.uk/news-events/news-room/posts/2018/december/circ-124-result-workplace-ballot/',
		period: 'Count of 2 Nov 2018'
	}),
	source({
		id: 'poa-press-2019-02-21',
		publisher: "Prison Officers' Association",
		publication: 'Breaking news: HMP Liverpool return to work (21 Feb 2019)',
		table: 'Text',
		url: 'https://www.poauk.org.uk/index.php?breaking-news&newsdetail=20190221-118_hmp-liverpool-return-to-work',
		period: '21 Feb 2019'
	}),
	// Think tanks, charities and professional bodies.
	source({
		id: 'ifg-performance-tracker-2017-autumn',
		publisher: 'Institute for Government',
		publication: 'Performance Tracker Autumn 2017: Prisons',
		table: 'Text',
		url: 'https://www.instituteforgovernment.org.uk/publication/performance-tracker-autumn-2017/law-and-order/prisons',
		period: '2009/10 to 2017'
	}),
	source({
		id: 'fullfact-2013-08-23',
		publisher: 'Full Fact',
		publication: 'Are eight prison staff assaulted every day? (23 Aug 2013)',
		table: 'Text, citing MoJ Safety in Custody statistics',
		url: 'https://fullfact.org/crime/are-eight-prison-staff-assaulted-every-day/',
		period: '12 months to Mar 2013'
	}),
	source({
		id: 'basw-deaths',
		publisher: 'British Association of Social Workers',
		publication: 'Deaths in prison custody (summary of MoJ statistics, Jan 2017)',
		table: 'Table of deaths by year',
		url: 'https://basw.co.uk/articles/deaths-prison-custody',
		period: 'Calendar years to 2016'
	}),
	source({
		id: 'wrp-2016-01',
		publisher:
			'The News Line (Workers Revolutionary Party newspaper), reporting Howard League for Penal Reform figures',
		publication: '89 prison suicides in 2015 (Jan 2016)',
		table: 'Text, citing MoJ Safety in Custody statistics',
		url: 'https://wrp.org.uk/news/89-prison-suicides-in-2015',
		period: 'Calendar 2015'
	}),
	source({
		id: 'speak-up-for-justice-2015-01',
		publisher: 'Speak Up For Justice',
		publication: 'Rise in assaults and self-harm in prisons, new MoJ stats reveal (Jan 2015)',
		table: 'Text, citing MoJ Safety in Custody statistics to Dec 2014',
		url: 'https://speakupforjustice.org/rise-in-assaults-and-self-harm-in-prisons-new-moj-stats-reveal/',
		period: 'Calendar 2013 and 2014'
	}),
	source({
		id: 'prison-uk-blog-2014-08-27',
		publisher: 'Prison UK: An Insider’s View (blog)',
		publication: 'Prison violence: is it going up or down? (27 Aug 2014)',
		table: 'Text, citing MoJ Safety in Custody tables',
		url: 'https://prisonuk.blogspot.com/2014/08/prison-violence-is-it-going-up-or-down.html',
		period: 'Calendar 2012',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'russell-webster-staffing-2016',
		publisher: 'Russell Webster (blog)',
		publication: 'The number of prison officers keeps falling (Aug 2016)',
		table: 'Text, citing the NOMS workforce bulletin of 4 Aug 2016',
		url: 'https://www.russellwebster.com/latest-prisonprobation-staffing-news/',
		period: '30 Jun 2016'
	}),
	// News reports of MoJ releases (mostly Press Association copy).
	source({
		id: 'pa-belfast-telegraph-officers-2016',
		publisher: 'Belfast Telegraph (Press Association)',
		publication: '26% fall in numbers of prison officers in frontline roles (Nov 2016)',
		table: 'Text, citing NOMS workforce statistics',
		url: 'https://www.belfasttelegraph.co.uk/news/uk/26-fall-in-numbers-of-prison-officers-in-frontline-roles-35205068.html',
		period: '30 Sep 2016'
	}),
	source({
		id: 'pa-aol-2017-02-16',
		publisher: 'AOL (Press Association)',
		publication: '‘Urgent action needed’ as frontline prison officer numbers fall (16 Feb 2017)',
		table: 'Text, citing NOMS workforce statistics',
		url: 'https://www.aol.co.uk/2017/02/16/urgent-action-needed-as-frontline-prison-officer-numbers-fall/',
		period: '31 Dec 2016',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'pa-daily-mail-2017-08-17',
		publisher: 'Daily Mail (Press Association)',
		publication: 'Record number of prison officers recruited amid jails safety drive (17 Aug 2017)',
		table: 'Text, citing HMPPS workforce statistics',
		url: 'https://www.dailymail.co.uk/wires/pa/article-4799908/Record-number-prison-officers-recruited-amid-jails-safety-drive.html',
		period: '30 Jun 2017',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'pa-huffpost-2017',
		publisher: 'HuffPost UK (Press Association)',
		publication:
			'Prison officer recruitment drive just over half way towards staffing target (2017)',
		table: 'Text, citing HMPPS figures',
		url: 'https://huffingtonpost.co.uk/amp/entry/prison-officer-recruitment-drive-just-over-half-way-towards-staffing-target_n_18327164',
		period: '31 Aug 2017'
	}),
	source({
		id: 'pa-express-star-2018-04-22',
		publisher: 'Express & Star (Press Association)',
		publication: 'Prison officers recruitment drive reaches target early (22 Apr 2018)',
		table: 'Text, citing HMPPS workforce statistics',
		url: 'https://origin.expressandstar.mna.arcpublishing.com/news/uk-news/2018/04/22/prison-officers-recruitment-drive-reaches-target-early/',
		period: '31 Mar 2018',
		notes: `Source of the first-published March 2018 officer figure quoted in a note. ${HTTPS_NOTE}`
	}),
	source({
		id: 'pa-belfast-telegraph-2014-04',
		publisher: 'Belfast Telegraph (Press Association)',
		publication: 'Death in custody figures soaring (Apr 2014)',
		table: 'Text, citing MoJ Safety in Custody statistics to Mar 2014',
		url: 'https://www.belfasttelegraph.co.uk/news/uk/death-in-custody-figures-soaring-30474693.html',
		period: '12 months to Mar 2014'
	}),
	source({
		id: 'bbc-nzcity-2015-01',
		publisher: 'BBC News (reproduced by nzcity.co.nz)',
		publication: 'Serious assaults in prison at highest level for ten years (Jan 2015)',
		table: 'Text, citing MoJ Safety in Custody statistics to Sep 2014',
		url: 'https://news.nzcity.co.nz/news/getnews.asp?article=3144545',
		period: '12 months to Sep 2014',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'ukpol-slaughter-2016',
		publisher: 'UK Parliament written question by Andy Slaughter MP (reproduced by ukpol.co.uk)',
		publication: 'Written question on assaults on staff by prison (2016)',
		table: 'Question text, citing Safety in Custody summary statistics to Sep 2015',
		url: 'https://ukpol.co.uk/?p=162381',
		period: '12 months to Sep 2015'
	}),
	source({
		id: 'ekklesia-2016-07-29',
		publisher: 'Ekklesia (Howard League for Penal Reform release)',
		publication: 'Figures show prisons becoming more dangerous more quickly (29 Jul 2016)',
		table: 'Text, citing MoJ Safety in Custody statistics of 28 Jul 2016',
		url: 'https://www.ekklesia.co.uk/node/23306',
		period: '12 months to Mar 2016',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'bbc-supernewsupdate-2016-11-03',
		publisher: 'BBC News (reproduced by supernewsupdate.com)',
		publication: 'Truss: Extra 2,100 prison officers to be deployed (3 Nov 2016)',
		table: 'Text, citing MoJ Safety in Custody statistics to Jun 2016',
		url: 'https://supernewsupdate.com/truss-extra-2100-prison-officers-to-be-deployed/',
		period: '12 months to Jun 2016'
	}),
	source({
		id: 'drink-drugs-news-2017-01',
		publisher: 'Drink and Drugs News',
		publication: 'Deaths in prison hit record levels (Jan 2017)',
		table: 'Text, citing MoJ Safety in Custody statistics',
		url: 'https://www.drinkanddrugsnews.com/deaths-prison-hit-record-levels/',
		period: '12 months to Sep 2016'
	}),
	source({
		id: 'pa-daily-mail-2018-01-25',
		publisher: 'Daily Mail (Press Association)',
		publication: 'Assaults in prisons reach new record (25 Jan 2018)',
		table: 'Text, citing MoJ Safety in Custody statistics',
		url: 'https://www.dailymail.co.uk/wires/pa/article-5311505/Assaults-prisons-reach-new-record.html',
		period: 'Deaths to Dec 2017; assaults to Sep 2017',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'itv-pa-2018-04-26',
		publisher: 'ITV News (Press Association)',
		publication:
			'Assaults in prisons in England and Wales at record high with 23 attacks on staff every day (26 Apr 2018)',
		table: 'Text, citing MoJ Safety in Custody statistics to Dec 2017',
		url: 'https://www.itv.com/news/2018-04-26/assault-in-prisons-in-england-and-wales-at-record-high-with-twenty-three-attacks-on-staff-every-day',
		period: '12 months to Dec 2017'
	}),
	source({
		id: 'pa-daily-mail-2018-10-25',
		publisher: 'Daily Mail (Press Association)',
		publication: 'Scale of prison crisis exposed (25 Oct 2018)',
		table: 'Text, citing MoJ Safety in Custody statistics to Jun 2018',
		url: 'https://www.dailymail.co.uk/news/article-6315433/Violence-prisons-hits-new-record-high.html',
		period: '12 months to Jun 2018'
	}),
	source({
		id: 'bbc-2019-01-31',
		publisher: 'BBC News',
		publication: 'Prison assaults in England and Wales at record high (31 Jan 2019)',
		table: 'Text, citing MoJ Safety in Custody statistics',
		url: 'https://www.bbc.co.uk/news/uk-47070713',
		period: 'Deaths to Dec 2018; assaults to Sep 2018'
	}),
	source({
		id: 'pa-belfast-telegraph-2019-04-25',
		publisher: 'Belfast Telegraph (Press Association)',
		publication: 'Attacks on prison staff rise 21% in a year (25 Apr 2019)',
		table: 'Text, citing MoJ Safety in Custody statistics to Dec 2018',
		url: 'https://www.belfasttelegraph.co.uk/news/uk/attacks-on-prison-staff-rise-21-in-a-year-38049513.html',
		period: '12 months to Dec 2018'
	}),
	source({
		id: 'converse-2019-07',
		publisher: 'Converse Prison News',
		publication: 'New Safer Custody figures (MoJ Safety in Custody bulletin, Jul 2019)',
		table: 'Text, citing MoJ Safety in Custody statistics to Mar 2019',
		url: 'https://converseprisonnews.com/sicqb072019/',
		period: '12 months to Mar 2019'
	}),
	source({
		id: 'professional-security-2019-10',
		publisher: 'Professional Security',
		publication: 'Prison assaults still on rise (Oct 2019)',
		table: 'Text, citing MoJ Safety in Custody statistics to Jun 2019',
		url: 'https://www.professionalsecurity.co.uk/news/government/prison-assaults-still-on-rise/',
		period: '12 months to Jun 2019'
	}),
	source({
		id: 'pa-aol-2020-04-30',
		publisher: 'AOL (Press Association)',
		publication: 'Self-harm incidents in prisons jump to record high (30 Apr 2020)',
		table: 'Text, citing MoJ Safety in Custody statistics to Dec 2019',
		url: 'https://www.aol.co.uk/2020/04/30/self-harm-incidents-in-prisons-jump-to-record-high/',
		period: 'Calendar 2009 to 2019'
	}),
	source({
		id: 'guardian-2020-04-30',
		publisher: 'The Guardian',
		publication: 'Self-harming in England’s prisons up 14%, hitting record high (30 Apr 2020)',
		table: 'Text, citing MoJ Safety in Custody statistics to Dec 2019',
		url: 'https://www.theguardian.com/society/2020/apr/30/self-harming-in-englands-prisons-up-14-hitting-record-high',
		period: 'Calendar 2019'
	}),
	source({
		id: 'sw-londoner-2020-08-13',
		publisher: 'SW Londoner',
		publication: 'Assaults on prison staff at second highest in a decade (13 Aug 2020)',
		table: 'Text, citing MoJ Safety in Custody statistics of 30 Jul 2020',
		url: 'https://www.swlondoner.co.uk/news/13082020-assaults-on-prison-staff-at-second-highest-in-a-decade/',
		period: '12 months to Mar 2020'
	}),
	source({
		id: 'guardian-prisonabolition-2015-01',
		publisher: 'The Guardian (reproduced by prisonabolition.org)',
		publication: 'Prison suicide rate at highest level since 2007, figures show (Jan 2015)',
		table: 'Text, citing MoJ pre-release notifications of deaths',
		url: 'https://www.prisonabolition.org/prison-suicide-rate-highest-level-since-2007-figures-show/',
		period: 'Calendar 2014',
		notes: HTTPS_NOTE
	}),
	// News reports of events.
	source({
		id: 'bbc-2016-07-walkouts',
		publisher: 'BBC News',
		publication: 'Prison officers staged walkouts over past five months (Jul 2016, uk-36714721)',
		table: 'Text',
		url: 'https://feeds.bbci.co.uk/news/uk-36714721',
		period: 'Feb to Jun 2016'
	}),
	source({
		id: 'socialist-party-2016-07-13',
		publisher: 'The Socialist (Socialist Party)',
		publication: 'Angry prison officers walk out over reforms (13 Jul 2016)',
		table: 'Text',
		url: 'https://m.socialistparty.org.uk/keyword/Health_and_welfare/Prisons/23209/13-07-2016/angry-walk-out-over-reforms',
		period: '8 Jul 2016'
	}),
	source({
		id: 'guardian-2016-10-04',
		publisher: 'The Guardian',
		publication: 'Liz Truss to launch recruitment drive for ex-forces prison officers (4 Oct 2016)',
		table: 'Text',
		url: 'https://www.theguardian.com/society/2016/oct/04/liz-truss-to-launch-recruitment-drive-for-ex-forces-prison-officers',
		period: '4 Oct 2016'
	}),
	source({
		id: 'guardian-2016-11-02',
		publisher: 'The Guardian',
		publication:
			'Prisons in England and Wales given boost of 2,500 new staff to tackle violence (2 Nov 2016)',
		table: 'Text',
		url: 'https://www.theguardian.com/society/2016/nov/02/prisons-in-england-and-wales-given-boost-of-2500-new-staff-to-tackle-violence',
		period: '2 Nov 2016'
	}),
	source({
		id: 'guardian-2016-11-07',
		publisher: 'The Guardian',
		publication: 'Two prisoners escape from London’s Pentonville prison (7 Nov 2016)',
		table: 'Text',
		url: 'https://www.theguardian.com/society/2016/nov/07/two-prisoners-escape-from-londons-pentonville-prison',
		period: 'Oct to Nov 2016'
	}),
	source({
		id: 'pa-aol-2016-11-06',
		publisher: 'AOL (Press Association)',
		publication: 'Scores of prisoners run amok in six-hour riot at Bedford jail (6 Nov 2016)',
		table: 'Text',
		url: 'https://www.aol.co.uk/2016/11/06/scores-of-prisoners-run-amok-in-six-hour-riot-at-bedford-jail/',
		period: '6 Nov 2016'
	}),
	source({
		id: 'world-justice-news-2016-11-15',
		publisher: 'World Justice News',
		publication: 'Court orders halt to prison protests (15 Nov 2016)',
		table: 'Text',
		url: 'https://worldjusticenews.com/news/2016/11/15/court-orders-halt-to-prison-protests',
		period: '15 Nov 2016'
	}),
	source({
		id: 'politicshome-2016-12-22',
		publisher: 'PoliticsHome',
		publication:
			'Prison officers ‘overwhelmingly’ reject Government offer on pay and pensions (22 Dec 2016)',
		table: 'Text, quoting the POA ballot result',
		url: 'https://www.politicshome.com/news/uk/home-affairs/justice-system/news/81932/prison-officers-overwhelmingly-reject-government',
		period: '22 Dec 2016'
	}),
	source({
		id: 'itv-2017-02-19',
		publisher: 'ITV News',
		publication:
			'Prison officers get pay rise in bid to boost dangerously low staffing levels (19 Feb 2017)',
		table: 'Text',
		url: 'https://www.itv.com/news/2017-02-19/prison-officers-get-pay-rise-in-bid-to-boost-dangerously-low-staffing-levels/',
		period: '19 Feb 2017',
		notes: HTTPS_NOTE
	}),
	source({
		id: 'eachother-2018-09-14',
		publisher: 'EachOther',
		publication:
			'Thousands of prison staff walkout in protest at unprecedented violence (14 Sep 2018)',
		table: 'Text',
		url: 'https://eachother.org.uk/thousands-of-prison-staff-walkout-in-protest-at-unprecedented-violence/',
		period: 'Jan to Sep 2018'
	}),
	source({
		id: 'doing-time-birmingham',
		publisher: 'Doing Time',
		publication: 'HMP Birmingham: change of control to public from G4S',
		table: 'Text',
		url: 'https://www.doingtime.co.uk/hmp-birmingham/change-of-control-to-public-from-g4s/',
		period: 'Aug 2018'
	}),
	source({
		id: 'politicshome-2018-08-17',
		publisher: 'PoliticsHome',
		publication:
			'Prisons minister says he will quit if he cannot cut drugs and violence (17 Aug 2018)',
		table: 'Text',
		url: 'https://www.politicshome.com/news/uk/home-affairs/justice-system/news/97639/watch-prisons-minister-says-ill-quit-if-i-cant-cut',
		period: '17 Aug 2018'
	}),
	source({
		id: 'guardian-2018-08-20',
		publisher: 'The Guardian',
		publication: 'Birmingham prison riot ‘should have been stopped sooner’ (20 Aug 2018)',
		table: 'Text',
		url: 'https://www.theguardian.com/society/2018/aug/20/birmingham-prison-riot-should-have-been-stopped-sooner',
		period: '16 Dec 2016'
	}),
	source({
		id: 'civil-service-world-2018-08-20',
		publisher: 'Civil Service World',
		publication:
			'MoJ takes control of Birmingham prison from G4S amid safety concerns (20 Aug 2018)',
		table: 'Text',
		url: 'https://www.civilserviceworld.com/professions/article/moj-takes-control-of-birmingham-prison-from-g4s-amid-safety-concerns',
		period: '20 Aug 2018'
	}),
	source({
		id: 'wikiwand-emergency-workers-act',
		publisher: 'Wikiwand (Wikipedia)',
		publication: 'Assaults on Emergency Workers (Offences) Act 2018',
		table: 'Infobox: royal assent and commencement',
		url: 'https://wikiwand.com/en/articles/Assaults_on_Emergency_Workers_(Offences)_Act_2018',
		period: 'Sep to Nov 2018',
		notes: 'An encyclopedia entry, not the Act itself; legislation.gov.uk is the primary record.'
	}),
	source({
		id: 'shropshire-star-2018-09-14',
		publisher: 'Shropshire Star',
		publication: 'Prison officers walk out in protest at rise in violence (14 Sep 2018)',
		table: 'Text',
		url: 'https://shropshirestar.com/news/crime/2018/09/14/prison-officers-walk-out-in-protest-at-rise-in-violence',
		period: '14 Sep 2018'
	}),
	source({
		id: 'public-finance-2019-04-02',
		publisher: 'Public Finance',
		publication: 'Government takes back control of Birmingham prison (2 Apr 2019)',
		table: 'Text',
		url: 'https://www.publicfinance.co.uk/news/2019/04/government-takes-back-control-birmingham-prison',
		period: '2 Apr 2019'
	}),
	source({
		id: 'civil-service-world-2019-08',
		publisher: 'Civil Service World',
		publication:
			'Johnson revamps MoJ prisons estate plan with promise of 10,000 new places (Aug 2019)',
		table: 'Text',
		url: 'https://www.civilserviceworld.com/professions/article/johnson-revamps-moj-prisons-estate-plan-with-promise-of-10000-new-places',
		period: 'Aug 2019'
	}),
	source({
		id: 'lbc-2019-08-13',
		publisher: 'LBC',
		publication:
			'Where is the money for Boris Johnson’s crackdown on crime coming from? (13 Aug 2019)',
		table: 'Text',
		url: 'https://www.lbc.co.uk/news/money-boris-johnson-crackdown-crime-tom-swarbrick/',
		period: 'Aug 2019'
	}),
	source({
		id: 'civil-service-world-2019-08-23',
		publisher: 'Civil Service World',
		publication: 'MoJ hits 10 Prisons drugs and violence targets (23 Aug 2019)',
		table: 'Text, citing MoJ statistics released 22 Aug 2019',
		url: 'https://www.civilserviceworld.com/professions/article/moj-hits-10-prisons-drugs-and-violence-targets-meaning-former-prisons-minister-rory-stewart-wouldnt-have-had-to-resign',
		period: 'Aug 2018 to Aug 2019'
	}),
	// Since 2019 ("What happened next"): reference/since-2019, read from stored copies.
	source({
		id: 'pq-18749',
		publisher: 'UK Parliament (House of Commons written answer by the Ministry of Justice)',
		publication: 'Written question 18749: assaults on staff within prison custody, 2019 to 2023',
		table:
			'Answer table: number and rate per 1,000 prisoners of assaults on staff, England and Wales',
		url: 'https://parallelparliament.co.uk/question/18749',
		period: 'Calendar years 2019 to 2023',
		notes: `${VIA_PARALLEL} The answer date is not shown in the copy read; it includes 2023, so it was answered after 25 Apr 2024. Its figures are MoJ's revised series, which runs lower than the figures first published for 2010–2018.`
	}),
	source({
		id: 'pa-daily8-2025-04-24',
		publisher: 'PA Media (reproduced by daily8.com)',
		publication: 'Assaults on prison staff reach highest level in a decade (24 Apr 2025)',
		table: 'Text, on MoJ Safety in Custody annual tables to December 2024',
		url: 'https://www.daily8.com/en/article/bfb22999d4d0dd208e80dd5a58d95328',
		period: 'Calendar years 2014 to 2024'
	}),
	source({
		id: 'prt-workforce-experience-2025',
		publisher: `${PRT} (processed from MoJ HMPPS workforce statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit ed4ee65',
		table: 'data/processed/state_of_our_prisons/workforce_experience.csv',
		url: `${PRT_REPO}/ed4ee65546ec45a135b8babbbc27c50d57d50e88/data/processed/state_of_our_prisons/workforce_experience.csv`,
		period: 'Yearly snapshots to 2025 (HMPPS workforce quarterly, March 2025)',
		notes: 'A later version of the file above, extended to 2025.'
	}),
	source({
		id: 'inquest-2022-01-27',
		publisher: 'INQUEST',
		publication: 'Safety in custody statistics (27 Jan 2022)',
		table: 'Text, on MoJ Safety in Custody statistics to December 2021',
		url: 'https://www.inquest.org.uk/moj-data-jan2022',
		period: 'Calendar year 2021'
	}),
	source({
		id: 'farleys-2024-01',
		publisher: 'Farleys Solicitors',
		publication:
			'Recent statistics show increased number of self-inflicted deaths, self-harm and assaults within prisons (Jan 2024)',
		table: 'Text, on MoJ Safety in Custody statistics of 25 Jan 2024',
		url: 'https://www.farleys.com/recent-statistics-show-increased-number-of-self-inflicted-deaths-self-harm-and-assaults-within-prisons/',
		period: 'Calendar years 2022 and 2023'
	}),
	source({
		id: 'ekklesia-2024-01-26',
		publisher: 'Ekklesia (reproducing a Howard League release)',
		publication: 'Self-inflicted deaths and self-harm rise in prisons (26 Jan 2024)',
		table: 'Text, on MoJ Safety in Custody statistics of 25 Jan 2024',
		url: 'https://www.ekklesia.co.uk/2024/01/26/self-inflicted-deaths-and-self-harm-rise-in-prisons/',
		period: 'Calendar year 2023'
	}),
	source({
		id: 'prt-deaths-2025',
		publisher: `${PRT} (processed from MoJ Safety in Custody statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 23878d4',
		table: 'data/processed/state_of_our_prisons/deaths.csv',
		url: `${PRT_REPO}/23878d44f2f02d39f032038e2dbdc337dace6cfd/data/processed/state_of_our_prisons/deaths.csv`,
		period: 'Calendar year 2024',
		notes: 'The Independent Advisory Panel on Deaths in Custody gives the same total for 2024.'
	}),
	source({
		id: 'moj-sic-2025-07-31',
		publisher: 'Ministry of Justice (GOV.UK)',
		publication:
			'Safety in Custody Statistics, England and Wales: deaths in prison custody to June 2025, assaults and self-harm to March 2025 (31 Jul 2025)',
		table: 'Summary: deaths in prison custody',
		url: 'https://www.gov.uk/government/statistics/safety-in-custody-quarterly-update-to-march-2025/safety-in-custody-statistics-england-and-wales-deaths-in-prison-custody-to-june-2025-assaults-and-self-harm-to-march-2025',
		period: '12 months to Jun 2025'
	}),
	source({
		id: 'prt-deaths-2025-10',
		publisher: `${PRT} (processed from MoJ Safety in Custody statistics)`,
		publication: 'Prison-Reform-Trust/bromley_briefings (GitHub), commit 1cf5e25',
		table: 'data/processed/state_of_our_prisons/deaths.csv',
		url: `${PRT_REPO}/1cf5e250bd1088fdd93ecdae5cd8c520e3ca42ea/data/processed/state_of_our_prisons/deaths.csv`,
		period: '12 months to Sep 2025',
		notes:
			'Matches MoJ’s release of 30 Oct 2025 as reported by Farleys Solicitors, which says it is the most deaths in custody in any 12 months since records began in 2000.'
	}),
	source({
		id: 'prisons-org-uk-2019-12-23',
		publisher: 'prisons.org.uk (Mark Leech)',
		publication: 'POA fined £210,000 (updated 23 Dec 2019)',
		table:
			'Text, on Secretary of State for Justice v Prison Officers Association [2019] EWHC 3553 (QB), 19 Dec 2019',
		url: 'https://prisons.org.uk/the-view-from-here/poa-fined-210000-its-time-now-for-a-real-fresh-start/',
		period: '19 Dec 2019'
	}),
	source({
		id: 'itv-2020-03-24',
		publisher: 'ITV News',
		publication:
			'Prisons in England and Wales on immediate lockdown following latest coronavirus measures (24 Mar 2020)',
		table: 'Text',
		url: 'https://www.itv.com/news/2020-03-24/prisons-in-england-and-wales-on-immediate-lockdown-following-latest-coronavirus-measures/',
		period: '24 Mar 2020'
	}),
	source({
		id: 'wired-gov-2021-12-07',
		publisher: 'Wired-Gov (reproducing a Ministry of Justice press release)',
		publication: 'New prison strategy to rehabilitate offenders and cut crime (7 Dec 2021)',
		table: 'Text',
		url: 'https://www.wired-gov.net/wg/news.nsf/print/New+prison+strategy+to+rehabilitate+offenders+and+cut+crime+07122021143800',
		period: '7 Dec 2021'
	}),
	source({
		id: 'hcws232-2022-07-19',
		publisher: 'UK Parliament (written statement by the Ministry of Justice)',
		publication: 'Prison update, HCWS232 (19 Jul 2022)',
		table: 'Text',
		url: 'https://questions-statements.parliament.uk/written-statements/detail/2022-07-19/HCWS232',
		period: '2022–23 pay award'
	}),
	source({
		id: 'parallel-parliament-pay-2023-07-13',
		publisher: 'UK Parliament (written statement by the Ministry of Justice)',
		publication: 'Prison Staff and Judiciary Pay Awards (Alex Chalk, 13 Jul 2023)',
		table: 'Text',
		url: 'https://parallelparliament.co.uk/mp/alex-chalk/debate/Commons/2023-07-13/debates/23071347000025/PrisonStaffAndJudiciaryPayAwards',
		period: '2023–24 pay award',
		notes: 'Read via Parallel Parliament, which reproduces the statement.'
	}),
	source({
		id: 'russell-webster-2024-07-12',
		publisher: 'Russell Webster (blog)',
		publication: 'More than 10,000 early releases so far (12 Jul 2024)',
		table: 'Text, on a Ministry of Justice ad hoc release',
		url: 'https://www.russellwebster.com/more-than-10000-early-releases-so-far/',
		period: '17 Oct 2023 to 30 Jun 2024'
	}),
	source({
		id: 'epoch-times-2024-07-12',
		publisher: 'The Epoch Times (PA Media)',
		publication:
			'Some prisoners to be freed after serving only 40 percent of sentences (12 Jul 2024)',
		table: 'Text',
		url: 'https://theepochtimes.com/world/some-prisoners-to-be-freed-after-serving-only-40-percent-of-sentences-5685176',
		period: '12 Jul 2024'
	}),
	source({
		id: 'poa-pr-257-2024-10',
		publisher: 'Prison Officers’ Association',
		publication: 'PR 257: POA demands equity with other UK trade unions (Oct 2024)',
		table: 'Press release',
		url: 'https://www.poauk.org.uk/news-events/news-room/posts/2024/october/pr-257-poa-demands-equity-with-other-uk-trade-unions/',
		period: 'Oct 2024'
	}),
	source({
		id: 'hmip-manchester-2024-10-09',
		publisher: 'HM Inspectorate of Prisons',
		publication: 'HMP Manchester: Urgent Notification (9 Oct 2024)',
		table: 'Report page',
		url: 'https://hmiprisons.justiceinspectorates.gov.uk/hmipris_reports/hmp-manchester-urgent-notification',
		period: '9 Oct 2024'
	}),
	source({
		id: 'poa-circular-096-2024',
		publisher: 'Prison Officers’ Association',
		publication: 'Circular 096/2024: Campaign for the right to strike (Dec 2024)',
		table: 'Circular to members',
		url: 'https://www.poauk.org.uk/news-events/news-room/posts/2024/december/circ-096-campaign-for-the-right-to-strike/',
		period: 'Dec 2024'
	})
];

/** How a raw file's value column is parsed. */
export type ValueKind = 'count' | 'rate' | 'percent';

/** One raw CSV and what its rows mean. */
export interface SeriesDefinition {
	/** File name inside data/raw. */
	file: string;
	/** Series id (kebab-case), also the download name. */
	id: string;
	/** The camelCase name `$lib/data` exports the series under. */
	exportName: string;
	title: string;
	unit: string;
	measure: string;
	period: PeriodKind;
	/** `count`: whole number ≥ 0; `rate`: decimal ≥ 0; `percent`: whole or decimal 0–100. */
	value: ValueKind;
	revision: string;
	notes: string[];
	/** Vintage of each row and declared breaks (data/vintage.ts); absent: one vintage throughout. */
	vintage?: VintageSpec;
}

/** Every raw series file, in the order the generated module lists them. */
export const SERIES_DEFINITIONS: SeriesDefinition[] = [
	{
		file: 'prt-officers-annual.csv',
		id: 'officers',
		exportName: 'officers',
		title: 'Band 3–5 prison officers',
		unit: 'officers (FTE)',
		measure:
			'Full-time-equivalent band 3–5 prison officers (officers, supervising officers and custodial managers) in public-sector prisons at 31 March.',
		period: 'point-in-time',
		value: 'count',
		revision: 'PRT workforce_staff.csv (commit 306e778), processed from HMPPS workforce statistics',
		notes: [
			'Band 3–5 is the like-for-like measure of front-line officers from 2010; officer-grade counts from before the band structure are not comparable.'
		]
	},
	{
		file: 'moj-officers-low-2016-point-in-time.csv',
		id: 'officers-low-2016',
		exportName: 'officersLow2016',
		title: 'Band 3–5 prison officers, 2016–17',
		unit: 'officers (FTE)',
		measure:
			'Full-time-equivalent band 3–5 prison officers at quarter and month ends through the 2016 low point and the 2017 recruitment drive.',
		period: 'point-in-time',
		value: 'count',
		revision: 'first published figures (MoJ releases as reported at the time)',
		notes: [
			'These are the figures as first published; MoJ revises its quarterly workforce series, and the revised values for these dates were not seen.',
			'The 31 October 2016 figure is the baseline MoJ used for its 2,500-officer recruitment target.'
		]
	},
	{
		file: 'prt-population-annual.csv',
		id: 'population',
		exportName: 'population',
		title: 'Prison population',
		unit: 'prisoners',
		measure: 'People held in prisons in England and Wales on 30 June.',
		period: 'point-in-time',
		value: 'count',
		revision:
			'PRT workforce_staff.csv (commit 306e778), matching the Institute for Government’s June figures',
		notes: [
			'PRT publishes a second 30 June series (prison_population_inc_projections.csv) that differs in most years; each row’s note gives its value. Both agree for 2019.'
		]
	},
	{
		file: 'moj-assaults-on-staff-calendar-year.csv',
		id: 'assaults-on-staff',
		exportName: 'assaultsOnStaff',
		title: 'Assaults on prison staff',
		unit: 'assaults',
		measure:
			'Recorded assault incidents on staff in prisons in England and Wales, by calendar year.',
		period: 'calendar-year',
		value: 'count',
		revision:
			'as first published for 2010–2018 (PQ HL10820 for 2010–2017, the April 2019 release for 2018); MoJ’s revised series for 2019–2024 (PQ 18749 for 2019–2023, the April 2025 tables for 2024)',
		notes: [
			'Recording of assaults on staff was refined in April 2017; MoJ says this may have contributed to the increase.',
			'From April 2018 incidents in the youth estate are excluded, so MoJ says 2018 is not comparable with earlier years.',
			'From 2019 the figures are MoJ’s revised series, which runs lower than the figures first published: do not read the step from 2018 to 2019 as a change. No first-published calendar-2019 count was found; rolling 12-month figures as first published are in assaults-on-staff-rolling.',
			'COVID-19 restricted regimes from 24 March 2020 cut recorded assaults in 2020 and 2021.'
		],
		vintage: {
			default: 'first-published',
			bySource: { 'pq-18749': 'revised', 'pa-daily8-2025-04-24': 'revised' },
			breaks: [
				{
					from: '2019',
					reason:
						'From 2019, MoJ’s revised series, which runs lower than the figures first published for earlier years.'
				}
			]
		}
	},
	{
		file: 'moj-assaults-on-staff-rolling-12m.csv',
		id: 'assaults-on-staff-rolling',
		exportName: 'assaultsOnStaffRolling',
		title: 'Assaults on prison staff, rolling 12 months',
		unit: 'assaults',
		measure:
			'Recorded assault incidents on staff in the 12 months to the end of the month shown, as each quarterly release first reported them.',
		period: 'rolling-12-months',
		value: 'count',
		revision: 'as first reported in each quarterly Safety in Custody release',
		notes: [
			'Each figure is as first published; later releases revise earlier periods.',
			'Recording was refined in April 2017 and youth-estate incidents are excluded from April 2018.'
		]
	},
	{
		file: 'moj-serious-assaults-on-staff-calendar-year.csv',
		id: 'serious-assaults-on-staff',
		exportName: 'seriousAssaultsOnStaff',
		title: 'Serious assaults on prison staff',
		unit: 'assaults',
		measure:
			'Recorded assaults on staff that MoJ classes as serious (for example needing hospital treatment), by calendar year.',
		period: 'calendar-year',
		value: 'count',
		revision: 'as published in MoJ Safety in Custody releases and reported at the time',
		notes: [
			'Calendar-year counts for 2015, 2016 and 2019 were not found; those years are gaps, not zeros.',
			'From April 2018 incidents in the youth estate are excluded.'
		]
	},
	{
		file: 'prt-assault-rate-calendar-year.csv',
		id: 'assault-rate',
		exportName: 'assaultRate',
		title: 'Assaults per 1,000 prisoners',
		unit: 'per 1,000 prisoners',
		measure:
			'All recorded assault incidents in prisons (on staff and on prisoners) per 1,000 prisoners, by calendar year.',
		period: 'calendar-year',
		value: 'rate',
		revision:
			'PRT assaults.csv (commit 7375017), from MoJ Safety in Custody statistics to Dec 2024',
		notes: [
			'Youth-estate incidents are excluded from April 2018; PRT notes that the definition of recorded assaults changed in 2019.',
			'COVID-19 restricted regimes from 24 March 2020 cut recorded assaults in 2020 and 2021.'
		],
		vintage: {
			default: 'revised',
			breaks: [
				{
					from: '2019',
					reason: 'PRT notes that the definition of recorded assaults changed in 2019.'
				}
			]
		}
	},
	{
		file: 'moj-self-harm-calendar-year.csv',
		id: 'self-harm',
		exportName: 'selfHarm',
		title: 'Self-harm incidents',
		unit: 'incidents',
		measure: 'Recorded incidents of self-harm in prisons in England and Wales, by calendar year.',
		period: 'calendar-year',
		value: 'count',
		revision:
			'latest revision seen: PQ HL10820 for 2010–2017, PRT self_harm.csv (95b23d1) for 2018, PRT self_harm.csv (938748e) for 2019–2024',
		notes: [
			'MoJ revises recent years as late records arrive; each revised row’s note gives the first-published figure.',
			'From 2019 the values follow the slightly changed self-harm definition MoJ adopted in 2020, and incidents in the youth estate are excluded from April 2019.'
		],
		vintage: {
			default: 'revised',
			breaks: [
				{
					from: '2019',
					reason:
						'From 2019, the slightly changed self-harm definition of 2020, and the youth estate excluded from April 2019.'
				}
			]
		}
	},
	{
		file: 'moj-self-harm-individuals-calendar-year.csv',
		id: 'self-harm-individuals',
		exportName: 'selfHarmIndividuals',
		title: 'People who self-harmed',
		unit: 'individuals',
		measure: 'Individuals in prison who self-harmed at least once in the calendar year.',
		period: 'calendar-year',
		value: 'count',
		revision:
			'PQ HL891 (2014) for 2010–2013; MoJ Safety in Custody releases of 2018–2020 for 2017–2019',
		notes: [
			'MoJ re-based this series after 2014: the 2010–2013 figures are as published then and are not directly comparable with 2017–2019.',
			'No calendar-year figures for 2014–2016 were found; those years are gaps.'
		]
	},
	{
		file: 'moj-deaths-calendar-year.csv',
		id: 'deaths',
		exportName: 'deaths',
		title: 'Deaths in prison custody',
		unit: 'deaths',
		measure:
			'Deaths of prisoners in custody in England and Wales from all causes, by calendar year.',
		period: 'calendar-year',
		value: 'count',
		revision:
			'as published in MoJ Safety in Custody releases (PQ HL892 for 2010–2013) and reported at the time (2021–2024)',
		notes: [
			'The 2014 total is a pre-release count, with some deaths then still to be classified.',
			'Deaths in 2020 and 2021 include deaths after COVID-19 infection.'
		]
	},
	{
		file: 'moj-deaths-rolling-12m.csv',
		id: 'deaths-rolling',
		exportName: 'deathsRolling',
		title: 'Deaths in prison custody, rolling 12 months',
		unit: 'deaths',
		measure:
			'Deaths of prisoners in custody in England and Wales from all causes, in the 12 months to the end of the month shown.',
		period: 'rolling-12-months',
		value: 'count',
		revision: 'as first published in each quarterly Safety in Custody release',
		notes: [
			'A 12-month total to a month that is not December: the latest figures, before the calendar year 2025 is published.'
		]
	},
	{
		file: 'moj-self-inflicted-deaths-calendar-year.csv',
		id: 'self-inflicted-deaths',
		exportName: 'selfInflictedDeaths',
		title: 'Self-inflicted deaths in prison custody',
		unit: 'deaths',
		measure: 'Deaths of prisoners in custody classed as self-inflicted, by calendar year.',
		period: 'calendar-year',
		value: 'count',
		revision: 'latest revision: PQ HL10820 for 2010–2014, PQ HL5359 for 2015–2024',
		notes: [
			'Self-inflicted deaths are revised upward as inquests conclude; each row’s note gives the earlier figures.',
			'The PQ HL10820 figures include HMPPS-run immigration removal centres.'
		]
	},
	{
		file: 'prt-experience-under-3-annual.csv',
		id: 'experience-under-3',
		exportName: 'experienceUnder3',
		title: 'Officers with under 3 years’ service',
		unit: '%',
		measure: 'Share of band 3–5 prison officers with less than three years’ service.',
		period: 'calendar-year',
		value: 'percent',
		revision:
			'PRT workforce_experience.csv (commit 887047e to 2024; commit ed4ee65 for 2025), from HMPPS workforce statistics',
		notes: [
			'PRT labels each yearly workforce snapshot by year only; the snapshot date is not stated (presumably 31 March, the March editions).'
		]
	},
	{
		file: 'prt-experience-10-plus-annual.csv',
		id: 'experience-10-plus',
		exportName: 'experience10Plus',
		title: 'Officers with 10 or more years’ service',
		unit: '%',
		measure: 'Share of band 3–5 prison officers with ten or more years’ service.',
		period: 'calendar-year',
		value: 'percent',
		revision:
			'PRT workforce_experience.csv (commit 887047e to 2024; commit ed4ee65 for 2025), from HMPPS workforce statistics',
		notes: [
			'PRT labels each yearly workforce snapshot by year only; the snapshot date is not stated (presumably 31 March, the March editions).'
		]
	}
];

/** The timeline's raw file and its caption. */
export const TIMELINE_DEFINITION = {
	file: 'timeline.csv',
	title: 'Prison officers’ protests and the government’s response, 2016–2024'
};
