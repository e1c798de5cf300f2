// The screenshots of docs/en/serve.md and docs/fi/serve.md, taken with the
// test harness's browser (lib.mjs): docs/img/serve-screenshots.sh starts
// `lsk serve` over the fictional examples and runs this.
//
//   node tests/browser/screenshots.mjs URL OUT_DIR LANG PATH=FILE ...
//
// Each PATH is opened in language LANG and saved as OUT_DIR/FILE. In a
// PATH, `{case}` stands for the first case the home page links to (its
// address is a digest of its folder). The printed URL is opened first: the
// token becomes the session cookie, as for a worker.

import { run, ok, must } from "./lib.mjs";

const [url, out, lang, ...shots] = process.argv.slice(2);
const base = new URL(url).origin;

await run("screenshots", async (context) => {
  const page = await context.newPage();
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const hrefs = await page.locator('main a[href^="/c/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  must("the home page links to a case", hrefs.length > 0, "no /c/ link");
  const caseHref = hrefs[0].match(/^\/c\/[^/?]+/)[0];
  for (const shot of shots) {
    const [raw, file] = shot.split("=");
    const path = raw.replace("{case}", caseHref);
    const sep = path.includes("?") ? "&" : "?";
    const resp = await page.goto(`${base}${path}${sep}lang=${lang}`);
    must(`${path} opens`, resp.ok(), `status ${resp.status()}`);
    await page.screenshot({ path: `${out}/${file}` });
    ok(`${file}`);
  }
});
