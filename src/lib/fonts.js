/**
 * The script every page runs in its head, before its first paint: it keeps the web fonts out of
 * the first paint (and so out of the largest paint's path) by setting `fonts-wait` on <html>,
 * which src/fallback-fonts.css answers with stacks of metric-matched system fonts only. The class
 * goes, the browser asks for the web fonts, and they swap in, once two things have happened:
 * - the first contentful paint has been reported (in browsers that do not report paints: the
 *   frame after the load event). The load event is not the signal where paints are reported: on
 *   a fast connection it can come before the first paint.
 * - the document has been parsed. That is when the browser jumps to a link's section (#harm): the
 *   element is not there to jump to before. Metric-matched faces still wrap a line here and there
 *   differently, so a swap moves what is below it. After the jump the browser holds the section in
 *   place through the swap; a swap that lands in the very frame of the jump (a slow phone, whose
 *   parsing outlasts the font's download) moves the section the reader has just landed on.
 * A safety net 3 s after the load event lets them go for a paint that is never reported.
 *
 * Then, on a page that keeps its faces (not an embed's `fonts-optional`), every web face is loaded
 * first and only then let in, part by part, a few parts a frame: each element marked
 * `data-font-part` (the story's masthead and footer, and each section's heading, passages of prose
 * and scroll blocks) gets `fonts-in`, which gives it the web stacks; the part in view goes first
 * (the first whose end is below the top tenth of the window: landing on a section, the end of the
 * one before may still show), then those below it, then those above; last <body> gets `fonts-in`
 * too, for whatever lies outside the parts (31 elements in the story). <html> keeps `fonts-wait`:
 * a change to the root's custom properties restyles every element of the page, parts and all
 * (1,578 in the story: a rendering task of 74–133 ms at 4× CPU), the body's only the elements
 * outside the parts (82: 25–34 ms). A swap re-wraps and re-lays out every line it
 * reaches, and the story is long: let in whole as each face came, it was four layouts of the whole
 * page, each a task of 130–430 ms on a phone-speed CPU (Lighthouse's total blocking time 450–510
 * ms against 150–160 with no swap). Parts are let in a frame at a time, each laid out at once
 * and timed, and a frame takes another part only while its swaps, with the next one's foreseen
 * cost (its elements and text, at the rate the last one took), stay within 5 ms: a slow phone
 * lets in a piece of a block or a few passages a frame, a fast computer more. The rate per
 * element differs fourfold and more between a drawing and prose, so a frame that took parts on
 * their foreseen cost alone and laid them out together ran to 65–112 ms at 4× CPU; laid out
 * one by one, a frame runs past 5 ms by one part at most, at the price of a layout each (about
 * 1 ms at full speed). One part a frame took 830 ms at full speed, 51 frames, the last of them still
 * under way as a reader began to scroll; this took 390–530 ms, in about 30, and with blocks in
 * pieces 850–960 ms from the load (550–600 whole, timed the same way). A passage of prose too
 * long for one frame (the sources section's: 88 elements, 6,448 characters, 21–48 ms of style and
 * layout at 4× CPU) is let in one child at a time, then itself; the prose is printed and never
 * hydrated, so nothing rewrites those classes. A scroll block is let in piece by piece too, then
 * itself: its pieces are the elements marked `data-font-piece` (the chart's finding, drawing,
 * controls, actions and numbers panel, and the step cards), whose classes nothing rewrites. Whole,
 * a block's swap was 18–40 ms of style and layout at 4× CPU, and one let in as a read began, or as
 * it paused, made a frame of 54–96 ms (four of the 22 long frames in six bench runs); its costliest
 * piece, the drawing, takes 19 ms at most. A piece gets the text face as a part does, so it must
 * be one that reads in the text face or sets its own (`.ui`): one that inherited the UI face would
 * keep the text face for good. Each piece counts towards the frame's 5 ms as its own elements and
 * text; the block after them, as what is left. A face that
 * fails to load lets the rest in at once, as the browser would. A part above the screen that
 * re-wraps changes its height, and the browser's scroll anchoring does not always hold the page
 * (a story landed on by a link moved 29–57 px): the script keeps the first part on screen where it
 * was, scrolling by the difference in the same frame.
 * No part is let in while the reader scrolls (a scroll less than 200 ms ago, once they have
 * wheeled, touched, clicked or pressed a key; the page's own scrolls, a link's landing, a restored
 * place or this script's correction, do not count): a part laid out on a frame that scrolls made
 * it run long (13–27 ms a block at 4× CPU, on top of the scroll's own work), and a reader who
 * starts within half a second of the load met the last parts in 12 of 16 loads. The parts wait
 * for a pause, in the same order: a timer waits out the 200 ms, and is set again if the reader has
 * scrolled since, so a held script asks for no frame of its own. A wheel or a moving touch counts
 * as a scroll at once: its scroll event comes a frame or more later (53 ms on a busy phone), and
 * a part let in between lands on the frame that scrolls.
 * Late faces (ready more than 2.5 s after the first paint: a slow network, or a slow phone still
 * parsing) are not let into a part on screen: the reader has been reading it, and a re-wrapped line
 * would move the words under their eyes (Lighthouse counts it as a layout shift). A part on screen
 * as they become ready gets them once it has left the screen; <body> gets them after it.
 * Without JavaScript the class is never set and the web fonts load as usual.
 * Inline so it waits for no request; svelte.config.js allows exactly this text by its hash.
 */
export const FONTS_SCRIPT =
	"(function(){var d=document,c=d.documentElement.classList,P=window.PerformanceObserver,painted=0,at=0,parsed=d.readyState!=='loading',done=0,q=-1e9,own=0,touched=0,M=['wheel','touchstart','keydown','pointerdown'],S=['wheel','touchmove'];c.add('fonts-wait');function touch(){touched=1}function moved(){if(own)own=0;else if(touched)q=performance.now()}function flick(){touched=1;q=performance.now()}function off(){removeEventListener('scroll',moved);S.forEach(function(t){removeEventListener(t,flick,true)});M.forEach(function(t){removeEventListener(t,touch,true)})}M.forEach(function(t){addEventListener(t,touch,{once:true,passive:true,capture:true})});S.forEach(function(t){addEventListener(t,flick,{passive:true,capture:true})});addEventListener('scroll',moved,{passive:true});function all(){c.remove('fonts-wait');off()}function fin(){d.body.classList.add('fonts-in')}function parts(){var p=[].slice.call(d.querySelectorAll('[data-font-part]')),f=0,o,v,i=0,held=0,r=0,B=5,w,late=window.IntersectionObserver&&performance.now()-at>2500;while(f<p.length-1&&p[f].getBoundingClientRect().bottom<innerHeight/10)f++;o=[];w=[];p.slice(f).concat(p.slice(0,f).reverse()).forEach(function(e){var k=[].slice.call(e.querySelectorAll('[data-font-piece]')),x=W(e);if(!k.length&&e.hasAttribute('data-prose')&&x>150)k=[].slice.call(e.children);k.forEach(function(c){var y=W(c);o.push(c);w.push(y);x-=y});o.push(e);w.push(Math.max(x,1))});function hold(e){held++;var w=new IntersectionObserver(function(x){if(!x[x.length-1].isIntersecting){w.disconnect();swap(e);if(!--held&&i>=o.length)end()}});w.observe(e)}v=o.map(function(e){var r=e.getBoundingClientRect();return late&&r.bottom>0&&r.top<innerHeight});function swap(e){var r,t,k=0;if(e.getBoundingClientRect().bottom<=0)while(k<p.length&&!r){if(p[k].getBoundingClientRect().bottom>0){r=p[k];t=r.getBoundingClientRect().top}k++}e.classList.add('fonts-in');if(r&&(t=r.getBoundingClientRect().top-t)){own=1;scrollBy(0,t)}}function W(e){return e.getElementsByTagName('*').length+(e.textContent.length>>5)+1}function next(){var s=performance.now(),n=0,e,t;if(s-q<200)return setTimeout(function(){requestAnimationFrame(next)},200-(s-q));while(i<o.length&&!(n&&performance.now()-s+w[i]*r>B)){e=o[i];if(v[i]){i++;hold(e);continue}t=performance.now();swap(e);e.getBoundingClientRect();r=(performance.now()-t)/w[i++];n++}if(n)requestAnimationFrame(next);else if(!held)end()}function end(){fin();off()}requestAnimationFrame(next)}function go(){if(done||!painted||!parsed)return;done=1;var F=d.fonts,w=[];if(F&&F.forEach&&window.Promise&&!c.contains('fonts-optional')){F.forEach(function(f){if(f.status==='unloaded'&&!/Optional|Fallback/.test(f.family))w.push(f.load())});Promise.all(w).then(parts,all)}else setTimeout(all,0)}function paint(){painted=1;at=at||performance.now();go()}if(!parsed)d.addEventListener('DOMContentLoaded',function(){parsed=1;go()});addEventListener('load',function(){setTimeout(function(){parsed=1;paint()},3000)});if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0)new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();paint()}}).observe({type:'paint',buffered:true});else addEventListener('load',function(){requestAnimationFrame(paint)})})();";

/** The element as the hook prints it into each page's head. */
export const FONTS_SCRIPT_TAG = `<script>${FONTS_SCRIPT}</script>`;
