// Issue 22 §1 and issue 20 §9 in a real browser: the worker starts where
// she starts — the desktop icon's command, which hands the browser a
// private start file (file://) — and lands on her case. Then:
//  - the start file opened again (Back, a second click) is not a dead end;
//  - lsk stopped and started again from the icon: an old page address (a
//    bookmark, a tab left open) leads back in through "Open lsk again";
//  - a save while lsk is stopped, or while another program holds its
//    port, is not sent: the text stays, a reload keeps it, and it is
//    saved once lsk runs again.
//
//   node tests/browser/start.mjs - SPEC.json
//
// SPEC (tests/cli/browser.rs): { command: [program, args...], cwd, env,
//   opened: the file the BROWSER stand-in writes the start file's path
//   to, child, meeting, file: the meeting.md, typed }

import { readFileSync, existsSync, rmSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { run, ok, check, must, axe, text } from "./lib.mjs";

const [, specPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/// The start file lsk handed the browser (the BROWSER stand-in wrote its
/// path), waited for.
async function handed() {
  for (let i = 0; i < 200; i++) {
    if (existsSync(spec.opened)) {
      const path = readFileSync(spec.opened, "utf8").trim();
      if (path) return path;
    }
    await sleep(50);
  }
  throw new Error("lsk handed the browser no start file");
}

/// The icon's command, as the desktop runs it.
async function icon() {
  rmSync(spec.opened, { force: true });
  const child = spawn(spec.command[0], spec.command.slice(1), {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ["ignore", "ignore", "ignore"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const file = await handed();
  return { child, file, exited };
}

async function stop(server) {
  // Closing the icon's window: the terminal hangs up.
  server.child.kill("SIGHUP");
  await server.exited;
}

/// Opens the start file in `page` and waits until lsk's page is there.
async function enter(page, file) {
  await page.goto(pathToFileURL(file).href);
  // Past lsk's own "entering" page (/enter, which goes on with a fresh
  // token from the same site): the cookie is set only then.
  await page.waitForURL(
    (u) => u.protocol === "http:" && u.pathname !== "/enter" && !u.search.includes("token"),
    { timeout: 15000 },
  );
  await page.waitForLoadState("load");
}

await run("start", async (context) => {
  const page = await context.newPage();

  // 1. The icon: its command hands the browser the start file, which
  //    takes her in, on the first click.
  let server = await icon();
  check("the start file is a private file, not an address", !server.file.includes("token") && server.file.endsWith(".html"), server.file);
  await enter(page, server.file);
  const home = page.url();
  let body = await text(page, "main");
  must("the start file lands on the case, not a 401", body.includes(spec.child), `${page.url()}\n${body.slice(0, 400)}`);
  check("no token in the address", !page.url().includes("token"), page.url());
  const cookies = await context.cookies(new URL(home).origin);
  check("the session cookie is HttpOnly and SameSite=Strict", cookies.length === 1 && cookies[0].httpOnly && cookies[0].sameSite === "Strict", JSON.stringify(cookies));
  const origin = new URL(home).origin;
  const meetingUrl = `${origin}${spec.meeting}`;
  let resp = await page.goto(meetingUrl);
  must("the meeting page opens", resp.status() === 200, `status ${resp.status()}`);
  check("the page carries its launch", (await page.getAttribute("body", "data-launch") || "").length === 32, "no data-launch");

  // 2. The start file opened again: its token is spent; the page says so
  //    and leads on (this browser is in).
  const again = await context.newPage();
  await again.goto(pathToFileURL(server.file).href);
  await again.waitForURL((u) => u.protocol === "http:", { timeout: 15000 });
  await again.waitForLoadState("load");
  body = await text(again, "main");
  check("a used start file says so", (await again.locator("#door").count()) === 1 && (await again.locator("#next").count()) === 1, body.slice(0, 300));
  await axe(again, "used start file page");
  await again.click("#next");
  await again.waitForLoadState("load");
  check("…and its link leads in", (await text(again, "main")).includes(spec.child), again.url());
  await again.close();

  // 3. lsk stopped, started again from the icon: the same port; an old
  //    page address (a bookmark) is not a dead end.
  await stop(server);
  check("the start file is gone when lsk stops", !existsSync(server.file), server.file);
  server = await icon();
  rmSync(spec.opened, { force: true });
  resp = await page.goto(meetingUrl);
  check("the old address reaches lsk again (the folder's port)", resp.status() === 401, `status ${resp.status()} at ${page.url()}`);
  body = await text(page, "main");
  must("the page offers the way in", (await page.locator("#door button").count()) === 1, body.slice(0, 300));
  await axe(page, "way-in page");
  await page.click("#door button");
  await page.waitForLoadState("load");
  const door = await handed();
  ok("“Open lsk again” hands the browser a new start file");
  const tab = await context.newPage();
  await enter(tab, door);
  check("the new start file takes her in", (await text(tab, "main")).includes(spec.child), tab.url());
  await tab.close();
  resp = await page.goto(meetingUrl);
  check("the old address opens the meeting again", resp.status() === 200 && (await text(page, "main")).length > 0, `status ${resp.status()}`);

  // 4. A save while lsk is stopped: not sent, the text kept.
  const edit = `${meetingUrl}/edit`;
  resp = await page.goto(edit);
  must("the form opens", resp.status() === 200, `status ${resp.status()}`);
  await page.locator("#f-goal").fill(spec.typed);
  await stop(server);
  await page.click("#save");
  const gone = page.locator(".lsk-kept[role=alert]");
  await gone.waitFor({ timeout: 10000 });
  check("the page says the save was not sent", (await gone.innerText()).length > 40, await gone.innerText());
  check("the text stays in the field", (await page.locator("#f-goal").inputValue()) === spec.typed, await page.locator("#f-goal").inputValue());
  check("the page is still the form (nothing sent)", page.url() === edit, page.url());
  await axe(page, "form with the server gone");

  // 5. Another program on the port: it receives nothing.
  const port = Number(new URL(origin).port);
  const received = [];
  const impostor = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => { data += c; });
    req.on("end", () => {
      received.push(`${req.method} ${req.url} ${data}`);
      res.setHeader("content-type", "application/json");
      res.end('{"launch":"0123456789abcdef0123456789abcdef"}');
    });
  });
  await new Promise((resolve) => impostor.listen(port, "127.0.0.1", resolve));
  await page.click("#save");
  await sleep(1500);
  check("another program on the port gets no form", !received.some((r) => r.startsWith("POST")), received.join("\n"));
  check("…and never the typed text", !received.some((r) => r.includes(encodeURIComponent(spec.typed).slice(0, 10))), received.join("\n"));
  check("the text still stays", (await page.locator("#f-goal").inputValue()) === spec.typed, "lost");
  await new Promise((resolve) => impostor.close(resolve));
  impostor.closeAllConnections?.();

  // 6. lsk again: the browser gets in from the icon's start file (another
  //    tab), the form's tab reloads: the text is put back, and saved.
  server = await icon();
  const in2 = await context.newPage();
  await enter(in2, server.file);
  await in2.close();
  await page.reload();
  await page.waitForLoadState("load");
  check("after a reload the typed text is back", (await page.locator("#f-goal").inputValue()) === spec.typed, await page.locator("#f-goal").inputValue());
  check("…and the page says so", (await page.locator(".lsk-kept").count()) === 1, await text(page, "main"));
  await Promise.all([page.waitForNavigation(), page.click("#save")]);
  const disk = readFileSync(spec.file, "utf8");
  check("it is saved to the meeting", disk.includes(spec.typed), disk);
  await stop(server);
});
