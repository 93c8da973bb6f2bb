/**
 * data/raw/*.csv → src/lib/data/generated/ (sources.ts, series.ts, series/<id>.ts, timeline.ts),
 * the typed module behind `$lib/data`.
 *
 *   npm run data:build   validate every raw file, then write the generated module
 *   npm run data:check   regenerate in memory; fail if the committed module differs
 *
 * Every problem is reported as `data/raw/<file>.csv:<line>: <column>: <reason>`. Nothing is
 * written unless every file is valid, so a bad edit never leaves a half-updated module behind.
 *
 * The work is split by job: csv.ts reads a file into rows, cells.ts parses one cell, validate.ts
 * checks a whole file, print.ts writes the module; this file runs them in order. A further check
 * over the built series fits in buildModules, before anything is rendered. Nothing here imports
 * the app: the data room comes first.
 */
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SeriesRecord, Source, TimelineRecord } from '../src/lib/data/types';
import { DataError, Problems } from './csv';
import { renderSeriesModules, renderTimelineFiles } from './print';
import { SERIES_DEFINITIONS, SOURCES, TIMELINE_DEFINITION, type SeriesDefinition } from './sources';
import { parseSeriesCsv, parseTimelineCsv, validateSources } from './validate';
import { checkVintages, linesByPeriod, VintageError } from './vintage';

export * from './cells';
export * from './csv';
export * from './print';
export * from './validate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where a build reads from and writes to; tests point these at a temporary directory. */
export interface BuildOptions {
	rawDir: string;
	outDir: string;
	definitions?: readonly SeriesDefinition[];
	sources?: readonly Source[];
	/** Set false for a registry-and-series-only build without timeline.csv. */
	timeline?: boolean;
}

/** Validate every raw file and render the generated modules in memory; throws every problem. */
export function buildModules(options: BuildOptions): Record<string, string> {
	const { rawDir, definitions = SERIES_DEFINITIONS, sources = SOURCES, timeline = true } = options;
	const problems = new Problems();
	problems.attempt(() => validateSources(sources));
	const read = (file: string): string | undefined => {
		const path = join(rawDir, file);
		if (existsSync(path)) return readFileSync(path, 'utf8');
		problems.add(`data/raw/${file}: file not found`);
	};
	const expected = new Set(definitions.map((d) => d.file));
	if (timeline) expected.add(TIMELINE_DEFINITION.file);
	for (const file of existsSync(rawDir) ? readdirSync(rawDir).sort() : []) {
		if (file.endsWith('.csv') && !expected.has(file)) {
			problems.add(`data/raw/${file}: no definition for this file in data/sources.ts`);
		}
	}
	const built: { exportName: string; series: SeriesRecord }[] = [];
	const seen = new Set<string>();
	for (const definition of definitions) {
		if (seen.has(definition.id))
			problems.add(`data/sources.ts: duplicate series id ${definition.id}`);
		seen.add(definition.id);
		const csv = read(definition.file);
		if (csv === undefined) continue;
		problems.attempt(() => {
			const series = parseSeriesCsv(csv, `data/raw/${definition.file}`, definition, sources);
			if (definition.vintage) {
				try {
					const { vintages, breaks } = checkVintages(
						series.observations,
						series.period,
						definition.vintage,
						`data/raw/${definition.file}`,
						linesByPeriod(csv)
					);
					Object.assign(series, { vintages, breaks });
				} catch (error) {
					throw error instanceof VintageError ? new DataError(error.errors) : error;
				}
			}
			built.push({ exportName: definition.exportName, series });
		});
	}
	let events: TimelineRecord | undefined;
	if (timeline) {
		const csv = read(TIMELINE_DEFINITION.file);
		if (csv !== undefined) {
			problems.attempt(() => {
				events = parseTimelineCsv(csv, `data/raw/${TIMELINE_DEFINITION.file}`, sources);
			});
		}
	}
	problems.throwIfAny();
	const files = renderSeriesModules(sources, built);
	return events ? { ...files, ...renderTimelineFiles(events) } : files;
}

/** Files in `outDir`'s folders that a fresh build would not write: a series since removed. */
function strays(outDir: string, files: Record<string, string>): string[] {
	const folders = new Set(Object.keys(files).map(dirname));
	return [...folders]
		.filter((folder) => folder !== '.' && existsSync(join(outDir, folder)))
		.flatMap((folder) => readdirSync(join(outDir, folder)).map((name) => join(folder, name)))
		.filter((name) => !Object.hasOwn(files, name));
}

/**
 * Write the generated files, each via a temporary file and a rename, so none is half-written,
 * then remove the ones no longer generated.
 */
export function writeModules(outDir: string, files: Record<string, string>): void {
	const gone = strays(outDir, files);
	for (const [name, content] of Object.entries(files)) {
		const path = join(outDir, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(`${path}.tmp`, content);
		renameSync(`${path}.tmp`, path);
	}
	for (const name of gone) rmSync(join(outDir, name));
}

/** The files in `outDir` that differ from a fresh build (missing or left over counts as different). */
export function staleModules(outDir: string, files: Record<string, string>): string[] {
	const differ = Object.entries(files)
		.filter(([name, content]) => {
			const path = join(outDir, name);
			return !existsSync(path) || readFileSync(path, 'utf8') !== content;
		})
		.map(([name]) => name);
	return [...differ, ...strays(outDir, files)];
}

/** Build (or with `check`, verify) the generated module; returns the process exit code. */
export function runBuild(
	options: BuildOptions & { check?: boolean },
	log: (message: string) => void = console.log,
	error: (message: string) => void = console.error
): number {
	let files: Record<string, string>;
	try {
		files = buildModules(options);
	} catch (e) {
		const { errors, total } = e instanceof DataError ? e : new DataError([(e as Error).message]);
		const shown = total > errors.length ? `; the first ${errors.length} follow` : '';
		error(`data: ${total} problem(s)${shown}; nothing was written.\n${errors.join('\n')}`);
		return 1;
	}
	if (options.check) {
		const stale = staleModules(options.outDir, files);
		if (stale.length) {
			const where = stale.map((name) => relative('.', join(options.outDir, name))).join(', ');
			error(`data:check: ${where} is out of date with data/raw; run npm run data:build`);
			return 1;
		}
		log('data:check: the generated module matches data/raw.');
		return 0;
	}
	writeModules(options.outDir, files);
	log(`data:build: wrote ${Object.keys(files).join(', ')} to ${relative('.', options.outDir)}`);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = runBuild({
		rawDir: join(ROOT, 'data/raw'),
		outDir: join(ROOT, 'src/lib/data/generated'),
		check: process.argv.includes('--check')
	});
}
