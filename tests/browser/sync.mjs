// Sharing with the team in a real browser (issue 23): the worker saves a
// field a colleague has changed too, presses "Jaa ja hae muutokset" on the
// case page, sees both texts side by side, writes her own and saves the
// choice; the page says the changes were shared.
//
//   node tests/browser/sync.mjs URL SPEC.json
//
// SPEC (written by tests/cli/sync.rs):
//   { edit_path, field_id, typed, to_share, button, choose_title,
//     mine, theirs, own, shared }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));

run("sync", async (context) => {
  const page = await context.newPage();
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const base = new URL(page.url()).origin;

  // Her own change, through the form.
  must("the form opens", (await page.goto(base + spec.edit_path)).ok(), spec.edit_path);
  await page.fill(`#${spec.field_id}`, spec.typed);
  await Promise.all([page.waitForURL(/saved=/), page.click("#save")]);
  ok("the form is saved");

  // The case page says, quietly, that there is something to share.
  await page.goto(base + "/c/0");
  const status = await page.locator("#sync-status").innerText();
  check("the page says there is something to share", status.includes(spec.to_share), status);
  const button = page.locator("#sync-button");
  check("the share button is named in her words", (await button.innerText()).includes(spec.button), await button.innerText());
  await axe(page, "case page with the sharing line");

  // Pressed: both texts side by side.
  await Promise.all([page.waitForURL(/\/sync\?done=/), button.click()]);
  const said = await text(page);
  check("the page says she and a colleague changed the same item", said.includes(spec.choose_title), said);
  const mine = await page.locator("#choice-0 .mine").innerText();
  const theirs = await page.locator("#choice-0 .theirs").innerText();
  check("her text is shown", mine.includes(spec.mine), mine);
  check("the colleague's text is shown beside it", theirs.includes(spec.theirs), theirs);
  check("no field key on the page", !said.includes("summary"), said);
  await axe(page, "the choice side by side");

  // She writes her own, and saves the choice.
  await page.check("#choice-0 input[value=own]");
  await page.fill("#choice-0 textarea", spec.own);
  // The page it leaves is a /sync?done= page too (saying the choice
  // waits): wait for a new address, never the one already shown, or the
  // old page is read while the server still merges and pushes.
  const left = page.url();
  await Promise.all([
    page.waitForURL((u) => u.href !== left && /\/sync\?done=/.test(u.href)),
    page.click("#choose-submit"),
  ]);
  const done = await page.locator("#sync-said").innerText();
  check("the page says the changes were shared", done.includes(spec.shared), done);
  check("no choice waits any more", (await page.locator("#choose-form").count()) === 0);
  ok("done");
});
