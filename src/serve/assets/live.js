// lsk serve: show changes on disk in the open page, and keep the server
// alive while a tab is open. Pages work without this script.
//
// Every 1.5 s the page asks /live for the change count (a GET that changes
// nothing; it is also the page's sign of life, so the server does not stop
// while any page of it is open, a form being filled in included).
//
// A page made at a count (data-live: the case, team, meeting and form pages)
// reloads when the count moves, unless a form on it (data-lsk-form) holds
// input the person changed: then it is left alone and a notice says that
// the files changed, with a button to reload. A form the server made
// from a POST (a save refused, a row added, a conflict) is marked
// data-lsk-unsaved: unsaved from the start.
//
// A page not made at a count (a preview, a message) never reloads by
// itself; if it has a form and the count moves while it is open, the same
// notice is shown.
(function () {
  "use strict";
  var body = document.body;
  var made = body.getAttribute("data-live");
  var status = document.getElementById("live-status");
  // A form the server made from a POST (a row added, a save refused, a
  // conflict) already holds what the person typed and has not saved.
  var unsaved = document.querySelector("form[data-lsk-form][data-lsk-unsaved]") !== null;
  var leaving = false;
  var told = false;

  function inForm(target) {
    return target && target.closest && target.closest("form[data-lsk-form]");
  }
  // What the person changed in a form is never thrown away by a reload.
  function changed(e) { if (inForm(e.target)) { unsaved = true; } }
  document.addEventListener("input", changed, true);
  document.addEventListener("change", changed, true);
  document.addEventListener("submit", function () { leaving = true; }, true);

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
    // A fresh GET of the address: never a form sent again.
    button.addEventListener("click", function () {
      window.location.replace(window.location.href.split("#")[0]);
    });
    p.appendChild(document.createTextNode(" "));
    p.appendChild(button);
    status.appendChild(p);
  }

  function poll() {
    fetch("/live", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (live) {
        if (!live || leaving) { return; }
        var now = String(live.changes);
        if (made === null) {
          // Not made at a count: the first answer is the page's.
          made = now;
          body.setAttribute("data-seen", now);
          return;
        }
        if (now === made) { return; }
        if (!body.hasAttribute("data-live")) {
          if (document.querySelector("form")) { notice(); }
          return;
        }
        if (unsaved) { notice(); return; }
        if (status) { status.textContent = body.getAttribute("data-changed"); }
        leaving = true;
        window.location.reload();
      })
      .catch(function () {});
  }
  window.setInterval(poll, 1500);
})();
