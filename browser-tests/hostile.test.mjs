// Hostile Markdown in a real browser. Design: `hoshin build` rejects every hostile input (so a built site never
// contains one), and a page built from the closest content build still accepts would not reach the sanitizer. So
// the Java test HostileRenderingTest renders each hostile input through MarkdownRenderer directly, with the content
// check bypassed, into target/hostile-page/index.html; this test opens that page in Chromium, clicks every link on
// it, and asserts that no dialog fired and no request left the page's own server. It runs after `mvn test`
// (bin/test does so); a missing page fails with that hint.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, serveSite } from './browser.mjs';

const PAGE_DIR = process.env.HOSHIN_HOSTILE_PAGE ?? join(process.cwd(), '..', 'target', 'hostile-page');
const shared = { site: null, browser: null };

before(async () => {
  await access(join(PAGE_DIR, 'index.html')).catch(() => {
    throw new Error(`${PAGE_DIR}/index.html is missing: run the Java tests first (mvn test -Dtest=HostileRenderingTest)`);
  });
  shared.site = await serveSite(PAGE_DIR);
  shared.browser = await launchChromium();
});
after(async () => {
  await shared.browser?.close();
  shared.site?.close();
});

test('rendered hostile Markdown fires no dialog and loads nothing from elsewhere, even when every link is clicked',
  async () => {
    const page = await shared.browser.newPage();
    const dialogs = [];
    const foreign = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(shared.site.url)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`${shared.site.url}/`);
    const count = await page.locator('a').count();
    assert.ok(count >= 10, `the page has the rendered links (${count})`);
    for (let i = 0; i < count; i += 1) {
      await page.goto(`${shared.site.url}/`);
      await page.locator('a').nth(i).click({ noWaitAfter: true, timeout: 2000 }).catch(() => {});
      await page.waitForTimeout(100);
    }
    await page.goto(`${shared.site.url}/`);
    const scripts = await page.evaluate(() => document.querySelectorAll('script, img, iframe, [onerror], [onclick]').length);
    assert.equal(scripts, 0, 'no script, image, frame or handler reached the page');
    assert.deepEqual(dialogs, [], 'no dialog fired');
    assert.deepEqual(foreign, [], 'no request to a third party');
    await page.close();
  });
