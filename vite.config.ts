import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { build as viteBuild, type Plugin, type ResolvedConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { missingSiteUrlWarning, siteUrl } from './scripts/site-url.js';
import { CLIENT_OUT, STORY_MANIFEST, STORY_START_MODULE } from './src/lib/server/storyFiles';

const site = siteUrl(process.env.SITE_URL);

/** V8's compile hint (Chrome 136+; a comment elsewhere), which must be a file's first line. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Whether a script's syntax tree defines a function (a method is a function expression). */
function definesFunctions(program: unknown): boolean {
	const nodes = [program];
	while (nodes.length > 0) {
		const node = nodes.pop();
		if (node === null || typeof node !== 'object') continue;
		const type = (node as { type?: unknown }).type;
		if (
			type === 'FunctionDeclaration' ||
			type === 'FunctionExpression' ||
			type === 'ArrowFunctionExpression'
		)
			return true;
		nodes.push(...Object.values(node));
	}
	return false;
}

/**
 * Every script with a function in it asks V8 to compile all of it as it loads, on the thread that
 * streams it in, rather than each function on the main thread the first time it runs. At 4x CPU,
 * the story's main thread parsed and compiled for 155-181 ms over its load without the hint and
 * 77-90 with it; a block's first hydration and its chart's, in idle slices, took 35-39 and 45-53 ms
 * without and 11-14 and 25-33 with. A script of data alone (a chart's series) has nothing for the
 * hint to bring forward, and 28 bytes gzip of a read's budget to save. Added last: Vite puts a
 * file's list of preloads above everything else, and minifying drops comments.
 */
function compileHint(): Plugin {
	return {
		name: 'compile-hint',
		apply: 'build',
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				for (const file of Object.values(bundle)) {
					if (file.type !== 'chunk' || file.code.startsWith(COMPILE_HINT)) continue;
					if (!definesFunctions(this.parse(file.code))) continue;
					file.code = `${COMPILE_HINT}\n${file.code}`;
					// The code moved down a line: so do its source map's (for the bench's byte report).
					const map = bundle[`${file.fileName}.map`];
					if (map?.type === 'asset' && typeof map.source === 'string') {
						const json = JSON.parse(map.source);
						json.mappings = `;${json.mappings}`;
						map.source = JSON.stringify(json);
					}
					if (file.map) file.map.mappings = `;${file.map.mappings}`;
				}
			}
		}
	};
}

/**
 * How both client builds (Kit's, for every page but the story, and the story's own: `storyStart`)
 * split their code. Fewer, larger chunks where a page would fetch a dozen small ones: every file
 * costs a phone its headers (about 500 bytes here) and a request. Each group names its modules,
 * and takes what they import with them (rolldown's default), so a group must not name a module
 * that pulls in what its pages do not need.
 * - story-start: the story's small modules that its start-up and its blocks both import (the
 *   outline, the reader's place, the idle queue, the labels, the tokens, the links) and Vite's
 *   preload helper, with the Svelte runtime they need. The story starts with 3 files.
 * - arrays: d3-array alone. The charts' scales and d3-time both use it; taken into the dates'
 *   group it made every read of the story fetch the dates' 4.7 KB for 1 KB of it.
 * - dates: d3-time-format, for the sources page's dates, so that page does not take the charts'
 *   kit, whose d3-scale imports it too.
 * - chart-kit: LayerCake, the d3 modules, the layers and the figure every chart is drawn with,
 *   and the story block's own shell (its figure, stepper, chart slot and the views it prepares),
 *   which every block loads with them; not the charts' own files, views or data, which stay with
 *   their blocks. The shell on its own was two more files and 1 KB more gzip over a read, each
 *   block's chunk compressed apart from the kit's.
 */
const CODE_SPLITTING = {
	groups: [
		{
			name: 'story-start',
			test: /^\0vite[\\/]preload-helper\.js$|[\\/]src[\\/]lib[\\/](links|site|controls|tokens|story[\\/](outline|activeStep|blocks|story\.svelte|skipLinks|idle|placeAhead|stickyFit)|charts[\\/](ids|motion)|share[\\/]copyText)\.ts$/
		},
		{
			name: 'arrays',
			test: /[\\/]node_modules[\\/]d3-array[\\/]/
		},
		{
			name: 'dates',
			test: /[\\/]node_modules[\\/]d3-time(-format)?[\\/]|[\\/]src[\\/]lib[\\/]formatDate\.ts$/
		},
		{
			name: 'chart-kit',
			test: /[\\/]node_modules[\\/](layercake|d3-[a-z]+|svelte[\\/]src[\\/]motion)[\\/]|[\\/]src[\\/]lib[\\/](format|data[\\/](observation|derive|rows)|story[\\/](StoryBlock|BlockFigure|Stepper|ChartSlot|SkipChart|placeChart|drawnState\.svelte|blockViews)|charts[\\/](layers[\\/].*|ChartFigure|ChartActions|NumbersTable|SourceLine|sourceLine|sayView|CartesianChart|ChartCake|Layout|geometry|viewHelpers|define|follow\.svelte))\.(ts|svelte)$/
		}
	]
};

/** What the story's build knows of its files, for the lists of files each dynamic import preloads. */
interface LoadedFiles {
	/** Each chunk's files loaded by the time it runs: its static imports, all the way down. */
	byChunk: Map<string, Set<string>>;
	/** The block's shell (StoryBlock's chunk) and what it imports: asked for before any chart's. */
	blockShell: Set<string>;
}

const BLOCK_SHELL_MODULE = /[\\/]src[\\/]lib[\\/]story[\\/]StoryBlock\.svelte$/;

/**
 * Reads the bundle before Vite writes each dynamic import's list of files to preload
 * (`storyStart`'s `resolveDependencies`).
 */
function loadedWith(files: LoadedFiles): Plugin {
	return {
		name: 'loaded-with',
		apply: 'build',
		generateBundle: {
			order: 'pre',
			handler(_, bundle) {
				const closure = (file: string) => {
					const loaded = new Set<string>();
					const visit = (at: string) => {
						const chunk = bundle[at];
						if (chunk?.type !== 'chunk') return;
						for (const next of chunk.imports)
							if (!loaded.has(next)) {
								loaded.add(next);
								visit(next);
							}
					};
					visit(file);
					return loaded;
				};
				for (const [file, chunk] of Object.entries(bundle)) {
					if (chunk.type !== 'chunk') continue;
					const loaded = closure(file);
					files.byChunk.set(file, loaded);
					if (chunk.moduleIds.some((id) => BLOCK_SHELL_MODULE.test(id)))
						for (const shell of [file, ...loaded]) files.blockShell.add(shell);
				}
			}
		}
	};
}

/**
 * The story page is printed whole and has no Kit client (`csr = false`): its one script is its
 * own start-up, built here, once Kit's client build has written its files, as a build of its own
 * into the same folder, which the adapter then copies with the rest. Its own build, not an entry
 * of Kit's: a chunk shared with Kit's pages carried all of the Svelte runtime any of them uses
 * (Kit's error boundary, its head and class-component shims), 3.7 KB gzip more over a read of the
 * story. The story's files are not shared with the other pages', which are a link away, not on
 * the story's path.
 */
function storyStart(): Plugin {
	let resolved: ResolvedConfig;
	return {
		name: 'story-start',
		apply: 'build',
		configResolved(config) {
			resolved = config;
		},
		async closeBundle() {
			// Kit builds the server first, then its client with this same config: after the client.
			const out = path.resolve(resolved.root, resolved.build.outDir);
			if (resolved.build.ssr || out !== path.resolve(resolved.root, CLIENT_OUT)) return;
			const loaded: LoadedFiles = { byChunk: new Map(), blockShell: new Set() };
			await viteBuild({
				configFile: false,
				root: resolved.root,
				base: resolved.base,
				mode: resolved.mode,
				logLevel: 'warn',
				// The Svelte plugin reads svelte.config.js, as Kit's does.
				plugins: [svelte(), compileHint(), loadedWith(loaded)],
				resolve: { alias: { $lib: path.resolve('src/lib') } },
				define: resolved.define,
				build: {
					outDir: CLIENT_OUT,
					emptyOutDir: false,
					copyPublicDir: false,
					manifest: STORY_MANIFEST,
					sourcemap: resolved.build.sourcemap,
					// What a waking block's requests preload beside the file each imports: only files not
					// yet asked for. Vite's lists also held that file itself (the import asks for it in the
					// same task), the story's shared start-up chunk (loaded since the page started) and, for
					// a chart's code, the block's shell, which wakeBlock.ts asks for first. Each preload is a
					// <link> added to the head, 3-5 ms at 4x CPU even for a file already loaded: the first
					// block's first request added three, in frames of 50-57 ms at a read's start.
					modulePreload: {
						resolveDependencies: (target, files, { hostId }) =>
							files.filter(
								(file) =>
									file !== target &&
									!loaded.byChunk.get(hostId)?.has(file) &&
									(loaded.blockShell.has(target) || !loaded.blockShell.has(file))
							)
					},
					rolldownOptions: {
						input: { story: path.resolve(STORY_START_MODULE) },
						output: {
							entryFileNames: '_app/immutable/entry/[name].[hash].js',
							chunkFileNames: '_app/immutable/chunks/[hash].js',
							codeSplitting: CODE_SPLITTING
						}
					}
				}
			});
		}
	};
}

export default defineConfig(({ command, mode }) => {
	const warning =
		command === 'build' && mode === 'production' && missingSiteUrlWarning(process.env.SITE_URL);
	// Printed at the start and again at the end of the build, where it is seen.
	if (warning) console.warn(warning);
	return {
		plugins: [
			sveltekit(),
			storyStart(),
			compileHint(),
			{ name: 'site-url-warning', closeBundle: () => void (warning && console.warn(warning)) }
		],
		define: {
			// Absolute URLs (Open Graph, canonical, embed snippets) need the public origin in code.
			__SITE_ORIGIN__: JSON.stringify(site.origin),
			// Kit's paths.base, from the same SITE_URL (svelte.config.js), for code that must not
			// import $app/paths (src/lib/links.ts says why).
			__BASE_PATH__: JSON.stringify(site.base)
		},
		// Maps only for the benchmark's byte report (npm run bench); deployed builds carry none.
		build: {
			sourcemap: Boolean(process.env.SOURCEMAPS),
			rolldownOptions: { output: { codeSplitting: CODE_SPLITTING } }
		},
		test: {
			include: [
				'src/**/*.test.ts',
				'data/**/*.test.ts',
				'scripts/**/*.test.ts',
				'tests/support/**/*.test.ts',
				// The ESLint rooms beside the config they test.
				'eslint.config.test.ts'
			],
			environment: 'node'
		}
	};
});
