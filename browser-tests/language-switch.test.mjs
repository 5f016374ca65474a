// The language switcher keeps the reader's place: same page, same initiative, other language.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser } from './browser.mjs';

const shared = useSiteAndBrowser(before, after);

async function inViewport(page, id) {
  return page.evaluate((target) => {
    const box = document.getElementById(target).getBoundingClientRect();
    return box.top >= -2 && box.top < window.innerHeight;
  }, id);
}

test('switching from a Japanese initiative lands on the same English initiative', async () => {
  const page = await shared.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${shared.site.url}/ja/wards/izumi/#p3-1`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  assert.ok(await inViewport(page, 'p3-1'), 'the Japanese page opens at the initiative');
  await Promise.all([page.waitForURL('**/en/wards/izumi/**'), page.click('a.lang-switch')]);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/en/wards/izumi/');
  assert.equal(url.hash, '#p3-1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(await inViewport(page, 'p3-1'), 'the English page shows the same initiative');
  assert.match(await page.textContent('#p3-1 h4'), /disaster preparedness/i);
  await page.close();
});

test('switching after scrolling (no fragment in the address) keeps the section in view', async () => {
  const page = await shared.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${shared.site.url}/en/wards/kanazawa/`);
  await page.evaluate(() => document.getElementById('p4-1').scrollIntoView());
  await Promise.all([page.waitForURL('**/ja/wards/kanazawa/**'), page.click('a.lang-switch')]);
  assert.equal(new URL(page.url()).hash, '#p4-1');
  assert.ok(await inViewport(page, 'p4-1'));
  assert.match(await page.textContent('#p4-1 h4'), /金沢区地域福祉保健推進事業/);
  await page.close();
});

test('without JavaScript the switcher still leads to the other language', async () => {
  const context = await shared.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${shared.site.url}/ja/wards/asahi/#p1-1`);
  await Promise.all([page.waitForURL('**/en/wards/asahi/'), page.click('a.lang-switch')]);
  assert.equal(new URL(page.url()).pathname, '/en/wards/asahi/');
  assert.match(await page.textContent('h1'), /Asahi Ward/);
  await context.close();
});
