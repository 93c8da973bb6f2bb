import { describe, expect, it } from 'vitest';
import { missingSiteUrlWarning } from './site-url.js';

describe('missingSiteUrlWarning(value)', () => {
	it.each([[undefined], [''], ['   ']])(
		'missingSiteUrlWarning(%j) names localhost and what will point at it',
		(value) => {
			const warning = missingSiteUrlWarning(value) ?? '';
			expect(warning).toContain('SITE_URL is not set');
			expect(warning).toContain('http://localhost:4173');
			for (const what of ['canonical', 'og:url', 'share cards', 'embed snippets'])
				expect(warning).toContain(what);
		}
	);

	it('missingSiteUrlWarning("https://example.org/x") is undefined', () => {
		expect(missingSiteUrlWarning('https://example.org/x')).toBeUndefined();
	});
});
