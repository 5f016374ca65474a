// The "what changed" page (新旧対照表): built here from the tests' fixture content plus an earlier Izumi edition
// made from the fixture's, then checked in Chromium with axe-core's WCAG 2.2 A/AA rules, in both languages, on a
// phone and a wide screen; it must reflow without sideways scrolling and underline changed words on both sides.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, launchChromium, serveSite } from './browser.mjs';

const PROJECT = join(process.cwd(), '..');
const shared = { dir: null, site: null, browser: null };

function edit(file, from, to) {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} no longer contains ${from}`);
  writeFileSync(file, text.replace(from, to));
}

/**
 * Izumi 2021 = 2022 with a sentence more, a sentence less, an initiative more, one less, a renamed one and one in
 * another pillar (p3-2 in pillar 2).
 */
function makeEarlierEdition(content) {
  const izumi = join(content, 'wards', 'izumi');
  const old = join(izumi, '2021');
  cpSync(join(izumi, '2022'), old, { recursive: true });
  const ja = join(old, 'ja', 'pillars');
  edit(join(ja, '01', '01.md'), 'プロモーションを展開します。', 'プロモーションを展開します。あわせて、区の魅力を伝える冊子を毎年発行します。');
  edit(join(ja, '01', '02.md'), 'また、将来にわたって活動を継続していくため、保存会の活動を紹介する交通広告への掲出やパネル展を実施します。', '');
  writeFileSync(join(ja, '02', '04.md'), '---\nid: p2-4\ntitle: プラスチックごみ削減の啓発\nprogram: ごみ削減推進事業\n---\n\n'
    + '区民の皆様と一緒に、プラスチックごみの削減に取り組みます。\n');
  unlinkSync(join(ja, '03', '03.md'));
  unlinkSync(join(old, 'en', 'pillars', '03', '03.md'));
  for (const lang of ['ja', 'en']) {
    const pillars = join(old, lang, 'pillars');
    renameSync(join(pillars, '03', '02.md'), join(pillars, '02', '05.md'));
  }
  edit(join(ja, '04', '01.md'), 'id: p4-1\ntitle: 横浜型地域包括ケアシステム構築に向けた泉区アクションプランの推進',
    'id: p4-9\ntitle: 横浜型地域包括ケアシステム構築に向けた泉区アクションプランの策定');
}

before(async () => {
  shared.dir = mkdtempSync(join(tmpdir(), 'hoshin-changes-'));
  const content = join(shared.dir, 'content');
  cpSync(join(PROJECT, 'src', 'test', 'resources', 'fixture', 'content'), content, { recursive: true }); // the tests' own project
  makeEarlierEdition(content);
  execFileSync('java', ['-jar', join(PROJECT, 'target', 'hoshin.jar'), 'build', '--content', content,
    '--templates', join(PROJECT, 'templates'), '--out', join(shared.dir, 'site')], { stdio: 'pipe' });
  shared.site = await serveSite(join(shared.dir, 'site'));
  shared.browser = await launchChromium();
});

after(async () => {
  await shared.browser?.close();
  shared.site?.close();
  rmSync(shared.dir, { recursive: true, force: true });
});

for (const width of [390, 1280]) {
  for (const lang of ['ja', 'en']) {
    const path = `/${lang}/wards/izumi/2022/changes/`;
    test(`${path} at ${width}px: no WCAG 2.2 AA violation, no sideways scrolling, underlined changes`, async () => {
      const page = await shared.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(shared.site.url + path);
      assert.deepEqual(await axeViolations(page), []);
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        moved: document.querySelector('.change-head .moved')?.innerText ?? '',
        decorations: [...document.querySelectorAll('ins, del')].map((e) => getComputedStyle(e).textDecorationLine),
        newLeft: (() => {
          const row = document.querySelector('tbody.change-changed');
          return row.querySelector('.side-new').getBoundingClientRect().left
            - row.querySelector('.side-old').getBoundingClientRect().left;
        })(),
      }));
      assert.ok(layout.moved.startsWith(lang === 'ja' ? '施策2から移動' : 'Moved from pillar 2'), layout.moved);
      assert.ok(layout.overflow <= 0, `page scrolls sideways by ${layout.overflow}px`);
      assert.ok(layout.decorations.length >= 2 && layout.decorations.every((d) => d.includes('underline')),
        layout.decorations.join());
      if (width >= 1280) {
        assert.ok(layout.newLeft < 0, 'the new edition is the left column');
      } else {
        assert.equal(layout.newLeft, 0, 'stacked on a phone');
      }
      if (process.env.HOSHIN_SCREENSHOTS) {
        mkdirSync(process.env.HOSHIN_SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(process.env.HOSHIN_SCREENSHOTS, `changes-${lang}-${width}.png`),
          fullPage: true });
      }
      await page.close();
    });
  }
}
