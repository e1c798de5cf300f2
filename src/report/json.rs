//! The JSON shape of `lsk check --format json` (FORMAT.md): stable keys, in
//! this order, one object for the whole run.

use serde::Serialize;

use super::counts;
use crate::finding::Finding;
use crate::i18n;

#[derive(Serialize)]
struct Output<'a> {
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    file: &'a str,
    line: usize,
    rule: &'a str,
    field: Option<&'a str>,
    severity: &'a str,
    phase: Option<&'a str>,
    message: String,
    help: Option<String>,
}

#[derive(Serialize)]
struct Summary {
    meetings: usize,
    errors: usize,
    warnings: usize,
}

pub fn render(findings: &[Finding], meetings: usize) -> String {
    let c = counts(findings);
    let out = Output {
        findings: findings
            .iter()
            .map(|f| {
                let text = i18n::text(f.lang, &f.msg);
                JsonFinding {
                    file: &f.shown,
                    line: f.line,
                    rule: f.rule,
                    field: f.field.as_deref(),
                    severity: f.severity.as_str(),
                    phase: f.phase.map(|p| p.as_str()),
                    message: text.message,
                    help: text.help,
                }
            })
            .collect(),
        summary: Summary {
            meetings,
            errors: c.errors,
            warnings: c.warnings,
        },
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&out).unwrap_or_default() + "\n"
}
