/* hoshin search: a query as clauses (all must match) of alternatives of parts, each with the terms it leads to, then
   the documents answering them, ranked by BM25 from the impacts the build stored (org.hoshin.search.Bm25). */
import { editionOf, englishWords, escapeRegExp, fold, unique } from './index.js';

const MAX_WORD = 24;
const PARTICLES = /^[のをはがにでとへやもか]$/;
const KANJI = /[\u4e00-\u9fff]/;

/** [{text, alternatives: [{text, parts: [{text, stem?, hits}]}]}]; `stem`: the Porter stemmer, for English. */
export async function analyze(index, root, query, stem) {
  const folded = fold(query);
  if (root.lang === 'en') {
    return englishClauses(index, root, folded, stem);
  }
  const tokens = folded.split(/[\s、。,.!?！？「」『』()（）・\/]+/).filter(Boolean);
  await index.prefetchShards(root, tokenStarts(tokens));
  const clauses = [];
  for (const token of tokens) {
    const parts = await segment(index, root, token);
    if (parts.length) clauses.push({ text: token, alternatives: [{ text: token, parts }] });
  }
  return clauses;
}

export function tokenStarts(tokens) {
  const words = [];
  tokens.forEach((token) => {
    const chars = Array.from(token);
    if (chars.length === 1 && !PARTICLES.test(token)) words.push(token);
    for (let i = 0; i + 2 <= chars.length; i++) words.push(chars[i] + chars[i + 1]);
  });
  return words;
}

/** Longest match against the vocabulary; an unknown stretch falls back to its character bigrams. */
export async function segment(index, root, token) {
  const parts = [];
  let unknownStart = -1;
  const flushUnknown = async (end) => {
    if (unknownStart >= 0) parts.push(...await unknownParts(index, root, token.slice(unknownStart, end)));
    unknownStart = -1;
  };
  for (let i = 0; i < token.length;) {
    let found = null;
    for (let j = Math.min(token.length, i + MAX_WORD); j > i && !found; j--) {
      const piece = token.slice(i, j);
      if (piece.length === 1 && (PARTICLES.test(piece) || (token.length > 1 && KANJI.test(piece)))) {
        continue; /* a lone kanji inside a longer unknown word is left to the bigram fallback */
      }
      const hits = await index.lookup(root, piece);
      if (hits.length) found = { text: piece, hits, end: j };
    }
    if (found) {
      await flushUnknown(i);
      parts.push({ text: found.text, hits: found.hits });
      i = found.end;
    } else {
      if (unknownStart < 0) unknownStart = i;
      i++;
    }
  }
  await flushUnknown(token.length);
  /* Kana the index does not know between known words (住む|なら|泉区) are particles and endings it leaves out. */
  const known = parts.filter((part, k) => part.hits.length || k === 0 || k === parts.length - 1
    || !/^[\u3041-\u309f]$/.test(part.text));
  return known.length < parts.length && known.length && known.every((part) => part.hits.length) ? known : parts;
}

async function unknownParts(index, root, run) {
  const look = async (text) => ({ text, hits: await index.lookup(root, text) });
  if (run.length === 1) return PARTICLES.test(run) ? [] : [await look(run)];
  const bigrams = [];
  for (let k = 0; k + 2 <= run.length; k++) bigrams.push(await look(run.slice(k, k + 2)));
  if (bigrams.every((part) => part.hits.length)) return bigrams;
  /* The index split the word into single characters (地産地消 → 地産 地 消): match those, in order. */
  const singles = [];
  for (let c = 0; c < run.length; c++) {
    if (!PARTICLES.test(run[c])) singles.push(await look(run[c]));
  }
  return singles;
}

export function planEnglish(words, synonyms, stem) {
  const groups = synonyms.map((group) => group.map((phrase) => fold(phrase).split(/\s+/)));
  const stemOf = (word) => stem(englishWords(word)[0] || '');
  const planned = [];
  for (let i = 0; i < words.length;) {
    let best = null;
    groups.forEach((group) => group.forEach((phrase) => {
      const fits = phrase.every((word, k) => words[i + k] !== undefined && stemOf(words[i + k]) === stemOf(word));
      if (fits && (!best || phrase.length > best.length)) best = { length: phrase.length, group };
    }));
    const length = best ? best.length : 1;
    planned.push({ text: words.slice(i, i + length).join(' '),
      phrases: best ? best.group.map((phrase) => phrase.join(' ')) : [words[i]] });
    i += length;
  }
  return planned;
}

async function englishClauses(index, root, query, stem) {
  const planned = planEnglish(query.split(/[\s,.!?;:()\/"]+/).filter(Boolean), root.synonyms, stem);
  await index.prefetchShards(root, planned.flatMap((c) => c.phrases.flatMap((p) => englishWords(p)).map(stem)));
  const clauses = [];
  for (const clause of planned) {
    const alternatives = [];
    for (const phrase of clause.phrases) {
      const parts = [];
      for (const word of englishWords(phrase)) {
        parts.push({ text: word, stem: stem(word), hits: await index.lookup(root, stem(word)) });
      }
      if (parts.length) alternatives.push({ text: phrase, parts });
    }
    if (alternatives.length) clauses.push({ text: clause.text, alternatives });
  }
  return clauses;
}

/* Ranking: full matches first; partial ones apart. */
const PROXIMITY_CHECKED = 40;
const PROXIMITY_BOOST = 3;

export const idf = (root, df) => Math.log(1 + (root.docs - df + 0.5) / (df + 0.5));

/** `year` '' is each ward's latest edition. */
export function wanted(root, doc, ward, year) {
  const edition = editionOf(root, doc);
  if (ward && root.wards[edition.ward].id !== ward) return false;
  if (year === 'all') return true;
  return year ? String(edition.year) === year : edition.year === root.latest.get(edition.ward);
}

async function partScores(index, root, part) {
  const best = new Map();
  for (const hit of part.hits) {
    const weight = idf(root, hit.df) / 10;
    (await index.postings(hit)).forEach((impact, doc) => {
      if (!(best.get(doc) >= impact * weight)) best.set(doc, impact * weight);
    });
  }
  return best;
}

/** Full matches, or else documents matching more than half the parts (of several words, one whole word). */
export async function rank(index, root, clauses, { ward = '', year = '' } = {}, stem = null) {
  await index.prefetchPostings(clauses.flatMap((c) => c.alternatives.flatMap((a) => a.parts.flatMap((p) => p.hits))));
  const docs = new Map();
  let totalParts = 0;
  for (let c = 0; c < clauses.length; c++) {
    for (let a = 0; a < clauses[c].alternatives.length; a++) {
      const alternative = clauses[c].alternatives[a];
      const scores = [];
      for (const part of alternative.parts) scores.push(await partScores(index, root, part));
      if (a === 0) totalParts += alternative.parts.length;
      scores.forEach((map) => map.forEach((s, doc) => {
        if (!docs.has(doc)) docs.set(doc, clauses.map(() => ({ score: 0, full: false, parts: 0, adjacent: [] })));
      }));
      docs.forEach((perClause, doc) => addAlternative(perClause[c], alternative, scores, doc));
    }
  }
  const full = [];
  const partial = [];
  docs.forEach((perClause, doc) => {
    if (!wanted(root, doc, ward, year)) return;
    const result = { doc, score: 0, parts: 0, phrases: [] };
    perClause.forEach((state) => {
      result.score += state.score;
      result.parts += state.parts;
      result.phrases.push(...state.adjacent);
    });
    if (perClause.every((state) => state.full)) full.push(result);
    else if (clauses.length > 1 ? perClause.some((s) => s.full) : result.parts * 2 > totalParts) partial.push(result);
  });
  full.sort(byScore);
  partial.sort(byScore);
  /* A result whose parts of a compound are scattered (こども … 食堂) does not have the compound: only partial. */
  const apart = await checkAdjacent(index, root, full.slice(0, PROXIMITY_CHECKED), stem);
  const together = full.filter((result) => !apart.includes(result)).sort(byScore);
  return together.length ? { results: together, partial: false } : { results: apart.concat(partial), partial: true };
}

function addAlternative(state, alternative, scores, doc) {
  let sum = 0;
  let count = 0;
  scores.forEach((map) => {
    if (map.has(doc)) {
      sum += map.get(doc);
      count++;
    }
  });
  const full = count === scores.length && count > 0;
  if (full && (!state.full || sum > state.score)) {
    state.score = sum;
    state.full = true;
  } else if (!state.full && (count > state.parts || (count === state.parts && sum > state.score))) {
    state.score = sum;
    state.parts = count;
  }
  if (full) {
    state.parts = Math.max(state.parts, count);
    if (alternative.parts.length > 1) state.adjacent.push(alternative);
  }
}

/** Boosts results whose parts of a compound stand together, in order; returns the others. */
async function checkAdjacent(index, root, results, stem) {
  const candidates = results.filter((result) => result.phrases.length > 0);
  const loaded = await index.documents(candidates.map((result) => result.doc));
  return candidates.filter((result, i) => {
    const text = fold(loaded[i].title + ' ' + loaded[i].program + ' ' + loaded[i].text);
    const stemmed = root.lang === 'en' ? ' ' + englishWords(text).map(stem).join(' ') + ' ' : '';
    const together = result.phrases.some((alternative) => (root.lang === 'en'
      ? stemmed.includes(' ' + alternative.parts.map((part) => part.stem).join(' ') + ' ')
      : new RegExp(alternative.parts.map((part) => '(?:' + unique([part.text, ...part.hits.map((hit) => hit.term)])
        .map(escapeRegExp).join('|') + ')').join('')).test(text)));
    if (together) result.score *= PROXIMITY_BOOST;
    return !together;
  });
}

const byScore = (x, y) => (y.parts - x.parts) || (y.score - x.score) || (x.doc - y.doc);
