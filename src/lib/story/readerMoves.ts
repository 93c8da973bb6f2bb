/**
 * The reader's own moves, the ones that start or steer a scroll: a wheel, a touch, a key, a press.
 * Scrolls the page makes itself (a link's landing, a restored place, a glide to a step) come with
 * none of them. Listened for by the scroll driver (./followReader.ts); the fonts script
 * ($lib/fonts.js), inline in the page's head, lists the same four.
 */
export const READER_MOVES = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Runs `then` once, at the reader's first move (listened for passively, in the capture phase, so
 * no handler can hide it). Returns what stops listening, if it has not run.
 */
export function onFirstMove(then: () => void): () => void {
	const stop = () => {
		for (const type of READER_MOVES) removeEventListener(type, once, { capture: true });
	};
	const once = () => {
		stop();
		then();
	};
	for (const type of READER_MOVES) addEventListener(type, once, { passive: true, capture: true });
	return stop;
}
