/**
 * What the production build holds, read from build/ when a test runs (not when it is collected:
 * Playwright's webServer builds the site after the test files are loaded).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILD_DIR = fileURLToPath(new URL('../../build/', import.meta.url));

/** Every file under build/, as paths relative to it with forward slashes. */
export function builtFiles(dir = BUILD_DIR): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return builtFiles(path);
		return [relative(BUILD_DIR, path).split(sep).join('/')];
	});
}

export interface BuiltPage {
	/** Path inside build/, e.g. `embed/officers/index.html`. */
	file: string;
	/** The URL path a static host serves it at, e.g. `/embed/officers/`. */
	url: string;
}

/** `x/index.html` is served at `/x/`; any other `.html` file (404.html) at its own name. */
export function urlOf(file: string): string {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
	return `/${file}`;
}

/** Every HTML page in build/, story first. */
export function builtPages(): BuiltPage[] {
	return builtFiles()
		.filter((file) => file.endsWith('.html'))
		.sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)))
		.map((file) => ({ file, url: urlOf(file) }));
}

/**
 * The build/ file a URL path is served from, or undefined when there is none. A directory
 * path must end in `/` (trailingSlash: 'always'); otherwise the host would have to redirect.
 */
export function fileFor(pathname: string, files: ReadonlySet<string>): string | undefined {
	const path = decodeURIComponent(pathname).replace(/^\/+/, '');
	if (path === '' || path.endsWith('/')) {
		const index = `${path}index.html`;
		return files.has(index) ? index : undefined;
	}
	return files.has(path) ? path : undefined;
}
