// Issue 23 §2 in a real browser: a worker saves a meeting's form, opens
// the meeting's history from its page and sees her change there in words
// (the field's name, the earlier value → the new one), then restores the
// version before it; the restore is told on the page and is itself the
// newest change. axe-core checks the history pages (WCAG 2.1 A and AA).
// The sync23 helper adds "share" after the restore.
//
//   node tests/browser/history.mjs URL SPEC.json
//
// SPEC (written by tests/cli/history.rs):
//   { meeting, place_old, place_new, place_label, worker, restored }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, keyboard, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));

await run("history", async (context) => {
  const page = await context.newPage();
  page.on("dialog", (d) => d.accept());
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const origin = new URL(page.url()).origin;
  const meetingUrl = `${origin}/c/0/m/${spec.meeting}`;

  // 1. A save through the form.
  await page.goto(`${meetingUrl}/edit`);
  await page.fill("#f-place", spec.place_new);
  await page.click("#save");
  await page.waitForSelector("#saved");
  ok("the form is saved");

  // 2. The meeting's page leads to its history; the save is the newest
  // change, in words.
  await page.goto(meetingUrl);
  await page.click("#history-link");
  await page.waitForSelector("#history");
  await axe(page, "meeting history");
  await keyboard(page, "meeting history");
  const newest = page.locator("li.change").first();
  const head = await newest.locator(".change-head").innerText();
  check("the newest change names who made it", head.includes(spec.worker), head);
  const summary = await newest.locator(".summary").innerText();
  check("the newest change names the field in words", summary.includes(spec.place_label), summary);
  const before = await newest.locator(".before").first().innerText();
  const after = await newest.locator(".after").first().innerText();
  check("the earlier value is shown", before.includes(spec.place_old), before);
  check("the new value is shown", after.includes(spec.place_new), after);
  check("the current version is marked", head.includes("(") && (await newest.locator(".current").count()) === 1, head);
  check("the current version has no restore button", (await newest.locator("button.restore").count()) === 0, head);

  // 3. Restore the version before the save.
  const earlier = page.locator("li.change").nth(1);
  must("the earlier version can be restored", (await earlier.locator("button.restore").count()) === 1, await text(page, "main"));
  await earlier.locator("button.restore").click();
  await page.waitForURL(/said=history_restored/);
  const said = await page.locator("#said").innerText();
  check("the restore is told", said.includes(spec.restored), said);
  const first = page.locator("li.change").first();
  const firstSummary = await first.locator(".summary").innerText();
  check("the restore is the newest change", firstSummary.includes(spec.place_label), firstSummary);
  const restoredTo = await first.locator(".after").first().innerText();
  check("the restore brought the earlier value back", restoredTo.includes(spec.place_old), restoredTo);
  check("the earlier change is still in the history", (await page.locator("li.change").count()) >= 3, await text(page, "main"));
  await axe(page, "meeting history after a restore");

  // 4. The meeting page shows the restored value; the case's history.
  await page.goto(meetingUrl);
  check("the meeting shows the restored value", (await text(page, "main")).includes(spec.place_old), await text(page, "main"));
  await page.goto(`${origin}/c/0`);
  await page.click("#history-link");
  await page.waitForSelector("#history");
  await axe(page, "case history");
  check("the case's history names the worker", (await text(page, "main")).includes(spec.worker), await text(page, "main"));
});
