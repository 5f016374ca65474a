// Pagefind on the same 18 wards × 10 years corpus, for comparison (docs/speed.md, "Search"): ScaledIndexTest writes the
// corpus as plain pages to target/scaled-html/; `npx --yes pagefind --site ../target/scaled-html` (fetched on demand, not a dependency) indexes it. Skipped
// when that index is absent. Reports what a first query downloads (its script, WebAssembly, index chunks and the
// fragments of the first ten results, as its default UI loads them) and its time.
import { after, before, test } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveSite } from './browser.mjs';

const HTML = new URL('../target/scaled-html/', import.meta.url).pathname;
const shared = {};
before(async () => {
  if (!existsSync(HTML + 'pagefind')) return;
  shared.site = await serveSite(HTML);
  shared.browser = await launchChromium();
});
after(async () => {
  await shared.browser?.close();
  shared.site?.close();
});

/** Bytes on the wire with gzip: Pagefind's own files are stored gzip-compressed already. */
function wireBytes(path) {
  const body = readFileSync(HTML + path);
  return body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
}

test('Pagefind on the scaled corpus: first query size and time', { skip: !existsSync(HTML + 'pagefind')
  && 'run: npx pagefind --site ../target/scaled-html' }, async () => {
  for (const query of ['防災', '子育て 支援', '区民文化センター', 'しょうてんがい', '地域ケアプラザ', '自治会町内会']) {
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.url}/wards/izumi/2022/`);
    const fetched = [];
    page.on('response', (response) => {
      const path = decodeURIComponent(new URL(response.url()).pathname);
      if (path.startsWith('/pagefind/')) fetched.push(path);
    });
    const { ms, count } = await page.evaluate(async (q) => {
      const started = performance.now();
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return { ms: Math.round(performance.now() - started), count: search.results.length };
    }, query);
    const bytes = fetched.reduce((sum, path) => sum + wireBytes(path), 0);
    console.log(`# pagefind: first query "${query}": ${fetched.length} files, ${bytes} bytes gzip, ${ms} ms, ${count} pages`);
    await page.close();
  }
});
