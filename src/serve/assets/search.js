// lsk serve: the search box shows results while she types. The page works
// without this script: the box is a GET form to /search.
//
// On the search page, each pause in typing (200 ms) asks /search for the
// words typed and puts its results in place of the old ones; the address
// follows (history.replaceState), so Back and a reload show the same.
// Elsewhere (the team and case pages) the box is a plain form; entering
// it asks for an empty search, so that the index is ready (see below).
(function () {
  "use strict";
  var input = document.getElementById("search-q");
  var results = document.getElementById("search-results");
  if (!input || !window.fetch) { return; }
  var form = input.form;
  // The first time the box is entered, an empty search readies the
  // server's index (read once from the files) while she types.
  input.addEventListener("focus", function () {
    fetch(form.getAttribute("action"), { credentials: "same-origin" }).catch(function () {});
  }, { once: true });
  if (!results || !window.DOMParser) { return; }
  var timer = null;
  var asked = 0;
  function address() {
    var params = new URLSearchParams(new FormData(form));
    return form.getAttribute("action") + "?" + params.toString();
  }
  function ask() {
    var url = address();
    var mine = ++asked;
    fetch(url, { credentials: "same-origin" }).then(function (r) {
      return r.ok ? r.text() : null;
    }).then(function (html) {
      // Only the answer to the last words typed is shown.
      if (html === null || mine !== asked) { return; }
      var doc = new DOMParser().parseFromString(html, "text/html");
      var fresh = doc.getElementById("search-results");
      if (!fresh) { return; }
      results.innerHTML = fresh.innerHTML;
      history.replaceState(null, "", url);
    }).catch(function () { /* the form still works */ });
  }
  input.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(ask, 200);
  });
})();
