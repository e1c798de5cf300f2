// Search across the team folder in a real browser (issue 22 point 5): from
// the team page's search box, typing a name and pressing Enter (the form
// works without the script), then typing on the results page (results
// follow the typing), and following a result to its meeting; in Finnish
// and Swedish, axe at 1280 and 320 px.
//
//   node tests/browser/search.mjs URL SPEC.json
//
// SPEC (written by tests/cli/browser.rs):
//   { langs: [{ lang, label, enter, enter_count, typed, typed_count,
//               result, meeting_text }], code, code_message }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));

async function until(cond, ms = 20_000) {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

run("search", async (context) => {
  const page = await context.newPage();
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const base = new URL(page.url()).origin;
  for (const l of spec.langs) {
    must(`${l.lang}: the team page opens`, (await page.goto(`${base}/?lang=${l.lang}`)).ok());
    const label = await page.locator('label[for="search-q"]').innerText();
    check(`${l.lang}: the search box has its label`, label === l.label, label);
    check(`${l.lang}: the box is in a search landmark`, (await page.locator('form[role="search"] #search-q').count()) === 1);
    // Typed and sent with Enter: a plain GET form.
    await page.locator("#search-q").pressSequentially(l.enter, { delay: 40 });
    await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press("Enter")]);
    const count = await page.locator("#search-count").innerText();
    check(`${l.lang}: Enter shows the results`, count === l.enter_count, count);
    check(`${l.lang}: the results are a list`, (await page.locator("ol.search-results > li").count()) > 0);
    // Typing on the results page: the results follow, without Enter.
    await page.locator("#search-q").fill("");
    await page.locator("#search-q").pressSequentially(l.typed, { delay: 60 });
    const first = page.locator("ol.search-results a").first();
    const followed = await until(async () => {
      const shown = await first.innerText().catch(() => "");
      const count = await page.locator("#search-count").innerText().catch(() => "");
      return shown.includes(l.result) && count === l.typed_count;
    });
    const now = await page.locator("#search-results").innerText();
    check(`${l.lang}: the results follow the typing`, followed, now);
    const address = decodeURIComponent(page.url().replace(/\+/g, " "));
    check(`${l.lang}: the address follows too`, address.includes(`q=${l.typed}`), address);
    for (const [width, height] of [[1280, 900], [320, 640]]) {
      await page.setViewportSize({ width, height });
      await axe(page, `${l.lang} search page at ${width} px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    // Keyboard: the result link is reached and followed.
    await first.focus();
    await Promise.all([page.waitForURL(/\/m\//), page.keyboard.press("Enter")]);
    const meeting = await text(page, "main");
    check(`${l.lang}: the result leads to the meeting`, meeting.includes(l.meeting_text), meeting.slice(0, 300));
  }
  // An identity code is refused and not shown back.
  await page.goto(`${base}/search?lang=fi`);
  await page.locator("#search-q").fill(spec.code);
  // The address already matches /search?: wait for the page the form
  // brings (a document), not for the address.
  await Promise.all([
    page.waitForResponse((r) => r.request().resourceType() === "document" && r.url().includes("q=")),
    page.keyboard.press("Enter"),
  ]);
  await page.waitForLoadState("load");
  const body = await text(page);
  check("a code is refused with a message", body.includes(spec.code_message), body.slice(0, 400));
  check("the code is not shown back", !body.includes(spec.code) && (await page.inputValue("#search-q")) === "");
  ok("done");
});
