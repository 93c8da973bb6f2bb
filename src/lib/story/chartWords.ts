/**
 * A chart's words in the browser: fetched once per chart from the file the build writes for it
 * (`/words/<chart>.json`, src/routes/words), when the first of its blocks wakes. The story page's
 * HTML carries none of them; the blocks it prints already show their words.
 */
import type { ChartId } from '$lib/charts/ids';
import type { ChartWords } from '$lib/charts/view';
import { chartWordsPath } from '$lib/links';

const asked = new Map<ChartId, Promise<ChartWords>>();

/** `chart`'s words; a failed fetch is forgotten, so the next block to wake asks again. */
export function loadChartWords(chart: ChartId): Promise<ChartWords> {
	let words = asked.get(chart);
	if (!words) {
		words = fetch(chartWordsPath(chart)).then((response) => {
			if (!response.ok) throw new Error(`${chartWordsPath(chart)}: ${response.status}`);
			return response.json() as Promise<ChartWords>;
		});
		words.catch(() => asked.delete(chart));
		asked.set(chart, words);
	}
	return words;
}
