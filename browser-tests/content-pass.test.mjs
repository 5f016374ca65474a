// The content pass: properties that hold for any valid content, checked on whatever site HOSHIN_TEST_SITE holds
// (the real content's, a copy with next year's editions added, or a pull request's). It never names a ward, a year
// or a sentence: it walks the pages it is given (HOSHIN_PAGES, a file with one site path a line, such as
// /ja/wards/izumi/) or, without that list, every page of the site, and on each checks that the page loads without
// a console error or failed request, that axe-core finds no WCAG 2.2 A/AA violation, that every link to the site
// leads to a file that exists (and, with a #fragment, to an element with that id), and that Japanese shown on an
// English page is marked lang="ja".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { axeViolations, SITE_DIR, useSiteAndBrowser } from './browser.mjs';

const shared = useSiteAndBrowser(before, after);

/** Every page of the site as a path a browser asks for (/ja/wards/izumi/ for …/index.html). */
function allPages(dir) {
  const pages = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && name !== '404.html') pages.push(`/${relative(dir, path)}`);
    }
  };
  walk(dir);
  return pages.map((p) => p.replace(/index\.html$/, ''));
}

/** The pages to check: the list in HOSHIN_PAGES (blank lines and pages the site no longer has are skipped). */
function pagesToCheck() {
  const list = process.env.HOSHIN_PAGES;
  if (!list) return allPages(SITE_DIR);
  const wanted = readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('/'));
  return wanted.filter((p) => existsSync(join(SITE_DIR, p.endsWith('/') ? `${p}index.html` : p)));
}

const pages = pagesToCheck();

test('there is at least one page to check', () => {
  assert.ok(process.env.HOSHIN_PAGES || pages.length > 0, `no page in ${SITE_DIR}`);
});

// Pages are checked a few at a time: most of a page's time is the browser waiting.
describe('every page', { concurrency: 3 }, () => {
  for (const path of pages) {
    test(`${path}: loads cleanly, passes axe, its site links resolve, Japanese on English pages is marked`, async () => {
      const page = await shared.browser.newPage({ viewport: { width: 390, height: 900 } });
      const problems = [];
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
      await page.goto(shared.site.url + path, { waitUntil: 'load' });
      if (path.includes('/search/') && path.includes('q=')) await page.waitForSelector('#search-status[data-done]');

      const links = await page.evaluate((origin) => [...document.querySelectorAll('a[href]')]
        .map((a) => ({ href: a.getAttribute('href'), url: new URL(a.href, location.href) }))
        .filter((l) => l.url.origin === origin)
        .map((l) => ({ href: l.href, path: decodeURIComponent(l.url.pathname), hash: decodeURIComponent(l.url.hash.slice(1)) })),
      shared.site.url);
      for (const link of links) {
        const file = join(SITE_DIR, link.path.endsWith('/') ? `${link.path}index.html` : link.path);
        if (!existsSync(file)) {
          problems.push(`link ${link.href} leads to a missing page ${link.path}`);
        } else if (link.hash && file.endsWith('.html') && !readFileSync(file, 'utf8').includes(`id="${link.hash}"`)) {
          problems.push(`link ${link.href} leads to a missing anchor #${link.hash} on ${link.path}`);
        }
      }

      if (path.startsWith('/en/')) {
        const unmarked = await page.evaluate(() => {
          // Japanese shown on an English page, in place of a translation or quoted inside an English sentence (an
          // official name in brackets): a screen reader reads it in Japanese only when it is marked so.
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(node.data)) continue;
            if (node.parentElement.closest('[lang|="ja"], script, style, [hidden]')) continue;
            found.push(node.data.trim().slice(0, 40));
          }
          return found;
        });
        for (const text of unmarked.slice(0, 5)) problems.push(`Japanese without lang="ja" on an English page: ${text}`);
      }

      for (const violation of await axeViolations(page)) problems.push(`axe: ${violation}`);
      await page.close();
      assert.deepEqual(problems, []);
    });
  }
});
