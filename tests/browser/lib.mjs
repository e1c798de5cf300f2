// What every browser scenario shares: Debian's chromium driven by
// playwright-core, axe-core's WCAG 2.1 A/AA check of a page, the keyboard
// check, and a plain report the Rust test (tests/cli/browser.rs) reads.
//
// A scenario prints one line per step, `ok STEP` or `FAIL STEP: why`, and
// exits 1 on the first failure (after printing everything useful).

import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, delimiter } from "node:path";

const require = createRequire(import.meta.url);
const axeSource = require("axe-core").source;

/// The WCAG 2.1 A and AA rules: what Finnish public digital services must meet.
export const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// The browser: `LSK_CHROMIUM`, else the first chromium on PATH.
export function chromiumPath() {
  if (process.env.LSK_CHROMIUM) return process.env.LSK_CHROMIUM;
  for (const dir of (process.env.PATH || "").split(delimiter)) {
    for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  throw new Error("no chromium on PATH (set LSK_CHROMIUM)");
}

/// A fresh headless browser with its own profile folder, removed on close.
/// Only loopback is ever asked for: every background service is off.
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "lsk-browser-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1200, height: 900 },
    timeout: 60_000,
  });
  context.setDefaultTimeout(15_000);
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

let failures = 0;
let steps = 0;

export function ok(step) {
  steps += 1;
  console.log(`ok ${step}`);
}

export function fail(step, why) {
  failures += 1;
  console.log(`FAIL ${step}: ${why}`);
}

/// `cond` holds, or the step fails with `why` (a string or a function).
export function check(step, cond, why) {
  if (cond) ok(step);
  else fail(step, typeof why === "function" ? why() : why || "not so");
  return cond;
}

/// Stop now with the failures so far.
export class Stop extends Error {}

export function must(step, cond, why) {
  if (!check(step, cond, why)) throw new Stop(step);
}

/// axe-core over the page as it is now: every WCAG 2.1 A/AA violation
/// is a failure, printed with its rule, help and the elements it names.
export async function axe(page, name) {
  // Evaluated through the DevTools protocol: the page's strict CSP, which
  // forbids inline and injected scripts, stays on and is not bypassed.
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    // LSK_AXE_BEST_PRACTICE=1 adds axe's best-practice rules (landmarks,
    // heading order): they pass today and are worth keeping so.
    process.env.LSK_AXE_BEST_PRACTICE ? [...WCAG, "best-practice"] : WCAG,
  );
  const v = result.violations;
  if (v.length === 0) {
    ok(`axe ${name} (${result.passes.length} rules pass)`);
    return true;
  }
  const lines = v.map((x) => {
    const nodes = x.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`)
      .join("\n");
    return `    ${x.id} (${x.impact}): ${x.help}\n${nodes}`;
  });
  fail(`axe ${name}`, `${v.length} WCAG 2.1 A/AA violation(s) on ${page.url()}\n${lines.join("\n")}`);
  return false;
}

/// Visible text of the page's main part (or the whole body).
export async function text(page, selector = "body") {
  return (await page.locator(selector).first().innerText()).replace(/\s+/g, " ");
}

/// Run a scenario: a fresh browser, the steps, a closing line, exit code.
/// A scenario that passed no step fails, whatever stopped it (the Rust
/// side, tests/cli/common.rs `scenario`, checks the same on the line).
export async function run(name, body) {
  let close = async () => {};
  try {
    const browser = await launch();
    close = browser.close;
    await body(browser.context);
  } catch (e) {
    if (!(e instanceof Stop)) fail(name, e && e.stack ? e.stack : String(e));
  } finally {
    await close();
  }
  if (steps === 0 && failures === 0) fail(name, "the scenario passed no step");
  console.log(`${name}: ${steps} passed, ${failures} failed`);
  process.exit(failures === 0 && steps > 0 ? 0 : 1);
}

/// Everything the keyboard reaches, in document order, as the browser
/// sees it now (visible, not disabled, no negative tabindex).
async function focusables(page) {
  return page.evaluate(() => {
    const sel = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    return [...document.querySelectorAll(sel)]
      .filter((el) => el.tabIndex >= 0 && !el.disabled)
      // Tab stops once in a group of radio buttons: at the checked one,
      // or the first (the arrow keys move within the group).
      .filter((el) => {
        if (el.type !== "radio" || !el.name) return true;
        const group = [...document.querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
        const checked = group.find((r) => r.checked);
        return el === (checked || group[0]);
      })
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return (r.width > 0 || r.height > 0 || el.classList.contains("skip")) && s.visibility !== "hidden";
      })
      // What a closed <details> holds is not reached by Tab until it is
      // opened (its summary is).
      .filter((el) => {
        const closed = el.closest("details:not([open])");
        return !closed || (el.tagName === "SUMMARY" && el.parentElement === closed);
      })
      .map((el) => {
        el.dataset.lskTab = "";
        return el.outerHTML.slice(0, 80);
      });
  });
}

/// What has focus now: its place among `focusables`, whether it is in
/// <main>, whether its outline shows, and whether it is on screen.
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const all = [...document.querySelectorAll("[data-lsk-tab]")];
    const s = el ? getComputedStyle(el) : null;
    const r = el ? el.getBoundingClientRect() : null;
    return {
      index: all.indexOf(el),
      tag: el ? el.outerHTML.slice(0, 80) : "",
      skip: !!el && el.classList.contains("skip"),
      inMain: !!el && !!el.closest("main"),
      outline: !!s && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2,
      onScreen: !!r && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    };
  });
}

/// Reload `page` until it is made from the files as they are: a page made
/// while a change on disk was still on its way (a file the scenario just
/// wrote, seen late on a loaded machine) reloads itself (live.js), which
/// would cut short whatever the scenario does next.
export async function settledReload(page) {
  for (let i = 0; ; i += 1) {
    try {
      await page.reload();
      await page.waitForLoadState("load");
      const settled = await page.evaluate(async () => {
        const made = document.body.getAttribute("data-live");
        if (made === null) return true;
        const r = await fetch("/live", { credentials: "same-origin", cache: "no-store" });
        return r.ok && String((await r.json()).changes) === made;
      });
      if (settled) return;
    } catch (e) {
      if (i >= 4) throw e;
    }
    if (i >= 4) return;
    await page.waitForTimeout(500);
  }
}

/// The keyboard on one page: Tab from the top reaches the skip link
/// first, then every link and control in the order they stand, each with
/// a visible focus outline; the skip link takes focus into <main>.
export async function keyboard(page, name, max = 30) {
  const step = `keyboard ${name}`;
  // A fresh load: the browser's Tab starts from the top of the page.
  await settledReload(page);
  const all = await focusables(page);
  if (all.length < 2) return fail(step, `only ${all.length} focusable element(s)`);
  await page.keyboard.press("Tab");
  let f = await focused(page);
  if (!f.skip) return fail(step, `the first Tab reaches ${f.tag}, not the skip link`);
  if (!f.onScreen || !f.outline) return fail(step, `the focused skip link is not visible (on screen ${f.onScreen}, outline ${f.outline})`);
  const n = Math.min(all.length, max);
  for (let i = 1; i < n; i += 1) {
    await page.keyboard.press("Tab");
    f = await focused(page);
    if (f.index !== i) return fail(step, `Tab ${i + 1} reaches ${f.tag} (#${f.index}), expected ${all[i]}`);
    if (!f.outline) return fail(step, `no visible focus on ${f.tag}`);
  }
  // The skip link: Enter on it, and the next Tab is inside <main>.
  await page.reload();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  f = await focused(page);
  if (!f.inMain) return fail(step, `after the skip link, Tab reaches ${f.tag}, outside <main>`);
  if (!f.outline) return fail(step, `no visible focus on ${f.tag}`);
  ok(`${step} (${n} stops in order, skip link first, focus visible)`);
  return true;
}

/// WCAG 1.4.10 (reflow): at 320 CSS pixels wide (a phone, or 400 % zoom)
/// the page needs no sideways scrolling; wide tables scroll on their own.
export async function reflow(page, name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = await page.evaluate(() => {
    const doc = document.documentElement;
    const over = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > doc.clientWidth + 1))
      .map((el) => el.outerHTML.slice(0, 80));
    return { scroll: doc.scrollWidth, client: doc.clientWidth, over: over.slice(0, 5) };
  });
  await page.setViewportSize(size);
  return check(
    `reflow ${name} at 320 px`,
    wide.scroll <= wide.client + 1,
    () => `the page is ${wide.scroll} px wide in ${wide.client} px: ${wide.over.join(" | ")}`,
  );
}
