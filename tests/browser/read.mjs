// Issue 15 in a real browser: a worker opens the address `lsk serve`
// printed, sees the team and the case, opens a meeting, sees a finding
// beside its field and its explanation, previews and prints the memo, and
// switches the language fi → sv → en. axe-core checks every page visited
// (WCAG 2.1 A and AA) and the keyboard is checked on the main pages.
//
//   node tests/browser/read.mjs URL SPEC.json
//
// URL is the first line `lsk serve` printed; SPEC is written by
// tests/cli/browser.rs from the fixture and from `lsk check` / `lsk render`:
//   { case_link, child, meeting, findings: [{field, rule, message}],
//     memo_meeting, memo_text, heading, mark, pdf }

import { readFileSync } from "node:fs";
import { run, ok, check, must, axe, keyboard, reflow, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const base = new URL(url).origin;

// The page in each language: a word of the case page and the case's stage
// as DOMAIN.md words it (fixture: stage client).
const LANGS = {
  fi: { name: "suomi", case: "Lapsen asia", stage: "lastensuojelun avohuollon asiakkuus (IV)", meetings: "Neuvottelut" },
  sv: { name: "svenska", case: "Ärende", stage: "klientskap inom barnskyddets öppenvård (IV)", meetings: "Möten" },
  en: { name: "English", case: "Case", stage: "open-care child-welfare client (IV)", meetings: "Meetings" },
};

const lang = (page) => page.evaluate(() => document.documentElement.lang);

await run("read", async (context) => {
  const page = await context.newPage();

  // 1. Without the cookie: 401, a page that explains and offers the way in.
  let resp = await page.goto(`${base}/`);
  must("no cookie: 401", resp.status() === 401, `status ${resp.status()}`);
  check("the 401 page offers the way in", (await page.locator("#door button").count()) === 1, await text(page, "main"));
  await axe(page, "401 page");

  // 2. The printed address: the token becomes a cookie, the address loses it.
  resp = await page.goto(url);
  must("the printed address opens", resp.ok(), `status ${resp.status()}`);
  must("the token is dropped from the address", !page.url().includes("token"), page.url());
  const cookies = await context.cookies(base);
  check(
    "the session cookie is HttpOnly and SameSite=Strict",
    cookies.length === 1 && cookies[0].httpOnly && cookies[0].sameSite === "Strict",
    JSON.stringify(cookies),
  );

  // 3. The team page.
  check("the team page is in Finnish", (await lang(page)) === "fi", await lang(page));
  const caseLink = page.getByRole("link", { name: spec.case_link, exact: true });
  must("the team page lists the case", (await caseLink.count()) === 1, await text(page, "main"));
  await axe(page, "team page");
  await keyboard(page, "team page");
  await reflow(page, "team page");
  // The team page's form for a new case (looked at, not sent).
  const newCase = page.locator("#new-case-link");
  if ((await newCase.count()) === 1) {
    await newCase.click();
    await page.waitForURL(/\/new-case$/);
    await axe(page, "new case form");
    await keyboard(page, "new case form");
    await reflow(page, "new case form");
    await page.goto(`${base}/`);
  }

  // 4. The case page: the child and the stage in the page's words.
  await page.getByRole("link", { name: spec.case_link, exact: true }).click();
  await page.waitForURL(/\/c\/[^/?]+$/);
  const caseUrl = page.url();
  const h1 = await text(page, "h1");
  must("the case page names the child", h1 === `${LANGS.fi.case}: ${spec.child}`, h1);
  const stage = await text(page, "dl.case");
  check("the stage is shown in Finnish, not by its id", stage.includes(LANGS.fi.stage) && !/\bclient\b/.test(stage), stage);
  await axe(page, "case page");
  await keyboard(page, "case page");
  await reflow(page, "case page");

  // 5. A meeting: every finding `lsk check` reports, beside its field.
  await page.locator(`main a[href^="/c/"][href*="/m/${spec.meeting}"]`).first().click();
  await page.waitForURL(new RegExp(`/m/${spec.meeting}$`));
  // The page names the meeting by its date and kind, not its folder.
  const [y, m, d] = spec.meeting.split("-");
  must("the meeting page opens", (await text(page, "h1")).includes(`${+d}.${+m}.${y}`), await text(page, "h1"));
  must("lsk check found something to show", spec.findings.length > 0, "no findings in SPEC");
  for (const f of spec.findings) {
    // The page's own words (i18n::page_text), not the command line's: the
    // finding stands beside its field, links to its rule's explanation,
    // and quotes no field key.
    const where = f.field ? page.locator(`#field-${f.field}`) : page.locator("main");
    const shown = (await where.count()) === 1 ? await where.locator(".finding").allInnerTexts() : [];
    const linked = (await where.locator(`.finding a[href^="/explain/${f.rule}"]`).count()) > 0;
    check(
      `finding ${f.rule} beside ${f.field || "the meeting"}`,
      shown.length > 0 && (linked || !f.field) && shown.every((s) => !s.includes("`") && !(f.field && s.includes(f.field))),
      () => `${f.rule} (${f.message}) not shown in her words in ${JSON.stringify(shown)}`,
    );
  }
  await axe(page, "meeting page");
  await keyboard(page, "meeting page");
  await reflow(page, "meeting page");

  // 6. Its explanation, one click away.
  const first = spec.findings.find((f) => f.field);
  const why = page.locator(`#field-${first.field} a[href^="/explain/${first.rule}"]`).first();
  must("the finding links to its explanation", (await why.count()) === 1, `no /explain/${first.rule} link`);
  await why.click();
  await page.waitForURL(new RegExp(`/explain/${first.rule}\\b`));
  // The rule's id only inside the closed details, for those who edit the file.
  check("the explanation keeps the rule id in its closed details", !(await text(page, "main")).includes(first.rule) && (await page.locator("#rule-details").textContent()).includes(first.rule), await text(page, "main"));
  await axe(page, "explain page");
  await page.goBack();

  // 7. The memo of a held meeting: preview, then lsk's print page.
  await page.goto(caseUrl);
  await page.locator(`main a[href*="/m/${spec.memo_meeting}"]`).first().click();
  await page.waitForURL(new RegExp(`/m/${spec.memo_meeting}$`));
  await page.locator('main a[href$="/doc/memo"]').click();
  await page.waitForURL(/\/doc\/memo$/);
  const previewUrl = page.url();
  const preview = await text(page, "main");
  check("the preview is titled in Finnish", (await text(page, "h1")).includes("Muistio"), await text(page, "h1"));
  check("the preview shows the memo", preview.includes(spec.heading) && preview.includes(spec.memo_text), preview);
  await axe(page, "memo preview");
  await keyboard(page, "memo preview");
  await reflow(page, "memo preview");
  await page.locator('main a[href$="/print/memo"]').click();
  await page.waitForURL(/\/print\/memo$/);
  const printed = await text(page);
  check("the print page has the memo's heading", printed.includes(spec.heading), printed.slice(0, 400));
  check("the print page has the confidentiality mark", printed.includes(spec.mark), printed.slice(0, 400));
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: spec.pdf, format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  ok(`printed to ${spec.pdf}`);

  // 8. Save the memo from the page: a real form POST, as the browser sends
  // it under lsk's `Referrer-Policy: no-referrer` (`Origin: null`).
  await page.goto(previewUrl);
  await Promise.all([page.waitForNavigation(), page.locator("form.render button[type=submit]").click()]);
  await page.waitForLoadState("load");
  const saved = page.locator("main p.ok[role=status]");
  const said = (await saved.count()) === 1 ? await saved.innerText() : await text(page);
  // Said in words, not by the file's name.
  check("the memo is saved from the page", (await saved.count()) === 1 && said.includes("Muistio"), said.slice(0, 300));
  await axe(page, "memo saved");

  // 9. fi → sv → en by the language links, on the case page; links keep
  // the language chosen.
  await page.goto(caseUrl);
  for (const code of ["sv", "en"]) {
    const words = LANGS[code];
    await page.getByRole("link", { name: words.name, exact: true }).click();
    await page.waitForURL(new RegExp(`\\?lang=${code}$`));
    check(`the page is in ${code} (html lang)`, (await lang(page)) === code, await lang(page));
    const heading = await text(page, "h1");
    check(`the case heading is in ${code}`, heading === `${words.case}: ${spec.child}`, heading);
    const dl = await text(page, "dl.case");
    check(`the stage is in ${code}`, dl.includes(words.stage), dl);
    check(`the meetings heading is in ${code}`, (await page.locator("h2").allInnerTexts()).includes(words.meetings), "no heading");
    const current = await page.locator(".langs a[aria-current]").innerText();
    check(`the language links mark ${code} as current`, current === words.name, current);
    await axe(page, `case page (${code})`);
    await page.locator(`main a[href*="/m/${spec.meeting}"]`).first().click();
    await page.waitForURL(new RegExp(`/m/${spec.meeting}\\?lang=${code}$`));
    check(`a link keeps ${code}`, (await lang(page)) === code, await lang(page));
    await axe(page, `meeting page (${code})`);
    await page.goBack();
  }

  // 9b. The memo previewed in another language than the case's (M11): the
  // document says what language its content is in, and the worker is
  // told, in the case's language, that it is no translation.
  await page.goto(`${previewUrl}?lang=sv`);
  const mixed = page.locator("main p.mixed-lang[role=note]");
  const mixedText = (await mixed.count()) === 1 ? await mixed.innerText() : "";
  check(
    "the Swedish preview of a Finnish case says so in Finnish",
    mixedText.includes(spec.mixed_warning) && (await mixed.getAttribute("lang")) === "fi",
    mixedText || (await text(page, "main")).slice(0, 400),
  );
  check("the Swedish preview says its content is in Finnish", (await text(page, "main")).includes(spec.mixed_note), (await text(page, "main")).slice(0, 400));
  await axe(page, "memo preview (sv)");

  // 10. What lsk does not know: 404, in the case's language.
  resp = await page.goto(`${caseUrl}/m/2099-01-01-nothing`);
  check("an unknown meeting is 404", resp.status() === 404, `status ${resp.status()}`);
  check("the 404 page says so in Finnish", (await text(page, "main")).includes("Sivua ei löydy"), await text(page, "main"));
  await axe(page, "404 page");
});
