/**
 * The story's DOM contract as a reader meets it (DESIGN.md, "The DOM contract"): which step is
 * in view, which section that is, and what the step's chart shows.
 */
import { expect, type Page } from '@playwright/test';
import { SECTION_STEPS, SECTION_SLUGS, type StepRef } from '../../src/lib/story/outline';
import { TRIGGER } from './trigger';

export interface StoryView {
	/** The step in view: the last `[data-step]` whose top is above the reading line. */
	step: string | null;
	chart: string | null;
	/** The `[data-section]` around that step, or the last section whose top is above the line. */
	section: string | null;
	/** `data-state` of the figure in that section whose `data-chart` is the step's chart. */
	figureState: string | null;
}

/**
 * Computed in the page the way a reader would see it, at the story's own reading line (TRIGGER:
 * lower on narrow screens, where the text runs over the chart, than beside it).
 */
export function storyView(page: Page): Promise<StoryView> {
	return page.evaluate((t) => {
		const line = innerHeight * (innerWidth < t.wide ? t.narrow : t.beside);
		const above = (element: Element) => element.getBoundingClientRect().top < line;
		const step = [...document.querySelectorAll<HTMLElement>('[data-step]')].filter(above).pop();
		const section =
			step?.closest<HTMLElement>('[data-section]') ??
			[...document.querySelectorAll<HTMLElement>('[data-section]')].filter(above).pop();
		const chart = step?.dataset.stepChart ?? null;
		const figure = chart
			? section?.querySelector<HTMLElement>(`figure[data-chart="${CSS.escape(chart)}"]`)
			: undefined;
		return {
			step: step?.dataset.step ?? null,
			chart,
			section: section?.dataset.section ?? null,
			figureState: figure?.dataset.state ?? null
		};
	}, TRIGGER);
}

/** 'in sync' when the step in view's chart shows that step, else what it shows instead. */
export async function chartSync(page: Page): Promise<string> {
	const view = await storyView(page);
	if (view.step === null) return 'in sync';
	return view.figureState === view.step
		? 'in sync'
		: `step "${view.step}" in view, but figure[data-chart="${view.chart}"] in section "${view.section}" shows "${view.figureState}"`;
}

/** Sections with scroll steps, in story order, with their steps. */
export const STEPPED_SECTIONS = SECTION_SLUGS.map((slug) => ({
	slug,
	steps: SECTION_STEPS[slug] as StepRef[]
})).filter((section) => section.steps.length > 0);

/** Scrolls so a step's top sits just above the reading line, as if a reader had scrolled there. */
export async function scrollToStep(page: Page, state: string): Promise<void> {
	await page.evaluate(
		({ state, t }) => {
			const step = document.querySelector(`[data-step="${CSS.escape(state)}"]`);
			if (!step) throw new Error(`No [data-step="${state}"] in the story`);
			const line = innerHeight * (innerWidth < t.wide ? t.narrow : t.beside);
			const top = step.getBoundingClientRect().top + scrollY;
			window.scrollTo({ top: top - line + 40, behavior: 'instant' });
		},
		{ state, t: TRIGGER }
	);
}

/**
 * Opens the story, scrolls to a step and waits until its block's code runs and shows it; the
 * block, for the test to read or act on.
 */
export async function openAtStep(page: Page, state: string) {
	await page.goto('/');
	await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
	await scrollToStep(page, state);
	const block = page.locator(`[data-block]:has([data-step="${state}"])`);
	await expect(block.locator('xpath=ancestor-or-self::*[@data-live]').first()).toBeAttached();
	await expect(block.locator('figure[data-chart]')).toHaveAttribute('data-state', state);
	return block;
}
