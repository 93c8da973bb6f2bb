/**
 * `/data/datapackage.json`: a Frictionless Tabular Data Package (https://specs.frictionlessdata.io/)
 * describing every CSV download — its fields and their types, the unit of its values, its
 * sources and its licences — so a re-user's tools can load the files without reading our prose.
 * The fields follow the CSV writers' own column lists, so the two cannot drift apart unseen.
 */
import { RECORDS, TIMELINE_RECORD as timeline } from '$lib/data/records.server';
import { SERIES_CSV_COLUMNS, TIMELINE_CSV_COLUMNS } from '$lib/data/csv';
import {
	CONTENT_LICENCE,
	CROWN_LICENCE,
	PARLIAMENT_LICENCE,
	type Licence
} from '$lib/data/licence';
import type { SeriesRecord, Source } from '$lib/data/types';
import { absolute, sectionPath, storyPath } from '$lib/links';
import { PUBLISHED, lastUpdated } from '$lib/story/corrections';
import { SITE } from '$lib/story/copy';

interface Field {
	name: string;
	type: 'string' | 'number' | 'date';
	title?: string;
	description?: string;
	format?: string;
	constraints?: { required?: boolean; enum?: string[] };
}

const license = ({ id, name, url }: Licence) => ({ name: id, title: name, path: url });

const sourceEntry = (s: Source) => ({
	title: `${s.publisher}, ${s.publication}: ${s.table}`,
	path: s.url
});

// Written answers to parliamentary questions are Parliamentary copyright; every other figure
// here is the Ministry of Justice's (Crown copyright), as published or as the PRT processed it.
const isParliamentary = (s: Source) => /\bParliament\b/.test(s.publisher);

/** The columns every series CSV shares, typed; `value` carries the series' unit. */
function seriesFields(series: SeriesRecord): Field[] {
	const fields: Record<(typeof SERIES_CSV_COLUMNS)[number], Omit<Field, 'name'>> = {
		series_id: { type: 'string', constraints: { required: true, enum: [series.id] } },
		series_title: { type: 'string' },
		unit: { type: 'string', constraints: { enum: [series.unit] } },
		period: { type: 'string', description: 'The period as the source labels it.' },
		date: {
			type: 'date',
			description: 'The last day of the period.',
			constraints: { required: true }
		},
		value: {
			type: 'number',
			description: `${series.measure} Unit: ${series.unit}. Empty where no figure was published (see note).`
		},
		note: { type: 'string' },
		source_publisher: { type: 'string' },
		source_publication: { type: 'string' },
		source_table: { type: 'string' },
		source_url: { type: 'string', format: 'uri' },
		revision: { type: 'string' },
		licence: { type: 'string' }
	};
	return SERIES_CSV_COLUMNS.map((name) => ({ name, ...fields[name] }));
}

function timelineFields(): Field[] {
	const kinds = [...new Set(timeline.events.map((e) => e.kind))].sort();
	const fields: Record<(typeof TIMELINE_CSV_COLUMNS)[number], Omit<Field, 'name'>> = {
		id: { type: 'string', constraints: { required: true } },
		date: {
			type: 'date',
			description: 'For month precision, the first of the month.',
			constraints: { required: true }
		},
		precision: { type: 'string', constraints: { enum: ['day', 'month'] } },
		kind: { type: 'string', constraints: { enum: kinds } },
		title: { type: 'string' },
		detail: { type: 'string' },
		source_publisher: { type: 'string' },
		source_publication: { type: 'string' },
		source_url: { type: 'string', format: 'uri' },
		licence: { type: 'string' }
	};
	return TIMELINE_CSV_COLUMNS.map((name) => ({ name, ...fields[name] }));
}

const csvResource = {
	profile: 'tabular-data-resource',
	format: 'csv',
	mediatype: 'text/csv',
	encoding: 'utf-8',
	dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', header: true }
};

/** The data package descriptor, as JSON-ready data. */
export function dataPackage() {
	const series = Object.values(RECORDS);
	return {
		profile: 'tabular-data-package',
		name: 'holding-the-line',
		title: `${SITE.name}: the numbers behind the charts`,
		description: SITE.dataset,
		homepage: absolute(storyPath()),
		version: lastUpdated(),
		created: `${PUBLISHED}T00:00:00Z`,
		contributors: [{ title: SITE.name, path: absolute(storyPath()), role: 'publisher' }],
		licenses: [CONTENT_LICENCE, CROWN_LICENCE, PARLIAMENT_LICENCE].map(license),
		sources: [
			{ title: `${SITE.name}: sources and methods`, path: absolute(sectionPath('sources')) }
		],
		resources: [
			...series.map((s) => ({
				name: s.id,
				path: `${s.id}.csv`,
				title: s.title,
				description: [s.measure, `Figures used: ${s.revision}.`, ...s.notes].join(' '),
				unit: s.unit,
				...csvResource,
				sources: s.sources.map(sourceEntry),
				licenses: [
					CONTENT_LICENCE,
					...(s.sources.some((x) => !isParliamentary(x)) ? [CROWN_LICENCE] : []),
					...(s.sources.some(isParliamentary) ? [PARLIAMENT_LICENCE] : [])
				].map(license),
				schema: { fields: seriesFields(s), primaryKey: ['date'], missingValues: [''] }
			})),
			{
				name: timeline.id,
				path: `${timeline.id}.csv`,
				title: timeline.title,
				description: 'Dated events of the dispute, each with the report it is taken from.',
				...csvResource,
				sources: timeline.sources.map(sourceEntry),
				licenses: [license(CONTENT_LICENCE)],
				schema: { fields: timelineFields(), primaryKey: ['id'], missingValues: [''] }
			}
		]
	};
}
