/**
 * Quotations and claims the story prints: each exact, attributed and traced to the seed document
 * it was read in. The text documents in src/content reach them only by name (`{quote key}`,
 * `{claim key}`), so the words and their attribution are kept once, here.
 */
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
