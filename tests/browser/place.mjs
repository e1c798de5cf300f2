// Issue 22 points 2–4 in a real browser, in Finnish and in Swedish: the
// meeting form keeps its place (a row added or removed has the focus and
// is in view), every POST answers with a redirect (Back and Forward load
// pages with GET, never a form posted again), leaving a form with unsaved
// input asks first, typed text survives a save that fails (the file
// unreadable on disk), the findings beside the fields are those of the
// file after a save, and the pages speak her words: no field key, file
// code or English id in their visible text. axe-core at 1280 px and at
// 320 px on every page. The DOM contract is at the top of
// src/serve/form/mod.rs.
//
//   node tests/browser/place.mjs URL SPEC.json
//
// SPEC (written by tests/cli/browser.rs):
//   { runs: [{ lang, case_path, dir, file, goal }], words: [text that must
//     not be seen on a form page], code_words: [...] }

import { readFileSync, writeFileSync } from "node:fs";
import { run, ok, check, must, axe, text, settledReload } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));

/// axe at 1280 px and at 320 px wide, then back to 1280.
async function axeBoth(page, name) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await axe(page, `${name} 1280 px`);
  await page.setViewportSize({ width: 320, height: 640 });
  await axe(page, `${name} 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/// Visible text of <main> holding a field key or a file code: none may.
async function herWords(page, name, lang) {
  const seen = await text(page, "main");
  const found = spec.words.filter((w) => new RegExp(`(^|[^\\p{L}_-])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}_-])`, "u").test(seen));
  check(`${lang}: no field key or code on the ${name}`, found.length === 0, () => `seen: ${found.join(", ")}`);
}

/// How the page now shown was loaded, and where the focus is.
async function where(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const a = document.activeElement;
    const r = a ? a.getBoundingClientRect() : null;
    const row = a && a.closest ? a.closest("fieldset.row") : null;
    return {
      nav: nav ? nav.type : "",
      focus: a ? a.id : "",
      row: row ? row.id : "",
      inView: !!r && r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0,
      scrolled: window.scrollY,
    };
  });
}

/// Click `selector` and wait for the page it brings (after any redirect):
/// the final response.
async function submit(page, selector) {
  const [resp] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  return resp;
}

await run("place", async (context) => {
  const page = await context.newPage();
  // Leaving a page with unsaved input asks (beforeunload): counted, and
  // answered "leave" so that the scenario goes on.
  let asked = 0;
  page.on("dialog", async (d) => {
    if (d.type() === "beforeunload") asked += 1;
    await d.accept();
  });
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const origin = new URL(page.url()).origin;

  for (const r of spec.runs) {
    const L = r.lang;
    const edit = `${origin}${r.case_path}/m/${r.dir}/edit`;
    await page.setViewportSize({ width: 1280, height: 900 });
    let resp = await page.goto(edit);
    must(`${L}: the form opens`, resp.ok() && (await page.locator("#meeting-form").count()) === 1, await text(page, "main"));
    check(`${L}: the page is in the case's language`, (await page.getAttribute("html", "lang")) === L, await page.getAttribute("html", "lang"));
    check(`${L}: before the goal is saved, a finding is beside it`, (await page.locator("#field-goal.has-finding").count()) === 1, "no finding beside the goal");
    await herWords(page, "meeting form", L);
    check(`${L}: yes/no/partly is a choice`, (await page.locator("select#f-child_attends").count()) === 1, "no select");
    check(`${L}: a role is a choice`, (await page.locator("select#f-invitees-0-role").count()) === 1, "no select");
    check(`${L}: the memo's recipients are choices`, (await page.locator('#f-memo_consent-recipients input[type="checkbox"]').count()) > 1, "no checkboxes");
    await axeBoth(page, `${L} meeting form`);

    // A row added: the page (after a 303) has the focus in the new row's
    // first input, in view, at the bottom of a long form.
    const rows = await page.locator("#rows-invitees > fieldset.row").count();
    await page.locator("#add-invitees").scrollIntoViewIfNeeded();
    resp = await submit(page, "#add-invitees");
    check(`${L}: adding a row answered with a redirect`, resp.request().redirectedFrom() !== null && resp.request().method() === "GET", `method ${resp.request().method()}`);
    let w = await where(page);
    check(`${L}: the focus is in the new row`, w.row === `row-invitees-${rows}` && w.focus === `f-invitees-${rows}-name`, JSON.stringify(w));
    check(`${L}: the new row is in view`, w.inView && w.scrolled > 0, JSON.stringify(w));
    await page.keyboard.type("Kim Kummi");
    await page.selectOption(`#f-invitees-${rows}-role`, "other");
    await herWords(page, "form with a row added", L);
    await axeBoth(page, `${L} meeting form, row added`);

    // A second row, then removed: the focus goes to the row now there.
    await submit(page, "#add-invitees");
    w = await where(page);
    check(`${L}: a second new row has the focus`, w.row === `row-invitees-${rows + 1}`, JSON.stringify(w));
    check(`${L}: the first new row's typed name is still there`, (await page.inputValue(`#f-invitees-${rows}-name`)) === "Kim Kummi", await page.inputValue(`#f-invitees-${rows}-name`));
    await submit(page, `#remove-invitees-${rows + 1}`);
    w = await where(page);
    check(`${L}: after removing a row the focus stays at that place`, w.row === `row-invitees-${rows}` && w.inView, JSON.stringify(w));

    // Back and Forward: pages loaded with GET, the draft still there.
    const draftUrl = page.url();
    const before = asked;
    resp = await page.goBack();
    check(`${L}: leaving a form with unsaved input asks first`, asked > before, `asked ${asked}`);
    check(`${L}: Back loads the earlier form with GET`, resp && resp.request().method() === "GET" && resp.ok(), resp ? `${resp.request().method()} ${resp.status()}` : "no response");
    resp = await page.goForward();
    w = await where(page);
    check(`${L}: Forward is a GET of the same form, no resubmission`, page.url() === draftUrl && w.nav === "back_forward" && (!resp || resp.request().method() === "GET"), `${page.url()} ${JSON.stringify(w)}`);
    check(`${L}: the unsaved row is shown again`, (await page.inputValue(`#f-invitees-${rows}-name`)) === "Kim Kummi", "lost");

    // A save that fails (meeting.md unreadable on disk at that moment):
    // the page comes back with everything typed, and nothing is written.
    const good = readFileSync(r.file, "utf8");
    await page.fill("#f-goal", r.goal);
    writeFileSync(r.file, "---\nkind: [daycare\n---\n");
    resp = await submit(page, "#save");
    check(`${L}: a save against an unreadable file is refused`, resp.status() === 409 && resp.request().method() === "GET", `${resp.request().method()} ${resp.status()}`);
    check(`${L}: the refusal is said`, (await page.locator("#refused").count()) === 1, await text(page, "main"));
    check(`${L}: the typed goal survives the failed save`, (await page.inputValue("#f-goal")) === r.goal, await page.inputValue("#f-goal"));
    check(`${L}: the typed row survives the failed save`, (await page.inputValue(`#f-invitees-${rows}-name`)) === "Kim Kummi", "lost");
    await axeBoth(page, `${L} meeting form, save refused`);
    writeFileSync(r.file, good);

    // Saved: the findings beside the fields are the file's now.
    resp = await submit(page, "#save");
    check(`${L}: the save answered with a redirect`, resp.request().redirectedFrom() !== null && /saved=1/.test(page.url()), page.url());
    const saved = readFileSync(r.file, "utf8");
    check(`${L}: the goal and the row are in the file`, saved.includes(r.goal) && saved.includes("Kim Kummi"), saved);
    check(`${L}: no finding is left beside the goal`, (await page.locator("#field-goal.has-finding").count()) === 0, await text(page, "#field-goal"));
    resp = await page.goBack();
    check(`${L}: Back after a save is a GET`, resp && resp.request().method() === "GET", resp ? resp.request().method() : "none");
    await page.goForward();
    check(`${L}: Forward after a save shows the saved form`, /saved=1/.test(page.url()) && (await page.locator("#saved").count()) === 1, page.url());

    // A conflict: the page names the fields by their labels.
    // While she types at the bottom of the form, the file changes on
    // disk: the notice is in view where she is, and nothing reloads.
    await page.goto(edit);
    await settledReload(page);
    await page.fill("#f-goal", `${r.goal} – oma`);
    await page.locator("#save").scrollIntoViewIfNeeded();
    const disk = readFileSync(r.file, "utf8");
    writeFileSync(r.file, disk.replace(r.goal, `${r.goal} (muutettu)`));
    await page.waitForSelector("#live-status #live-reload", { timeout: 20_000 });
    const notice = await page.evaluate(() => {
      const b = document.getElementById("live-status").getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, height: b.height, scrolled: window.scrollY, inner: window.innerHeight };
    });
    check(
      `${L}: the files-changed notice is in view at the bottom of the form`,
      notice.height > 0 && notice.top >= 0 && notice.bottom <= notice.inner && notice.scrolled > 0,
      JSON.stringify(notice),
    );
    check(`${L}: the typed goal is still there after the change on disk`, (await page.inputValue("#f-goal")) === `${r.goal} – oma`, "lost");
    resp = await submit(page, "#save");
    check(`${L}: a conflict is shown after a redirect`, resp.status() === 409 && resp.request().method() === "GET", `${resp.request().method()} ${resp.status()}`);
    must(`${L}: the conflict page`, (await page.locator("#conflict").count()) === 1, await text(page, "main"));
    await herWords(page, "conflict page", L);
    await axeBoth(page, `${L} conflict page`);
    resp = await submit(page, "#apply");
    check(`${L}: applying answered with a redirect`, /saved=1/.test(page.url()) && readFileSync(r.file, "utf8").includes(`${r.goal} – oma`), page.url());

    // The text page and the new-meeting page: her words, axe.
    await page.goto(edit.replace(/\/edit$/, "/text"));
    await axeBoth(page, `${L} text page`);
    await page.goto(`${origin}${r.case_path}/new`);
    await herWords(page, "new meeting page", L);
    await axeBoth(page, `${L} new meeting page`);
    await page.fill("#new-date", "31.2.2027");
    resp = await submit(page, "#create");
    check(`${L}: a refused new meeting comes back after a redirect`, resp.status() === 422 && resp.request().method() === "GET" && (await page.inputValue("#new-date")) === "31.2.2027", `${resp.request().method()} ${resp.status()}`);
    await axeBoth(page, `${L} new meeting refused`);
    ok(`${L}: done`);
  }
});
