/* hoshin search: runs in the browser against the static index built with Kuromoji and Lucene's English chain (see
   README, "Search"). It loads the index in small pieces: root.json, then only the vocabulary shards of the
   characters the query's words start with, the postings files of the matched terms, and the documents of the
   results shown. A query is folded like the index (NFKC width folding, lower case, hiragana → katakana for readings);
   Japanese is segmented by longest match against the index's own vocabulary; a compound the index knows whole is
   matched whole, otherwise all its parts must match, and results where they stand together in the query's order are
   boosted. English words go through the same Porter stemmer as the index (stemmer.js) and the editors' synonyms.
   Space-separated words must all match; results with only some are shown apart, only when nothing matches fully.
   Results are grouped by ward (ordered by each ward's best result) or shown as one list. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('search-q');
  var wardSelect = document.getElementById('search-ward');
  var yearSelect = document.getElementById('search-year');
  var flatBox = document.getElementById('search-flat');
  var status = document.getElementById('search-status');
  var output = document.getElementById('search-results');
  var indexBase = form.getAttribute('data-index');
  var pagesBase = form.getAttribute('data-pages');
  var K1 = 1.2;
  var PER_WARD = 3;
  var OPEN_GROUPS = 10; /* wards past the tenth show their name and count; their results load when opened */
  var FLAT_RESULTS = 30;
  var PROXIMITY_CHECKED = 40;
  var PROXIMITY_BOOST = 3;
  var MAX_WORD = 24;
  var PARTICLES = /^[のをはがにでとへやもか]$/;
  var KANJI = /[\u4e00-\u9fff]/;
  var STOP_WORDS = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it',
    'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to',
    'was', 'will', 'with'];

  var files = {};
  var rootPromise = null;
  var searchCount = 0;
  var expanded = {};

  function fetchJson(name) {
    if (!files[name]) {
      files[name] = fetch(indexBase + name).then(function (response) {
        if (!response.ok) {
          throw new Error(name + ': ' + response.status);
        }
        return response.json();
      });
    }
    return files[name];
  }

  function loadRoot() {
    if (!rootPromise) {
      rootPromise = fetchJson('root.json').then(function (root) {
        root.latest = {};
        root.editions.forEach(function (edition) {
          root.latest[edition[0]] = Math.max(root.latest[edition[0]] || 0, edition[1]);
        });
        return root;
      });
    }
    return rootPromise;
  }

  function normalize(text) {
    return text.normalize('NFKC').toLowerCase();
  }

  function toKatakana(text) {
    return text.replace(/[\u3041-\u3096]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) + 0x60);
    });
  }

  /* JapaneseKatakanaStemFilter drops a final ー from katakana words of four or more characters. */
  function katakanaStem(text) {
    return /^[\u30a0-\u30ff]{4,}$/.test(text) && text.endsWith('ー') ? text.slice(0, -1) : text;
  }

  function unique(values) {
    return Array.from(new Set(values));
  }

  /* The same key as org.hoshin.search.ShardKey. */
  function keyOf(word, shards) {
    var hash = 0;
    Array.from(word).slice(0, 2).forEach(function (ch) {
      var c = ch.codePointAt(0);
      hash = hash * 31 + (c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c);
    });
    return hash % shards;
  }

  /* The index's terms a word leads to: itself, or through a kana reading or an inflected form. */
  async function lookup(root, word) {
    var hits = new Map();
    var candidates = unique([word, katakanaStem(word), katakanaStem(toKatakana(word))]);
    for (var c = 0; c < candidates.length; c++) {
      var shard = await fetchJson('v/' + keyOf(candidates[c], root.shards) + '.json');
      var entries = Object.prototype.hasOwnProperty.call(shard, candidates[c]) ? shard[candidates[c]] : [];
      entries.forEach(function (entry) {
        var hit = entry.length === 3 ? { term: candidates[c], df: entry[0], file: entry[1], pos: entry[2] }
          : { term: entry[0], df: entry[1], file: entry[2], pos: entry[3] };
        hits.set(hit.term, hit);
      });
    }
    return Array.from(hits.values());
  }

  /* Longest match against the vocabulary; an unknown stretch falls back to its character bigrams. */
  /* The shards of words, fetched at once rather than one round trip after another. */
  function prefetchShards(root, words) {
    return Promise.all(unique(words.map(function (word) {
      return keyOf(word, root.shards);
    })).map(function (key) {
      return fetchJson('v/' + key + '.json');
    }));
  }

  /* Japanese: the two-character starts of the tokens (where matches of two or more characters are) and the
     one-character tokens; one-character words inside a longer token are looked up only when needed. */
  function tokenStarts(tokens) {
    var words = [];
    tokens.forEach(function (token) {
      var chars = Array.from(token);
      if (chars.length === 1 && !PARTICLES.test(token)) {
        words.push(token);
      }
      for (var i = 0; i + 2 <= chars.length; i++) {
        words.push(chars[i] + chars[i + 1]);
      }
    });
    return words;
  }

  async function segment(root, token) {
    var parts = [];
    var i = 0;
    var unknownStart = -1;
    async function flushUnknown(end) {
      if (unknownStart < 0) {
        return;
      }
      var run = token.slice(unknownStart, end);
      unknownStart = -1;
      if (run.length === 1) {
        if (!PARTICLES.test(run)) {
          parts.push({ text: run, hits: await lookup(root, run) });
        }
        return;
      }
      var bigrams = [];
      for (var k = 0; k + 2 <= run.length; k++) {
        bigrams.push({ text: run.slice(k, k + 2), hits: await lookup(root, run.slice(k, k + 2)) });
      }
      if (bigrams.every(function (part) {
        return part.hits.length;
      })) {
        parts.push.apply(parts, bigrams);
        return;
      }
      /* The index split the word into single characters (地産地消 → 地産 地 消): match those, in order. */
      for (var c = 0; c < run.length; c++) {
        if (!PARTICLES.test(run[c])) {
          parts.push({ text: run[c], hits: await lookup(root, run[c]) });
        }
      }
    }
    while (i < token.length) {
      var found = null;
      for (var j = Math.min(token.length, i + MAX_WORD); j > i && !found; j--) {
        var piece = token.slice(i, j);
        if (piece.length === 1 && (PARTICLES.test(piece) || (token.length > 1 && KANJI.test(piece)))) {
          continue; /* a lone kanji inside a longer unknown word is left to the bigram fallback */
        }
        var hits = await lookup(root, piece);
        if (hits.length) {
          found = { text: piece, hits: hits, end: j };
        }
      }
      if (found) {
        await flushUnknown(i);
        parts.push({ text: found.text, hits: found.hits });
        i = found.end;
      } else {
        if (unknownStart < 0) {
          unknownStart = i;
        }
        i++;
      }
    }
    await flushUnknown(token.length);
    /* Kana the index does not know between known words (住む|なら|泉区) are particles and endings it leaves out. */
    var known = parts.filter(function (part, k) {
      return part.hits.length || k === 0 || k === parts.length - 1 || !/^[\u3041-\u309f]$/.test(part.text);
    });
    return known.length < parts.length && known.length && known.every(function (part) {
      return part.hits.length;
    }) ? known : parts;
  }

  function englishWords(text) {
    return text.split(/[^a-z0-9']+/).map(function (word) {
      return word.replace(/'s$/, '').replace(/'/g, '');
    }).filter(function (word) {
      return word && STOP_WORDS.indexOf(word) < 0;
    });
  }

  async function englishParts(root, phrase) {
    var parts = [];
    var words = englishWords(phrase);
    for (var w = 0; w < words.length; w++) {
      parts.push({ text: words[w], stem: window.hoshinStem(words[w]),
        hits: await lookup(root, window.hoshinStem(words[w])) });
    }
    return parts;
  }

  /* English clauses: one per word, or per synonym phrase found in the query (its alternatives are the group). */
  async function englishClauses(root, query) {
    var words = query.split(/[\s,.!?;:()\/"]+/).filter(Boolean);
    var groups = (root.synonyms || []).map(function (group) {
      return group.map(function (phrase) {
        return normalize(phrase).split(/\s+/);
      });
    });
    var planned = [];
    for (var i = 0; i < words.length;) {
      var best = null;
      groups.forEach(function (group) {
        group.forEach(function (phrase) {
          var fits = phrase.every(function (word, k) {
            return words[i + k] !== undefined && window.hoshinStem(englishWords(words[i + k])[0] || '')
              === window.hoshinStem(englishWords(word)[0] || '');
          });
          if (fits && (!best || phrase.length > best.length)) {
            best = { length: phrase.length, group: group };
          }
        });
      });
      planned.push({ text: words.slice(i, i + (best ? best.length : 1)).join(' '), phrases: best
        ? best.group.map(function (p) {
          return p.join(' ');
        }) : [words[i]] });
      i += best ? best.length : 1;
    }
    /* Every word's shard at once, then the look-ups from what is loaded. */
    await prefetchShards(root, [].concat.apply([], planned.map(function (clause) {
      return [].concat.apply([], clause.phrases.map(englishWords)).map(window.hoshinStem);
    })));
    var clauses = [];
    for (var c = 0; c < planned.length; c++) {
      var alternatives = [];
      for (var p = 0; p < planned[c].phrases.length; p++) {
        var parts = await englishParts(root, planned[c].phrases[p]);
        if (parts.length) {
          alternatives.push({ text: planned[c].phrases[p], parts: parts });
        }
      }
      if (alternatives.length) {
        clauses.push({ text: planned[c].text, alternatives: alternatives });
      }
    }
    return clauses;
  }

  async function analyze(root, query) {
    var folded = normalize(query);
    if (root.lang === 'en') {
      return englishClauses(root, folded);
    }
    var clauses = [];
    var tokens = folded.split(/[\s、。,.!?！？「」『』()（）・\/]+/).filter(Boolean);
    await prefetchShards(root, tokenStarts(tokens));
    for (var t = 0; t < tokens.length; t++) {
      var parts = await segment(root, tokens[t]);
      if (parts.length) {
        clauses.push({ text: tokens[t], alternatives: [{ text: tokens[t], parts: parts }] });
      }
    }
    return clauses;
  }

  function idf(root, df) {
    return Math.log(1 + (root.docs - df + 0.5) / (df + 0.5));
  }

  /* Each part's best score per document: doc → score. */
  async function partScores(root, part) {
    var best = new Map();
    for (var h = 0; h < part.hits.length; h++) {
      var hit = part.hits[h];
      var row = (await fetchJson('p/' + hit.file + '.json'))[hit.pos];
      var weight = idf(root, hit.df) / 10;
      var doc = 0;
      for (var i = 0; i < row.length; i += 2) {
        doc += row[i];
        var s = row[i + 1] * weight;
        if (!best.has(doc) || best.get(doc) < s) {
          best.set(doc, s);
        }
      }
    }
    return best;
  }

  function editionOf(root, doc) {
    var lo = 0;
    var hi = root.editions.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (root.editions[mid][2] <= doc) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return root.editions[lo];
  }

  function wanted(root, doc, ward, year) {
    var edition = editionOf(root, doc);
    if (ward && root.wards[edition[0]][0] !== ward) {
      return false;
    }
    if (year === 'all') {
      return true;
    }
    return year ? String(edition[1]) === year : edition[1] === root.latest[edition[0]];
  }

  /* Full matches (every clause), or, when there are none, documents matching more than half of the query's parts. */
  function prefetchPostings(clauses) {
    var names = [];
    clauses.forEach(function (clause) {
      clause.alternatives.forEach(function (alternative) {
        alternative.parts.forEach(function (part) {
          part.hits.forEach(function (hit) {
            names.push('p/' + hit.file + '.json');
          });
        });
      });
    });
    return Promise.all(unique(names).map(fetchJson));
  }

  async function rank(root, clauses, ward, year) {
    await prefetchPostings(clauses);
    var docs = new Map();
    var totalParts = 0;
    for (var c = 0; c < clauses.length; c++) {
      for (var a = 0; a < clauses[c].alternatives.length; a++) {
        var alternative = clauses[c].alternatives[a];
        var scores = [];
        for (var p = 0; p < alternative.parts.length; p++) {
          scores.push(await partScores(root, alternative.parts[p]));
        }
        if (a === 0) {
          totalParts += alternative.parts.length;
        }
        scores.forEach(function (map) {
          map.forEach(function (s, doc) {
            if (!docs.has(doc)) {
              docs.set(doc, clauses.map(function () {
                return { score: 0, full: false, parts: 0, adjacent: [] };
              }));
            }
          });
        });
        docs.forEach(function (perClause, doc) {
          var sum = 0;
          var count = 0;
          scores.forEach(function (map) {
            if (map.has(doc)) {
              sum += map.get(doc);
              count++;
            }
          });
          var state = perClause[c];
          var full = count === scores.length && count > 0;
          if (full && (!state.full || sum > state.score)) {
            state.score = sum;
            state.full = true;
          } else if (!state.full && (count > state.parts || (count === state.parts && sum > state.score))) {
            state.score = sum;
            state.parts = count;
          }
          if (full) {
            state.parts = Math.max(state.parts, count);
            if (alternative.parts.length > 1) {
              state.adjacent.push(alternative);
            }
          }
        });
      }
    }
    var full = [];
    var partial = [];
    docs.forEach(function (perClause, doc) {
      if (!wanted(root, doc, ward, year)) {
        return;
      }
      var result = { doc: doc, score: 0, parts: 0, phrases: [] };
      var complete = true;
      var someClause = false;
      perClause.forEach(function (state) {
        result.score += state.score;
        result.parts += state.parts;
        complete = complete && state.full;
        someClause = someClause || state.full;
        result.phrases.push.apply(result.phrases, state.adjacent);
      });
      if (complete) {
        full.push(result);
      } else if (clauses.length > 1 ? someClause : result.parts * 2 > totalParts) {
        partial.push(result);
      }
    });
    var byScore = function (x, y) {
      return (y.parts - x.parts) || (y.score - x.score) || (x.doc - y.doc);
    };
    full.sort(byScore);
    partial.sort(byScore);
    /* A result whose parts of a compound are scattered (こども … 食堂) does not have the compound: only partial. */
    var apart = await checkAdjacent(root, full.slice(0, PROXIMITY_CHECKED));
    full = full.filter(function (result) {
      return apart.indexOf(result) < 0;
    });
    partial = apart.concat(partial);
    full.sort(byScore);
    return full.length ? { results: full, partial: false } : { results: partial, partial: true };
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function stemmedText(text) {
    return ' ' + englishWords(normalize(text)).map(window.hoshinStem).join(' ') + ' ';
  }

  /* Parts of a compound standing together, in the query's order, in the document: a strong boost. Returns the
     results checked whose parts stand apart. */
  async function checkAdjacent(root, results) {
    var apart = [];
    var candidates = results.filter(function (result) {
      return result.phrases.length > 0;
    });
    var loaded = await Promise.all(candidates.map(function (result) {
      return fetchJson('d/' + result.doc + '.json');
    }));
    candidates.forEach(function (result, i) {
      var doc = loaded[i];
      var text = normalize(doc[1] + ' ' + doc[2] + ' ' + doc[4]);
      var adjacent = result.phrases.some(function (alternative) {
        if (root.lang === 'en') {
          return stemmedText(text).indexOf(' ' + alternative.parts.map(function (part) {
            return part.stem;
          }).join(' ') + ' ') >= 0;
        }
        return new RegExp(alternative.parts.map(function (part) {
          return '(?:' + unique([part.text].concat(part.hits.map(function (hit) {
            return hit.term;
          }))).map(escapeRegExp).join('|') + ')';
        }).join('')).test(text);
      });
      if (adjacent) {
        result.score *= PROXIMITY_BOOST;
      } else {
        apart.push(result);
      }
    });
    return apart;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  function needlesOf(clauses) {
    var needles = [];
    clauses.forEach(function (clause) {
      needles.push(clause.text);
      clause.alternatives.forEach(function (alternative) {
        alternative.parts.forEach(function (part) {
          needles.push(part.stem || part.text);
          part.hits.forEach(function (hit) {
            needles.push(hit.term);
          });
        });
      });
    });
    return unique(needles.filter(function (needle) {
      return needle && needle.length > 1 && !/^[\u3041-\u30ff]$/.test(needle);
    })).sort(function (a, b) {
      return b.length - a.length;
    });
  }

  /* The text folded like the index, with each folded character's position in the original, so matches found in
     the folded text are marked on the text as written (ＳＤＧｓ and ① stay as they are). */
  function folding(text) {
    var chars = Array.from(text);
    var folded = '';
    var origin = [];
    chars.forEach(function (ch, i) {
      var f = normalize(ch);
      folded += f;
      for (var k = 0; k < f.length; k++) {
        origin.push(i);
      }
    });
    return { chars: chars, folded: folded, origin: origin };
  }

  function highlight(text, needles, lang) {
    var f = folding(text);
    var marked = f.chars.map(function () {
      return false;
    });
    if (needles.length) {
      /* English stems are marked with the rest of their word (disast → disasters). */
      var pattern = new RegExp(needles.map(function (needle) {
        return escapeRegExp(needle) + (lang === 'en' ? '[a-z]*' : '');
      }).join('|'), 'g');
      var match;
      while ((match = pattern.exec(f.folded)) !== null) {
        for (var k = match.index; k < match.index + match[0].length; k++) {
          marked[f.origin[k]] = true;
        }
        pattern.lastIndex = match.index + Math.max(1, match[0].length);
      }
    }
    var html = '';
    f.chars.forEach(function (ch, i) {
      html += (marked[i] && !marked[i - 1] ? '<mark>' : '') + escapeHtml(ch)
        + (marked[i] && !marked[i + 1] ? '</mark>' : '');
    });
    return html;
  }

  function snippet(text, needles, lang) {
    var f = folding(text);
    var at = -1;
    needles.forEach(function (needle) {
      var i = f.folded.indexOf(needle);
      if (i >= 0 && (at < 0 || f.origin[i] < at)) {
        at = f.origin[i];
      }
    });
    var radius = lang === 'en' ? 110 : 45;
    var start = Math.max(0, at - radius);
    /* A match in a caption, a mascot or a table row is shown from its line's start, where the index's text says
       what it is (写真: …, 表: …). */
    var line = f.chars.lastIndexOf('\n', Math.max(0, at));
    if (line >= start - radius && line < at) {
      start = line + 1;
    }
    var end = Math.min(f.chars.length, (at < 0 ? 0 : at) + radius * 2);
    return (start > 0 ? '…' : '') + highlight(f.chars.slice(start, end).join(''), needles, lang)
      + (end < f.chars.length ? '…' : '');
  }

  var pluralRules = new Intl.PluralRules(document.documentElement.lang || 'ja');

  // A message about a count, in the form the page's language uses for n (Intl.PluralRules: "1 result",
  // "2 results"; Japanese has one form): data-msg-NAME-one, data-msg-NAME-other, ….
  function counted(name, n, values) {
    var category = pluralRules.select(n);
    var key = form.hasAttribute('data-msg-' + name + '-' + category) ? name + '-' + category : name + '-other';
    return message(key, Object.assign({ n: n }, values || {}));
  }

  function message(name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    Object.keys(values || {}).forEach(function (key) {
      text = text.replace('{' + key + '}', function () { return values[key]; });
    });
    return text;
  }

  function yearLabel(root, year) {
    if (root.lang === 'en') {
      return 'FY' + year;
    }
    return year >= 2019 ? '令和' + (year === 2019 ? '元' : year - 2018) + '年度' : '平成' + (year - 1988) + '年度';
  }

  function fillYears(root) {
    if (!yearSelect || yearSelect.getAttribute('data-filled')) {
      return;
    }
    yearSelect.setAttribute('data-filled', '1');
    var years = unique(root.editions.map(function (edition) {
      return edition[1];
    })).sort().reverse();
    years.forEach(function (year) {
      var option = document.createElement('option');
      option.value = String(year);
      option.textContent = yearLabel(root, year);
      yearSelect.appendChild(option);
    });
    var all = document.createElement('option');
    all.value = 'all';
    all.textContent = message('all-years');
    yearSelect.appendChild(all);
    yearSelect.value = new URLSearchParams(location.search).get('year') || '';
  }

  function resultItem(root, result, doc, needles, grouped) {
    var edition = editionOf(root, result.doc);
    var ward = root.wards[edition[0]];
    var item = document.createElement('li');
    item.className = 'result';
    item.setAttribute('data-ward', ward[0]);
    item.setAttribute('data-year', String(edition[1]));
    item.setAttribute('data-url', doc[0]);
    item.innerHTML = '<p class="where">' + (grouped ? '' : escapeHtml(ward[1]) + ' · ')
      + escapeHtml(yearLabel(root, edition[1])) + ' · ' + escapeHtml(doc[3]) + '</p>'
      + '<a href="' + escapeHtml(pagesBase + doc[0]) + '">' + highlight(doc[1], needles, root.lang) + '</a>'
      + (doc[2] ? '<p class="program">' + highlight(doc[2], needles, root.lang) + '</p>' : '')
      + '<p class="snippet">' + snippet(doc[4], needles, root.lang) + '</p>';
    return item;
  }

  function loadDocs(results) {
    return Promise.all(results.map(function (result) {
      return fetchJson('d/' + result.doc + '.json');
    }));
  }

  function groupsOf(root, results) {
    var groups = new Map();
    results.forEach(function (result) {
      var ward = editionOf(root, result.doc)[0];
      if (!groups.has(ward)) {
        groups.set(ward, []);
      }
      groups.get(ward).push(result);
    });
    return Array.from(groups.entries());
  }

  /* The results as shown: `docs` holds the loaded documents of each group (or of the one flat list). */
  function resultsView(root, ranked, groups, docs, needles) {
    var container = document.createElement('div');
    if (ranked.partial) {
      var heading = document.createElement('h2');
      heading.className = 'partial-heading';
      heading.textContent = message('partial');
      container.appendChild(heading);
    }
    if (!groups) {
      var list = document.createElement('ol');
      list.className = 'results';
      docs.forEach(function (doc, i) {
        list.appendChild(resultItem(root, ranked.results[i], doc, needles, false));
      });
      container.appendChild(list);
      return container;
    }
    var groupList = document.createElement('ol');
    groupList.className = 'groups';
    groups.slice(0, docs.length).forEach(function (group, g) {
      var ward = root.wards[group[0]];
      var item = document.createElement('li');
      item.className = 'group';
      item.setAttribute('data-ward', ward[0]);
      item.setAttribute('data-count', String(group[1].length));
      var title = document.createElement('h2');
      title.textContent = ward[1] + ' ';
      var count = document.createElement('span');
      count.className = 'count';
      count.textContent = counted('ward-count', group[1].length);
      title.appendChild(count);
      item.appendChild(title);
      var list = document.createElement('ol');
      list.className = 'results';
      docs[g].forEach(function (doc, i) {
        list.appendChild(resultItem(root, group[1][i], doc, needles, true));
      });
      item.appendChild(list);
      if (group[1].length > docs[g].length) {
        var more = document.createElement('button');
        more.type = 'button';
        more.className = 'show-all';
        more.textContent = counted('show-all', group[1].length, { ward: ward[1] });
        more.addEventListener('click', function () {
          expanded[group[0]] = true;
          search();
        });
        item.appendChild(more);
      }
      groupList.appendChild(item);
    });
    container.appendChild(groupList);
    return container;
  }

  /* The documents are requested in the order shown; the first ward's results (the first of the list) are shown as
     soon as they arrive, since the rest queue behind them on a phone network, then the whole list replaces them. */
  async function render(root, clauses, ranked, run) {
    var needles = needlesOf(clauses);
    var results = ranked.results;
    var flat = flatBox && flatBox.checked;
    var groups = flat ? null : groupsOf(root, results);
    var loading = flat ? [loadDocs(results.slice(0, FLAT_RESULTS))] : groups.map(function (group, g) {
      return loadDocs(expanded[group[0]] ? group[1] : group[1].slice(0, g < OPEN_GROUPS ? PER_WARD : 0));
    });
    var all = Promise.all(loading);
    if (loading.length > 1 || flat) {
      var first = await (flat ? loadDocs(results.slice(0, PER_WARD)) : loading[0]);
      if (run === searchCount && first.length) {
        output.replaceChildren.apply(output, Array.from(resultsView(root, ranked, groups, flat ? first : [first],
          needles).childNodes));
      }
    }
    var loaded = await all;
    if (run !== searchCount) {
      return;
    }
    output.replaceChildren.apply(output, Array.from(resultsView(root, ranked, groups, flat ? loaded[0] : loaded,
      needles).childNodes));
    var wards = flat ? groupsOf(root, results).length : groups.length;
    status.textContent = !results.length ? message('none', { q: input.value.trim() })
      : ranked.partial ? counted('count-partial', results.length)
        : message('count', { results: counted('results', results.length), wards: counted('wards', wards) });
  }

  async function search() {
    var query = input.value.trim();
    var run = ++searchCount;
    if (!query) {
      output.replaceChildren();
      status.textContent = '';
      return;
    }
    var started = performance.now();
    status.textContent = message('loading');
    try {
      var root = await loadRoot();
      var analysis = analyze(root, query); /* its index files are requested before any work on the page */
      fillYears(root);
      var clauses = await analysis;
      var ranked = await rank(root, clauses, wardSelect.value, yearSelect ? yearSelect.value : '');
      await render(root, clauses, ranked, run);
      if (run === searchCount) {
        status.setAttribute('data-ms', String(Math.round((performance.now() - started) * 10) / 10));
        status.setAttribute('data-done', String(run));
      }
    } catch (error) {
      status.textContent = String(error.message || error);
    }
  }

  function syncUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) {
      params.set('q', input.value.trim());
    }
    if (wardSelect.value) {
      params.set('ward', wardSelect.value);
    }
    if (yearSelect && yearSelect.value) {
      params.set('year', yearSelect.value);
    }
    if (flatBox && flatBox.checked) {
      params.set('view', 'flat');
    }
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function changed() {
    expanded = {};
    syncUrl();
    search();
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(changed, 200);
  });
  [wardSelect, yearSelect, flatBox].forEach(function (control) {
    if (control) {
      control.addEventListener('change', changed);
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    changed();
  });

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  wardSelect.value = params.get('ward') || '';
  if (flatBox) {
    flatBox.checked = params.get('view') === 'flat';
  }
  if (input.value) {
    search();
  }
  /* The year filter's options come from root.json, preloaded with the page. */
  loadRoot().then(fillYears, function () {});
}());
