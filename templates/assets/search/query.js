/* hoshin search: a query as clauses (all must match) of alternatives of parts, each with the terms it leads to. */
import { englishWords, fold } from './index.js';

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
