import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROL_SLOTS, fill, pieces } from '$lib/controls';
import { SITE_NAME } from '$lib/site';
import { CONTROLS, readControls } from './controls.server';

const FILE = 'src/content/controls.aml';
const real = readFileSync(FILE, 'utf8');
/** The real document with one line changed, so a failure is the change's. */
const changed = (from: string, to: string) => {
	if (!real.includes(from)) throw new Error(`the fixture no longer holds "${from}"`);
	return real.replace(from, to);
};
/** The line of `text` in the real document, counted from 1. */
const lineOf = (text: string) => real.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('CONTROLS', () => {
	it('has every label of every group, and no other', () => {
		for (const [group, labels] of Object.entries(CONTROL_SLOTS)) {
			expect(Object.keys(CONTROLS[group as keyof typeof CONTROLS]).sort(), group).toEqual(
				Object.keys(labels).sort()
			);
		}
	});

	it('leaves each label its own slots and nothing else in braces', () => {
		expect(fill(CONTROLS.stepper.status, { step: 2, steps: 4 })).toBe('Step 2 of 4');
		expect(fill(CONTROLS.block.figure, { title: 'Officers', step: 1, steps: 3 })).toBe(
			'Officers, step 1 of 3'
		);
		for (const group of Object.values(CONTROLS))
			for (const label of Object.values(group)) expect(label).not.toMatch(/undefined|NaN/);
	});

	it('resolves the story’s placeholders at build time', () => {
		expect(CONTROLS.notFound.title).toBe(`Page not found · ${SITE_NAME}`);
		expect(CONTROLS.gallery.snippetTitle).toBe(`{title} (${SITE_NAME})`);
	});
});

describe('readControls(file, raw) stops the build with file:line', () => {
	it('on a figure typed into a label', () => {
		expect(() => readControls(FILE, changed('next: Next', 'next: Next 2'))).toThrow(
			`${FILE}:${lineOf('next: Next')}: a figure was typed into the text: "Next 2"; use a placeholder`
		);
	});

	it('on a label that drops one of its slots', () => {
		expect(() =>
			readControls(FILE, changed('status: Step {step} of {steps}', 'status: Step {step}'))
		).toThrow(`${FILE}:${lineOf('status: Step')}: "status" must carry {steps}`);
	});

	it('on a slot the label does not have', () => {
		expect(() => readControls(FILE, changed('next: Next', 'next: Next {steps}'))).toThrow(
			`${FILE}:${lineOf('next: Next')}: unknown placeholder "steps" in {steps}`
		);
	});

	it('on a label no control reads', () => {
		expect(() => readControls(FILE, changed('next: Next', 'next: Next\nnxet: Onwards'))).toThrow(
			`${FILE}:${lineOf('next: Next') + 1}: {stepper} has no label "nxet"`
		);
	});

	it('on a missing label', () => {
		expect(() => readControls(FILE, changed('next: Next\n', ''))).toThrow(
			`${FILE}:1: no "next:" line in {stepper}`
		);
	});

	it('on a group no control reads', () => {
		expect(() => readControls(FILE, `${real}\n{stepr}\nnext: Next\n{}\n`)).toThrow(
			/controls\.aml:\d+: unknown map "stepr"/
		);
	});
});

describe('fill(label, values)', () => {
	it('fill(label, values) puts each value in its slot', () => {
		expect(fill('{step} / {steps}', { step: 3, steps: 5 })).toBe('3 / 5');
	});

	it('fill(label, values) leaves a label without slots as it is', () => {
		expect(fill('Copy link', {})).toBe('Copy link');
	});

	it('fill(label, values) throws on a slot it has no value for, naming it', () => {
		expect(() => fill('Step {step} of {steps}', { step: 1 })).toThrow(
			'No value for {steps} in "Step {step} of {steps}"'
		);
	});

	it('fill(label, values) does not modify its values', () => {
		const values = { step: 1, steps: 2 };
		fill('{step}/{steps}', values);
		expect(values).toEqual({ step: 1, steps: 2 });
	});
});

describe('pieces(label)', () => {
	it('pieces(label) cuts a label at its slots, keeping the words between them', () => {
		expect(pieces('{content}; figures under the {crown} or the {parliament}.')).toEqual([
			{ slot: 'content' },
			{ text: '; figures under the ' },
			{ slot: 'crown' },
			{ text: ' or the ' },
			{ slot: 'parliament' },
			{ text: '.' }
		]);
	});

	it('pieces(label) gives a label without slots as one piece of text', () => {
		expect(pieces(CONTROLS.pages.getData)).toEqual([{ text: CONTROLS.pages.getData }]);
	});
});
