/**
 * The number guard for the sentences still built in code: the charts' generated summaries and
 * table captions, which list the numbers a state plots. (The story's and the charts' own words
 * are text documents, guarded by their placeholder reader.) It sits beside `format.ts`, below the
 * story and the charts, so both rooms can use it.
 */

/**
 * Template tag for reader-facing text: throws when the literal text holds a digit, so every
 * number in a sentence is an interpolated value from the data module, a named term or an
 * attributed claim.
 */
export function copy(strings: TemplateStringsArray, ...values: (string | number)[]): string {
	for (const text of strings) {
		if (/\d/.test(text)) throw new Error(`copy: a figure was typed into the text: "${text}"`);
	}
	return strings.reduce((out, text, i) => out + text + (i < values.length ? values[i] : ''), '');
}

/**
 * Names that contain digits but are not statistics: grades, a statute and its section, a
 * company, a project, and the length-of-service bands the workforce statistics use. The
 * build-output test allows exactly these.
 */
export const TERMS = {
	grades: 'band 3–5',
	band3: 'band 3',
	act: 'Criminal Justice and Public Order Act 1994',
	section: 'section 127',
	g4s: 'G4S',
	tenPrisons: '10 Prisons Project',
	under3: 'under 3 years',
	under3Short: 'under 3',
	tenPlus: '10 years or more',
	tenPlusShort: '10+ years',
	perThousand: 'per 1,000',
	covid: 'COVID-19',
	rolling12: 'rolling 12 months',
	rolling12Adj: 'rolling 12-month'
} as const;
