import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The house's rooms and their one-way doors (STYLE.md, "Rooms and doors"): routes → story →
 * charts → layers, everything → data, data → nothing. A relative import never leaves its room;
 * a door between rooms is a `$lib/<room>` import, and each room lists the doors it may not use.
 * Tests and their fixtures (`*.test-support.ts`) are exempt: they check that rooms agree (the data
 * build's labels against the app's formatter, say). `src/lib/server` (build time only) and `src/routes` may import anything.
 */
const door = (regex, message) => ({ regex, message });
const LEAVES_ROOM = door('^\\.\\./', 'Leave this room by its $lib door, not by a relative path.');
const room = (files, patterns) => ({
	files,
	ignores: ['**/*.test.ts', '**/*.test-support.ts'],
	rules: { 'no-restricted-imports': ['error', { patterns }] }
});
const ROOMS = [
	room(
		['src/lib/data/**'],
		[
			LEAVES_ROOM,
			door('^\\$(lib|app)/(?!data(/|$))', 'The data module imports nothing of the app.')
		]
	),
	room(
		['data/**'],
		[
			door(
				'^\\.\\./(?!src/lib/data/)',
				'The data build reads only the data module (../src/lib/data), nothing of the app.'
			),
			door('^\\$(lib|app)/', 'The data build imports nothing of the app.')
		]
	),
	room(
		['src/lib/charts/layers/**'],
		[
			LEAVES_ROOM,
			door(
				'^\\$(lib|app)/(?!(data|tokens)(/|$))',
				'A layer reads the cake, its props, the data module and the design tokens only: move what it needs into layers/.'
			)
		]
	),
	room(
		['src/lib/charts/*'],
		[
			LEAVES_ROOM,
			door(
				'^\\$(lib|app)/(?!(charts|controls|data|format|sentence|tokens)(/|$))',
				'Charts know chart ids, states, data and formatting: take URLs and words as props (control labels by context, $lib/controls).'
			)
		]
	),
	room(
		['src/lib/story/*', 'src/lib/story/sections/*'],
		[
			door('^\\.\\./\\.\\./', 'Leave this room by its $lib door, not by a relative path.'),
			door('^\\$lib/(embed|server)(/|$)', 'The story does not reach into embeds or the build.')
		]
	),
	room(
		['src/lib/share/**', 'src/lib/embed/**'],
		[
			LEAVES_ROOM,
			door(
				'^\\$lib/story/(?!outline$)',
				'Share and embed render charts and read data; of the story they may read only its outline.'
			),
			door(
				'^\\$lib/server(/|$)',
				'Share and embed do not reach into the build-time modules, which read the story: move the shared fact beside the charts.'
			)
		]
	),
	room(
		[
			'src/lib/controls.ts',
			'src/lib/format.ts',
			'src/lib/sentence.ts',
			'src/lib/site.ts',
			'src/lib/tokens.ts'
		],
		[door('^\\$(lib|app)/', 'A leaf module every room may import imports nothing of the app.')]
	)
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				__SITE_ORIGIN__: 'readonly',
				__BASE_PATH__: 'readonly'
			}
		},
		rules: {
			'no-undef': 'off',
			// Links are built from `base` of $app/paths, which this rule does not recognise.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...ROOMS,
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'src/lib/data/generated/'
		]
	}
);
