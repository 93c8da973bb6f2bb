/**
 * The terms on which the story's words, charts and data compilation may be reused, and the
 * licence of the Crown copyright figures inside them. One home for the wording: the CSVs, the
 * data package, the pictures, the embeds and the Sources section all read it from here.
 * Free of imports, like the rest of the data room.
 */

export interface Licence {
	/** SPDX identifier, as Frictionless and JSON-LD expect. */
	id: string;
	/** The name a reader recognises. */
	name: string;
	url: string;
}

/** The story's text, charts and pictures, and the compilation of the data files. */
export const CONTENT_LICENCE: Licence = {
	id: 'CC-BY-4.0',
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/'
};

/** Figures published by the Ministry of Justice and other Crown bodies. */
export const CROWN_LICENCE: Licence = {
	id: 'OGL-UK-3.0',
	name: 'Open Government Licence v3.0',
	url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'
};

/** Figures read from answers to parliamentary questions (Parliamentary copyright). */
export const PARLIAMENT_LICENCE: Licence = {
	id: 'OPL-UK-3.0',
	name: 'Open Parliament Licence v3.0',
	url: 'https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/'
};

/** The site's code (the LICENSE file at the repository's root). */
export const CODE_LICENCE: Licence = {
	id: 'MIT',
	name: 'MIT Licence',
	url: 'https://opensource.org/license/mit'
};

/**
 * The terms in one sentence, for the CSVs, pictures and embeds: short enough to travel with
 * a single chart, and naming every licence a re-user must honour; with `urls`, each licence's
 * address follows its name (for files that carry no links, like a CSV).
 */
export function licenceLine(siteName: string, urls = false): string {
	const name = (l: Licence) => (urls ? `${l.name} (${l.url})` : l.name);
	return (
		`Text, charts and data compilation: ${siteName}, ${name(CONTENT_LICENCE)}. ` +
		`Figures stay those of their named publishers: Crown copyright under the ${name(CROWN_LICENCE)}, ` +
		`Parliamentary copyright under the ${name(PARLIAMENT_LICENCE)}.`
	);
}
