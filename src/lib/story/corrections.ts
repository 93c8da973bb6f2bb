/**
 * The story's dated record of corrections and clarifications, newest first. Kept from the
 * 2026-12 round on: every change to what a sentence says, or to a figure, adds an entry here.
 * The page's "last updated" date and the article metadata's dateModified are read from it.
 */

/** The date the story first went out (its first landing), ISO `YYYY-MM-DD`. */
export const PUBLISHED = '2026-11-23';

export interface Correction {
	/** ISO `YYYY-MM-DD`. */
	date: string;
	/** What was wrong and what it says now, in a sentence or two, for the reader. */
	text: string;
}

export const CORRECTIONS: Correction[] = [
	{
		date: '2026-12-01',
		text: 'The timeline said the 2,500 extra staff briefed on 2 Nov 2016 were on top of the 400 officers announced in October. The 2,500 included those 400.'
	},
	{
		date: '2026-12-01',
		text: 'The card on officer numbers in 2019 measured the rise from the Ministry’s recruitment baseline of 31 Oct 2016 while calling it the low; the chart’s low is 31 Dec 2016. It now measures from the low and names its date.'
	},
	{
		date: '2026-12-01',
		text: 'We said no count of assaults on staff for calendar 2019 had been published, and our methods note spoke of figures not published. The Ministry’s annual tables do hold 2019; it is not in the tables this story’s 2010–2018 charts use, and we now say so.'
	},
	{
		date: '2026-12-01',
		text: 'We compared the number of prisoners who self-harmed in 2019 with 2010 without saying that the Ministry re-based that count after 2014. The caveat is now given where the comparison is made.'
	},
	{
		date: '2026-12-01',
		text: 'A source from wrp.org.uk was credited to a “Women’s Resource Project”. It is The News Line, the Workers Revolutionary Party’s newspaper, reporting Howard League for Penal Reform figures.'
	},
	{
		date: '2026-12-01',
		text: 'We said the POA withdrew from voluntary duties in 2017. It planned to, from 1 Mar 2017; the interim injunction came on 28 Feb. We also had the Chief Inspector putting one prison’s decline down to three factors; he called the decline “clear evidence of” them.'
	},
	{
		date: '2026-12-01',
		text: 'We attributed the link between drugs, debt and violence to inspectors. Inspectors linked drugs to violence; drugs and debt was the POA’s point. Each is now attributed to its speaker.'
	},
	{
		date: '2026-12-01',
		text: 'We wrote that the Ministry of Justice, “like every department, had to make deep savings” after 2010. No source we use says so, and the sentence is gone.'
	},
	{
		date: '2026-12-01',
		text: 'We reported that Rory Stewart had admitted the government should not have cut officer numbers. Our only source is a headline on The Independent’s report of 21 Feb 2019; we now quote that headline and say where it appeared.'
	},
	{
		date: '2026-12-01',
		text: 'We said the national protest of 14 Sep 2018 ended “on a promise of talks about safety”. The sources say it was called off after an agreement with the prisons minister, and the Ministry dropped its threat of an injunction.'
	},
	{
		date: '2026-12-01',
		text: '“A White Paper that autumn” read as 2017; the White Paper was published in November 2016. A garbled sentence quoting a Ministry spokesman has been mended.'
	},
	{
		date: '2026-12-01',
		text: 'The 2016 walkouts were described as officers at one jail after another stopping work over safety, with refusals that “followed” Wormwood Scrubs. Holme House protested regime changes, the meetings of 8 Jul 2016 were about consultation, and events known only by month are no longer said to follow a dated one.'
	},
	{
		date: '2026-12-01',
		text: 'We gave the number of officers who walked out at HMP Liverpool “by the union’s count”, citing a POA statement that gives no number. We have found no source we can cite for the number and have removed it.'
	},
	{
		date: '2026-12-01',
		text: 'The timeline placed events known only by month on the 1st of the month, and put the High Court injunction of 15 Nov 2016 before the walkout it ended. Month-only events now follow that month’s dated events, and same-day events are in the order they happened, in the chart, its table, the summaries and the CSV.'
	},
	{
		date: '2026-12-01',
		text: 'The chart of all assaults per 1,000 prisoners stopped at 2018 though we hold the 2019 rate. It now reaches 2019, with a note that the definition of a recorded assault changed that year.'
	},
	{
		date: '2026-12-01',
		text: 'The finding that assaults on staff in 2018 were 3.6 times the 2010 count now says what the Ministry says about comparability: recording changed in April 2017, and the youth estate is excluded from April 2018.'
	},
	{
		date: '2026-12-01',
		text: 'We said England and Wales cut front-line prison officers. The series counts officers in public-sector prisons only, and every sentence using it now says so.'
	},
	{
		date: '2026-12-01',
		text: 'The timeline now gives both dates for the Assaults on Emergency Workers (Offences) Act 2018 (Royal Assent on 13 Sep 2018, in force on 13 Nov 2018), and dates the POA executive’s endorsement of the 2016 deal to its meeting of 29 Nov 2016, not the 1 Dec date of the circular.'
	}
];

/** The latest correction's date, or the publication date when there is none. */
export function lastUpdated(corrections: readonly Correction[] = CORRECTIONS): string {
	return corrections.reduce((latest, { date }) => (date > latest ? date : latest), PUBLISHED);
}
