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
//
// A team page made while the team's overdue actions were still being
// gathered (data-gathered) reloads when /live says they are gathered,
// unless something was typed on the page (the search box): then the
// notice is shown instead.
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
  // A form of this page is being sent: what it holds goes with it.
  var sending = false;

  function inForm(target) {
    return target && target.closest && target.closest("form[data-lsk-form]");
  }
  // What the person changed in a form is never thrown away by a reload.
  var typing = false;
  function changed(e) {
    typing = true;
    if (inForm(e.target)) { unsaved = true; }
  }
  // Leaving or reloading a page whose form holds unsaved input asks
  // first (the browser's own question); a form being sent does not ask.
  // A page being left (a link, a reload) never starts a navigation of its
  // own: a poll answered in that moment would cut the new one short.
  window.addEventListener("beforeunload", function (e) {
    if (unsaved && !sending) {
      e.preventDefault();
      e.returnValue = "";
      return "";
    }
    leaving = true;
  });
  document.addEventListener("input", changed, true);
  document.addEventListener("change", changed, true);

  // ---- A save goes only to the server that made this page ----
  // Every page carries its launch's identity (data-launch). Before a form
  // that changes something (one with lsk's form token) is sent, the server
  // at this address is asked who it is (GET /launch). If it does not
  // answer, or is another launch or another program, the form is not
  // sent: what was typed stays on the page, is kept in sessionStorage (a
  // reload puts it back) and a message says so.
  var launch = body.getAttribute("data-launch");
  var storeKey = "lsk-unsaved:" + window.location.pathname + window.location.search;

  function saving(form) {
    return form && form.querySelector && form.querySelector('input[name="csrf"]') !== null;
  }
  function typed(form) {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.disabled) { return; }
      var type = (el.type || "").toLowerCase();
      if (type === "hidden" || type === "submit" || type === "button" || type === "file") { return; }
      if (type === "checkbox" || type === "radio") {
        out.push({ name: el.name, value: el.value, checked: el.checked });
      } else {
        out.push({ name: el.name, value: el.value });
      }
    });
    return out;
  }
  function keep(form) {
    var forms = Array.prototype.filter.call(document.forms, saving);
    try {
      window.sessionStorage.setItem(storeKey, JSON.stringify({
        form: forms.indexOf(form),
        fields: typed(form)
      }));
    } catch (err) { /* no storage: the text is still on the page */ }
  }
  function say(form, place, text, role) {
    var old = form.querySelector(".lsk-kept");
    if (old) { old.parentNode.removeChild(old); }
    var p = document.createElement("p");
    p.className = "lsk-kept";
    p.setAttribute("role", role);
    p.setAttribute("tabindex", "-1");
    p.textContent = text;
    if (place && place.parentNode) {
      place.parentNode.insertBefore(p, place);
    } else {
      form.appendChild(p);
    }
    p.scrollIntoView({ block: "center" });
    p.focus();
    return p;
  }
  function gone(form, submitter) {
    keep(form);
    unsaved = true;
    say(form, submitter, body.getAttribute("data-gone"), "alert");
  }
  function restore() {
    var saved = null;
    try { saved = JSON.parse(window.sessionStorage.getItem(storeKey) || "null"); } catch (err) { saved = null; }
    if (!saved || !saved.fields) { return; }
    var forms = Array.prototype.filter.call(document.forms, saving);
    var form = forms[saved.form] || forms[0];
    if (!form) { return; }
    var seen = {};
    var left = [];
    saved.fields.forEach(function (f) {
      var i = seen[f.name] || 0;
      seen[f.name] = i + 1;
      var els = Array.prototype.filter.call(form.elements, function (el) {
        var type = (el.type || "").toLowerCase();
        return el.name === f.name && type !== "hidden" && type !== "submit" && type !== "button";
      });
      if (f.checked !== undefined) {
        els.forEach(function (el) { if (el.value === f.value) { el.checked = f.checked; } });
        return;
      }
      var el = els[i];
      if (el) {
        el.value = f.value;
      } else if (f.value && f.value.trim()) {
        left.push(f.value);
      }
    });
    unsaved = true;
    var submit = form.querySelector('button[type="submit"], input[type="submit"]');
    var p = say(form, submit, body.getAttribute("data-restored"), "status");
    // What has no field on this page any more: shown to be copied.
    left.forEach(function (text) {
      var area = document.createElement("textarea");
      area.readOnly = true;
      area.value = text;
      area.setAttribute("aria-label", body.getAttribute("data-restored"));
      p.appendChild(document.createElement("br"));
      p.appendChild(area);
    });
  }

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!launch || !saving(form)) { leaving = true; sending = true; return; }
    if (form.getAttribute("data-lsk-checked") === "1") {
      form.removeAttribute("data-lsk-checked");
      leaving = true;
      sending = true;
      return;
    }
    e.preventDefault();
    var submitter = e.submitter || null;
    var controller = window.AbortController ? new AbortController() : null;
    var timer = window.setTimeout(function () { if (controller) { controller.abort(); } }, 5000);
    fetch("/launch", {
      credentials: "same-origin",
      cache: "no-store",
      redirect: "error",
      signal: controller ? controller.signal : undefined
    })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        window.clearTimeout(timer);
        if (!answer || answer.launch !== launch) { gone(form, submitter); return; }
        try { window.sessionStorage.removeItem(storeKey); } catch (err) { /* none kept */ }
        form.setAttribute("data-lsk-checked", "1");
        if (form.requestSubmit) {
          if (submitter) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
        } else {
          leaving = true;
          sending = true;
          form.submit();
        }
      })
      .catch(function () { window.clearTimeout(timer); gone(form, submitter); });
  }, true);
  restore();

  // `why`: the element whose data-notice says what happened (the team's
  // overdue actions gathered); else the files changed on disk.
  function notice(why) {
    if (told || !status) { return; }
    told = true;
    status.textContent = "";
    var p = document.createElement("p");
    p.textContent = (why && why.getAttribute("data-notice")) || body.getAttribute("data-unsaved");
    var button = document.createElement("button");
    button.type = "button";
    button.id = "live-reload";
    button.textContent = body.getAttribute("data-reload");
    // A fresh GET of the address: never a form sent again.
    // She chose to reload: the browser still asks before unsaved input goes.
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
        var gathering = document.querySelector("[data-gathered]");
        if (now === made && gathering && live.gathered !== undefined &&
            String(live.gathered) !== gathering.getAttribute("data-gathered")) {
          if (typing || unsaved) { notice(gathering); return; }
          leaving = true;
          window.location.reload();
          return;
        }
        if (now === made) { return; }
        if (!body.hasAttribute("data-live")) {
          if (document.querySelector("form")) { notice(); }
          return;
        }
        // Typed anywhere on the page (the search box too): never reloaded
        // under her hands; the notice and its button instead.
        if (unsaved || typing) { notice(); return; }
        if (status) { status.textContent = body.getAttribute("data-changed"); }
        leaving = true;
        window.location.reload();
      })
      .catch(function () {});
  }
  window.setInterval(poll, 1500);
})();
