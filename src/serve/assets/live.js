// lsk serve: reload the page when the case's files change on disk, and
// keep the server alive while a tab is open. Pages work without this.
(function () {
  "use strict";
  var body = document.body;
  var seen = body.getAttribute("data-live");
  if (!seen) { return; }
  var status = document.getElementById("live-status");
  function poll() {
    fetch("/live", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (hash) {
        if (hash && hash !== seen) {
          // Never while the user is typing in a form.
          var active = document.activeElement;
          if (active && (active.tagName === "INPUT" || active.tagName === "TEXTAREA")) {
            if (status) { status.textContent = body.getAttribute("data-changed"); }
            return;
          }
          seen = hash;
          if (status) { status.textContent = body.getAttribute("data-changed"); }
          window.location.reload();
        }
      })
      .catch(function () {});
  }
  window.setInterval(poll, 2000);
})();
