//! Findings are data: a rule produces them, a reporter prints them. The rule
//! ids are a public interface (FORMAT.md, "Findings").

mod msg;

use std::path::PathBuf;

pub use msg::{Expected, LINK_OUT, Msg};

use crate::model::{Lang, Phase};

// The ids of the rules reported below the rules layer (while a file is
// read) or from many places. Every rule's entry, these included, is in
// `rules::RULES` (one file per rule under src/rules/), which checks at
// build time that it spells these the same.
pub const PARSE_ERROR: &str = "parse-error";
pub const UNKNOWN_FIELD: &str = "unknown-field";
pub const INVALID_VALUE: &str = "invalid-value";
pub const MISSING_FIELD: &str = "missing-field";
pub const CONSENT: &str = "consent";
pub const IDENTITY_CODE: &str = "identity-code";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    /// The file, as lsk found it (absolute).
    pub file: PathBuf,
    /// The file as shown to the user: relative to the folder they gave.
    pub shown: String,
    /// 1-based line of the offending key, or of the frontmatter's opening line.
    pub line: usize,
    /// 1-based column (in characters) of the fault, where it is known
    /// (a YAML error); the human reporter marks it.
    pub column: Option<usize>,
    pub rule: &'static str,
    pub field: Option<String>,
    pub severity: Severity,
    pub phase: Option<Phase>,
    /// The language of the case the file belongs to.
    pub lang: Lang,
    pub msg: Msg,
}

/// Collects findings for one file, so rules need not repeat its path,
/// phase and language.
pub struct Sink {
    pub file: PathBuf,
    pub phase: Option<Phase>,
    pub lang: Lang,
    pub findings: Vec<Finding>,
}

impl Sink {
    pub fn new(file: PathBuf, phase: Option<Phase>, lang: Lang) -> Self {
        Sink {
            file,
            phase,
            lang,
            findings: Vec::new(),
        }
    }

    pub fn push(&mut self, rule: &'static str, severity: Severity, line: usize, msg: Msg) {
        self.push_field(rule, severity, line, None, msg);
    }

    pub fn push_field(
        &mut self,
        rule: &'static str,
        severity: Severity,
        line: usize,
        field: Option<String>,
        msg: Msg,
    ) {
        self.findings.push(Finding {
            file: self.file.clone(),
            shown: String::new(),
            line,
            column: None,
            rule,
            field,
            severity,
            phase: self.phase,
            lang: self.lang,
            msg,
        });
    }

    pub fn error(&mut self, rule: &'static str, line: usize, msg: Msg) {
        self.push(rule, Severity::Error, line, msg);
    }

    /// An error at a known column (1-based, in characters) of `line`.
    pub fn error_at(&mut self, rule: &'static str, line: usize, column: Option<usize>, msg: Msg) {
        self.push(rule, Severity::Error, line, msg);
        if let Some(f) = self.findings.last_mut() {
            f.column = column;
        }
    }
}
