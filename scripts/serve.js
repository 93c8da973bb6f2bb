#!/usr/bin/env node
/**
 * Serves build/ the way a plain static host does: files as they are, directories through their
 * index.html (redirecting to the trailing slash), gzip for text, and build/404.html with a 404
 * status for anything else. The base path of SITE_URL is honoured so a sub-path build can be
 * checked locally. Zero dependencies, so a fresh machine needs nothing more than `npm ci`.
 *
 * Usage: node scripts/serve.js [--port 4173] [--dir build]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { siteUrl } from './site-url.js';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4173'));
const root = resolve(option('dir', 'build'));
const { base } = siteUrl(process.env.SITE_URL);

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.svg',
	'.csv',
	'.txt',
	'.xml',
	'.map'
]);

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No build found at ${root}. Run \`npm run build\` first.`);
	process.exit(1);
}

/** @param {string} pathname */
function fileFor(pathname) {
	const inside = normalize(join(root, pathname));
	if (inside !== root && !inside.startsWith(root + sep)) return undefined;
	if (!existsSync(inside)) return undefined;
	return { path: inside, stat: statSync(inside) };
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} path
 */
function send(req, res, status, path) {
	const ext = extname(path);
	/** @type {Record<string, string>} */
	const headers = {
		'content-type': TYPES[ext] ?? 'application/octet-stream',
		'cache-control': path.includes(`${sep}_app${sep}immutable${sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		'x-content-type-options': 'nosniff',
		vary: 'accept-encoding'
	};
	const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	if (gzip) headers['content-encoding'] = 'gzip';
	res.writeHead(status, headers);
	if (req.method === 'HEAD') return res.end();
	const stream = createReadStream(path);
	(gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		pathname = '/';
	}
	const notFound = () => send(req, res, 404, join(root, '404.html'));
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD' });
		return res.end();
	}
	if (base && pathname !== base && !pathname.startsWith(base + '/')) return notFound();
	const local = pathname.slice(base.length) || '/';
	const found = fileFor(local);
	if (found?.stat.isFile()) return send(req, res, 200, found.path);
	if (found?.stat.isDirectory()) {
		if (!local.endsWith('/')) {
			res.writeHead(308, { location: `${base}${local}/${url.search}` });
			return res.end();
		}
		const index = join(found.path, 'index.html');
		if (existsSync(index)) return send(req, res, 200, index);
	}
	// Hosts such as Netlify and Cloudflare Pages also try `<path>.html`.
	const html = fileFor(local.replace(/\/$/, '') + '.html');
	if (html?.stat.isFile()) return send(req, res, 200, html.path);
	notFound();
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Holding the Line is being served at http://localhost:${port}${base}/`);
	console.log('Press Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
