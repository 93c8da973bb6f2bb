/** Where the sub-path build the build-output tests read lives, and how to read it. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export const SUBPATH_SITE_URL = 'https://example.org/holding-the-line';
export const SUBPATH_BUILD_DIR = 'build-subpath';
export const BASE = '/holding-the-line';

/** Every file in the build, as paths relative to its root with forward slashes. */
export function builtFiles(root = SUBPATH_BUILD_DIR): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? walk(path) : [relative(root, path).split('\\').join('/')];
		});
	return walk(root);
}

export function read(path: string, root = SUBPATH_BUILD_DIR): string {
	return readFileSync(join(root, path), 'utf8');
}

export function readBytes(path: string, root = SUBPATH_BUILD_DIR): Buffer {
	return readFileSync(join(root, path));
}

export function exists(path: string, root = SUBPATH_BUILD_DIR): boolean {
	return existsSync(join(root, path));
}

/**
 * A built script and every script it can fetch: what it imports, statically or later
 * (`import("./x.js")`, as the story's start-up does when a block wakes), and so on.
 */
export function scriptsReachedFrom(file: string, root = SUBPATH_BUILD_DIR): Set<string> {
	const seen = new Set<string>();
	const visit = (at: string) => {
		if (seen.has(at)) return;
		seen.add(at);
		for (const [, path] of read(at, root).matchAll(/["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
			visit(posix.join(posix.dirname(at), path));
	};
	visit(file);
	return seen;
}

/** Attribute values of `<meta property|name=key content=…>` in an HTML document. */
export function meta(html: string, key: string): string | undefined {
	const tag = html.match(new RegExp(`<meta[^>]+(?:property|name)="${key}"[^>]*>`));
	return tag?.[0].match(/content="([^"]*)"/)?.[1];
}

/** Width and height of a PNG, from its IHDR chunk; throws when it is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
	const signature = '89504e470d0a1a0a';
	if (png.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
	if (png.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error('PNG without IHDR first');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
