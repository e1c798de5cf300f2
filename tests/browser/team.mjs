// The team page of a large team in a real browser (issue 26): a window of
// cases with the way to the next and back, reached by keyboard; the most
// overdue actions with their count and the way to all of them; a case in
// a later window that cannot be read named on the first; in Finnish and
// Swedish, axe at 1280 and 320 px and reflow at 320 px on each page.
//
//   node tests/browser/team.mjs URL SPEC.json
//
// SPEC (written by tests/cli/browser.rs):
//   { langs: [{ lang, window, next_window, total, all }], unreadable }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, text, reflow } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));

async function both(page, name) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await axe(page, `${name} at 1280 px`);
  await page.setViewportSize({ width: 320, height: 640 });
  await axe(page, `${name} at 320 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await reflow(page, name);
}

run("team", async (context) => {
  const page = await context.newPage();
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const base = new URL(page.url()).origin;
  for (const l of spec.langs) {
    must(`${l.lang}: the team page opens`, (await page.goto(`${base}/?lang=${l.lang}`)).ok());
    // While the team is still being read the page says so and brings the
    // whole page by itself (live.js); wait for the count of overdue actions.
    await page.waitForSelector("#overdue-total", { timeout: 60_000 });
    const shown = await text(page, "#window");
    check(`${l.lang}: the window is said in words`, shown === l.window, shown);
    const total = await text(page, "#overdue-total");
    check(`${l.lang}: the overdue actions are counted`, total.includes(l.total), total);
    check(`${l.lang}: the most overdue are listed`, (await page.locator("table.actions tbody tr").count()) === 20);
    const named = await text(page, "#unreadable-cases");
    check(`${l.lang}: a case that cannot be read is named`, named.includes(spec.unreadable), named);
    await both(page, `${l.lang} team page, first window`);
    // By keyboard to the next window.
    await page.locator('#pager a[rel="next"]').focus();
    await Promise.all([page.waitForURL(/from=100/), page.keyboard.press("Enter")]);
    const next = await text(page, "#window");
    check(`${l.lang}: the next window`, next === l.next_window, next);
    check(`${l.lang}: the way back`, (await page.locator('#pager a[rel="prev"]').count()) === 1);
    check(`${l.lang}: the language is kept`, page.url().includes(`lang=${l.lang}`), page.url());
    await both(page, `${l.lang} team page, second window`);
    // All the overdue actions.
    await page.goto(`${base}/?lang=${l.lang}`);
    await page.waitForSelector("#overdue-total", { timeout: 60_000 });
    await Promise.all([page.waitForURL(/overdue=0/), page.locator("#overdue-total a").click()]);
    const all = await text(page, "#window");
    check(`${l.lang}: every overdue action in windows`, all === l.all, all);
    check(`${l.lang}: all of them listed`, (await page.locator("table.actions tbody tr").count()) === 25);
    await both(page, `${l.lang} overdue actions`);
  }
  ok("done");
});
