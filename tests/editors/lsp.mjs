// Drives yaml-language-server (the engine of VS Code's YAML extension,
// Neovim's yamlls, Helix and Zed) over LSP stdio, as an editor does, and
// prints the diagnostics it publishes for each file as JSON:
//
//   node lsp.mjs [--schema SCHEMA.json] FILE...
//   → {"FILE": [{"line": 0-based, "severity": 1-4, "message": "...", "source": "..."}], ...}
//
// Each file is opened as a YAML document: its schema comes from its
// `# yaml-language-server: $schema=...` modeline, or with --schema from the
// settings (`yaml.schemas`, what a VS Code or Neovim user writes). The
// schema store is off: nothing is fetched from the network.
//
// Run by tests/cli/editors.rs.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const server = require.resolve("yaml-language-server/bin/yaml-language-server");

const args = process.argv.slice(2);
let schema = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--schema") schema = resolve(args[++i]);
  else files.push(resolve(args[i]));
}
if (files.length === 0) {
  console.error("usage: node lsp.mjs [--schema SCHEMA.json] FILE...");
  process.exit(2);
}

const settings = {
  yaml: {
    validate: true,
    hover: false,
    completion: false,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: schema ? { [pathToFileURL(schema).href]: files.map((f) => pathToFileURL(f).href) } : {},
    yamlVersion: "1.2",
  },
  "http": { proxy: "", proxyStrictSSL: true },
};

const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const timer = setTimeout(() => {
  console.error("yaml-language-server: no answer in 60 s");
  child.kill();
  process.exit(3);
}, 60_000);

let nextId = 1;
const pending = new Map();
const diagnostics = new Map();
const waiting = new Map();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((ok) => pending.set(id, ok));
}

function notify(method, params) {
  send({ method, params });
}

function answer(msg) {
  // Requests from the server to the editor.
  let result = null;
  if (msg.method === "workspace/configuration") {
    result = msg.params.items.map((item) => {
      let value = settings;
      for (const part of (item.section ?? "").split(".").filter(Boolean)) value = value?.[part];
      return value ?? null;
    });
  }
  send({ id: msg.id, result });
}

function handle(msg) {
  if (msg.id !== undefined && msg.method) return answer(msg);
  if (msg.id !== undefined) {
    const ok = pending.get(msg.id);
    pending.delete(msg.id);
    if (ok) ok(msg.result ?? msg.error);
    return;
  }
  if (msg.method === "textDocument/publishDiagnostics") {
    diagnostics.set(msg.params.uri, msg.params.diagnostics);
    const settle = waiting.get(msg.params.uri);
    if (settle) settle();
  }
}

let buffer = Buffer.alloc(0);
child.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const header = buffer.subarray(0, end).toString("ascii");
    const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
    if (buffer.length < end + 4 + length) return;
    const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
    buffer = buffer.subarray(end + 4 + length);
    handle(JSON.parse(body));
  }
});

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

await request("initialize", {
  processId: process.pid,
  rootUri: null,
  capabilities: {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: { publishDiagnostics: { relatedInformation: false } },
  },
  initializationOptions: {},
});
notify("initialized", {});
notify("workspace/didChangeConfiguration", { settings });

const out = {};
for (const file of files) {
  const uri = pathToFileURL(file).href;
  const published = new Promise((ok) => waiting.set(uri, ok));
  notify("textDocument/didOpen", {
    textDocument: { uri, languageId: "yaml", version: 1, text: readFileSync(file, "utf8") },
  });
  await published;
  // The server may publish again once the schema is loaded: keep the last.
  await sleep(1500);
  out[file] = (diagnostics.get(uri) ?? []).map((d) => ({
    line: d.range.start.line,
    severity: d.severity,
    message: d.message,
    source: d.source ?? "",
  }));
  notify("textDocument/didClose", { textDocument: { uri } });
}

await request("shutdown", null);
notify("exit", null);
clearTimeout(timer);
console.log(JSON.stringify(out, null, 1));
child.kill();
