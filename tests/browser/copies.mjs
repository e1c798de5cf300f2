// Issue 20 in a real browser: a copy is its own address (`?for=`), and
// its preview, print page, PDF and saved file hold only what its reader
// may see; printing the copy's page itself (Ctrl+P) prints the document
// alone. axe-core checks each page.
//
//   node tests/browser/copies.mjs URL SPEC.json
//
// SPEC (tests/cli/browser.rs): { memo_path, kept, withheld, echo?, for,
//   page_pdf, print_pdf, lsk_pdf }

import { readFileSync, writeFileSync } from "node:fs";
import { run, ok, check, must, axe, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const base = new URL(url).origin;

await run("copies", async (context) => {
  const page = await context.newPage();
  let resp = await page.goto(url);
  must("the printed address opens", resp.ok(), `status ${resp.status()}`);

  // The whole memo: child welfare's file copy holds everything.
  resp = await page.goto(`${base}${spec.memo_path}`);
  must("the memo's page opens", resp.ok(), `status ${resp.status()}`);
  const whole = await text(page, "main");
  check("the whole memo holds the withheld item", whole.includes(spec.withheld), whole.slice(0, 600));

  // The copy is chosen from the page, by name, as a link.
  const link = page.locator(`main nav.copies a[href*="for=${spec.for}"]`);
  must("the page offers the copy as a link", (await link.count()) === 1, await text(page, "main"));
  await link.click();
  await page.waitForURL(new RegExp(`for=${spec.for}`));
  const copyUrl = page.url();
  const copy = await text(page, "main");
  check("the copy's preview leaves the withheld item out", !copy.includes(spec.withheld), copy.slice(0, 800));
  check("the copy's preview holds the rest", copy.includes(spec.kept), copy.slice(0, 800));
  if (spec.echo) {
    // A summary repeating what is kept from the reader is left out too.
    check("the whole memo holds the summary", whole.includes(spec.echo), whole.slice(0, 600));
    check("the copy's preview leaves out the summary repeating it", !copy.includes(spec.echo), copy.slice(0, 800));
  }
  await axe(page, "copy preview");

  // Ctrl+P on the copy's page: the document alone.
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: spec.page_pdf, format: "A4" });
  await page.emulateMedia({ media: "screen" });
  ok(`page printed to ${spec.page_pdf}`);

  // lsk's PDF of the copy, from the page's own link.
  const pdfHref = await page.locator('main a[href*="/pdf/memo"]').getAttribute("href");
  check("the PDF link names the copy", pdfHref.includes(`for=${spec.for}`), pdfHref);
  const pdf = await page.request.get(new URL(pdfHref, base).href);
  must("the copy's PDF is made", pdf.ok(), `status ${pdf.status()}`);
  writeFileSync(spec.lsk_pdf, await pdf.body());
  ok(`lsk's PDF saved to ${spec.lsk_pdf}`);

  // lsk's print page of the copy, printed.
  await page.locator('main a[href*="/print/memo"]').click();
  await page.waitForURL(/\/print\/memo\?/);
  check("the print page's address names the copy", page.url().includes(`for=${spec.for}`), page.url());
  const printed = await text(page);
  check("the print page leaves the withheld item out", !printed.includes(spec.withheld), printed.slice(0, 800));
  check("the print page holds the rest", printed.includes(spec.kept), printed.slice(0, 800));
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: spec.print_pdf, format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  ok(`print page printed to ${spec.print_pdf}`);

  // Saved from the copy's page: the copy's file.
  await page.goto(copyUrl);
  // The click and the page it brings are awaited together: waiting for
  // "load" after the click could see the old page before the POST left.
  await Promise.all([page.waitForNavigation(), page.locator("form.render button[type=submit]").click()]);
  await page.waitForLoadState("load");
  const saved = page.locator("main p.ok[role=status]");
  const said = (await saved.count()) === 1 ? await saved.innerText() : await text(page);
  // The page says it in words; the file itself is checked on disk by
  // tests/cli/browser.rs.
  check("the copy is saved", (await saved.count()) === 1 && said.trim().length > 0, said.slice(0, 300));
  await axe(page, "copy saved");
});
