// stem.js against Lucene's PorterStemFilter: every word of the English content and inflected forms of each,
// with Lucene's stems written by the Java test StemFixtureTest (bin/test runs Maven before the browser tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { searchModule } from './search-modules.mjs';

const root = new URL('..', import.meta.url);
const { stem } = await searchModule('stem');

test('stem.js gives Lucene\'s Porter stem for every English word of the content and its inflections', () => {
  const expected = JSON.parse(readFileSync(new URL('target/stems.json', root), 'utf8'));
  const words = Object.keys(expected);
  assert.ok(words.length > 10000, `${words.length} words`);
  const wrong = words.filter((word) => stem(word) !== expected[word]);
  console.log(`# stemmer: ${words.length - wrong.length} of ${words.length} words agree with Lucene`);
  assert.deepEqual(wrong.slice(0, 20).map((w) => `${w}: ${stem(w)} ≠ ${expected[w]}`), []);
});
