// The search index at the size the site is heading for: 18 wards × 10 fiscal years (ScaledIndexTest writes it to
// target/scaled-search/ja/ from the real content). The built site's search page is served with that index in place
// of its own; reports what a first query downloads and how long later queries take.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SITE_DIR, useSiteAndBrowser } from './browser.mjs';

const SCALED = new URL('../target/scaled-search/ja/', import.meta.url);
const shared = useSiteAndBrowser(before, after);

async function scaledPage() {
  const page = await shared.browser.newPage();
  const fetched = [];
  await page.route('**/search/ja/**', (route) => {
    const name = new URL(route.request().url()).pathname.replace(/^.*\/search\/ja\//, '');
    const body = readFileSync(new URL(name, SCALED));
    fetched.push(gzipSync(body).length);
    return route.fulfill({ body, contentType: 'application/json' });
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.includes('/assets/search/')) fetched.push(gzipSync(readFileSync(SITE_DIR + path)).length);
  });
  return { page, fetched };
}

test('18 wards × 10 years: a first query downloads at most 60 KiB gzip; later queries are quick', {
  skip: !existsSync(SCALED) && 'run ScaledIndexTest first (mvn test does)' }, async () => {
  const firsts = [];
  for (const query of ['防災', '子育て 支援', '区民文化センター', 'しょうてんがい', '地域ケアプラザ', '自治会町内会']) {
    const { page, fetched } = await scaledPage();
    await page.goto(`${shared.site.url}/ja/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-status[data-done="1"]');
    const bytes = fetched.reduce((a, b) => a + b, 0);
    const ms = Number(await page.getAttribute('#search-status', 'data-ms'));
    const groups = (await page.$$('.group')).length;
    console.log(`# scaled: first query "${query}": ${fetched.length} files, ${bytes} bytes gzip, ${ms} ms, ${groups} wards`);
    firsts.push(bytes);
    assert.ok(bytes <= 60 * 1024, `${query}: ${bytes} bytes`);
    await page.close();
  }
  const { page } = await scaledPage();
  await page.goto(`${shared.site.url}/ja/search/?q=${encodeURIComponent('防災')}`);
  await page.waitForSelector('#search-status[data-done="1"]');
  const later = [];
  const queries = ['子育て', 'ぼうさい', '認知症', 'SDGs', '商店街', '地域ケアプラザ', 'ごみ', '高齢者', '図書館', '交通安全'];
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < queries.length; i++) {
      const run = round * queries.length + i + 2;
      await page.fill('#search-q', queries[i]);
      await page.press('#search-q', 'Enter');
      await page.waitForSelector(`#search-status[data-done="${run}"]`);
      if (round === 1) later.push(Number(await page.getAttribute('#search-status', 'data-ms')));
    }
  }
  later.sort((a, b) => a - b);
  console.log(`# scaled: repeated later queries, median ${later[later.length >> 1]} ms, max ${later[later.length - 1]} ms`);
  await page.close();
});
