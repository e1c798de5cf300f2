// The screenshots of docs/en/serve.md and docs/fi/serve.md, taken with the
// test harness's browser (lib.mjs): docs/img/serve-screenshots.sh starts
// `lsk serve` over the fictional examples and runs this.
//
//   node tests/browser/screenshots.mjs URL OUT_DIR LANG PATH=FILE ...
//
// Each PATH (e.g. /c/0) is opened in language LANG and saved as
// OUT_DIR/FILE. The printed URL is opened first: the token becomes the
// session cookie, as for a worker.

import { run, ok, must } from "./lib.mjs";

const [url, out, lang, ...shots] = process.argv.slice(2);
const base = new URL(url).origin;

await run("screenshots", async (context) => {
  const page = await context.newPage();
  must("the printed address opens", (await page.goto(url)).ok(), url);
  for (const shot of shots) {
    const [path, file] = shot.split("=");
    const sep = path.includes("?") ? "&" : "?";
    const resp = await page.goto(`${base}${path}${sep}lang=${lang}`);
    must(`${path} opens`, resp.ok(), `status ${resp.status()}`);
    await page.screenshot({ path: `${out}/${file}` });
    ok(`${file}`);
  }
});
