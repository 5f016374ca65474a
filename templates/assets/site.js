/* hoshin: the one script of the site, loaded deferred and only an enhancement (every page reads without it).
   The language switcher keeps the reader's place: the fragment in the address, or else the section the reader has
   scrolled to, is carried over to the same page in the other language (ids are shared by both editions). */
(function () {
  'use strict';
  function currentSectionId() {
    if (location.hash.length > 1) {
      return location.hash.slice(1);
    }
    var candidates = document.querySelectorAll('main article[id], main section[id]');
    var found = '';
    for (var i = 0; i < candidates.length; i++) {
      if (candidates[i].getBoundingClientRect().top <= 80) {
        found = candidates[i].id;
      }
    }
    return found;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-keep-place]') : null;
    if (!link) {
      return;
    }
    var id = currentSectionId();
    if (id) {
      link.href = link.href.split('#')[0] + '#' + encodeURIComponent(id);
    }
  });
}());
