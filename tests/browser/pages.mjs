// Issue 22 §3, §5 and §7 in a real browser, started as she starts (the
// desktop icon's command and its start file), in the case's language:
//  - the case page: the birth month in words, the case's details edited
//    and saved (and a save against a file changed meanwhile answered with
//    both versions, nothing she typed lost);
//  - an agreed action marked done from the case page (tests/cli/browser.rs
//    then asks `lsk actions` and `lsk check`);
//  - the meeting's read view and its findings in her words: no field key,
//    no English value; the explanation keeps the rule's id in a closed
//    details;
//  - axe at 1280 px and 320 px on every page touched, the checklist's and
//    the memo's previews among them.
//
//   node tests/browser/pages.mjs - SPEC.json
//
// SPEC: { command, cwd, env, opened (as start.mjs), lang, child,
//   born_words, born_raw, case_file, action, meeting, memo_meeting,
//   keys: every schema key, words: English values that must not show,
//   organisation, phone, email }

import { readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { run, check, must, axe, text, reflow } from "./lib.mjs";

const [, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
/// A meeting as the pages name it: by its day ("15.12.2026"), not its folder.
const dayOf = (folder) => {
  const [y, m, d] = folder.split("-");
  return `${+d}.${+m}.${y}`;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function handed() {
  for (let i = 0; i < 200; i++) {
    if (existsSync(spec.opened)) {
      const path = readFileSync(spec.opened, "utf8").trim();
      if (path) return path;
    }
    await sleep(50);
  }
  throw new Error("lsk handed the browser no start file");
}

/// axe at 1280 px, then at 320 px (and the page reflows there).
async function both(page, name) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await axe(page, `${name} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 640 });
  await axe(page, `${name} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await reflow(page, name);
}

/// Field keys and English values in the visible text of <main>.
async function leaks(page) {
  // Folder names (2026-11-10-daycare) are the files' own, not words.
  let shown = await text(page, "main");
  for (const dir of [spec.meeting, spec.memo_meeting]) shown = shown.split(dir).join(" ");
  const words = new Set(shown.split(/[^A-Za-z0-9_]+/).filter(Boolean));
  const keys = spec.keys.filter((k) => k.includes("_") ? shown.includes(k) : words.has(k));
  const values = spec.words.filter((w) => words.has(w));
  return [...keys, ...values];
}

rmSync(spec.opened, { force: true });
const server = spawn(spec.command[0], spec.command.slice(1), {
  cwd: spec.cwd,
  env: { ...process.env, ...spec.env },
  stdio: ["ignore", "ignore", "ignore"],
});
const exited = new Promise((resolve) => server.on("exit", resolve));

await run("pages", async (context) => {
  try {
    const page = await context.newPage();
    const file = await handed();
    await page.goto(pathToFileURL(file).href);
    // Past lsk's own "entering" page (/enter), where the cookie is not yet set.
    await page.waitForURL(
      (u) => u.protocol === "http:" && u.pathname !== "/enter" && !u.search.includes("token"),
      { timeout: 15000 },
    );
    await page.waitForLoadState("load");
    // The case's own page (the door she came in by is not an address to go back to).
    const caseUrl = new URL("/c/0", page.url()).href;

    // 1. The case page: the child, her birth month in words.
    let main = await text(page, "main");
    must("the start file lands on the case", main.includes(spec.child), main.slice(0, 300));
    check(`born shown as "${spec.born_words}"`, main.includes(spec.born_words) && !main.includes(`${spec.born_raw}-01`), main.slice(0, 400));
    let found = await leaks(page);
    check("the case page shows no field key or English value", found.length === 0, found.join(", "));
    await both(page, "case page");

    // 2. The case's details, edited and saved.
    await page.locator("#edit-case").click();
    await page.waitForURL(/\/details/);
    must("the details form is filled from the file", (await page.locator("#child").inputValue()) === spec.child, await page.locator("#child").inputValue());
    await both(page, "case details form");
    await page.fill("#organisation", spec.organisation);
    await page.fill("#phone", spec.phone);
    await page.fill("#email", spec.email);
    await Promise.all([page.waitForURL((u) => u.pathname === "/c/0"), page.locator("#save-case").click()]);
    main = await text(page, "main");
    check("the saved details show on the case page", main.includes(spec.organisation) && main.includes(spec.phone) && main.includes(spec.email), main.slice(0, 500));

    // 3. A save against a file changed meanwhile: both versions, her words kept.
    await page.locator("#edit-case").click();
    await page.waitForURL(/\/details/);
    await page.fill("#organisation", "Minun muutokseni");
    writeFileSync(spec.case_file, readFileSync(spec.case_file, "utf8").replace(spec.organisation, "Toisen muutos"));
    const [conflict] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.locator("#save-case").click()]);
    await page.waitForLoadState("load");
    check("a changed file is a 409", conflict.status() === 409, String(conflict.status()));
    check("the conflict shows the saved version and keeps what she typed",
      (await page.locator("#conflict").innerText()).includes("Toisen muutos") && (await page.locator("#organisation").inputValue()) === "Minun muutokseni",
      await text(page, "main"));
    await axe(page, "case details conflict");
    await page.goto(caseUrl);

    // 4. An agreed action marked done.
    // The held meeting's action is overdue; the follow-up agreed the same
    // words again, its own action, which stays open.
    const row = page.locator("table.actions tr.overdue", { hasText: spec.action });
    must("the overdue action is listed", (await row.count()) === 1, await text(page, "main"));
    // The case page posts to itself: wait for the navigation the click
    // makes (the address already is /c/0 before it).
    await Promise.all([page.waitForNavigation(), row.locator(".mark-done").click()]);
    await page.waitForLoadState("load");
    check("the action done leaves the open actions, the follow-up's own stays",
      (await page.locator("table.actions tr.overdue", { hasText: spec.action }).count()) === 0 && (await page.locator("table.actions tr", { hasText: dayOf(spec.meeting) }).count()) === 1,
      await text(page, "main"));

    // 5. The meeting's read view, in her words.
    await page.goto(`${new URL(caseUrl).origin}/c/0/m/${spec.meeting}`);
    await page.waitForLoadState("load");
    found = await leaks(page);
    check("the read view shows no field key or English value", found.length === 0, `${found.join(", ")}: ${await text(page, "main")}`);
    const goal = page.locator("#field-goal .finding");
    must("the missing goal is shown beside its field", (await goal.count()) === 1, await text(page, "main"));
    const said = await goal.innerText();
    check("the finding names the field by its label, no rule id", !said.includes("goal") && !said.includes("missing-field") && !said.includes("`"), said);
    await both(page, "meeting page");

    // 6. Its explanation: the rule's title, the id only in closed details.
    await goal.locator("a").first().click();
    await page.waitForURL(/\/explain\/missing-field/);
    main = await text(page, "main");
    check("the explanation shows no rule id outside its details", !main.includes("missing-field"), main.slice(0, 400));
    check("the rule id is in the closed details", (await page.locator("#rule-details").getAttribute("open")) === null && (await page.locator("#rule-details").textContent()).includes("missing-field"), "no closed details");
    check("the explanation leads back to the meeting", (await page.locator("#back").count()) === 1, "no back link");
    await both(page, "explanation");

    // 7. The previews: the checklist's boxes labelled, tables reachable.
    for (const doc of ["child-checklist", "memo"]) {
      await page.goto(`${new URL(caseUrl).origin}/c/0/m/${spec.memo_meeting}/doc/${doc}`);
      await page.waitForLoadState("load");
      await both(page, `${doc} preview`);
    }
    await page.goto(`${new URL(caseUrl).origin}/c/0/m/${spec.memo_meeting}/print/child-checklist`);
    await axe(page, "child-checklist print page");
  } finally {
    server.kill("SIGHUP");
    await exited;
  }
});
