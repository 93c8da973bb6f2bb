/**
 * Names with digits in them that the story's and the charts' words print (through `{term <key>}`
 * in the text documents) and the charts draw. It sits beside `format.ts`, below the story and the
 * charts, so both rooms can use it.
 */

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
