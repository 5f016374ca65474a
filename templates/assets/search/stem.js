/* hoshin search: the Porter stemmer, as Lucene's PorterStemFilter applies it when the English index is built
   (org.hoshin.search.EnglishAnalysis), so any inflection a reader types reaches the stem the index stores. A port of
   Martin Porter's reference implementation (with its "logi" rule, like Lucene's); browser-tests/stemmer.test.mjs
   checks it against Lucene on every word of the English content. Loaded by the English search page only. */
var step2list = { ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble',
  alli: 'al', entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al',
  iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log' };
var step3list = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
var step4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism',
  'ate', 'iti', 'ous', 'ive', 'ize'];

function cons(b, i) {
  switch (b[i]) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return false;
    case 'y': return i === 0 ? true : !cons(b, i - 1);
    default: return true;
  }
}

/* m(): the number of consonant-vowel sequences in b[0..j]. */
function measure(b, j) {
  var n = 0;
  var i = 0;
  while (true) {
    if (i > j) return n;
    if (!cons(b, i)) break;
    i++;
  }
  i++;
  while (true) {
    while (true) {
      if (i > j) return n;
      if (cons(b, i)) break;
      i++;
    }
    i++;
    n++;
    while (true) {
      if (i > j) return n;
      if (!cons(b, i)) break;
      i++;
    }
    i++;
  }
}

function vowelInStem(b, j) {
  for (var i = 0; i <= j; i++) {
    if (!cons(b, i)) return true;
  }
  return false;
}

function doubleC(b, j) {
  return j >= 1 && b[j] === b[j - 1] && cons(b, j);
}

function cvc(b, i) {
  if (i < 2 || !cons(b, i) || cons(b, i - 1) || !cons(b, i - 2)) return false;
  var ch = b[i];
  return !(ch === 'w' || ch === 'x' || ch === 'y');
}

function ends(b, s) {
  return b.length >= s.length && b.slice(b.length - s.length) === s;
}

/** The Porter stem of a lower-case word. */
export function stem(word) {
  var b = word;
  if (b.length <= 2) return b;
  var j;
  /* step 1ab */
  if (b[b.length - 1] === 's') {
    if (ends(b, 'sses')) b = b.slice(0, -2);
    else if (ends(b, 'ies')) b = b.slice(0, -2);
    else if (b[b.length - 2] !== 's') b = b.slice(0, -1);
  }
  if (ends(b, 'eed')) {
    if (measure(b, b.length - 4) > 0) b = b.slice(0, -1);
  } else if ((ends(b, 'ed') && vowelInStem(b, b.length - 3)) || (ends(b, 'ing') && vowelInStem(b, b.length - 4))) {
    b = b.slice(0, ends(b, 'ed') ? -2 : -3);
    if (ends(b, 'at') || ends(b, 'bl') || ends(b, 'iz')) b += 'e';
    else if (doubleC(b, b.length - 1)) {
      var ch = b[b.length - 1];
      if (!(ch === 'l' || ch === 's' || ch === 'z')) b = b.slice(0, -1);
    } else if (measure(b, b.length - 1) === 1 && cvc(b, b.length - 1)) b += 'e';
  }
  /* step 1c */
  if (ends(b, 'y') && vowelInStem(b, b.length - 2)) b = b.slice(0, -1) + 'i';
  /* step 2 */
  for (var s2 in step2list) {
    if (ends(b, s2)) {
      j = b.length - s2.length - 1;
      if (measure(b, j) > 0) b = b.slice(0, j + 1) + step2list[s2];
      break;
    }
  }
  /* step 3 */
  for (var s3 in step3list) {
    if (ends(b, s3)) {
      j = b.length - s3.length - 1;
      if (measure(b, j) > 0) b = b.slice(0, j + 1) + step3list[s3];
      break;
    }
  }
  /* step 4 */
  for (var k = 0; k < step4.length; k++) {
    var s4 = step4[k];
    if (ends(b, s4)) {
      j = b.length - s4.length - 1;
      if (s4 === 'ion' && !(j >= 0 && (b[j] === 's' || b[j] === 't'))) break;
      if (measure(b, j) > 1) b = b.slice(0, j + 1);
      break;
    }
  }
  /* step 5 */
  j = b.length - 1;
  if (b[j] === 'e') {
    var a = measure(b, j - 1);
    if (a > 1 || (a === 1 && !cvc(b, j - 1))) b = b.slice(0, -1);
  }
  if (b[b.length - 1] === 'l' && doubleC(b, b.length - 1) && measure(b, b.length - 1) > 1) b = b.slice(0, -1);
  return b;
}
