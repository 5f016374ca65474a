/* hoshin search: results as the reader sees them; fiscal years named as org.hoshin.content.FiscalYear names them. */
import { editionOf, escapeRegExp, fold, unique } from './index.js';

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
