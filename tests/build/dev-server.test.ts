/**
 * `npm run dev` (README) serves the story whole: its prose and printed blocks are put in as the
 * page is served, as in the build, and a step in that (the start-up deferred past the first
 * paint, allowed by its hash) must not stop a development server whose policy is a header.
 */
import { spawn } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';

const PORT = 5187;
const server = spawn('npx', ['vite', 'dev', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
afterAll(() => process.kill(-server.pid!));

/** The story as the development server sends it, once it answers. */
async function story(): Promise<Response> {
	for (let tries = 0; ; tries++) {
		try {
			return await fetch(`http://localhost:${PORT}/`);
		} catch (error) {
			if (tries > 120) throw error;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
}

it('the development server sends the story with its prose and printed charts', async () => {
	const response = await story();
	expect(response.status).toBe(200);
	const html = await response.text();
	// Each block printed into its island, and each section's prose into its slot.
	const islands = html.match(/data-island=/g)?.length ?? 0;
	expect(islands).toBeGreaterThan(5);
	expect(html.match(/data-island="[a-z0-9-]+"[^>]*>(<!--[^>]*-->)*<div[^>]*data-block=/g)).toHaveLength(
		islands
	);
	expect(html).toMatch(/data-prose="walkout\/before"[^>]*>(<!--[^>]*-->)*<p>/);
}, 90_000);
