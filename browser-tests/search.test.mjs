// Search on the built site in headless Chromium: the right ward and initiative come first, for kanji, compounds,
// kana readings, full-width Latin, English, and a query with no hits. Also reports transfer size and query time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SITE_DIR, useSiteAndBrowser } from './browser.mjs';

const timings = [];
const shared = useSiteAndBrowser(before, after, () => {
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)];
  console.log(`# search: ${timings.length} queries, median query time ${median} ms (cold page, index loading included)`);
});

async function search(lang, query, ward = '') {
  const page = await shared.browser.newPage();
  const params = new URLSearchParams({ q: query });
  if (ward) params.set('ward', ward);
  await page.goto(`${shared.site.url}/${lang}/search/?${params}`);
  await page.waitForSelector('#search-status[data-done]');
  timings.push(Number(await page.getAttribute('#search-status', 'data-ms')));
  const results = await page.$$eval('#search-results li', (items) =>
    items.map((li) => `${li.dataset.ward}:${li.dataset.url.split('#')[1]}`));
  const status = await page.textContent('#search-status');
  await page.close();
  return { results, status };
}

const firstResults = [
  ['ja', '畠山重忠', 'asahi:p3-1'],
  ['ja', 'はたけやましげただ', 'asahi:p3-1'],
  ['ja', 'ハタケヤマ', 'asahi:p3-1'],
  ['ja', 'いっずん', 'izumi:p2-2'],
  ['ja', 'ＳＤＧｓ', 'asahi:p2-3'],
  ['ja', 'sdgs', 'asahi:p2-3'],
  ['ja', '認知症カフェ', 'asahi:p2-4'],
  ['ja', '歌舞伎', 'izumi:p1-2'],
  ['ja', 'かぶき', 'izumi:p1-2'],
  ['ja', '脱炭素', 'izumi:p2-3'],
  ['ja', '鎌倉殿', 'kanazawa:p2-1'],
  ['ja', '移動販売', 'konan:p3-3'],
  ['ja', 'いどうはんばい', 'konan:p3-3'],
  ['ja', '公会堂', 'konan:column3'],
  ['ja', '横浜アリーナ', 'kohoku:p3-2'],
  ['ja', '小机城址', 'kohoku:p3-2'.replace('p3-2', 'p3-3')],
  ['ja', '放置自転車', 'kohoku:p1-3'],
  ['ja', '子育て応援サポーター', 'izumi:p4-3'],
  ['ja', '防災教育 中学生', 'kanazawa:p1-1'],
  ['ja', 'ペット同行避難訓練', 'konan:p1-1'],
  ['en', 'dementia VR', 'izumi:p4-1'],
  ['en', 'disasters', 'izumi:p3-1'],
  ['en', 'kabuki', 'izumi:p1-2'],
  ['en', 'mobile shops', 'konan:p3-3'],
  ['en', 'Yokohama Arena', 'kohoku:p3-2'],
  ['en', 'fireflies', 'asahi:p3-3'],
  ['en', 'abandoned bicycles', 'kohoku:p1-3'],
  ['en', 'Hatakeyama', 'asahi:p3-1'],
];

for (const [lang, query, expected] of firstResults) {
  test(`${lang}: "${query}" finds ${expected} first`, async () => {
    const { results } = await search(lang, query);
    assert.equal(results[0], expected, `results: ${results.slice(0, 5).join(', ')}`);
  });
}

test('a kana reading finds what the kanji word finds, in the same order at the top', async () => {
  for (const [kanji, hiragana, katakana] of [['防災', 'ぼうさい', 'ボウサイ'], ['認知症', 'にんちしょう', 'ニンチショウ'],
    ['子育て', 'こそだて', 'コソダテ']]) {
    const expected = (await search('ja', kanji)).results.slice(0, 5);
    assert.equal(expected.length, 5);
    assert.deepEqual((await search('ja', hiragana)).results.slice(0, 5), expected, hiragana);
    assert.deepEqual((await search('ja', katakana)).results.slice(0, 5), expected, katakana);
  }
});

test('queries with no hit say so clearly', async () => {
  for (const [lang, query] of [['ja', '新幹線'], ['en', 'xylophone']]) {
    const { results, status } = await search(lang, query);
    assert.equal(results.length, 0, `${query}: ${results.join(', ')}`);
    assert.ok(status.includes(query), status);
  }
});

test('the ward filter keeps only that ward', async () => {
  const { results } = await search('ja', '子育て', 'konan');
  assert.ok(results.length > 0);
  assert.ok(results.every((r) => r.startsWith('konan:')), results.join(', '));
});

test('typing keeps the address in step, the field is labelled and the count announced', async () => {
  const page = await shared.browser.newPage();
  await page.goto(`${shared.site.url}/en/search/`);
  assert.equal(await page.textContent('label[for=search-q]'), 'Search the policies');
  await page.fill('#search-q', 'traffic safety');
  await page.waitForFunction(() => location.search.includes('traffic'));
  await page.waitForSelector('#search-status[data-done]');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'traffic safety');
  assert.equal(await page.getAttribute('#search-status', 'role'), 'status');
  assert.match(await page.textContent('#search-status'), /\d+ results found/);
  assert.ok(await page.$('#search-results mark'), 'matched words are highlighted');
  await page.close();
});

test('the header search field of any page leads to the search page', async () => {
  const page = await shared.browser.newPage();
  await page.goto(`${shared.site.url}/ja/wards/konan/`);
  await page.fill('#header-q', 'ぼうさい');
  await Promise.all([page.waitForURL('**/ja/search/?q=*'), page.press('#header-q', 'Enter')]);
  await page.waitForSelector('#search-status[data-done]');
  assert.ok((await page.$$('#search-results li')).length > 0);
  await page.close();
});

test('queries after the first are answered from the loaded index', async () => {
  const page = await shared.browser.newPage();
  await page.goto(`${shared.site.url}/ja/search/?q=${encodeURIComponent('防災')}`);
  await page.waitForSelector('#search-status[data-done="1"]');
  const warm = [];
  const queries = ['子育て', 'ぼうさい', '認知症', 'SDGs', '商店街', '地域ケアプラザ', 'ごみ', '高齢者', '図書館', '交通安全'];
  for (let i = 0; i < queries.length; i++) {
    await page.fill('#search-q', queries[i]);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector(`#search-status[data-done="${i + 2}"]`);
    warm.push(Number(await page.getAttribute('#search-status', 'data-ms')));
  }
  warm.sort((a, b) => a - b);
  console.log(`# search: median warm query time ${warm[Math.floor(warm.length / 2)]} ms over ${warm.length} queries`);
  assert.equal(warm.length, queries.length);
  await page.close();
});

test('a first query downloads only small gzip-friendly files', async () => {
  const page = await shared.browser.newPage();
  const fetched = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/search/') || path.endsWith('search.js')) fetched.push(path);
  });
  await page.goto(`${shared.site.url}/ja/search/?q=${encodeURIComponent('防災')}`);
  await page.waitForSelector('#search-status[data-done]');
  const gzipBytes = fetched.reduce((sum, path) => sum + gzipSync(readFileSync(join(SITE_DIR, path))).length, 0);
  console.log(`# search: first query downloads ${fetched.length} files, ${gzipBytes} bytes gzip: ${fetched.join(' ')}`);
  assert.ok(gzipBytes < 100_000, `${gzipBytes} bytes`);
  await page.close();
});
