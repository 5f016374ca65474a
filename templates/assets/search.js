/* hoshin search: runs in the browser against the static index built with Kuromoji (see README, "Search index").
   Queries are analysed to agree with the index: NFKC width folding and lower case as the index did, Japanese
   segmented by longest match against the index's own vocabulary and its katakana readings (so ぼうさい and ボウサイ
   find 防災), a character-bigram fallback for words the vocabulary does not know, and English word forms mapped
   to the index's stems. Ranking is BM25 over title, program and text with field weights; results that contain all
   query terms come first. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('search-q');
  var wardSelect = document.getElementById('search-ward');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var indexBase = form.getAttribute('data-index');
  var pagesBase = form.getAttribute('data-pages');
  var K1 = 1.2;
  var B = 0.75;
  var MAX_RESULTS = 50;
  var PARTICLES = /^[のをはがにでとへやもか]$/;
  var STOP_WORDS = ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it',
    'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to',
    'was', 'will', 'with'];

  var metaPromise = null;
  var shards = {};
  var texts = {};
  var termIds = null;
  var maxTermLength = 1;
  var searchCount = 0;

  function fetchJson(name) {
    return fetch(indexBase + name).then(function (response) {
      if (!response.ok) {
        throw new Error(name + ': ' + response.status);
      }
      return response.json();
    });
  }

  function loadMeta() {
    if (!metaPromise) {
      metaPromise = fetchJson('meta.json').then(function (meta) {
        termIds = new Map();
        meta.terms.forEach(function (term, id) {
          termIds.set(term, id);
          maxTermLength = Math.max(maxTermLength, term.length);
        });
        return meta;
      });
    }
    return metaPromise;
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

  function lookup(meta, text) {
    var ids = [];
    var candidates = unique([text, katakanaStem(text), katakanaStem(toKatakana(text))]);
    candidates.forEach(function (candidate) {
      if (termIds.has(candidate)) {
        ids.push(termIds.get(candidate));
      }
      var reading = meta.readings[toKatakana(candidate)];
      if (reading) {
        ids.push.apply(ids, reading);
      }
      if (Object.prototype.hasOwnProperty.call(meta.forms, candidate)) {
        ids.push(meta.forms[candidate]);
      }
    });
    return unique(ids);
  }

  function containing(meta, fragment) {
    var ids = [];
    meta.terms.forEach(function (term, id) {
      if (term.indexOf(fragment) >= 0) {
        ids.push(id);
      }
    });
    return ids;
  }

  function segmentJapanese(meta, token, out) {
    var i = 0;
    var unknownStart = -1;
    function flushUnknown(end) {
      if (unknownStart < 0) {
        return;
      }
      var run = token.slice(unknownStart, end);
      unknownStart = -1;
      if (run.length === 1) {
        if (!PARTICLES.test(run)) {
          out.push({ text: run, ids: containing(meta, run) });
        }
        return;
      }
      for (var k = 0; k + 2 <= run.length; k++) {
        var bigram = run.slice(k, k + 2);
        out.push({ text: bigram, ids: unique(containing(meta, bigram).concat(lookup(meta, bigram))) });
      }
    }
    while (i < token.length) {
      var found = null;
      for (var j = Math.min(token.length, i + maxTermLength + 2); j > i; j--) {
        var piece = token.slice(i, j);
        if (piece.length === 1 && (PARTICLES.test(piece) || token.length > 1 && /[\u4e00-\u9fff]/.test(piece))) {
          continue; /* a lone kanji inside a longer unknown word is left to the bigram fallback */
        }
        var ids = lookup(meta, piece);
        if (ids.length) {
          found = { text: piece, ids: ids, end: j };
          break;
        }
      }
      if (found) {
        flushUnknown(i);
        out.push({ text: found.text, ids: found.ids });
        i = found.end;
      } else {
        if (unknownStart < 0) {
          unknownStart = i;
        }
        i++;
      }
    }
    flushUnknown(token.length);
  }

  function englishForms(word) {
    var forms = [word];
    var rules = [[/'s$/, ''], [/ies$/, 'y'], [/es$/, ''], [/s$/, ''], [/ed$/, ''], [/ed$/, 'e'], [/ing$/, ''],
      [/ing$/, 'e'], [/ly$/, '']];
    rules.forEach(function (rule) {
      if (rule[0].test(word)) {
        forms.push(word.replace(rule[0], rule[1]));
      }
    });
    return forms;
  }

  function analyze(meta, query) {
    var terms = [];
    normalize(query).split(/[\s、。,.!?！？「」『』()（）・\/]+/).forEach(function (token) {
      if (!token) {
        return;
      }
      if (meta.lang === 'en' || /^[a-z0-9'\-]+$/.test(token)) {
        token.split('-').forEach(function (word) {
          if (!word || STOP_WORDS.indexOf(word) >= 0) {
            return;
          }
          var ids = [];
          englishForms(word).some(function (form) {
            ids = lookup(meta, form);
            return ids.length > 0;
          });
          terms.push({ text: word, ids: ids });
        });
      } else {
        segmentJapanese(meta, token, terms);
      }
    });
    return terms;
  }

  function shardOf(meta, id) {
    var shard = 0;
    for (var s = 0; s < meta.shards.length; s++) {
      if (meta.shards[s] <= id) {
        shard = s;
      }
    }
    return shard;
  }

  function loadShards(meta, ids) {
    var needed = unique(ids.map(function (id) {
      return shardOf(meta, id);
    }));
    return Promise.all(needed.map(function (s) {
      if (!shards[s]) {
        shards[s] = fetchJson('postings-' + s + '.json');
      }
      return shards[s];
    })).then(function () {
      return Promise.all(needed.map(function (s) {
        return shards[s];
      }));
    });
  }

  function postingsOf(meta, loaded, id) {
    var shard = shardOf(meta, id);
    var data = null;
    loaded.forEach(function (candidate) {
      if (candidate.first === meta.shards[shard]) {
        data = candidate;
      }
    });
    var row = data.postings[id - data.first];
    var result = [];
    var doc = 0;
    for (var i = 0; i < row.length; i += 4) {
      doc += row[i];
      result.push([doc, row[i + 1], row[i + 2], row[i + 3]]);
    }
    return result;
  }

  function rank(meta, queryTerms, loaded, ward) {
    var n = meta.docs.length;
    var scores = new Map();
    var matched = new Map();
    queryTerms.forEach(function (queryTerm, q) {
      var best = new Map();
      queryTerm.ids.forEach(function (id) {
        var df = meta.df[id];
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        postingsOf(meta, loaded, id).forEach(function (posting) {
          var doc = posting[0];
          var row = meta.docs[doc];
          if (ward && meta.wards[row[0]][0] !== ward) {
            return;
          }
          var s = 0;
          for (var f = 0; f < 3; f++) {
            var tf = posting[f + 1];
            if (tf > 0) {
              var norm = 1 - B + B * row[5 + f] / (meta.avg[f] || 1);
              s += meta.weights[f] * tf * (K1 + 1) / (tf + K1 * norm);
            }
          }
          s *= idf;
          if (!best.has(doc) || best.get(doc).score < s) {
            best.set(doc, { score: s, id: id });
          }
        });
      });
      best.forEach(function (hit, doc) {
        scores.set(doc, (scores.get(doc) || 0) + hit.score);
        if (!matched.has(doc)) {
          matched.set(doc, { queries: new Set(), terms: new Set() });
        }
        matched.get(doc).queries.add(q);
        matched.get(doc).terms.add(hit.id);
      });
    });
    var wanted = queryTerms.length;
    var results = Array.from(scores.keys()).map(function (doc) {
      return { doc: doc, score: scores.get(doc), all: matched.get(doc).queries.size === wanted,
        count: matched.get(doc).queries.size, terms: Array.from(matched.get(doc).terms) };
    });
    results.sort(function (a, b) {
      return (b.all - a.all) || (b.count - a.count) || (b.score - a.score) || (a.doc - b.doc);
    });
    return results;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }

  function highlight(text, needles) {
    if (!needles.length) {
      return escapeHtml(text);
    }
    var pattern = new RegExp('(' + needles.map(function (needle) {
      return needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('|') + ')', 'gi');
    return text.split(pattern).map(function (part, i) {
      return i % 2 === 1 ? '<mark>' + escapeHtml(part) + '</mark>' : escapeHtml(part);
    }).join('');
  }

  function needlesFor(meta, result, queryTerms) {
    var needles = result.terms.map(function (id) {
      return meta.terms[id];
    }).concat(queryTerms.map(function (term) {
      return term.text;
    }));
    return unique(needles.filter(function (needle) {
      return needle && needle.length > (meta.lang === 'en' ? 2 : 0);
    })).sort(function (a, b) {
      return b.length - a.length;
    });
  }

  function snippet(meta, text, needles) {
    var folded = normalize(text);
    var at = -1;
    needles.forEach(function (needle) {
      var i = folded.indexOf(needle);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    });
    var radius = meta.lang === 'en' ? 110 : 45;
    var start = Math.max(0, at - radius);
    var end = Math.min(text.length, (at < 0 ? 0 : at) + radius * 2);
    var piece = text.slice(start, end);
    return (start > 0 ? '…' : '') + highlight(piece, needles) + (end < text.length ? '…' : '');
  }

  function loadTexts(wards) {
    return Promise.all(wards.map(function (ward) {
      if (!texts[ward]) {
        texts[ward] = fetchJson('text-' + ward + '.json');
      }
      return texts[ward];
    }));
  }

  function message(name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    Object.keys(values || {}).forEach(function (key) {
      text = text.replace('{' + key + '}', values[key]);
    });
    return text;
  }

  function render(meta, query, queryTerms, results, loadedTexts, wards) {
    list.innerHTML = '';
    var shown = results.slice(0, MAX_RESULTS);
    shown.forEach(function (result) {
      var row = meta.docs[result.doc];
      var ward = meta.wards[row[0]];
      var needles = needlesFor(meta, result, queryTerms);
      var wardTexts = loadedTexts[wards.indexOf(ward[0])] || {};
      var item = document.createElement('li');
      item.setAttribute('data-ward', ward[0]);
      item.setAttribute('data-url', row[1]);
      item.innerHTML = '<p class="where">' + escapeHtml(ward[1]) + ' · ' + escapeHtml(row[4]) + '</p>'
        + '<a href="' + escapeHtml(pagesBase + row[1]) + '">' + highlight(row[2], needles) + '</a>'
        + (row[3] ? '<p class="program">' + highlight(row[3], needles) + '</p>' : '')
        + '<p class="snippet">' + snippet(meta, wardTexts[String(result.doc)] || '', needles) + '</p>';
      list.appendChild(item);
    });
    if (!results.length) {
      status.textContent = message('none', { q: query });
    } else {
      status.textContent = message('count', { n: results.length })
        + (results[0].all ? '' : ' ' + message('partial'));
    }
  }

  function search() {
    var query = input.value.trim();
    var ward = wardSelect.value;
    var run = ++searchCount;
    if (!query) {
      list.innerHTML = '';
      status.textContent = '';
      return Promise.resolve();
    }
    var started = performance.now();
    status.textContent = message('loading');
    return loadMeta().then(function (meta) {
      var queryTerms = analyze(meta, query);
      var ids = [];
      queryTerms.forEach(function (term) {
        ids.push.apply(ids, term.ids);
      });
      return loadShards(meta, unique(ids)).then(function (loaded) {
        var results = rank(meta, queryTerms, loaded, ward);
        var wards = unique(results.slice(0, MAX_RESULTS).map(function (result) {
          return meta.wards[meta.docs[result.doc][0]][0];
        }));
        return loadTexts(wards).then(function (loadedTexts) {
          if (run !== searchCount) {
            return;
          }
          render(meta, query, queryTerms, results, loadedTexts, wards);
          status.setAttribute('data-ms', String(Math.round((performance.now() - started) * 10) / 10));
          status.setAttribute('data-done', String(run));
        });
      });
    }).catch(function (error) {
      status.textContent = String(error.message || error);
    });
  }

  function syncUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) {
      params.set('q', input.value.trim());
    }
    if (wardSelect.value) {
      params.set('ward', wardSelect.value);
    }
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      syncUrl();
      search();
    }, 200);
  });
  wardSelect.addEventListener('change', function () {
    syncUrl();
    search();
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    syncUrl();
    search();
  });

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  wardSelect.value = params.get('ward') || '';
  if (input.value) {
    search();
  }
}());
