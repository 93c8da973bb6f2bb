/*
 * Holding the Line: host-page script for embedded charts. Paste once per page:
 *   <iframe src=".../embed/officers/" data-holding-the-line title="…" width="100%" height="600"></iframe>
 *   <script src=".../embed.js" async></script>
 * It fits each such iframe to its content. It listens only to messages from the origin this
 * script was loaded from, only of the shape {sentinel: 'amp', type: 'embed-size', height},
 * and only from one of those iframes; everything else is ignored. No dependencies, no cookies.
 */
(function () {
	'use strict';
	if (window.__holdingTheLineEmbed) return;
	window.__holdingTheLineEmbed = true;

	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src, location.href).origin;
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

	function ask(frame) {
		if (frame.contentWindow) {
			frame.contentWindow.postMessage({ sentinel: 'amp', type: 'embed-size-request' }, origin);
		}
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (!data || typeof data !== 'object') return;
		if (data.sentinel !== 'amp' || data.type !== 'embed-size') return;
		var height = data.height;
		if (typeof height !== 'number' || !isFinite(height) || height < 1 || height > MAX_HEIGHT)
			return;
		frames().forEach(function (frame) {
			if (frame.contentWindow !== event.source) return;
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
