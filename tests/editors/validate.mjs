// Validates the frontmatter of meeting.md files against lsk's JSON Schema
// with ajv (the validator inside yaml-language-server), reading the YAML
// as an editor does (the `yaml` package, YAML 1.2 core schema), and prints
// each file's verdict as JSON:
//
//   node validate.mjs SCHEMA.json FILE...
//   → {"FILE": {"valid": true|false, "errors": ["/path message", ...]}, ...}
//
// The schema is compiled in ajv's strict mode (draft 7, formats checked by
// ajv-formats): a keyword ajv does not know, a repeated enum value or a
// misplaced keyword fails the run. `errorMessage` is the one extension
// keyword lsk writes (yaml-language-server shows it); it is declared here.
//
// Run by tests/cli/schema.rs.

import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import YAML from "yaml";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node validate.mjs SCHEMA.json FILE...");
  process.exit(2);
}

const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

/// The frontmatter: the YAML between the first two `---` lines.
function frontmatter(text) {
  const lines = text.split("\n");
  if (lines[0].trim() !== "---") throw new Error("no frontmatter");
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (end < 0) throw new Error("frontmatter not closed");
  return lines.slice(1, end).join("\n");
}

const out = {};
for (const file of files) {
  const doc = YAML.parseDocument(frontmatter(readFileSync(file, "utf8")), {
    version: "1.2",
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    out[file] = { valid: false, errors: doc.errors.map((e) => `YAML ${e.message}`) };
    continue;
  }
  const data = doc.toJS() ?? {};
  const valid = validate(data);
  out[file] = {
    valid,
    errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`),
  };
}
console.log(JSON.stringify(out, null, 1));
