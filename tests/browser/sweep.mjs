// Every page a worker can reach, in Finnish and in Swedish: from the team
// page, every link of lsk's own (GET, same origin) is followed until no
// new page is left. Each page must open (no broken link), pass axe at
// 1280 px and at 320 px wide, reflow at 320 px, and show no field key of
// meeting.md or lsk.yaml in its visible text (the raw text editor, whose
// job is to show the file, excepted).
//
//   node tests/browser/sweep.mjs URL SPEC.json
//
// SPEC: { keys: the schema's keys that are not words, max: the most pages }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, text, reflow } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const base = new URL(url).origin;

/// The page's own address without the language: one visit per page.
function key(u) {
  const x = new URL(u);
  x.searchParams.delete("lang");
  x.hash = "";
  return x.pathname + x.search;
}

/// The kind of page an address is: the same page of another case or
/// meeting is the same template with other words.
function shape(k) {
  return k.replace(/\/c\/[^/?]+/, "/c/*").replace(/\/m\/[^/?]+/, "/m/*");
}

/// Links worth following: lsk's pages, not files, PDFs, the live poll or
/// a way in.
function page_link(href) {
  if (!href) return null;
  const u = new URL(href, base);
  if (u.origin !== base) return null;
  if (/^\/(static|live)\b/.test(u.pathname) || u.pathname.includes("/pdf/")) return null;
  if (u.searchParams.has("token")) return null;
  return u;
}

await run("sweep", async (context) => {
  const page = await context.newPage();
  const resp = await page.goto(url);
  must("the printed address opens", resp.ok(), `status ${resp.status()}`);
  const keyWords = new RegExp(`(^|[^\\p{L}_])(${spec.keys.join("|")})(?![\\p{L}_])`, "u");
  let pages = 0;
  for (const lang of ["fi", "sv"]) {
    const seen = new Set();
    let swept = 0;
    // Each kind of page twice (two cases, two meetings): enough to see
    // its template with different content, and the sweep stays quick.
    const shapes = new Map();
    const queue = [new URL(`/?lang=${lang}`, base), ...(spec.seeds || []).map((p) => new URL(p, base))];
    while (queue.length > 0) {
      const u = queue.shift();
      const k = key(u);
      if (seen.has(k)) continue;
      seen.add(k);
      const n = (shapes.get(shape(k)) || 0) + 1;
      shapes.set(shape(k), n);
      if (n > 2) continue;
      must(`fewer than ${spec.max} pages`, seen.size <= spec.max, [...seen].join("\n"));
      u.searchParams.set("lang", lang);
      const r = await page.goto(u.href);
      pages += 1;
      swept += 1;
      const name = `${lang} ${k}`;
      if (!check(`${name} opens`, r && r.ok(), r ? `status ${r.status()}` : "no answer")) continue;
      await page.setViewportSize({ width: 1280, height: 900 });
      await axe(page, `${name} at 1280 px`);
      await page.setViewportSize({ width: 320, height: 640 });
      await axe(page, `${name} at 320 px`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await reflow(page, name);
      if (!u.pathname.endsWith("/text")) {
        const shown = await text(page);
        const m = shown.match(keyWords);
        check(`${name} shows no field key`, !m, m ? `"${m[2]}" in: …${shown.slice(Math.max(0, m.index - 80), m.index + 80)}…` : "");
      }
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      for (const h of hrefs) {
        const next = page_link(h);
        if (next && !seen.has(key(next))) queue.push(next);
      }
    }
    ok(`${lang}: ${swept} pages swept`);
  }
  must("pages were swept", pages > 10, String(pages));
});
