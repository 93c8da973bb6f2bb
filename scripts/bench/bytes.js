/**
 * What a built page loads before it is interactive, read from build/: the JS and CSS files its
 * HTML links (modulepreload, stylesheets, the inline start-up imports) and every JS file those
 * import statically, each with its raw and gzip size, and the JS split by npm package / source
 * folder through the `.map` files next to the chunks.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attribute } from './sourcemap.js';

/**
 * @typedef {object} ChunkFigures
 * @property {string} file path inside build/
 * @property {'js' | 'css'} kind
 * @property {number} raw bytes
 * @property {number} gzip bytes at gzip level 9 (the server's level 6 differs by a few bytes)
 */

/**
 * @typedef {object} BucketFigures
 * @property {string} bucket `node_modules/<package>`, `src/lib/<folder>`, `src/routes` …
 * @property {number} raw bytes of minified JS
 * @property {number} gzip estimated: each chunk's gzip size shared pro rata to its raw bytes
 */

/**
 * @typedef {object} PageBytes
 * @property {string} page path inside build/
 * @property {ChunkFigures[]} chunks
 * @property {BucketFigures[]} packages JS only
 * @property {{ js: { raw: number, gzip: number }, css: { raw: number, gzip: number } }} totals
 * @property {string[]} withoutMap JS chunks that had no `.map` (their bytes show as one bucket)
 */

/** @param {string} text */
const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Local asset URLs a page's HTML loads on start: modulepreload and stylesheet links, script
 * src, and the `import("…")` calls of SvelteKit's inline start-up script.
 * @param {string} html
 * @returns {string[]} URL paths as written
 */
export function startupAssets(html) {
	const found = new Set();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = tag.match(/\brel="([^"]*)"/)?.[1] ?? '';
		const href = tag.match(/\bhref="([^"]*)"/)?.[1];
		if (href && /\b(modulepreload|stylesheet)\b/.test(rel)) found.add(href);
	}
	for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)) found.add(src);
	for (const [, src] of html.matchAll(/\bimport\(\s*"([^"]+\.js)"\s*\)/g)) found.add(src);
	return [...found].filter((url) => url.startsWith('/') && !url.startsWith('//'));
}

/**
 * The route nodes (layout, page) Kit's start-up script hydrates: it imports them from app.js
 * at once, so they load on start whether or not the HTML preloads them.
 * @param {string} html
 * @returns {number[]}
 */
export function startupNodes(html) {
	const list = html.match(/\bnode_ids:\s*\[([\d,\s]*)\]/)?.[1] ?? '';
	return list
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean)
		.map(Number);
}

/**
 * Files a built JS chunk imports statically (`import … from "./x.js"`, `import "./x.js"`).
 * @param {string} code
 * @returns {string[]} specifiers relative to the chunk
 */
export function staticImports(code) {
	const found = new Set();
	for (const [, spec] of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
		found.add(spec);
	return [...found];
}

/**
 * @param {string} buildDir
 * @param {string} htmlFile path inside build/, e.g. `index.html`
 * @param {string} base the site's base path ('' or '/sub')
 * @returns {PageBytes}
 */
export function pageBytes(buildDir, htmlFile, base) {
	const html = readFileSync(join(buildDir, htmlFile), 'utf8');
	/** @type {Set<string>} paths inside build/ */
	const files = new Set();
	/** @param {string} file */
	const visit = (file) => {
		if (files.has(file) || !existsSync(join(buildDir, file))) return;
		files.add(file);
		if (!file.endsWith('.js')) return;
		const code = readFileSync(join(buildDir, file), 'utf8');
		for (const spec of staticImports(code)) visit(posix.join(posix.dirname(file), spec));
	};
	for (const url of startupAssets(html)) {
		const path = decodeURI(url.split(/[?#]/)[0]);
		if (base && !path.startsWith(base + '/')) continue;
		visit(path.slice(base.length + 1));
	}
	const nodesDir = '_app/immutable/nodes';
	const nodeFiles = existsSync(join(buildDir, nodesDir))
		? readdirSync(join(buildDir, nodesDir))
		: [];
	for (const id of startupNodes(html)) {
		const file = nodeFiles.find((name) => name.startsWith(`${id}.`) && name.endsWith('.js'));
		if (file) visit(`${nodesDir}/${file}`);
	}

	/** @type {ChunkFigures[]} */
	const chunks = [];
	/** @type {Map<string, { raw: number, gzip: number }>} */
	const buckets = new Map();
	/** @type {string[]} */
	const withoutMap = [];
	for (const file of [...files].sort()) {
		const kind = file.endsWith('.css') ? 'css' : 'js';
		const code = readFileSync(join(buildDir, file), 'utf8');
		const chunk = { file, kind, raw: Buffer.byteLength(code), gzip: gzipSize(code) };
		chunks.push(/** @type {ChunkFigures} */ (chunk));
		if (kind !== 'js') continue;
		const mapFile = join(buildDir, `${file}.map`);
		if (!existsSync(mapFile)) {
			withoutMap.push(file);
			addBucket(buckets, `(no map) ${file}`, chunk.raw, chunk.gzip);
			continue;
		}
		const map = JSON.parse(readFileSync(mapFile, 'utf8'));
		for (const [bucket, raw] of attribute(code, map))
			addBucket(buckets, bucket, raw, (chunk.gzip * raw) / chunk.raw);
	}
	/** @param {'js' | 'css'} kind */
	const total = (kind) =>
		chunks
			.filter((c) => c.kind === kind)
			.reduce((t, c) => ({ raw: t.raw + c.raw, gzip: t.gzip + c.gzip }), { raw: 0, gzip: 0 });
	return {
		page: htmlFile,
		chunks,
		packages: [...buckets]
			.map(([bucket, v]) => ({ bucket, raw: v.raw, gzip: Math.round(v.gzip) }))
			.sort((a, b) => b.raw - a.raw),
		totals: { js: total('js'), css: total('css') },
		withoutMap
	};
}

/**
 * @param {Map<string, { raw: number, gzip: number }>} buckets
 * @param {string} bucket
 * @param {number} raw
 * @param {number} gzip
 */
function addBucket(buckets, bucket, raw, gzip) {
	const entry = buckets.get(bucket) ?? { raw: 0, gzip: 0 };
	buckets.set(bucket, { raw: entry.raw + raw, gzip: entry.gzip + gzip });
}

/**
 * Every `.map` file under build/, so the report can say whether maps would be deployed.
 * @param {string} buildDir
 * @param {string} [dir]
 * @returns {string[]}
 */
export function mapFiles(buildDir, dir = buildDir) {
	/** @type {string[]} */
	const out = [];
	for (const entry of readdirSafe(dir)) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...mapFiles(buildDir, path));
		else if (entry.name.endsWith('.map')) out.push(relative(buildDir, path));
	}
	return out;
}

/** @param {string} dir */
function readdirSafe(dir) {
	try {
		return readdirSync(dir, { withFileTypes: true });
	} catch {
		return [];
	}
}
