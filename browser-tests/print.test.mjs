// A printed page is the policy and where to find it: no menu, search box, language button or skip link, and the
// page's own address and the addresses of external links on paper.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser } from './browser.mjs';

const shared = useSiteAndBrowser(before, after);

/** Interface that works only on screen, by selector. */
const SCREEN_ONLY = ['.site-nav', '.lang-switch', '.header-search', '.skip', '.toc', '.to-top', '.breadcrumb', '.editions'];

async function openWardPage(media) {
  const page = await shared.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ media });
  await page.goto(`${shared.site.url}/ja/wards/izumi/`);
  return page;
}

/** The text a reader sees (innerText follows the styles in force, so hidden parts are left out). */
function visibleText(page) {
  return page.evaluate(() => document.body.innerText);
}

test('a ward page prints to PDF', async () => {
  const page = await openWardPage('screen');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.ok(pages.length > 1, `a whole ward policy takes several pages, not ${pages.length}`);
  await page.close();
});

test('printed, the page has no navigation, search, language switch or skip link', async () => {
  const page = await openWardPage('print');
  for (const selector of SCREEN_ONLY) {
    assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} is not printed`);
  }
  const text = await visibleText(page);
  const searchButton = await page.textContent('.header-search button');
  const switchLabel = await page.textContent('.lang-switch');
  assert.ok(!text.includes(switchLabel.trim()), 'the language button is not on paper');
  assert.ok(!text.includes(searchButton.trim()), 'the search button is not on paper');
  assert.notEqual(await page.$eval('.site-header', (e) => getComputedStyle(e).position), 'sticky',
    'the header is not repeated over the text');
  assert.match(text, /基本目標|目標/);
  await page.close();
});

test("printed, the page carries its own address and external links' addresses", async () => {
  const page = await openWardPage('print');
  const canonical = await page.getAttribute('link[rel=canonical]', 'href');
  assert.match(canonical, /\/ja\/wards\/izumi\/$/);
  assert.ok((await visibleText(page)).includes(canonical), `the address ${canonical} is printed`);
  const external = page.locator('main a[href^="http"]').first();
  const href = await external.getAttribute('href');
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  assert.ok(after.includes(href), `the external link is followed by its address: ${after}`);
  await page.close();
});

test('on screen, the navigation is there and the printed address is not', async () => {
  const page = await openWardPage('screen');
  for (const selector of ['.site-nav', '.lang-switch', '.header-search', '.toc']) {
    assert.ok(await page.locator(selector).first().isVisible(), `${selector} is on screen`);
  }
  assert.equal(await page.locator('.print-only').isVisible(), false);
  const external = page.locator('main a[href^="http"]').first();
  assert.equal(await external.evaluate((a) => getComputedStyle(a, '::after').content), 'none');
  await page.close();
});
