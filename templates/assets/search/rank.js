/* hoshin search: BM25 ranking from the impacts the build stored (org.hoshin.search.Bm25); partial matches apart. */
import { editionOf, englishWords, escapeRegExp, fold, unique } from './index.js';

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
