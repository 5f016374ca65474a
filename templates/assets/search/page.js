/* hoshin search: the search page's form answered in place (docs/search-js.md); the page works without it. Fiscal
   years are named as org.hoshin.content.FiscalYear names them. */
import { SearchIndex, editionOf, escapeRegExp, fold, unique } from './index.js';
import { analyze, rank } from './query.js';

/** 令和4年度, 令和元年度, 平成元年度 (an era's first year is 元); FY2022 in English. */
export function fiscalYearLabel(lang, year) {
  if (lang === 'en') return 'FY' + year;
  const [era, n] = year >= 2019 ? ['令和', year - 2018] : ['平成', year - 1988];
  return era + (n === 1 ? '元' : n) + '年度';
}

export function messages(form, lang) {
  const plurals = new Intl.PluralRules(lang);
  const message = (name, values = {}) => Object.keys(values).reduce((text, key) =>
    text.replace('{' + key + '}', () => values[key]), form.getAttribute('data-msg-' + name) || '');
  const counted = (name, n, values = {}) => {
    const key = name + '-' + plurals.select(n);
    return message(form.hasAttribute('data-msg-' + key) ? key : name + '-other', { n, ...values });
  };
  return { message, counted };
}

export const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

export function needlesOf(clauses) {
  const needles = clauses.flatMap((clause) => [clause.text, ...clause.alternatives.flatMap((alternative) =>
    alternative.parts.flatMap((part) => [part.stem || part.text, ...part.hits.map((hit) => hit.term)]))]);
  return unique(needles.filter((needle) => needle && needle.length > 1 && !/^[\u3041-\u30ff]$/.test(needle)))
    .sort((a, b) => b.length - a.length);
}

/** Folded text, each character's place in the original, to mark ＳＤＧｓ as written. */
export function folding(text) {
  const chars = Array.from(text);
  let folded = '';
  const origin = [];
  chars.forEach((ch, i) => {
    const f = fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  });
  return { chars, folded, origin };
}

/** An English stem is marked with its word's rest (disast → disasters). */
export function highlight(text, needles, lang) {
  const f = folding(text);
  const marked = f.chars.map(() => false);
  if (needles.length) {
    const pattern = new RegExp(needles.map((n) => escapeRegExp(n) + (lang === 'en' ? '[a-z]*' : '')).join('|'), 'g');
    let match;
    while ((match = pattern.exec(f.folded)) !== null) {
      for (let k = match.index; k < match.index + match[0].length; k++) marked[f.origin[k]] = true;
      pattern.lastIndex = match.index + Math.max(1, match[0].length);
    }
  }
  return f.chars.map((ch, i) => (marked[i] && !marked[i - 1] ? '<mark>' : '') + escapeHtml(ch)
    + (marked[i] && !marked[i + 1] ? '</mark>' : '')).join('');
}

export function snippet(text, needles, lang) {
  const f = folding(text);
  let at = -1;
  needles.forEach((needle) => {
    const i = f.folded.indexOf(needle);
    if (i >= 0 && (at < 0 || f.origin[i] < at)) at = f.origin[i];
  });
  const radius = lang === 'en' ? 110 : 45;
  let start = Math.max(0, at - radius);
  /* A match in a caption or a table row shows from its line's start, which says what it is (写真: …). */
  const line = f.chars.lastIndexOf('\n', Math.max(0, at));
  if (line >= start - radius && line < at) start = line + 1;
  const end = Math.min(f.chars.length, (at < 0 ? 0 : at) + radius * 2);
  return (start > 0 ? '…' : '') + highlight(f.chars.slice(start, end).join(''), needles, lang)
    + (end < f.chars.length ? '…' : '');
}

export function groupsOf(root, results) {
  const groups = new Map();
  results.forEach((result) => {
    const ward = editionOf(root, result.doc).ward;
    if (!groups.has(ward)) groups.set(ward, []);
    groups.get(ward).push(result);
  });
  return Array.from(groups.entries());
}

const element = (tag, className, text) => Object.assign(document.createElement(tag), className ? { className } : {},
  text === undefined ? {} : { textContent: text });

/** `groups` null: one list. */
export function resultsView(page, ranked, groups, docs, needles) {
  const container = element('div');
  if (ranked.partial) container.appendChild(element('h2', 'partial-heading', page.messages.message('partial')));
  if (!groups) {
    container.appendChild(resultList(page, ranked.results, docs, needles, false));
    return container;
  }
  const groupList = container.appendChild(element('ol', 'groups'));
  groups.slice(0, docs.length).forEach(([wardIndex, results], g) => {
    const ward = page.root.wards[wardIndex];
    const item = groupList.appendChild(element('li', 'group'));
    item.setAttribute('data-ward', ward.id);
    item.setAttribute('data-count', String(results.length));
    const title = item.appendChild(element('h2', '', ward.name + ' '));
    title.appendChild(element('span', 'count', page.messages.counted('ward-count', results.length)));
    item.appendChild(resultList(page, results, docs[g], needles, true));
    if (results.length > docs[g].length) {
      const more = item.appendChild(element('button', 'show-all',
        page.messages.counted('show-all', results.length, { ward: ward.name })));
      more.type = 'button';
      more.addEventListener('click', () => page.onShowAll(wardIndex));
    }
  });
  return container;
}

function resultList(page, results, docs, needles, grouped) {
  const { root } = page;
  const list = element('ol', 'results');
  docs.forEach((doc, i) => {
    const edition = editionOf(root, results[i].doc);
    const ward = root.wards[edition.ward];
    const item = list.appendChild(element('li', 'result'));
    item.setAttribute('data-ward', ward.id);
    item.setAttribute('data-year', String(edition.year));
    item.setAttribute('data-url', doc.url);
    item.innerHTML = '<p class="where">' + (grouped ? '' : escapeHtml(ward.name) + ' · ')
      + escapeHtml(fiscalYearLabel(root.lang, edition.year)) + ' · ' + escapeHtml(doc.section) + '</p>'
      + '<a href="' + escapeHtml(page.pagesBase + doc.url) + '">' + highlight(doc.title, needles, root.lang) + '</a>'
      + (doc.program ? '<p class="program">' + highlight(doc.program, needles, root.lang) + '</p>' : '')
      + '<p class="snippet">' + snippet(doc.text, needles, root.lang) + '</p>';
  });
  return list;
}

const PER_WARD = 3;
const OPEN_GROUPS = 10; /* later wards' results load when opened */
const FLAT_RESULTS = 30;

const form = globalThis.document?.getElementById('search-form'); /* none in Node's unit tests */
if (form) start(form);

function start(form) {
  const $ = (id) => document.getElementById(id);
  const [input, wardSelect, yearSelect, flatBox, status, output] = ['search-q', 'search-ward', 'search-year',
    'search-flat', 'search-status', 'search-results'].map($);
  const lang = document.documentElement.lang || 'ja';
  const index = new SearchIndex(form.getAttribute('data-index'));
  const text = messages(form, lang);
  /* stem.js is preloaded by the English search page only. */
  const stemmer = lang === 'en' ? import('./stem.js').then((module) => module.stem) : Promise.resolve(null);
  let searchCount = 0;
  let expanded = new Set();

  function fillYears(root) {
    if (!yearSelect || yearSelect.getAttribute('data-filled')) return;
    yearSelect.setAttribute('data-filled', '1');
    const years = unique(root.editions.map((edition) => edition.year)).sort().reverse();
    yearSelect.append(...years.map((year) => new Option(fiscalYearLabel(root.lang, year), String(year))),
      new Option(text.message('all-years'), 'all'));
    yearSelect.value = new URLSearchParams(location.search).get('year') || '';
  }

  /* The first ward's results show as soon as they arrive: the rest queue behind them on a phone network. */
  async function render(root, clauses, ranked, run) {
    const page = { root, pagesBase: form.getAttribute('data-pages'), messages: text, onShowAll: (ward) => {
      expanded.add(ward);
      search();
    } };
    const needles = needlesOf(clauses);
    const results = ranked.results;
    const flat = flatBox && flatBox.checked;
    const groups = flat ? null : groupsOf(root, results);
    const docsOf = (shown) => index.documents(shown.map((result) => result.doc));
    const show = (docs) => output.replaceChildren(...resultsView(page, ranked, groups, docs, needles).childNodes);
    const loading = flat ? [docsOf(results.slice(0, FLAT_RESULTS))] : groups.map(([ward, inWard], g) =>
      docsOf(expanded.has(ward) ? inWard : inWard.slice(0, g < OPEN_GROUPS ? PER_WARD : 0)));
    const all = Promise.all(loading);
    if (loading.length > 1 || flat) {
      const first = await (flat ? docsOf(results.slice(0, PER_WARD)) : loading[0]);
      if (run === searchCount && first.length) show(flat ? first : [first]);
    }
    const loaded = await all;
    if (run !== searchCount) return;
    show(flat ? loaded[0] : loaded);
    const wards = flat ? groupsOf(root, results).length : groups.length;
    status.textContent = !results.length ? text.message('none', { q: input.value.trim() })
      : ranked.partial ? text.counted('count-partial', results.length)
        : text.message('count', { results: text.counted('results', results.length), wards: text.counted('wards', wards) });
  }

  async function search() {
    const query = input.value.trim();
    const run = ++searchCount;
    if (!query) {
      output.replaceChildren();
      status.textContent = '';
      return;
    }
    const started = performance.now();
    status.textContent = text.message('loading');
    try {
      const root = await index.root();
      const stem = await stemmer;
      const analysis = analyze(index, root, query, stem); /* its files are requested first */
      fillYears(root);
      const clauses = await analysis;
      const ranked = await rank(index, root, clauses, { ward: wardSelect.value, year: yearSelect ? yearSelect.value : '' },
        stem);
      await render(root, clauses, ranked, run);
      if (run === searchCount) {
        status.setAttribute('data-ms', String(Math.round((performance.now() - started) * 10) / 10));
        status.setAttribute('data-done', String(run));
      }
    } catch (error) {
      status.textContent = String(error.message || error);
    }
  }

  function changed() {
    expanded = new Set();
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (wardSelect.value) params.set('ward', wardSelect.value);
    if (yearSelect && yearSelect.value) params.set('year', yearSelect.value);
    if (flatBox && flatBox.checked) params.set('view', 'flat');
    const query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
    search();
  }

  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(changed, 200);
  });
  [wardSelect, yearSelect, flatBox].forEach((control) => control && control.addEventListener('change', changed));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    changed();
  });
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  wardSelect.value = params.get('ward') || '';
  if (flatBox) flatBox.checked = params.get('view') === 'flat';
  if (input.value) search();
  index.root().then(fillYears, () => {});
}
