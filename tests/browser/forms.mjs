// Issue 16 in a real browser: a worker creates a meeting from the case
// page, fills its before phase through the form, saves, and sees the
// findings beside those fields disappear; an editor then changes the file
// on disk and the next save shows the conflict page instead of
// overwriting; the worker applies their change onto the new file; then
// previews and prints the agenda. axe-core checks every page (WCAG 2.1 A
// and AA). The DOM contract is at the top of src/serve/form/mod.rs.
//
//   node tests/browser/forms.mjs URL SPEC.json
//
// SPEC (written by tests/cli/browser.rs):
//   { case_dir, kind, date_typed, time_typed, dir, invitees: [{name, role,
//     relation}], fill: {id: value}, selects: {id: value}, goal_mine,
//     goal_disk, place_disk, identity_code, created_copy, shown, heading,
//     mark, pdf, follow_date_typed, follow_dir, follow_copy }
// The scenario writes what the saved page showed to SPEC.shown, and a
// copy of meeting.md as the browser made it to SPEC.created_copy, for the
// Rust test to compare with `lsk check` and `lsk new-meeting`.

import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { run, ok, check, must, axe, keyboard, reflow, text } from "./lib.mjs";

const [url, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const file = join(spec.case_dir, "meetings", spec.dir, "meeting.md");

/// The keys of the fields that show a finding now.
async function flagged(page) {
  return page.locator("div.field.has-finding").evaluateAll((els) => els.map((e) => e.id.replace(/^field-/, "")));
}

/// What the form page shows: counts and each finding with its field.
async function shown(page) {
  const counts = page.locator("#counts");
  return {
    errors: Number(await counts.getAttribute("data-errors")),
    warnings: Number(await counts.getAttribute("data-warnings")),
    findings: await page.locator("li.finding").evaluateAll((els) =>
      els.map((li) => {
        const field = li.closest("div.field");
        return {
          field: field ? field.id.replace(/^field-/, "") : null,
          severity: li.classList.contains("error") ? "error" : "warning",
          rule: li.dataset.rule || "",
          text: li.innerText.replace(/\s+/g, " "),
        };
      }),
    ),
  };
}

await run("forms", async (context) => {
  const page = await context.newPage();
  // Leaving a form with unsaved input asks first (live.js): "leave".
  page.on("dialog", (d) => d.accept());
  must("the printed address opens", (await page.goto(url)).ok(), url);
  const caseUrl = page.url();

  // 1. A new meeting from the case page.
  const link = page.locator("#new-meeting");
  must("the case page links to a new meeting", (await link.count()) === 1, await text(page, "main"));
  await link.click();
  await page.waitForSelector("#new-form");
  await axe(page, "new meeting form");
  await keyboard(page, "new meeting form");
  await page.selectOption("#new-kind", spec.kind);
  await page.fill("#new-date", spec.date_typed);
  await page.fill("#new-time", spec.time_typed);
  await page.click("#create");
  await page.waitForURL(new RegExp(`/m/${spec.dir}/edit`));
  must("the new meeting opens in its form", (await page.locator("#meeting-form").count()) === 1, await text(page, "main"));
  copyFileSync(file, spec.created_copy);
  ok(`meeting.md made: ${spec.dir}`);

  // 2. The form, with the before phase's findings beside its fields.
  const editUrl = page.url().replace(/\?.*$/, "");
  const before = await flagged(page);
  const targets = [...Object.keys(spec.fill), ...Object.keys(spec.selects)].map((id) =>
    id.replace(/^f-/, "").replace(/-.*$/, ""),
  );
  for (const key of new Set(targets)) {
    check(`before saving, ${key} shows a finding`, before.includes(key), () => `flagged: ${before.join(", ")}`);
  }
  const start = await shown(page);
  await axe(page, "meeting form");
  await keyboard(page, "meeting form");
  await reflow(page, "meeting form");

  // 3. Fill the before phase as a person would, and save. New rows for
  // the invitees first: "Add a row" shows the form again, saving nothing.
  for (const [i, person] of spec.invitees.entries()) {
    await page.click("#add-invitees");
    await page.waitForSelector(`#f-invitees-${i + 1}-name`);
    await page.fill(`#f-invitees-${i + 1}-name`, person.name);
    await page.selectOption(`#f-invitees-${i + 1}-role`, person.role);
    await page.fill(`#f-invitees-${i + 1}-relation`, person.relation);
  }
  check("adding rows wrote nothing", readFileSync(file, "utf8") === readFileSync(spec.created_copy, "utf8"), "the file changed");
  for (const [id, value] of Object.entries(spec.fill)) {
    await page.locator(`#${id}`).fill(value);
  }
  for (const [id, value] of Object.entries(spec.selects)) {
    await page.locator(`#${id}`).selectOption(value);
  }
  await page.click("#save");
  await page.waitForURL(/\/edit\?saved=1/);
  must("the save is confirmed", (await page.locator("#saved").count()) === 1, await text(page, "main"));
  const after = await flagged(page);
  const end = await shown(page);
  for (const key of new Set(targets)) {
    const left = end.findings.filter((f) => f.field === key).map((f) => f.text);
    check(`after saving, ${key} has no finding`, !after.includes(key), () => left.join(" | "));
  }
  check(
    "fewer errors after the before phase is filled",
    end.errors < start.errors,
    `errors ${start.errors} → ${end.errors}`,
  );
  await axe(page, "meeting form saved");

  // 3b. An identity code typed into a field: refused (422), said which
  // field, nothing written; the next load is the file as saved.
  const saved = readFileSync(file, "utf8");
  await page.locator("#f-family_views").fill(`${spec.fill["f-family_views"]} ${spec.identity_code}`);
  const refusedResp = await Promise.all([page.waitForNavigation(), page.click("#save")]).then(([r]) => r);
  check("a value with an identity code is refused (422)", refusedResp && refusedResp.status() === 422, `status ${refusedResp && refusedResp.status()}`);
  const refusal = (await page.locator("#refused").count()) === 1 ? await text(page, "#refused") : "";
  // By its label on the page, never by its key in the file.
  const familyLabel = (await text(page, 'label[for="f-family_views"]')).trim();
  check("the refusal names the field by its label", familyLabel.length > 0 && refusal.includes(familyLabel) && !refusal.includes("family_views"), `${familyLabel}: ${refusal || (await text(page, "main")).slice(0, 300)}`);
  check("nothing is written when refused", readFileSync(file, "utf8") === saved, "the file changed");
  check("the code is not sent back to the page", !(await page.content()).includes(spec.identity_code), "the code is in the page");
  await axe(page, "meeting form refused");
  await page.goto(editUrl);

  // 4. Someone changes the file on disk (an editor, git pull) while the
  // form is open: the goal, which the worker is changing too, and the
  // place. The next save is refused with both versions shown.
  const disk = readFileSync(file, "utf8");
  const place = `place: ${spec.fill["f-place"]}`;
  const goal = `goal: ${spec.fill["f-goal"]}`;
  must("the place and goal were written as typed", disk.includes(place) && disk.includes(goal), disk);
  writeFileSync(file, disk.replace(place, `place: ${spec.place_disk}`).replace(goal, `goal: ${spec.goal_disk}`));
  await page.locator("#f-goal").fill(spec.goal_mine);
  const resp = await Promise.all([page.waitForNavigation(), page.click("#save")]).then(([r]) => r);
  check("a save against the changed file is 409", resp && resp.status() === 409, `status ${resp && resp.status()}`);
  must("the conflict page is shown", (await page.locator("#conflict").count()) === 1, await text(page, "main"));
  const rows = await page.locator("#differs tr[data-key]").evaluateAll((trs) => trs.map((tr) => tr.dataset.key));
  must("the conflict shows the goal", rows.includes("goal"), rows.join(", "));
  const yours = await text(page, '#differs tr[data-key="goal"] td.yours');
  const theirs = await text(page, '#differs tr[data-key="goal"] td.disk');
  check("the goal as typed is shown", yours.includes(spec.goal_mine), yours);
  check("the goal on disk is shown", theirs.includes(spec.goal_disk), theirs);
  const still = readFileSync(file, "utf8");
  check("nothing was written over the change", still.includes(`place: ${spec.place_disk}`) && still.includes(spec.goal_disk), still);
  await axe(page, "conflict page");

  // 5. Apply my change onto the file as it is now.
  await page.click("#apply");
  await page.waitForURL(/\/edit\?saved=1/);
  const now = readFileSync(file, "utf8");
  check(
    "my goal and the editor's place are both in the file",
    now.includes(`place: ${spec.place_disk}`) && now.includes(spec.goal_mine),
    now,
  );
  // What the page shows now, for `lsk check` to agree with.
  writeFileSync(spec.shown, JSON.stringify(await shown(page), null, 2));

  // 6. The whole file as text (the escape hatch): a text that does not
  // read is refused at its line, and nothing is written.
  await page.goto(editUrl.replace(/\/edit$/, "/text"));
  must("the text page opens", (await page.locator("#text-form").count()) === 1, await text(page, "main"));
  await axe(page, "text page");
  const before6 = readFileSync(file, "utf8");
  const lines = (await page.locator("#text").inputValue()).split("\n");
  const at = lines.findIndex((l) => l.startsWith("duration_min:"));
  must("the text has the file's lines", at > 0, lines.slice(0, 5).join("\n"));
  lines[at] = "duration_min: 60: 70";
  await page.locator("#text").fill(lines.join("\n"));
  const textResp = await Promise.all([page.waitForNavigation(), page.click("#save-text")]).then(([r]) => r);
  check("a text that does not read is refused (422)", textResp && textResp.status() === 422, `status ${textResp && textResp.status()}`);
  const errs = await page.locator("#refused p.error[data-line]").evaluateAll((ps) => ps.map((p) => Number(p.dataset.line)));
  check("the error is shown at its line", errs.includes(at + 1), () => `lines ${errs.join(", ")}, broken at ${at + 1}`);
  check("the text that does not read is kept in the box", (await page.locator("#text").inputValue()).includes("duration_min: 60: 70"), "lost");
  check("nothing is written from a text that does not read", readFileSync(file, "utf8") === before6, "the file changed");
  await axe(page, "text page refused");

  // 7. The agenda: preview, print page, PDF.
  await page.goto(editUrl.replace(/\/edit$/, ""));
  await page.locator('main a[href$="/doc/agenda"]').first().click();
  await page.waitForURL(/\/doc\/agenda$/);
  const preview = await text(page, "main");
  check("the agenda preview has the goal", preview.includes(spec.goal_mine), preview.slice(0, 400));
  await axe(page, "agenda preview");
  await page.locator('main a[href$="/print/agenda"]').click();
  await page.waitForURL(/\/print\/agenda$/);
  const printed = await text(page);
  check("the print page has the agenda's heading", printed.includes(spec.heading), printed.slice(0, 400));
  check("the print page has the confidentiality mark", printed.includes(spec.mark), printed.slice(0, 400));
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: spec.pdf, format: "A4", preferCSSPageSize: true });
  ok(`printed to ${spec.pdf}`);
  await page.emulateMedia({ media: "screen" });

  // 8. The next meeting as a follow-up of this one, from its page.
  await page.goto(editUrl.replace(/\/edit$/, ""));
  await page.click("#follow-up-link");
  await page.waitForSelector("#new-form");
  const follows = await page.locator("#new-follow-up").inputValue();
  check("the follow-up form follows this meeting", follows === spec.dir, follows);
  await axe(page, "follow-up form");
  await page.fill("#new-date", spec.follow_date_typed);
  await page.click("#create");
  await page.waitForURL(new RegExp(`/m/${spec.follow_dir}/edit`));
  const names = await page.locator('input[id^="f-invitees-"][id$="-name"]').evaluateAll((is) => is.map((i) => i.value));
  check(
    "the follow-up carries the invitees",
    spec.invitees.every((p) => names.includes(p.name)),
    names.join(", "),
  );
  copyFileSync(join(spec.case_dir, "meetings", spec.follow_dir, "meeting.md"), spec.follow_copy);
  ok(`follow-up made: ${spec.follow_dir}`);
});
