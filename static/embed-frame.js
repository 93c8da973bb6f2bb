/*
 * Holding the Line: runs inside an embed page (deferred; ?theme= is applied before paint by the
 * inline script in src/lib/embed/theme.js). Reports the page's height to the host in whole
 * pixels whenever it changes: as {sentinel: 'amp', type: 'embed-size', height} (the AMP
 * convention, read by /embed.js) and as pym.js's height message.
 */
(function () {
	'use strict';
	var params = new URLSearchParams(location.search);
	if (window.parent === window) return;

	var childId = params.get('childId');
	var last = 0;

	function height() {
		return Math.ceil(document.body.getBoundingClientRect().height);
	}

	function post(force) {
		var h = height();
		if (!h || (h === last && !force)) return;
		last = h;
		window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
		if (childId) window.parent.postMessage('pymxPYMx' + childId + 'xPYMxheightxPYMx' + h, '*');
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.source !== window.parent || !data || typeof data !== 'object') return;
		if (data.sentinel === 'amp' && data.type === 'embed-size-request') post(true);
	});

	function start() {
		post(true);
		if ('ResizeObserver' in window)
			new ResizeObserver(function () {
				post(false);
			}).observe(document.body);
		else
			window.addEventListener('resize', function () {
				post(false);
			});
		// Web fonts can change line breaks after first layout.
		if (document.fonts)
			document.fonts.ready.then(function () {
				post(false);
			});
		window.addEventListener('load', function () {
			post(false);
		});
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
