// Issue 24 in a real browser: the memo is filed with the meeting page's
// button, the page then shows it as filed, the edit form has become the
// correction form (a reason is required: the browser itself stops the
// post without one), a correction is recorded, and the page offers the
// correction notice to the recipient who had a copy. axe-core checks the
// pages.
//
//   node tests/browser/filing.mjs URL SPEC.json
//
// SPEC (tests/cli/filing.rs): { meeting_path, banner, corrected, why, notice_for }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const base = new URL(url).origin;

await run("filing", async (context) => {
  const page = await context.newPage();
  let resp = await page.goto(url);
  must("the printed address opens", resp.ok(), `status ${resp.status()}`);
  resp = await page.goto(`${base}${spec.meeting_path}`);
  must("the meeting's page opens", resp.ok(), `status ${resp.status()}`);
  must("the page offers to file the memo", (await page.locator("#file-memo").count()) === 1, await text(page, "main"));
  await axe(page, "meeting page before filing");

  // Filing prints the PDF: it may take a while.
  await Promise.all([page.waitForNavigation({ timeout: 120_000 }), page.locator("#file-memo").click()]);
  await page.waitForLoadState("load");
  const banner = page.locator("#filed-banner");
  must("the page shows the memo as filed", (await banner.count()) === 1, await text(page, "main"));
  const said = await banner.innerText();
  check("the banner says when and who", said.includes(spec.banner), said);
  check("the button is gone", (await page.locator("#file-memo").count()) === 0, await text(page, "main"));
  check("the edit link is gone", (await page.locator("#edit-link").count()) === 0, await text(page, "main"));
  await axe(page, "meeting page after filing");

  // The correction form.
  await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.locator("#correct-link").click()]);
  must("the correction form opens", (await page.locator("#correction-form").count()) === 1, await text(page, "main"));
  await axe(page, "correction form");
  await page.locator("textarea[name=f_summary]").fill(spec.corrected);
  // No reason: the browser keeps the form (required), nothing is posted.
  await page.locator("#save-correction").click();
  await page.waitForTimeout(300);
  check("without a reason the form stays", page.url().endsWith("/correct"), page.url());
  check("what was typed stays", (await page.locator("textarea[name=f_summary]").inputValue()) === spec.corrected, "lost");
  await page.locator("#why").fill(spec.why);
  await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.locator("#save-correction").click()]);
  await page.waitForLoadState("load");
  const notices = page.locator("#notices a.notice-link");
  must("the page offers the correction notice", (await notices.count()) === 1, await text(page, "main"));
  const href = await notices.first().getAttribute("href");
  check("the notice is for the recipient who had a copy", href.includes(`for=${spec.notice_for}`), href);
  await axe(page, "meeting page after a correction");
  await Promise.all([page.waitForNavigation({ timeout: 60_000 }), notices.first().click()]);
  const notice = await text(page, "main");
  check("the notice shows the correction", notice.includes(spec.corrected), notice.slice(0, 800));
  ok("filing walked");
});
