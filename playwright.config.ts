import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from './scripts/browser.js';

// E2E_PORT lets several checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const executablePath = systemChromium();
const launchOptions = { executablePath, args: CHROMIUM_ARGS };

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: true,
	// A test that passes only on a retry is a bug to find, not a pass: no retries, and should one
	// be added from the command line, a flaky test still fails the run.
	retries: 0,
	failOnFlakyTests: true,
	workers: 2,
	timeout: 45_000,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		serviceWorkers: 'block'
	},
	projects: [
		{
			name: 'mobile',
			use: { ...devices['Pixel 7'], launchOptions },
			// Checks of the built files read no layout, and readable.spec sets each reader's own
			// viewport: the desktop project runs them once.
			testIgnore: ['**/output.spec.ts', '**/site-map.spec.ts', '**/readable.spec.ts']
		},
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
			// Phones only, slowed and sized by the spec itself: the mobile project runs it once.
			testIgnore: ['**/holding-still.spec.ts']
		}
	],
	webServer: {
		// A fresh build and a fresh server every run: a server started before a rebuild serves stale chunks.
		command: `npm run build && node scripts/serve.js --port ${PORT}`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 240_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: { SITE_URL: `http://localhost:${PORT}` }
	}
});
