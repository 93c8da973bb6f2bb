import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
await ctx.addInitScript(() => {
  window.__log = [];
  const t0 = performance.now();
  const wrap = (obj, name) => { const orig = obj[name]; obj[name] = function (...a) { window.__log.push([Math.round(performance.now()), name, JSON.stringify(a).slice(0, 80), scrollY, new Error().stack.split('\n').slice(2, 5).join(' | ')]); return orig.apply(this, a); }; };
  wrap(window, 'scrollTo'); wrap(window, 'scrollBy'); wrap(Element.prototype, 'scrollIntoView');
  addEventListener('scroll', () => window.__log.push([Math.round(performance.now()), 'scroll', '', scrollY, '']), { passive: true });
});
const page = await ctx.newPage();
await page.goto('http://localhost:4313/#what-happened-next');
await page.waitForSelector('.story[data-story-ready]');
await page.evaluate(() => window.__log.push([Math.round(performance.now()), 'TEST-SCROLL', '', scrollY, '']));
await page.evaluate(() => { const step = document.querySelector('[data-step="staff-assaults-2024"]'); const line = innerHeight * 0.5; scrollTo({ top: scrollY + step.getBoundingClientRect().top - line + 40, behavior: 'instant' }); });
await page.waitForTimeout(4000);
const log = await page.evaluate(() => window.__log);
let last = null;
for (const l of log) { if (l[1] === 'scroll' && last === 'scroll') continue; last = l[1]; console.log(l.join('  ')); }
console.log('state', await page.getAttribute('section[data-section="what-happened-next"] figure[data-chart="since-2019"]', 'data-state'));
await b.close();
