import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The rooms' doors in eslint.config.js, tested through ESLint itself: a door a room may not use
 * must be reported, one it may use must pass, or the rule guards nothing.
 */
const eslint = new ESLint({ cwd: import.meta.dirname });

async function doorsReported(filePath: string, source: string): Promise<string[]> {
	const code = `import { x } from '${source}';\nexport { x };\n`;
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('eslint.config.js rooms', () => {
	// Loading the config and its plugins takes seconds on a busy machine: once, before the cases.
	beforeAll(() => eslint.calculateConfigForFile('src/lib/data/example.ts'), 60_000);

	it.each([
		['src/lib/data/example.ts', '$lib/site'],
		['src/lib/data/example.ts', '../format'],
		['data/example.ts', '../src/lib/format'],
		['data/example.ts', '$lib/format'],
		['src/lib/charts/layers/Example.svg.ts', '../view'],
		['src/lib/charts/layers/Example.svg.ts', '$lib/charts/ids'],
		['src/lib/charts/example.ts', '$lib/links'],
		['src/lib/charts/example.ts', '$lib/story/outline'],
		['src/lib/charts/example.ts', '../story/outline'],
		['src/lib/story/example.ts', '$lib/embed/snippet'],
		['src/lib/story/sections/example.ts', '../../embed/snippet'],
		['src/lib/share/example.ts', '$lib/story/copy'],
		['src/lib/embed/example.ts', '$lib/story/copy'],
		['src/lib/embed/example.ts', '$lib/server/chartPictures'],
		['src/lib/site.ts', '$lib/links'],
		['src/lib/tokens.ts', '$lib/data'],
		['data/example.ts', '$lib/tokens']
	])('%s may not import %s', async (filePath, source) => {
		expect(await doorsReported(filePath, source)).toHaveLength(1);
	});

	it.each([
		['src/lib/data/example.ts', './types'],
		['src/lib/data/example.ts', 'd3-array'],
		['data/example.ts', '../src/lib/data/types'],
		['src/lib/charts/layers/Example.svg.ts', './marks'],
		['src/lib/charts/layers/Example.svg.ts', 'layercake'],
		['src/lib/charts/layers/Example.svg.ts', '$lib/data'],
		['src/lib/charts/layers/Example.svg.ts', '$lib/tokens'],
		['src/lib/charts/example.ts', '$lib/tokens'],
		['src/lib/charts/example.ts', './layers/marks'],
		['src/lib/charts/example.ts', '$lib/format'],
		['src/lib/charts/example.ts', '$lib/data/types'],
		['src/lib/story/example.ts', '$lib/charts/ids'],
		['src/lib/story/example.ts', './outline'],
		['src/lib/story/sections/example.ts', '../copy'],
		['src/lib/share/example.ts', '$lib/story/outline'],
		['src/lib/embed/example.ts', '$lib/charts/ids'],
		['src/lib/embed/example.ts', '$lib/charts/pictureSize'],
		['src/routes/example.ts', '$lib/story/copy'],
		['data/example.test.ts', '../src/lib/format']
	])('%s may import %s', async (filePath, source) => {
		expect(await doorsReported(filePath, source)).toEqual([]);
	});
});
