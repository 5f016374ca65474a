/* hoshin search: the index (docs/search-js.md), fetched once a file, decoded only here; text folded as the index does. */

export const fold = (text) => text.normalize('NFKC').toLowerCase();

export const toKatakana = (text) => text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** As JapaneseKatakanaStemFilter. */
export const katakanaStem = (text) => (/^[\u30a0-\u30ff]{4,}$/.test(text) && text.endsWith('ー') ? text.slice(0, -1) : text);

export function shardKey(word, shards) {
  let hash = 0;
  for (const ch of Array.from(word).slice(0, 2)) {
    const c = ch.codePointAt(0);
    hash = hash * 31 + (c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c);
  }
  return hash % shards;
}

export const STOP_WORDS = new Set(('a an and are as at be but by for if in into is it no not of on or such that the '
  + 'their then there these they this to was will with').split(' '));

export const englishWords = (text) => text.split(/[^a-z0-9']+/)
  .map((word) => word.replace(/'s$/, '').replace(/'/g, '')).filter((word) => word && !STOP_WORDS.has(word));

export const unique = (values) => Array.from(new Set(values));

export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** root.json, with each ward's latest year. */
export function decodeRoot(raw) {
  const editions = raw.editions.map(([ward, year, firstDoc]) => ({ ward, year, firstDoc }));
  const latest = new Map();
  editions.forEach((e) => latest.set(e.ward, Math.max(latest.get(e.ward) || 0, e.year)));
  return { lang: raw.lang, docs: raw.docs, shards: raw.shards, wards: raw.wards.map(([id, name]) => ({ id, name })),
    editions, latest, synonyms: raw.synonyms || [] };
}

/** [df, file, pos] for the word itself, [term, df, file, pos] for its reading or form. */
export const decodeEntry = (word, entry) => (entry.length === 3
  ? { term: word, df: entry[0], file: entry[1], pos: entry[2] }
  : { term: entry[0], df: entry[1], file: entry[2], pos: entry[3] });

export function decodePostings(row) {
  const impacts = new Map();
  for (let i = 0, doc = 0; i < row.length; i += 2) {
    doc += row[i];
    impacts.set(doc, row[i + 1]);
  }
  return impacts;
}

export const decodeDocument = ([url, title, program, section, text]) => ({ url, title, program, section, text });

export function editionOf(root, doc) {
  let lo = 0;
  let hi = root.editions.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (root.editions[mid].firstDoc <= doc) lo = mid;
    else hi = mid - 1;
  }
  return root.editions[lo];
}

export class SearchIndex {
  constructor(base, fetchJson = fetchOverHttp) {
    Object.assign(this, { base, fetchJson, files: new Map(), rootPromise: null });
  }

  file(name) {
    if (!this.files.has(name)) this.files.set(name, this.fetchJson(this.base + name, name));
    return this.files.get(name);
  }

  root() {
    return (this.rootPromise ||= this.file('root.json').then(decodeRoot));
  }

  prefetchShards(root, words) {
    return Promise.all(unique(words.map((w) => shardKey(w, root.shards))).map((k) => this.file('v/' + k + '.json')));
  }

  async lookup(root, word) {
    const hits = new Map();
    for (const candidate of unique([word, katakanaStem(word), katakanaStem(toKatakana(word))])) {
      const shard = await this.file('v/' + shardKey(candidate, root.shards) + '.json');
      ({}.hasOwnProperty.call(shard, candidate) ? shard[candidate] : []).forEach((entry) => {
        const hit = decodeEntry(candidate, entry);
        hits.set(hit.term, hit);
      });
    }
    return Array.from(hits.values());
  }

  prefetchPostings(hits) {
    return Promise.all(unique(hits.map((hit) => 'p/' + hit.file + '.json')).map((name) => this.file(name)));
  }

  async postings(hit) {
    return decodePostings((await this.file('p/' + hit.file + '.json'))[hit.pos]);
  }

  documents(docs) {
    return Promise.all(docs.map(async (doc) => decodeDocument(await this.file('d/' + doc + '.json'))));
  }
}

async function fetchOverHttp(url, name) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(name + ': ' + response.status);
  return response.json();
}
