// lsk serve: show changes on disk in the open page, and keep the server
// alive while a tab is open. Pages work without this script.
//
// Every 1.5 s the page asks /live for the change count (a GET that changes
// nothing; it is also the page's sign of life). When the count is not the
// one the page was made at, the page reloads, unless a form on it
// (data-lsk-form) holds input the person changed: then it is left alone
// and a notice says that the files changed, with a button to reload.
(function () {
  "use strict";
  var body = document.body;
  var made = body.getAttribute("data-live");
  if (made === null) { return; }
  var status = document.getElementById("live-status");
  // A form the server made from a POST (a row added, a save refused, a
  // conflict) already holds what the person typed and has not saved.
  var unsaved = !!document.querySelector("form[data-lsk-form][data-lsk-unsaved]");
  var leaving = false;
  var told = false;

  function inForm(target) {
    return target && target.closest && target.closest("form[data-lsk-form]");
  }
  // What the person changed in a form is never thrown away by a reload.
  function changed(e) { if (inForm(e.target)) { unsaved = true; } }
  document.addEventListener("input", changed, true);
  document.addEventListener("change", changed, true);
  document.addEventListener("submit", function (e) {
    if (inForm(e.target)) { leaving = true; }
  }, true);

  function notice() {
    if (told || !status) { return; }
    told = true;
    status.textContent = "";
    var p = document.createElement("p");
    p.textContent = body.getAttribute("data-unsaved");
    var button = document.createElement("button");
    button.type = "button";
    button.id = "live-reload";
    button.textContent = body.getAttribute("data-reload");
    button.addEventListener("click", function () { window.location.reload(); });
    p.appendChild(document.createTextNode(" "));
    p.appendChild(button);
    status.appendChild(p);
  }

  function poll() {
    fetch("/live", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (live) {
        if (!live || String(live.changes) === made || leaving) { return; }
        if (unsaved) { notice(); return; }
        if (status) { status.textContent = body.getAttribute("data-changed"); }
        leaving = true;
        window.location.reload();
      })
      .catch(function () {});
  }
  window.setInterval(poll, 1500);
})();
