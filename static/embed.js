/*
 * Holding the Line: host-page script for embedded charts. Paste once per page:
 *   <iframe src=".../embed/officers/" data-holding-the-line title="…" width="100%" height="600"></iframe>
 *   <script src=".../embed.js" async></script>
 * It fits each such iframe to its content. It trusts a message only when it comes from one of
 * those iframes, from that iframe's own origin, and has the shape {sentinel: 'amp', type:
 * 'embed-size', height}; everything else is ignored. So it works wherever it is served from,
 * our server or the host's own. No dependencies, no cookies.
 */
(function () {
	'use strict';
	if (window.__holdingTheLineEmbed) return;
	window.__holdingTheLineEmbed = true;

	var MAX_HEIGHT = 20000;

	function frames() {
		return Array.prototype.slice.call(document.querySelectorAll('iframe[data-holding-the-line]'));
	}

	function prepare(frame) {
		frame.setAttribute('scrolling', 'no');
		frame.style.border = '0';
		frame.style.width = '100%';
		frame.style.display = 'block';
		frame.style.overflow = 'hidden';
	}

	/** The origin of the page an iframe points at, or null when its src is not a URL. */
	function originOf(frame) {
		try {
			return new URL(frame.getAttribute('src') || '', location.href).origin;
		} catch {
			return null;
		}
	}

	function ask(frame) {
		// The request carries nothing private, so '*': a named target origin makes the browser
		// log a warning whenever the frame still holds its initial about:blank document.
		if (frame.contentWindow) {
			frame.contentWindow.postMessage({ sentinel: 'amp', type: 'embed-size-request' }, '*');
		}
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object') return;
		if (data.sentinel !== 'amp' || data.type !== 'embed-size') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > MAX_HEIGHT)
			return;
		frames().forEach(function (frame) {
			if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) return;
			var px = Math.ceil(height);
			frame.style.height = px + 'px';
			frame.setAttribute('height', String(px));
		});
	});

	function start() {
		frames().forEach(function (frame) {
			prepare(frame);
			// The frame may have reported its size before this script ran: ask again.
			ask(frame);
			frame.addEventListener('load', function () {
				ask(frame);
			});
		});
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
