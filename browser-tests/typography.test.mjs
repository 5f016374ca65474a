// Japanese typography on every kind of page, at a phone's width (390 px) and a desktop's (1280 px), measured in
// the rendered page: no Japanese character is spread apart from the next (justification widens the glyphs of a
// line that holds Latin letters, digits or a long word, 「図 り ま す 。」), no text with Japanese is justified,
// and no Japanese line is a lone symbol (a slogan's closing 「～」 on a line of its own). Pages are found in the
// built site by the shape of their address, so the test holds for any content.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SITE_DIR, useSiteAndBrowser } from './browser.mjs';

const shared = useSiteAndBrowser(before, after);
const WIDTHS = [390, 1280];

/** Every index.html below the site, as site paths ("ja/wards/izumi/2022/"). */
function pagePaths(dir = SITE_DIR) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...pagePaths(path));
    else if (name === 'index.html') found.push(relative(SITE_DIR, dir) ? `${relative(SITE_DIR, dir)}/` : '');
  }
  return found;
}

const KINDS = {
  'language choice': /^$/,
  'wards list': /^(ja|en)\/$/,
  'ward (latest edition)': /^(ja|en)\/wards\/[a-z]+\/$/,
  edition: /^(ja|en)\/wards\/[a-z]+\/\d{4}\/$/,
  changes: /^(ja|en)\/wards\/[a-z]+\/\d{4}\/changes\/$/,
  themes: /^(ja|en)\/themes\/$/,
  theme: /^(ja|en)\/themes\/[a-z0-9-]+\/$/,
  about: /^(ja|en)\/about\/$/,
  search: /^(ja|en)\/search\/$/,
  data: /^(ja|en)\/data\/$/,
};

/** Kinds whose every page is measured (where slogans and goals are); of the others, the first in each language. */
const EVERY_PAGE = new Set(['ward (latest edition)', 'edition']);

/** The pages to measure: of each kind in each language, the first by address or all of them; and the 404 page. */
function pagesOfEachKind() {
  const paths = pagePaths().sort();
  const pages = [];
  for (const [kind, shape] of Object.entries(KINDS)) {
    for (const lang of ['ja', 'en']) {
      const all = paths.filter((p) => shape.test(p) && (kind === 'language choice' || p.startsWith(`${lang}/`)));
      for (const path of EVERY_PAGE.has(kind) ? all : all.slice(0, 1)) {
        if (!pages.some((p) => p.path === path)) pages.push({ kind, path });
      }
      if (!all.length) pages.push({ kind, path: null, lang });
    }
  }
  pages.push({ kind: 'not found', path: '404.html' });
  return pages;
}

/**
 * Measured in the page: every block holding Japanese text, its lines (characters grouped by where they sit) and
 * each Japanese character's rendered width against its font size. A character of a ragged line is at most 1em
 * wide plus the letter spacing; justification adds the line's spare width to its characters.
 */
function measure() {
  const JAPANESE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
  const SYMBOL_ONLY = /^[\p{P}\p{S}]+$/u;
  const blockOf = (node) => {
    let element = node.parentElement;
    while (element && getComputedStyle(element).display.startsWith('inline')) element = element.parentElement;
    return element;
  };
  // Text kept for screen readers only, clipped to nothing at this width (a table's column heads on a phone).
  const clipped = (element) => {
    for (let e = element; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.clip.startsWith('rect(0') || style.clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  };
  const blocks = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.data.trim() || parent.closest('.visually-hidden, script, style, noscript') || clipped(parent)) continue;
    const block = blockOf(node);
    if (!blocks.has(block)) blocks.set(block, []);
    blocks.get(block).push(node);
  }
  const justified = [];
  const spread = [];
  const loneSymbols = [];
  const range = document.createRange();
  for (const [block, nodes] of blocks) {
    if (!nodes.some((n) => JAPANESE.test(n.data))) continue;
    const style = getComputedStyle(block);
    if (style.textAlign === 'justify' || style.textAlignLast === 'justify') {
      justified.push(`${block.tagName.toLowerCase()}.${block.className}: ${block.textContent.trim().slice(0, 30)}`);
    }
    const chars = [];
    for (const node of nodes) {
      const nodeStyle = getComputedStyle(node.parentElement);
      const fontSize = parseFloat(nodeStyle.fontSize);
      const spacing = parseFloat(nodeStyle.letterSpacing) || 0;
      let offset = 0;
      for (const ch of node.data) {
        range.setStart(node, offset);
        range.setEnd(node, offset + ch.length);
        offset += ch.length;
        const rect = range.getBoundingClientRect();
        if (!ch.trim() || rect.width === 0) continue;
        chars.push({ ch, rect });
        if (JAPANESE.test(ch) && rect.width > fontSize + spacing + 1) {
          spread.push(`「${ch}」 ${rect.width.toFixed(1)} px wide at ${fontSize} px in `
            + `${block.tagName.toLowerCase()}: ${block.textContent.trim().slice(0, 30)}`);
        }
      }
    }
    const lines = [];
    for (const c of chars) {
      const line = lines.find((l) => Math.abs(l.top - c.rect.top) < c.rect.height / 2);
      if (line) line.text += c.ch;
      else lines.push({ top: c.rect.top, text: c.ch });
    }
    if (lines.length > 1) {
      for (const line of lines) {
        if (SYMBOL_ONLY.test(line.text)) {
          loneSymbols.push(`「${line.text}」 alone on a line of ${block.tagName.toLowerCase()}: `
            + `${block.textContent.trim().slice(0, 40)}`);
        }
      }
    }
  }
  return { blocks: [...blocks.keys()].length, justified, spread, loneSymbols };
}

for (const { kind, path, lang } of pagesOfEachKind()) {
  if (path === null) {
    test(`${kind} (${lang})`, { skip: `the site built from this content has no ${kind} page` }, () => {});
    continue;
  }
  for (const width of WIDTHS) {
    test(`${kind} (/${path}) at ${width} px: Japanese set ragged, no spread characters, no lone symbol line`,
      async () => {
        const page = await shared.browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${shared.site.url}/${path}`);
        await page.evaluate(() => document.fonts.ready);
        const found = await page.evaluate(measure);
        await page.close();
        assert.deepEqual(found.justified, [], 'no text with Japanese is justified');
        assert.deepEqual(found.spread.slice(0, 10), [], 'no Japanese character is wider than its font size');
        assert.deepEqual(found.loneSymbols, [], 'no Japanese line is a symbol alone');
      });
  }
}
