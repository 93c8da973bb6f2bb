/**
 * What a "Skip the chart" link (SkipChart) does with scripts on: focus moves past the block without
 * a history entry or a fragment of its own, and the target lands mid-screen. Listened for once,
 * on the whole story, so that it works on a block whose own code has not come yet (a keyboard
 * reader can reach one before it wakes); without scripts the link is a plain fragment link.
 */
export const SKIP_ATTRIBUTE = 'data-skip';

/** Follows skip links clicked (or entered) inside `story`; returns the function that stops. */
export function followSkipLinks(story: HTMLElement): () => void {
	const onClick = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest?.(`a[${SKIP_ATTRIBUTE}]`);
		const end = link && document.getElementById(link.getAttribute(SKIP_ATTRIBUTE) ?? '');
		if (!end) return;
		event.preventDefault();
		end.focus({ preventScroll: true });
		end.scrollIntoView({ block: 'center', behavior: 'instant' });
	};
	story.addEventListener('click', onClick);
	return () => story.removeEventListener('click', onClick);
}
