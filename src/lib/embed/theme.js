/**
 * The one script an embed page runs before its first paint: `?theme=light|dark` on the iframe's
 * URL sets the theme (no parameter, or `auto`, follows the reader's setting). Inline so the page
 * waits for no request to draw in the right colours; svelte.config.js allows exactly this text
 * by its hash in the Content-Security-Policy.
 */
export const THEME_SCRIPT =
	"(function(){var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t})();";

/** The element as the page's head prints it. */
export const THEME_SCRIPT_TAG = `<script>${THEME_SCRIPT}</script>`;
