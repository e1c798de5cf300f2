// Live pages in a real browser (issue 15, point 5): the case page follows
// a change on disk by itself; a form page with text the worker typed is
// never reloaded: it shows a notice, reachable by keyboard, with a button
// that reloads, and the typed text stays until that button is pressed.
//
//   node tests/browser/live.mjs URL SPEC.json
//
// SPEC (written by tests/cli/serve_live.rs):
//   { meeting_file, first, second, before, after, typed, edit_path, notice }
// `first` and `second` are the texts of meeting.md written in turn; the
// case page shows `before`, then `after`.

import { readFileSync, writeFileSync } from "node:fs";
import { run, ok, check, must, axe, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));

/// Wait until `cond` holds (polled), at most `ms`.
async function until(cond, ms = 20_000) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

run("live", async (context) => {
  const page = await context.newPage();
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const base = new URL(page.url()).origin;
  must("the case page shows the meeting", (await text(page)).includes(spec.before), await text(page));

  // An editor saves meeting.md: the open page shows it by itself.
  writeFileSync(spec.meeting_file, spec.first);
  check(
    "the case page shows a change on disk by itself",
    await until(async () => (await text(page).catch(() => "")).includes(spec.after)),
    async () => await text(page),
  );

  // A form with text typed into it: never reloaded.
  must("the form opens", (await page.goto(base + spec.edit_path)).ok(), spec.edit_path);
  await page.fill("#f-goal", spec.typed);
  // The page's first question to /live gives it the count it was made at.
  await page.waitForTimeout(2000);
  writeFileSync(spec.meeting_file, spec.second);
  const shown = await until(async () => await page.locator("#live-reload").isVisible());
  must("a notice with a reload button shows on the form", shown, "no #live-reload");
  check("the typed text is kept", (await page.inputValue("#f-goal")) === spec.typed, await page.inputValue("#f-goal"));
  const notice = await page.locator("#live-status").innerText();
  check("the notice says the files changed", notice.includes(spec.notice), notice);
  check("the notice is in a status region", (await page.locator("#live-status").getAttribute("role")) === "status");
  // The button is in the keyboard's order.
  // From the top of the page, as after a load: the skip link first.
  await page.focus("a.skip");
  let reached = false;
  for (let i = 0; i < 80 && !reached; i += 1) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement && document.activeElement.id === "live-reload");
  }
  check("the reload button is reached by Tab", reached, "not reached in 80 Tabs");
  await axe(page, "form with the notice");
  check("still the typed text after a while", (await page.waitForTimeout(2000), await page.inputValue("#f-goal")) === spec.typed);

  // Pressed: the form as the file is now.
  await Promise.all([page.waitForLoadState("load"), page.locator("#live-reload").click()]);
  check(
    "the button reloads the form from the file",
    await until(async () => (await page.inputValue("#f-goal").catch(() => "")) !== spec.typed),
    async () => await page.inputValue("#f-goal"),
  );
  ok("done");
});
