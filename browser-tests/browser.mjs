// Shared set-up for browser tests: a static server for the built site on loopback, and Debian's Chromium.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain', '.gz': 'application/gzip' };

/**
 * Serves `siteDir` on 127.0.0.1 at a free port; resolves to { url, close }. With `gzip`, text files go out
 * gzip-compressed to a browser that accepts it, as GitHub Pages sends them.
 */
export async function serveSite(siteDir, { gzip = false } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(siteDir, path));
    if (!file.startsWith(normalize(siteDir))) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (gzip && type !== 'application/octet-stream' && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
        response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' }).end(gzipSync(body));
        return;
      }
      response.writeHead(200, { 'Content-Type': type }).end(body);
    } catch {
      response.writeHead(404).end(await readFile(join(siteDir, '404.html')));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Launches Chromium headless: $CHROMIUM (bin/test sets it to the browser it found), else Debian's /usr/bin/chromium.
 * Chromium 156 starts a WebUI omnibox renderer for every new page even headless, which no page of ours uses and which
 * took more CPU than the page itself on a 2-core machine: it is switched off so timings measure the page.
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'],
  });
}

/** The built site to test: set by bin/test. */
export const SITE_DIR = process.env.HOSHIN_TEST_SITE ?? join(process.cwd(), '..', 'target', 'browser-site');

/**
 * Registers before/after hooks that serve the built site and launch Chromium for a test file; returns an object
 * whose `site` and `browser` are set once the hooks ran.
 */
export function useSiteAndBrowser(before, after, onClose = () => {}) {
  const shared = { site: null, browser: null };
  before(async () => {
    shared.site = await serveSite(SITE_DIR);
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    shared.site?.close();
    onClose();
  });
  return shared;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA violations on the open page, one line each (rule, help, first few elements). */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)
      .join(', ')})`);
  }, WCAG_TAGS);
}
