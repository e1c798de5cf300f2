// The page a browser without the cookie gets (a bookmark after lsk was
// started again, another browser), in a real browser that asks for
// English: it is in the case's language as lsk.yaml names it, says in
// words how to get in, and tells nothing else of the case. axe-core
// checks it.
//
//   node tests/browser/door.mjs URL SPEC.json
//
// SPEC (tests/cli/browser.rs): { lang, says, private: [..] }

import { readFileSync } from "node:fs";
import { run, check, must, axe, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const base = new URL(url).origin;

await run("door", async (context) => {
  const page = await context.newPage();
  // As a headless browser, or a worker's browser set to English, asks.
  await page.setExtraHTTPHeaders({ "Accept-Language": "en-US,en;q=0.9" });
  for (const path of ["/", spec.meeting]) {
    const resp = await page.goto(`${base}${path}`);
    must(`${path} without the cookie: 401`, resp.status() === 401, `status ${resp.status()}`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    check(`${path}: the page is in the case's language (${spec.lang}), not the browser's`, lang === spec.lang, lang);
    const body = await text(page, "main");
    check(`${path}: it says in words how to get in`, body.includes(spec.says), body);
    check(`${path}: it offers the way in`, (await page.locator("#door button").count()) === 1, body);
    const title = await page.title();
    for (const p of spec.private) {
      check(`${path}: nothing of the case (${p})`, !body.includes(p) && !title.includes(p), `${title}\n${body}`);
    }
  }
  await axe(page, "401 page");
});
