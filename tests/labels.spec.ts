/**
 * A chart's words must be readable at every width a reader brings: each text label drawn over a
 * plot (notes, series names, span and break labels) lies inside that plot (with the headroom
 * kept above it), no two labels cover each other, and a series' name never sits on a bar.
 * Checked for every state of every chart, on its embed page and in the story, at 320 and 390 px
 * (mobile project) and 1280 px (desktop project). Reduced motion: a label is
 * judged where its state puts it, not part-way through a tween. Soft checks, so one run names
 * every state at fault.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHART_IDS, CHART_STATES } from '../src/lib/charts/ids';
import { SECTION_SLUGS, SECTION_STEPS } from '../src/lib/story/outline';
import { figureFor, scrollToStep } from './helpers';

/** The Html layers' text labels: what a reader reads off the plot itself. */
const LABELS = '.annotations .text, .series-label, .span-labels .span, .span-labels .break';

/** Rounding of sub-pixel layout; a real collision or clip is wider than this. */
const SLACK = 0.5;

/** What is wrong with the labels of one figure, as sentences; none when all is well. */
function faults(figure: Locator): Promise<string[]> {
	return figure.evaluate(
		(fig, { selector, slack }) => {
			const problems: string[] = [];
			// The plot, with the headroom the cake keeps above it for labels over the highest marks;
			// below and beside it are the axes' own labels.
			const inner = fig.querySelector('.layercake-layout-html')?.getBoundingClientRect();
			const cake = fig.querySelector('.layercake-container')?.getBoundingClientRect();
			if (!inner || !cake) return problems;
			const plot = { left: inner.left, right: inner.right, top: cake.top, bottom: inner.bottom };
			const labels = [...fig.querySelectorAll<HTMLElement>(selector)]
				.filter((el) => el.checkVisibility({ visibilityProperty: true }))
				.map((el) => ({ el, text: el.textContent?.trim() ?? '', box: el.getBoundingClientRect() }))
				.filter((l) => l.text && l.box.width > 0);
			const overlaps = (a: DOMRect, b: DOMRect) =>
				a.left < b.right - slack &&
				b.left < a.right - slack &&
				a.top < b.bottom - slack &&
				b.top < a.bottom - slack;
			for (const { text, box } of labels) {
				const out = Math.max(
					plot.left - box.left,
					box.right - plot.right,
					plot.top - box.top,
					box.bottom - plot.bottom
				);
				if (out > slack) problems.push(`"${text}" lies ${Math.round(out)} px outside the plot`);
			}
			for (let i = 0; i < labels.length; i++)
				for (let j = i + 1; j < labels.length; j++)
					if (overlaps(labels[i].box, labels[j].box))
						problems.push(`"${labels[i].text}" overlaps "${labels[j].text}"`);
			// A name written over a bar reads as that bar's label, and its halo eats the bar.
			const bars = [...fig.querySelectorAll('path.bar')].map((bar) => bar.getBoundingClientRect());
			for (const label of labels.filter((l) => l.el.matches('.series-label')))
				if (bars.some((bar) => overlaps(label.box, bar)))
					problems.push(`"${label.text}" sits on a bar`);
			return problems;
		},
		{ selector: LABELS, slack: SLACK }
	);
}

async function expectClear(page: Page, figure: Locator, where: string) {
	// Labels are placed once the page's fonts are in: measured before, they would be the fallback's.
	await page.evaluate(() => document.fonts.ready);
	expect.soft(await faults(figure), where).toEqual([]);
}

const WIDTHS = { mobile: [320, 390], desktop: [1280] } as const;

test.use({ reducedMotion: 'reduce' });

test.describe('chart labels stay inside the plot and apart', () => {
	for (const chart of CHART_IDS) {
		test(`embed pages of ${chart}: every state's labels are inside the plot and apart`, async ({
			page
		}, info) => {
			for (const width of WIDTHS[info.project.name as keyof typeof WIDTHS]) {
				await page.setViewportSize({ width, height: width < 1000 ? 844 : 800 });
				for (const state of CHART_STATES[chart]) {
					await page.goto(`/embed/${chart}/${state}/`);
					const figure = page.locator(`figure[data-chart="${chart}"]`);
					await expect(figure).toHaveAttribute('data-state', state);
					await expectClear(page, figure, `/embed/${chart}/${state}/ at ${width} px`);
				}
			}
		});
	}

	for (const section of SECTION_SLUGS.filter((s) => SECTION_STEPS[s].length)) {
		test(`story section ${section}: each step's chart labels are inside the plot and apart`, async ({
			page
		}, info) => {
			for (const width of WIDTHS[info.project.name as keyof typeof WIDTHS]) {
				await page.setViewportSize({ width, height: width < 1000 ? 844 : 800 });
				await page.goto(`/#${section}`);
				await expect(page.locator('.story[data-story-ready]')).toHaveCount(1);
				for (const { chart, state } of SECTION_STEPS[section]) {
					await scrollToStep(page, state);
					const figure = figureFor(page, section, chart);
					await expect(figure).toHaveAttribute('data-state', state);
					await expectClear(page, figure, `#${section} step ${state} at ${width} px`);
				}
			}
		});
	}
});
