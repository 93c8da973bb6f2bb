/**
 * Copy text to the clipboard, falling back to a hidden textarea and `execCommand('copy')` where
 * the async Clipboard API is missing or blocked (for example inside a cross-origin iframe
 * without the clipboard-write permission). Resolves true when the text was copied.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
	try {
		if (doc.defaultView?.navigator.clipboard && doc.defaultView.isSecureContext) {
			await doc.defaultView.navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Denied or blocked: try the older route below.
	}
	const area = doc.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	doc.body.append(area);
	const selection = doc.getSelection();
	const previous = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
	area.select();
	let copied = false;
	try {
		copied = doc.execCommand('copy');
	} catch {
		copied = false;
	}
	area.remove();
	if (previous && selection) {
		selection.removeAllRanges();
		selection.addRange(previous);
	}
	return copied;
}
