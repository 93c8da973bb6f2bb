/**
 * The bare-stack floor (`../shared/bench-floor/` beside the repository): one SvelteKit page, one
 * LayerCake chart, scrollama, system fonts. The benchmark measures it in the same run as the story
 * so each figure can be read as a ratio: this machine is too noisy for absolute times to hold.
 * The shared copy is read-only, so it is copied to a temporary folder named after a hash of its
 * files, installed and built there once, and reused while its files stay the same.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	chmodSync,
	cpSync,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Relative to the repository's root, as the issue and DESIGN.md name it. */
const FLOOR_FROM_REPO = '../shared/bench-floor';
const SKIP = new Set(['node_modules', 'build', '.svelte-kit']);
const STAMP = '.bench-floor-built';

/**
 * Where the floor's source is: BENCH_FLOOR if set, else `../shared/bench-floor` from this
 * checkout's root, else from the main checkout's root when this is a git worktree (worktrees
 * live elsewhere, but share the main checkout's neighbours).
 * @param {string} repoRoot
 * @param {{ env?: Record<string, string | undefined>, gitCommonDir?: () => string | null }} [options]
 * @returns {string} an absolute path holding the floor's package.json
 */
export function findFloor(repoRoot, options = {}) {
	const env = options.env ?? process.env;
	const candidates = [];
	if (env.BENCH_FLOOR?.trim()) candidates.push(resolve(env.BENCH_FLOOR.trim()));
	else {
		candidates.push(resolve(repoRoot, FLOOR_FROM_REPO));
		const common = (options.gitCommonDir ?? gitCommonDir)();
		if (common) candidates.push(resolve(dirname(resolve(repoRoot, common)), FLOOR_FROM_REPO));
	}
	const found = candidates.find((dir) => existsSync(join(dir, 'package.json')));
	if (!found)
		throw new Error(
			`The bench floor was not found (looked in ${candidates.join(', ')}). ` +
				'Set BENCH_FLOOR to the folder holding its package.json, or run with --no-floor.'
		);
	return found;
}

/** @returns {string | null} the git common dir of the checkout in the working directory */
function gitCommonDir() {
	const result = spawnSync('git', ['rev-parse', '--git-common-dir'], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * A short hash of every file under dir (names and contents), leaving out installs and builds.
 * @param {string} dir
 */
export function hashTree(dir) {
	const hash = createHash('sha256');
	/** @param {string} at */
	const walk = (at) => {
		for (const name of readdirSync(at).sort()) {
			if (SKIP.has(name)) continue;
			const path = join(at, name);
			if (statSync(path).isDirectory()) walk(path);
			else hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
		}
	};
	walk(dir);
	return hash.digest('hex').slice(0, 12);
}

/**
 * The copy keeps the shared folder's read-only modes; npm needs to write into it.
 * @param {string} at
 */
function makeWritable(at) {
	const stat = statSync(at);
	chmodSync(at, stat.mode | 0o200);
	if (stat.isDirectory()) for (const name of readdirSync(at)) makeWritable(join(at, name));
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} env
 */
function run(command, args, cwd, env) {
	const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 2, 2] });
	if (result.status !== 0)
		throw new Error(
			`bench floor: \`${command} ${args.join(' ')}\` failed in ${cwd} (exit ${result.status}).`
		);
}

/** The files SvelteKit's adapters precompress (Builder#compress), with the same settings. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm']);

/**
 * Writes a brotli and a gzip copy beside every compressible file under dir, as the story's build
 * does (adapter-static's `precompress`): the floor is served as the story is, from stored copies.
 * @param {string} dir
 */
export function precompress(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) precompress(path);
		else if (COMPRESSIBLE.has(extname(entry.name))) {
			const bytes = readFileSync(path);
			const brotli = {
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
				[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			};
			writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: brotli }));
			writeFileSync(`${path}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
		}
	}
}

/**
 * Copies, installs and builds the floor once per version of its files.
 * @param {string} source the floor's read-only folder
 * @param {(message: string) => void} log
 * @returns {string} the floor's build folder
 */
export function prepareFloor(source, log) {
	const dir = join(tmpdir(), `holding-the-line-bench-floor-${hashTree(source)}`);
	const build = join(dir, 'build');
	if (existsSync(join(dir, STAMP)) && existsSync(join(build, 'index.html'))) {
		log(`bench: floor already built at ${dir}`);
		// Built by a bench from before the story's build was precompressed.
		if (!existsSync(join(build, 'index.html.br'))) precompress(build);
		return build;
	}
	log(`bench: copying the floor from ${source} to ${dir}, then npm ci and build (once)`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(source, dir, {
		recursive: true,
		filter: (from) => !SKIP.has(relative(source, from).split(/[\\/]/)[0])
	});
	makeWritable(dir);
	// The floor is built for the root of its own server, whatever SITE_URL the story uses.
	const env = { ...process.env };
	delete env.SITE_URL;
	delete env.SOURCEMAPS;
	run('npm', ['ci', '--no-audit', '--no-fund'], dir, env);
	run('npm', ['run', 'build'], dir, env);
	if (!existsSync(join(build, 'index.html')))
		throw new Error(`bench floor: the build wrote no ${join(build, 'index.html')}.`);
	// A static host answers unknown paths with some page; scripts/serve.js expects a 404.html.
	if (!existsSync(join(build, '404.html')))
		writeFileSync(
			join(build, '404.html'),
			'<!doctype html><title>Not found</title><p>Not found.</p>\n'
		);
	precompress(build);
	writeFileSync(join(dir, STAMP), new Date().toISOString() + '\n');
	return build;
}
