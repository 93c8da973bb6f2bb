import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { findFloor, hashTree, precompress } from './floor.js';

const made: string[] = [];
/** A temporary folder laid out as `files` says (path -> contents). */
function tree(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'floor-test-'));
	made.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findFloor(repoRoot)', () => {
	it('finds ../shared/bench-floor beside the checkout', () => {
		const root = tree({ 'shared/bench-floor/package.json': '{}', 'repo/package.json': '{}' });
		expect(findFloor(join(root, 'repo'), { env: {}, gitCommonDir: () => null })).toBe(
			join(root, 'shared/bench-floor')
		);
	});

	it('finds it beside the main checkout from a worktree that lives elsewhere', () => {
		const root = tree({
			'shared/bench-floor/package.json': '{}',
			'main/.git/HEAD': 'ref: refs/heads/main',
			'wt/perf/package.json': '{}'
		});
		expect(
			findFloor(join(root, 'wt/perf'), { env: {}, gitCommonDir: () => join(root, 'main/.git') })
		).toBe(join(root, 'shared/bench-floor'));
	});

	it('takes BENCH_FLOOR when it is set', () => {
		const root = tree({ 'elsewhere/package.json': '{}' });
		expect(findFloor('/nowhere', { env: { BENCH_FLOOR: join(root, 'elsewhere') } })).toBe(
			join(root, 'elsewhere')
		);
	});

	it('throws, naming where it looked, when there is no floor', () => {
		const root = tree({ 'repo/package.json': '{}' });
		expect(() => findFloor(join(root, 'repo'), { env: {}, gitCommonDir: () => null })).toThrow(
			/bench floor was not found \(looked in .*shared\/bench-floor\)/
		);
	});
});

describe('hashTree(dir)', () => {
	it('changes with a file and ignores installs and builds', () => {
		const dir = tree({ 'src/a.ts': 'one', 'package.json': '{}' });
		const before = hashTree(dir);
		writeFileSync(join(dir, 'build.txt'), 'x');
		expect(hashTree(dir)).not.toBe(before);
		const withFile = hashTree(dir);
		mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
		writeFileSync(join(dir, 'node_modules/x/index.js'), 'x');
		mkdirSync(join(dir, 'build'));
		writeFileSync(join(dir, 'build/index.html'), 'x');
		expect(hashTree(dir)).toBe(withFile);
	});
});

describe('precompress(dir)', () => {
	it('writes a brotli and a gzip copy of each page, script and style, and leaves pictures be', () => {
		const dir = mkdtempSync(join(tmpdir(), 'floor-precompress-'));
		try {
			mkdirSync(join(dir, '_app'));
			const files = {
				'index.html': '<!doctype html><title>Floor</title>' + '<p>x</p>'.repeat(200),
				'_app/start.js': 'export const x = 1;'.repeat(50),
				'_app/app.css': 'p{color:red}'
			};
			for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
			writeFileSync(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
			precompress(dir);
			for (const [name, text] of Object.entries(files)) {
				expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).toString()).toBe(text);
				expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).toString()).toBe(text);
			}
			expect(readFileSync(join(dir, 'index.html.br')).length).toBeLessThan(200);
			expect(existsSync(join(dir, 'picture.png.br'))).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
