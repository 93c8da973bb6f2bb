/**
 * Attributes the bytes of a built chunk to where they came from, using its source map: each
 * mapped segment's generated text is counted against its source file's bucket
 * (`node_modules/<package>`, `src/lib/<folder>`, `src/routes`, `.svelte-kit` …).
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/**
 * Decodes one source-map segment (Base64 VLQ) into its numbers.
 * @param {string} segment
 * @returns {number[]}
 */
function decodeVlq(segment) {
	/** @type {number[]} */
	const values = [];
	let value = 0;
	let shift = 0;
	for (const char of segment) {
		const digit = DIGIT.get(char);
		if (digit === undefined) throw new Error(`Invalid VLQ character ${JSON.stringify(char)}`);
		value += (digit & 31) << shift;
		if (digit & 32) {
			shift += 5;
		} else {
			values.push(value & 1 ? -(value >>> 1) : value >>> 1);
			value = 0;
			shift = 0;
		}
	}
	return values;
}

/**
 * The bucket a source path belongs to: the npm package for dependencies, the folder for our code.
 * @param {string} source a path from a map's `sources`, relative to the map
 */
function bucketOf(source) {
	const path = source.replaceAll('\\', '/');
	const inModules = path.lastIndexOf('node_modules/');
	if (inModules >= 0) {
		const parts = path.slice(inModules + 'node_modules/'.length).split('/');
		return `node_modules/${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
	}
	const src = path.match(/(?:^|\/)src\/(.*)$/);
	if (src) {
		const parts = src[1].split('/');
		if (parts[0] === 'lib' && parts.length > 2) return `src/lib/${parts[1]}`;
		return parts.length > 1 ? `src/${parts[0]}` : `src/${parts[0]} (file)`;
	}
	// SvelteKit's generated entry files, mapped relative to .svelte-kit/output/.
	if (/(^|\/)(\.svelte-kit|generated)\//.test(path)) return '.svelte-kit/generated';
	return path.replace(/^(\.\.\/)+/, '') || '(unknown)';
}

/**
 * @typedef {object} SourceMap
 * @property {string[]} sources
 * @property {string} mappings
 */

/**
 * Bytes of `code` per bucket. Text that no segment maps (or maps without a source) is
 * counted as "(unmapped)", so the buckets always add up to the chunk's size.
 * @param {string} code the generated file
 * @param {SourceMap} map its source map
 * @returns {Map<string, number>}
 */
export function attribute(code, map) {
	/** @type {Map<string, number>} */
	const totals = new Map();
	/** @param {string} bucket @param {string} text */
	const add = (bucket, text) => {
		if (text) totals.set(bucket, (totals.get(bucket) ?? 0) + Buffer.byteLength(text));
	};
	const buckets = map.sources.map((s) => bucketOf(s ?? ''));
	const lines = code.split('\n');
	const mappingLines = map.mappings.split(';');
	let source = 0;
	lines.forEach((line, i) => {
		const eol = i < lines.length - 1 ? '\n' : '';
		/** @type {{ column: number, bucket: string }[]} */
		const segments = [];
		let column = 0;
		for (const raw of (mappingLines[i] ?? '').split(',')) {
			if (!raw) continue;
			const fields = decodeVlq(raw);
			column += fields[0];
			if (fields.length >= 4) {
				source += fields[1];
				segments.push({ column, bucket: buckets[source] ?? '(unmapped)' });
			} else {
				segments.push({ column, bucket: '(unmapped)' });
			}
		}
		// Mapping columns count UTF-16 units, the same as String#slice.
		add('(unmapped)', line.slice(0, segments[0]?.column ?? line.length));
		segments.forEach((segment, j) => {
			add(segment.bucket, line.slice(segment.column, segments[j + 1]?.column ?? line.length));
		});
		add('(unmapped)', eol);
	});
	return totals;
}
