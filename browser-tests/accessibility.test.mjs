// WCAG 2.2 A/AA rules of axe-core on the main kinds of page, in both languages, on a phone-sized and a wide screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, useSiteAndBrowser } from './browser.mjs';

const shared = useSiteAndBrowser(before, after);

const pages = ['/', '/ja/', '/en/', '/ja/wards/izumi/', '/en/wards/izumi/', '/ja/wards/asahi/', '/en/wards/kanazawa/',
  '/ja/wards/konan/2021/', '/en/wards/kohoku/2022/',
  '/ja/about/', '/en/about/', '/ja/search/?q=%E9%98%B2%E7%81%BD', '/en/search/?q=dementia', '/404.html',
  '/ja/themes/', '/en/themes/', '/ja/themes/bosai/', '/en/themes/kosodate/', '/ja/data/', '/en/data/'];

for (const width of [390, 1280]) {
  for (const path of pages) {
    test(`${path} at ${width}px has no WCAG 2.2 AA violation`, async () => {
      const page = await shared.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(shared.site.url + path);
      if (path.includes('/search/')) {
        await page.waitForSelector('#search-status[data-done]');
      }
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
}
