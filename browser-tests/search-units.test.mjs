// Unit tests of the search page's modules (templates/assets/search/) in Node, on small indexes made here in the
// format the build writes (README, "Search index format"); the browser tests check them together on a built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchModule } from './search-modules.mjs';

const { SearchIndex, decodePostings, decodeRoot, editionOf, shardKey } = await searchModule('index');
const { analyze, planEnglish, rank, segment, tokenStarts } = await searchModule('query');
const { fiscalYearLabel, highlight, messages, needlesOf, snippet } = await searchModule('page');
const { stem } = await searchModule('stem');

/**
 * An index in the build's format: `docs` [[ward index, year, title, text]] in document order (by ward, then year);
 * `terms` {term: {postings: {doc: impact}, aliases: [reading or form, …]}}. Returns {index, fetched}: a SearchIndex
 * reading these files and the names it fetched, in order.
 */
function miniIndex({ lang = 'ja', wards = [['izumi', '泉区'], ['konan', '港南区']], docs, terms, synonyms = [] }) {
  const shards = 5;
  const files = { 'p/0.json': [] };
  const vocabulary = Array.from({ length: shards }, () => ({}));
  const add = (word, entry) => (vocabulary[shardKey(word, shards)][word] ||= []).push(entry);
  Object.entries(terms).forEach(([term, { postings, aliases = [] }], pos) => {
    const row = [];
    let previous = 0;
    Object.entries(postings).forEach(([doc, impact]) => {
      row.push(Number(doc) - previous, impact);
      previous = Number(doc);
    });
    files['p/0.json'].push(row);
    const df = row.length / 2;
    add(term, [df, 0, pos]);
    aliases.forEach((alias) => add(alias, [term, df, 0, pos]));
  });
  vocabulary.forEach((shard, k) => { files[`v/${k}.json`] = shard; });
  const editions = [];
  docs.forEach(([ward, year, title, text], d) => {
    files[`d/${d}.json`] = [`wards/${wards[ward][0]}/${year}/#d${d}`, title, '', '節', text];
    const last = editions[editions.length - 1];
    if (!last || last[0] !== ward || last[1] !== year) editions.push([ward, year, d]);
  });
  files['root.json'] = { version: 2, lang, docs: docs.length, shards, wards, editions, synonyms };
  const fetched = [];
  const index = new SearchIndex('/search/', async (url, name) => {
    fetched.push(name);
    if (!(name in files)) throw new Error(name + ': 404');
    return structuredClone(files[name]);
  });
  return { index, fetched };
}

const BOSAI = {
  docs: [[0, 2022, '地域防災拠点の訓練', '防災訓練を行います'], [0, 2023, '防災', '子育て支援と防災'],
    [1, 2021, '子育て支援', '子育ての支援'], [1, 2021, '支援の輪', '子育て 支援']],
  terms: { 防災: { postings: { 0: 20, 1: 30 }, aliases: ['ボウサイ'] }, 子育て: { postings: { 1: 10, 2: 30, 3: 10 } },
    支援: { postings: { 1: 10, 2: 30, 3: 20 } }, 訓練: { postings: { 0: 10 } }, 地産: { postings: { 3: 10 } },
    地: { postings: { 3: 5 } }, 消: { postings: { 3: 5 } }, 泉区: { postings: { 0: 5 } },
    コミュニティ: { postings: { 2: 10 } } },
};

test('root.json decodes into named wards and editions, with each ward\'s latest year', async () => {
  const root = await miniIndex(BOSAI).index.root();
  assert.deepEqual(root.wards, [{ id: 'izumi', name: '泉区' }, { id: 'konan', name: '港南区' }]);
  assert.deepEqual(root.editions, [{ ward: 0, year: 2022, firstDoc: 0 }, { ward: 0, year: 2023, firstDoc: 1 },
    { ward: 1, year: 2021, firstDoc: 2 }]);
  assert.deepEqual([...root.latest], [[0, 2023], [1, 2021]]);
  assert.deepEqual([0, 1, 2, 3].map((doc) => editionOf(root, doc).firstDoc), [0, 1, 2, 2]);
  assert.deepEqual(decodeRoot({ ...root, wards: [], editions: [], synonyms: undefined }).synonyms, []);
});

test('postings are delta-encoded document numbers with impacts', () => {
  assert.deepEqual([...decodePostings([0, 5, 3, 7, 1, 2])], [[0, 5], [3, 7], [4, 2]]);
});

test('a look-up reaches a term through its kana reading (hiragana or katakana) and through katakana stemming', async () => {
  const { index } = miniIndex(BOSAI);
  const root = await index.root();
  for (const word of ['防災', 'ぼうさい', 'ボウサイ']) {
    assert.deepEqual((await index.lookup(root, word)).map((hit) => hit.term), ['防災'], word);
  }
  assert.deepEqual((await index.lookup(root, 'コミュニティー')).map((hit) => hit.term), ['コミュニティ']);
  assert.deepEqual(await index.lookup(root, '新幹線'), []);
});

test('each index file is fetched once, however many look-ups ask for it at once', async () => {
  const { index, fetched } = miniIndex(BOSAI);
  const root = await index.root();
  await Promise.all(['防災', '防災', 'ぼうさい', '子育て', '子育て'].map((word) => index.lookup(root, word)));
  assert.equal(fetched.length, new Set(fetched).size, fetched.join(', '));
});

test('a compound the index knows whole is one part; otherwise its parts, or its characters when only those are known', async () => {
  const { index } = miniIndex(BOSAI);
  const root = await index.root();
  const texts = async (token) => (await segment(index, root, token)).map((part) => part.text);
  assert.deepEqual(await texts('子育て支援'), ['子育て', '支援']);
  assert.deepEqual(await texts('地産地消'), ['地産', '地', '消'], 'the index split it into single characters');
  assert.deepEqual(await texts('泉区の防災'), ['泉区', '防災'], 'a particle between known words is left out');
  const whole = miniIndex({ ...BOSAI, terms: { ...BOSAI.terms, 子育て支援: { postings: { 2: 40 } } } });
  assert.deepEqual((await segment(whole.index, await whole.index.root(), '子育て支援')).map((p) => p.text), ['子育て支援']);
});

test('the shards of a query\'s word starts are known before segmenting: one wave of requests', () => {
  assert.deepEqual(tokenStarts(['子育て支援', 'の', '区']), ['子育', '育て', 'て支', '支援', '区']);
});

test('English: a synonym phrase of the query becomes one clause whose alternatives are its group, longest phrase first', () => {
  const planned = planEnglish(['older', 'people', 'events'], [['seniors', 'older people', 'elderly'], ['people', 'residents']],
    stem);
  assert.deepEqual(planned, [{ text: 'older people', phrases: ['seniors', 'older people', 'elderly'] },
    { text: 'events', phrases: ['events'] }]);
});

test('every word must match; partial matches only when nothing has them all, and parts standing apart count as partial', async () => {
  const { index } = miniIndex(BOSAI);
  const root = await index.root();
  const ranked = async (query, filters = { year: 'all' }) => {
    const result = await rank(index, root, await analyze(index, root, query), filters);
    return { docs: result.results.map((r) => r.doc), partial: result.partial };
  };
  assert.deepEqual(await ranked('防災'), { docs: [1, 0], partial: false });
  assert.deepEqual(await ranked('防災 訓練'), { docs: [0], partial: false });
  assert.deepEqual(await ranked('訓練 コミュニティ'), { docs: [0, 2], partial: true });
  // 子育て支援 stands together in documents 1 and 2 and apart in 3, although 3 has both words
  assert.deepEqual(await ranked('子育て支援'), { docs: [2, 1], partial: false });
  assert.deepEqual(await ranked('子育て 支援'), { docs: [2, 3, 1], partial: false }, 'two words need not stand together');
});

test('filters: each ward\'s latest edition by default, one year, all years, one ward', async () => {
  const { index } = miniIndex(BOSAI);
  const root = await index.root();
  const docs = async (filters) => (await rank(index, root, await analyze(index, root, '防災'), filters)).results
    .map((r) => r.doc);
  assert.deepEqual(await docs({}), [1]);
  assert.deepEqual(await docs({ year: '2022' }), [0]);
  assert.deepEqual(await docs({ year: 'all', ward: 'konan' }), []);
});

test('English queries are stemmed and synonyms found: "seniors" finds what "elderly" finds', async () => {
  const { index } = miniIndex({ lang: 'en', synonyms: [['seniors', 'elderly']],
    docs: [[0, 2023, 'Support for the elderly', 'Elderly people'], [1, 2023, 'Disasters', 'Disaster drills']],
    terms: { elderli: { postings: { 0: 30 } }, disast: { postings: { 1: 30 } }, drill: { postings: { 1: 10 } } } });
  const root = await index.root();
  const docs = async (query) => (await rank(index, root, await analyze(index, root, query, stem), {}, stem)).results
    .map((r) => r.doc);
  assert.deepEqual(await docs('seniors'), [0]);
  assert.deepEqual(await docs('disasters drilling'), [1]);
  assert.deepEqual(await docs('the disaster\'s'), [1], 'stop words and possessives as the index has them');
});

test('fiscal years: the first year of an era is 元 (平成元年度, 令和元年度); English says FY', () => {
  assert.deepEqual([1989, 1990, 2018, 2019, 2020, 2024].map((year) => fiscalYearLabel('ja', year)),
    ['平成元年度', '平成2年度', '平成30年度', '令和元年度', '令和2年度', '令和6年度']);
  assert.equal(fiscalYearLabel('en', 1989), 'FY1989');
});

test('matches are marked on the text as written: full-width letters, escaped HTML, English words after their stem', () => {
  assert.equal(highlight('ＳＤＧｓの推進 <b>', ['sdgs'], 'ja'), '<mark>ＳＤＧｓ</mark>の推進 &lt;b&gt;');
  assert.equal(highlight('Disasters & drills', ['disast'], 'en'), '<mark>Disasters</mark> &amp; drills');
  assert.deepEqual(needlesOf([{ text: '子育て支援', alternatives: [{ parts: [{ text: '子育て', hits: [{ term: '子育て' }] },
    { text: 'て', hits: [] }] }] }]), ['子育て支援', '子育て']);
});

test('a snippet shows the text around the first match, from the start of a caption\'s line', () => {
  const text = 'あ'.repeat(100) + '\n写真: 防災訓練の様子' + 'い'.repeat(100);
  const shown = snippet(text, ['防災'], 'ja');
  assert.ok(shown.startsWith('…写真: <mark>防災</mark>訓練'), shown);
  assert.ok(shown.endsWith('…'));
  assert.equal(snippet('短い文', ['無い'], 'ja'), '短い文');
});

test('messages fill their placeholders and take the plural form the language uses for the number', () => {
  const attributes = { 'data-msg-results-one': '{n} result', 'data-msg-results-other': '{n} results',
    'data-msg-none': 'Nothing found for "{q}"' };
  const form = { getAttribute: (name) => attributes[name] ?? null, hasAttribute: (name) => name in attributes };
  const { counted, message } = messages(form, 'en');
  assert.deepEqual([counted('results', 1), counted('results', 2)], ['1 result', '2 results']);
  assert.equal(message('none', { q: '$& xylophone' }), 'Nothing found for "$& xylophone"');
  assert.equal(messages(form, 'ja').counted('results', 1), '1 results', 'Japanese has one form: "other"');
});
