import { describe, expect, it } from 'vitest';
import { startupAssets, startupNodes, staticImports } from './bytes.js';

describe('what a page loads on start', () => {
	it('reads the route nodes Kit hydrates from its start-up script', () => {
		const html = `<script>kit.start(app, element, { node_ids: [0, 3], data: [null,null] });</script>`;
		expect(startupNodes(html)).toEqual([0, 3]);
		expect(startupNodes('<p>no app here</p>')).toEqual([]);
	});

	it('finds local preloads, stylesheets and start-up imports, not other hosts', () => {
		const html = [
			'<link href="/_app/a.css" rel="stylesheet">',
			'<link href="//cdn.example/x.js" rel="modulepreload">',
			'<script>Promise.all([import("/_app/start.js"), import("/_app/app.js")])</script>'
		].join('');
		expect(startupAssets(html)).toEqual(['/_app/a.css', '/_app/start.js', '/_app/app.js']);
	});

	it('follows static imports only', () => {
		const code = 'import{a}from"./x.js";import"../y.js";const z=()=>import("./lazy.js")';
		expect(staticImports(code)).toEqual(['./x.js', '../y.js']);
	});
});
