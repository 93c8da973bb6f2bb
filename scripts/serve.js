#!/usr/bin/env node
/**
 * Serves build/ the way a static host does, for `npm start`, the end-to-end tests and the
 * benchmark. Files come from `sirv` (validators and 304, byte ranges, no path outside the root),
 * the build's own brotli and gzip copies (`index.html.br`, written at the highest settings by
 * the adapter's `precompress`) where Accept-Encoding allows, as nginx's `brotli_static` or Caddy's
 * `precompressed` serve them; `compression` compresses the rest on the fly (`q=0` honoured,
 * through `negotiator`, for both). On top sit what a host
 * adds: the base path of SITE_URL, a 308 to the trailing slash for a directory, build/404.html
 * with status 404, and the response headers the build writes to build/_headers, so the tests see
 * the headers a real host would send.
 *
 * A request is checked before any file is looked up: a path that does not decode, or that holds
 * a control character, a backslash, a `.`/`..` segment or an empty segment, gets 400. A redirect's
 * Location is built from the validated path, so it can only point at this site. Any error while
 * answering ends that response, never the process.
 *
 * Usage: node scripts/serve.js [--port 4173] [--host 127.0.0.1] [--dir build]
 *        (or PORT=… HOST=… node scripts/serve.js)
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import Negotiator from 'negotiator';
import sirv from 'sirv';
import { siteUrl } from './site-url.js';

/**
 * Check and decode a request target's path. Returns the decoded path, or undefined when the path
 * is malformed and deserves a 400.
 * @param {string} target the request line's target, e.g. `/embed/officers/?x=1`
 * @returns {string | undefined}
 */
export function safePath(target) {
	if (!target.startsWith('/')) return undefined;
	const raw = target.split('?')[0].split('#')[0];
	let path;
	try {
		path = decodeURIComponent(raw);
	} catch {
		return undefined;
	}
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
	if (/[\u0000-\u001f\u007f\\]/.test(path)) return undefined;
	const segments = path.split('/').slice(1);
	const inner = path.endsWith('/') ? segments.slice(0, -1) : segments;
	if (inner.some((s) => s === '' || s === '.' || s === '..')) return undefined;
	return path;
}

/**
 * The one byte range sirv answers correctly: `bytes=FIRST-` or `bytes=FIRST-LAST` with
 * FIRST <= LAST. Anything else (several ranges, a suffix, an If-Range, nonsense) is dropped, and
 * the whole file is sent with 200, which HTTP allows any server to do.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {string | undefined}
 */
export function singleRange(headers) {
	const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(headers.range ?? '');
	if (!match || headers['if-range'] !== undefined) return undefined;
	const [first, last] = [Number(match[1]), match[2] === '' ? undefined : Number(match[2])];
	if (last !== undefined && (last < first || last === 0)) return undefined;
	return headers.range;
}

/**
 * Read a Netlify/Cloudflare `_headers` file: a path pattern (`*` matches anything) on its own
 * line, then its headers indented beneath it. Every matching rule's headers apply.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
	const rules = [];
	for (const [i, line] of text.split(/\r?\n/).entries()) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replaceAll('*', '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		if (!rules.length || colon < 0) throw new Error(`_headers:${i + 1}: expected "Name: value"`);
		rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * @typedef {object} ServeOptions
 * @property {string} root the built site's directory
 * @property {string} base the base path of SITE_URL: '' or '/something'
 */

/**
 * Negotiator's choice of encoding, with the server's order to settle a tie (negotiator 0.6.4
 * takes it, as `compression` uses it; its published types predate the second argument).
 */
const preferredEncoding =
	/** @type {(this: Negotiator, available: string[], preferred: string[]) => string | undefined} */ (
		Negotiator.prototype.encoding
	);

/**
 * The request handler: everything but listening.
 * @param {ServeOptions} options
 * @returns {import('node:http').RequestListener}
 */
export function siteHandler({ root, base }) {
	const headersPath = join(root, '_headers');
	const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
	// dev: look files up on every request, so a rebuild while serving is served, not a stale list.
	const files = sirv(root, {
		dev: true,
		etag: true,
		extensions: [],
		dotfiles: false,
		brotli: true,
		gzip: true
	});
	// Level 6 and no size threshold: what the benchmark's byte report assumes a host sends.
	// A byte range is of the file as stored, so a ranged answer is never compressed.
	const gzip = compression({
		threshold: 0,
		filter: (req, res) => !req.headers.range && compression.filter(req, res)
	});

	/** @param {import('node:http').ServerResponse} res @param {string} path */
	const applyRules = (res, path) => {
		for (const rule of rules) {
			if (rule.pattern.test(path))
				for (const [name, value] of rule.headers) res.setHeader(name, value);
		}
	};

	/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
	const plain = (res, status, text) => {
		res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
		res.end(text);
	};

	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
	const notFound = async (req, res) => {
		let page;
		try {
			page = await readFile(join(root, '404.html'));
		} catch {
			// The build is being rewritten (or has no 404 page): still an answer, not a crash.
			return plain(res, 404, 'Not found');
		}
		if (res.destroyed) return;
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
		res.end(req.method === 'HEAD' ? undefined : page);
	};

	/** @param {string} local a validated path without the base */
	const directoryIndex = (local) => {
		try {
			const dir = join(root, local);
			return statSync(dir).isDirectory() && existsSync(join(dir, 'index.html'));
		} catch {
			return false;
		}
	};

	return (req, res) => {
		// A file stream that fails (the build rewritten under it) ends this response only; one left
		// behind by an aborted download is closed so its descriptor is freed.
		res.on('pipe', (source) => {
			source.on('error', () => res.destroy());
			res.once('close', () => source.destroy());
		});
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.setHeader('allow', 'GET, HEAD');
				return plain(res, 405, 'Method not allowed');
			}
			const target = req.url ?? '';
			const path = safePath(target);
			if (path === undefined) return plain(res, 400, 'Bad request');
			applyRules(res, path);
			if (base && path !== base && !path.startsWith(base + '/')) return void notFound(req, res);
			const local = path.slice(base.length);
			if (local === '/_headers') return void notFound(req, res);
			// The base path itself (`/sub`) is a directory too.
			if (!local.endsWith('/') && (local === '' || directoryIndex(local))) {
				// Built only from the validated path, each segment re-encoded: it cannot leave the site.
				const query = new URL(target, 'http://localhost').search;
				const location = `${base}${local}/`.split('/').map(encodeURIComponent).join('/');
				res.writeHead(308, { location: location + query });
				return res.end();
			}
			const range = singleRange(req.headers);
			if (range) req.headers.range = range;
			else delete req.headers.range;
			// sirv picks a stored copy by a substring of Accept-Encoding (`gzip;q=0` would get gzip):
			// the client's one preferred encoding is worked out here and the header set to it. A byte
			// range is of the file as stored, so a ranged answer is never of a compressed copy. Where
			// the client likes both alike (browsers send `gzip, deflate, br`), brotli: it is smaller.
			const encoding = range
				? undefined
				: preferredEncoding.call(new Negotiator(req), ['br', 'gzip'], ['br', 'gzip']);
			if (encoding) req.headers['accept-encoding'] = encoding;
			else delete req.headers['accept-encoding'];
			const file = local.endsWith('/') ? `${local}index.html` : local;
			req.url = file.split('/').map(encodeURIComponent).join('/');
			gzip(/** @type {any} */ (req), /** @type {any} */ (res), () =>
				files(req, res, () => void notFound(req, res))
			);
		} catch (error) {
			console.error(error);
			if (!res.headersSent) plain(res, 500, 'Server error');
			else res.destroy();
		}
	};
}

/** @param {string[]} args @param {string} name */
function option(args, name) {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
}

function main() {
	const args = process.argv.slice(2);
	const port = Number(option(args, 'port') ?? process.env.PORT ?? 4173);
	const host = option(args, 'host') ?? process.env.HOST ?? '127.0.0.1';
	const root = resolve(option(args, 'dir') ?? 'build');
	const { base } = siteUrl(process.env.SITE_URL);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(port)}`);
		process.exit(2);
	}
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`No build found at ${root}. Run \`npm run build\` first.`);
		process.exit(1);
	}
	const server = createServer(siteHandler({ root, base }));
	server.on('error', (error) => {
		const code = /** @type {NodeJS.ErrnoException} */ (error).code;
		if (code === 'EADDRINUSE') {
			console.error(
				`Port ${port} on ${host} is already in use. Stop what is using it, or pick another: --port ${port + 1}`
			);
		} else console.error(`Cannot serve on ${host}:${port}: ${error.message}`);
		process.exit(1);
	});
	server.listen(port, host, () => {
		const address = server.address();
		const bound = typeof address === 'object' && address ? address.port : port;
		const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
		console.log(`Holding the Line is being served at http://${shown}:${bound}${base}/`);
		console.log('Press Ctrl+C to stop.');
	});
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			server.close(() => process.exit(0));
			server.closeAllConnections();
		});
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
