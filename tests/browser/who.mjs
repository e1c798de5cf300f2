// Issue 23 in a real browser: the first save in a case kept in git whose
// worker git does not know asks once "Kuka tekee muutokset?"; what she
// typed waits, a missing e-mail address is asked again with her name
// kept, and then the save is made and recorded. axe-core checks the page.
//
//   node tests/browser/who.mjs URL SPEC.json
//
// SPEC (tests/cli/browser.rs): { edit_path, place, name, email, title,
//   missing, recorded }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const base = new URL(url).origin;

async function submit(page, selector) {
  // The click and the page it brings, awaited together.
  await Promise.all([page.waitForNavigation(), page.locator(selector).click()]);
  await page.waitForLoadState("load");
}

await run("who", async (context) => {
  const page = await context.newPage();
  let resp = await page.goto(url);
  must("the printed address opens", resp.ok(), `status ${resp.status()}`);

  resp = await page.goto(`${base}${spec.edit_path}`);
  must("the meeting's form opens", resp.ok(), `status ${resp.status()}`);
  await page.locator('main [name="place"]').first().fill(spec.place);
  await submit(page, "#save");

  must("the save asks who makes the changes", page.url().includes("/who?"), page.url());
  const asked = await text(page, "main");
  check("the page asks in the case's language", asked.includes(spec.title), asked);
  await axe(page, "who is making the changes");

  // Her name only: asked again, the name kept, why said.
  await page.locator("#who-name").fill(spec.name);
  await page.locator("#who-email").fill("");
  // The browser's own check would stop an empty required field: the
  // server's answer is what is tested.
  await page.evaluate(() => document.querySelector("#who-form").setAttribute("novalidate", ""));
  await submit(page, "#who-save");
  const again = await text(page, "main");
  check("a missing e-mail address is asked for", again.includes(spec.missing), again);
  check("her name is kept", (await page.locator("#who-name").inputValue()) === spec.name, await page.locator("#who-name").inputValue());
  await axe(page, "who is making the changes, asked again");

  await page.locator("#who-email").fill(spec.email);
  await submit(page, "#who-save");
  must("back on the meeting's form", page.url().includes(spec.edit_path), page.url());
  const saved = await text(page, "main");
  check("the save is said, and its record", saved.includes(spec.recorded), saved.slice(0, 600));
  const place = await page.locator('main [name="place"]').first().inputValue();
  check("what she typed was saved", place === spec.place, place);
  ok("the waiting save was made");
});
