// The browser's search against the Java side, on what BrowserContractFixtureTest writes to target/search-contract.json
// (bin/test runs Maven before the browser tests): fiscal-year labels for every year FiscalYear accepts, the English
// stop words, how each character of the fixture's texts is folded, vocabulary shard keys and katakana stems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { searchModule } from './search-modules.mjs';

const contract = JSON.parse(readFileSync(new URL('../target/search-contract.json', import.meta.url), 'utf8'));
const { fold, katakanaStem, shardKey, STOP_WORDS } = await searchModule('index');
const { fiscalYearLabel } = await searchModule('page');

/** The first few disagreements, one line each. */
function disagreements(entries, browser) {
  return entries.filter(([input, java]) => browser(input) !== java).slice(0, 10)
    .map(([input, java]) => `${input}: browser ${browser(input)}, Java ${java}`);
}

test('fiscal years are named as FiscalYear names them, 平成元年度 and 令和元年度 included', () => {
  const years = Object.entries(contract.fiscalYears);
  assert.ok(years.length > 200);
  assert.deepEqual(disagreements(years.map(([year, [ja]]) => [Number(year), ja]), (y) => fiscalYearLabel('ja', y)), []);
  assert.deepEqual(disagreements(years.map(([year, [, en]]) => [Number(year), en]), (y) => fiscalYearLabel('en', y)),
    []);
});

test('the English stop words are those the index leaves out', () => {
  assert.deepEqual([...STOP_WORDS].sort(), contract.stopWords);
});

test('every character the index keeps in a term is folded as the index folds it (width, case)', () => {
  // The index keeps letters and digits (Java's isLetterOrDigit) and drops the rest with punctuation; a query may
  // fold the rest differently (NFKC makes ① 1) without missing a term.
  const kept = Object.entries(contract.folding).filter(([, java]) => /[\p{L}\p{Nd}]/u.test(java));
  assert.ok(kept.length > 500, `${kept.length} characters`);
  assert.deepEqual(disagreements(kept, fold), []);
});

test('a word\'s vocabulary shard is the one ShardKey gives it, for any shard count', () => {
  const words = Object.entries(contract.shardKeys);
  assert.ok(words.length > 1000);
  for (const [i, shards] of [1, 7, 64, 997].entries()) {
    assert.deepEqual(disagreements(words.map(([word, keys]) => [word, keys[i]]), (w) => shardKey(w, shards)), [],
      `${shards} shards`);
  }
});

test('katakana words are stemmed as JapaneseKatakanaStemFilter stems them (a final ー of a long word)', () => {
  const words = Object.entries(contract.katakanaStems);
  assert.ok(words.length > 100, `${words.length} words`);
  assert.ok(words.some(([word, stem]) => word !== stem), 'some words lose their ー');
  assert.deepEqual(disagreements(words, katakanaStem), []);
});
