/**
 * The script every page runs in its head, before its first paint: it keeps the web fonts out of
 * the first paint (and so out of the largest paint's path) by setting `fonts-wait` on <html>,
 * which src/fallback-fonts.css answers with stacks of metric-matched system fonts only; once the
 * first contentful paint is reported (in browsers that do not report paints: the frame after
 * the load event) the class goes, the browser asks for the web fonts, and they swap in without moving
 * anything. The load event is not the signal where paints are reported: on a fast connection it
 * can come before the first paint. It is a safety net 3 s on, for a paint that is never reported.
 * Without JavaScript the class is never set and the web fonts load as usual.
 * Inline so it waits for no request; svelte.config.js allows exactly this text by its hash.
 */
export const FONTS_SCRIPT =
	"(function(){var c=document.documentElement.classList,P=window.PerformanceObserver,done=0;c.add('fonts-wait');function go(){if(done)return;done=1;setTimeout(function(){c.remove('fonts-wait')},0)}addEventListener('load',function(){setTimeout(go,3000)});if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0)new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true});else addEventListener('load',function(){requestAnimationFrame(go)})})();";

/** The element as the hook prints it into each page's head. */
export const FONTS_SCRIPT_TAG = `<script>${FONTS_SCRIPT}</script>`;
