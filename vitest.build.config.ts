// Tests over the built site: builds a copy under a sub-path first (tests/build/setup.ts).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/build/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/build/setup.ts'],
		testTimeout: 30_000
	}
});
