/**
 * The terms on which the story's words, charts and data compilation may be reused, and the
 * licence of the Crown copyright figures inside them: their names, identifiers and addresses,
 * which the data package, the embeds and the words' `{licence}` placeholders read from here. The
 * sentences that name them (the Sources section's, the line on each picture and CSV row) are
 * words, in src/content/sources.aml. Free of imports, like the rest of the data room.
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
