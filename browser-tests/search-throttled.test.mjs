// Search on a phone network (issue 22): Chrome's "Slow 4G" profile through the DevTools protocol (150 ms round
// trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower), files served gzip as GitHub Pages does, a cold cache for
// every query. Reports (never asserts: timings belong to the bench, not to a pass/fail test) the time from
// navigation to the first result link, for our search and for Pagefind on the same built site. Pagefind is indexed
// into a copy of the site when HOSHIN_PAGEFIND=1 (`npx --yes pagefind`, fetched on demand, not a dependency).
import { after, before, test } from 'node:test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveSite, SITE_DIR } from './browser.mjs';

const QUERIES = [['ja', '防災'], ['ja', '子育て支援'], ['ja', 'ぼうさい'], ['ja', 'ジャズ'], ['en', 'disaster'],
  ['en', 'child-rearing']];
const ROUNDS = Number(process.env.HOSHIN_ROUNDS ?? 3);
const SCALED = new URL('../target/scaled-search/ja/', import.meta.url).pathname;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const shared = {};
before(async () => {
  shared.dir = mkdtempSync(join(tmpdir(), 'hoshin-throttled-'));
  cpSync(SITE_DIR, shared.dir, { recursive: true });
  if (process.env.HOSHIN_PAGEFIND === '1') {
    execFileSync('npx', ['--yes', 'pagefind', '--site', shared.dir], { stdio: 'ignore' });
  }
  shared.site = await serveSite(shared.dir, { gzip: true });
  if (existsSync(SCALED)) { // ScaledIndexTest's 18 wards × 10 years index in place of the site's Japanese one
    shared.scaledDir = mkdtempSync(join(tmpdir(), 'hoshin-throttled-scaled-'));
    cpSync(SITE_DIR, shared.scaledDir, { recursive: true });
    rmSync(join(shared.scaledDir, 'search', 'ja'), { recursive: true });
    cpSync(SCALED, join(shared.scaledDir, 'search', 'ja'), { recursive: true });
    shared.scaled = await serveSite(shared.scaledDir, { gzip: true });
  }
  shared.browser = await launchChromium();
});
after(async () => {
  await shared.browser?.close();
  shared.site?.close();
  shared.scaled?.close();
  rmSync(shared.dir, { recursive: true, force: true });
  if (shared.scaledDir) rmSync(shared.scaledDir, { recursive: true, force: true });
});

/**
 * A fresh context (cold cache) whose page is throttled from its first request; with the bytes it received (counted
 * for our search only: Pagefind's module, WebAssembly and index chunks are not all reported to the page's session).
 */
async function throttledPage() {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const received = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (event) => {
    received.bytes += event.encodedDataLength;
    received.requests++;
  });
  return { context, page, received };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Navigation to the first result link of /lang/search/?q=, in ms since the navigation started. */
async function ours(lang, query, site = shared.site) {
  const { context, page, received } = await throttledPage();
  await page.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      if (document.querySelector('#search-results .result a')) {
        window.firstResultMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
  const ms = await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent;
    const loading = document.getElementById('search-form')?.getAttribute('data-msg-loading');
    return window.firstResultMs ?? (status && status !== loading ? 'none' : undefined); // answered: no result
  }, null, { timeout: 60_000 }).then((handle) => handle.jsonValue()).then((v) => (v === 'none' ? NaN : v));
  await context.close();
  return { ms, ...received };
}

/** Pagefind's API on a ward page: navigation to the first ten results' data, in ms since the navigation started. */
async function pagefind(lang, query) {
  const { context, page, received } = await throttledPage();
  await page.goto(`${shared.site.url}/${lang}/wards/`, { waitUntil: 'commit' });
  const ms = await page.evaluate(async (q) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(q);
    await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    return performance.now();
  }, query);
  await context.close();
  return { ms, ...received };
}

test('first query on a Slow-4G profile, navigation to first result (reported, not asserted)', async () => {
  const engines = { hoshin: ours };
  if (shared.scaled) engines['hoshin 18×10'] = (lang, query) => ours(lang, query, shared.scaled);
  if (existsSync(join(shared.dir, 'pagefind'))) engines.pagefind = pagefind;
  for (const [name, run] of Object.entries(engines)) {
    const all = [];
    for (const [lang, query] of QUERIES.filter(([lang]) => name !== 'hoshin 18×10' || lang === 'ja')) {
      const runs = [];
      for (let r = 0; r < ROUNDS; r++) runs.push(await run(lang, query));
      if (runs.some((x) => Number.isNaN(x.ms))) {
        console.log(`# throttled ${name} "${query}": no result`);
        continue;
      }
      all.push(...runs.map((x) => x.ms));
      const last = runs[runs.length - 1];
      console.log(`# throttled ${name} "${query}": median ${Math.round(median(runs.map((x) => x.ms)))} ms `
        + `(${runs.map((x) => Math.round(x.ms)).join(', ')})` + (name.startsWith('hoshin') ? `, ${last.requests} requests, `
        + `${(last.bytes / 1024).toFixed(1)} KiB on the wire with the page` : ''));
    }
    console.log(`# throttled ${name}: median over all ${all.length} first queries ${Math.round(median(all))} ms`);
  }
});
