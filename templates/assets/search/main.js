/* hoshin search: the search page's form answered in place (docs/search-js.md); the page works without it. */
import { SearchIndex, unique } from './index.js';
import { analyze } from './query.js';
import { rank } from './rank.js';
import { fiscalYearLabel, groupsOf, messages, needlesOf, resultsView } from './render.js';

const PER_WARD = 3;
const OPEN_GROUPS = 10; /* later wards' results load when opened */
const FLAT_RESULTS = 30;

const form = document.getElementById('search-form');
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
