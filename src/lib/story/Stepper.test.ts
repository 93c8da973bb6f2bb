import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { controlsContext } from '$lib/controls';
import { CONTROLS } from './controls.server';
import Stepper from './Stepper.svelte';

describe('render(Stepper)', () => {
	it('render(Stepper, { current: 1, count: 4 }) shows "2 / 4" and tells a screen reader "Step 2 of 4"', () => {
		const { body } = render(Stepper, {
			props: { current: 1, count: 4, onstep: () => {} },
			context: controlsContext(CONTROLS)
		});
		const text = body.replace(/<!--[^>]*-->/g, '');
		expect(text).toContain('<span aria-hidden="true">2 / 4</span>');
		expect(text).toContain('<span class="visually-hidden">Step 2 of 4</span>');
		expect(text).toMatch(/<\/span> Previous<\/button>/);
		expect(text).toMatch(/>Next <span aria-hidden="true">/);
	});

	it('render(Stepper) without the layout’s labels throws, naming what it needs', () => {
		// The result renders when read, so the body is what throws.
		const rendered = render(Stepper, { props: { current: 0, count: 2, onstep: () => {} } });
		expect(() => rendered.body).toThrow(
			'getControls() needs the root layout, or controlsContext()'
		);
	});
});
