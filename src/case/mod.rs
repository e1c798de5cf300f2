//! Reading a case: its root (lsk.yaml) and its meetings' files, into
//! located values. Problems found while reading become findings.

pub mod discover;
pub mod edit;
pub mod filed;
pub mod meeting;
pub mod merge;
pub mod node;
pub mod source;
pub mod traps;
pub mod validate;
pub mod yaml;
#[doc(hidden)]
pub mod yaml_fast;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::date;
use crate::finding::Msg;
use crate::finding::{Finding, IDENTITY_CODE, MISSING_FIELD, PARSE_ERROR, Severity, Sink};
use crate::hetu;
use crate::model::{Access, HookMode, Lang, Stage};
use crate::schema;
use yaml::{Node, Value};

pub const CASE_FILE: &str = "lsk.yaml";
pub const MEETINGS_DIR: &str = "meetings";
pub const MEETING_FILE: &str = "meeting.md";

/// The largest template file lsk loads from a case's `templates/`; the
/// whole-case check scans the same size for identity codes.
pub const MAX_TEMPLATE: u64 = 1 << 20;

/// lsk.yaml `contact`: how families and partners reach the responsible
/// worker.
#[derive(Debug, Clone, Default)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// What lsk.yaml says, as far as it could be read.
#[derive(Debug, Clone)]
pub struct Case {
    pub root: PathBuf,
    pub lang: Lang,
    pub child_name: Option<String>,
    pub born: Option<Date>,
    pub responsible_worker: Option<String>,
    /// Who keeps the record (wellbeing services county, unit): every
    /// document's header.
    pub organisation: Option<String>,
    /// How to reach the responsible worker.
    pub contact: Contact,
    pub stage: Option<Stage>,
    /// Permissions of the files lsk creates in the case.
    pub access: Access,
    /// What the git pre-commit hook refuses in this case.
    pub hook: HookMode,
    /// Findings about lsk.yaml itself.
    pub findings: Vec<Finding>,
    /// The earlier meetings read while this case is checked (a follow-up's
    /// `follows`, a conference's chain): each read and parsed once.
    pub earlier: meeting::Earlier,
}

/// lsk.yaml's text, read the one way every command and page reads it:
/// never through a link that leads out of the case (another child's name
/// and details would be read as this child's), as a meeting.md is not.
pub fn read_case_file(root: &Path) -> Result<String, (usize, Msg)> {
    let file = root.join(CASE_FILE);
    if file
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
        && !crate::fsutil::inside(&file, root)
    {
        return Err((1, Msg::link_out()));
    }
    source::read_text(&file)
}

impl Case {
    /// Read `root/lsk.yaml`. Never fails: what cannot be read is a finding.
    /// `lang` overrides the case's language for messages.
    pub fn load(root: &Path, lang: Option<Lang>) -> Case {
        let file = root.join(CASE_FILE);
        let mut case = Case {
            root: root.to_path_buf(),
            lang: lang.unwrap_or_default(),
            child_name: None,
            born: None,
            responsible_worker: None,
            organisation: None,
            contact: Contact::default(),
            stage: None,
            access: Access::default(),
            hook: HookMode::default(),
            findings: Vec::new(),
            earlier: meeting::Earlier::default(),
        };
        let text = match read_case_file(root) {
            Ok(text) => text,
            Err((line, msg)) => {
                let mut sink = Sink::new(file, None, case.lang);
                sink.error(PARSE_ERROR, line, msg);
                case.findings = sink.findings;
                return case;
            }
        };
        let parsed = yaml::parse(&text);
        // The case's own language decides the language of the messages about it.
        if let (None, Ok(node)) = (lang, &parsed) {
            case.lang = node
                .get("language")
                .and_then(Node::scalar)
                .and_then(Lang::parse)
                .unwrap_or_default();
        }
        let mut sink = Sink::new(file, None, case.lang);
        identity_codes(&text, &mut sink);
        if let Ok(node) = &parsed {
            identity_codes_in_values(node, &mut sink);
        }
        // Markers are named wherever they are, even where YAML happens to
        // read the lines around them.
        let parsed = match (merge_conflict_line(&text), parsed) {
            (Some(line), Ok(_)) => Err(yaml::YamlError {
                line,
                col: None,
                kind: yaml::YamlErrorKind::Syntax(String::new()),
            }),
            (_, parsed) => parsed,
        };
        match parsed {
            Err(e) => match merge_conflict_line(&text) {
                Some(line) => sink.error(PARSE_ERROR, line, Msg::MergeConflict),
                None => sink.error_at(PARSE_ERROR, e.line, e.col, Msg::Yaml(e.kind)),
            },
            Ok(node) => match node.value {
                Value::Map(_) | Value::Null => case.read_fields(&node, &mut sink),
                _ => match traps::in_text(&text) {
                    Some(trap) => {
                        sink.error_at(PARSE_ERROR, trap.line, trap.col, Msg::Yaml(trap.kind));
                    }
                    None => sink.error(
                        PARSE_ERROR,
                        node.line,
                        Msg::NotAMapping {
                            shape: node.shape(),
                        },
                    ),
                },
            },
        }
        case.findings = sink.findings;
        case
    }

    fn read_fields(&mut self, node: &Node, sink: &mut Sink) {
        validate::mapping(node, schema::CASE, &validate::FieldPath::Root, sink);
        let child = node.get("child");
        let text = |n: Option<&Node>| {
            n.and_then(Node::scalar)
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        self.child_name = text(child.and_then(|c| c.get("name")));
        self.born = child
            .and_then(|c| c.get("born"))
            .and_then(Node::scalar)
            .and_then(date::parse_born);
        self.responsible_worker = text(node.get("responsible_worker"));
        self.organisation = text(node.get("organisation"));
        let contact = node.get("contact");
        self.contact = Contact {
            phone: text(contact.and_then(|c| c.get("phone"))),
            email: text(contact.and_then(|c| c.get("email"))),
        };
        self.stage = node
            .get("stage")
            .and_then(Node::scalar)
            .and_then(Stage::parse);
        self.access = node
            .get("permissions")
            .and_then(Node::scalar)
            .and_then(Access::parse)
            .unwrap_or_default();
        // A setting the hook cannot read is taken as the stricter one.
        self.hook = match node.get("hook").filter(|n| !n.is_empty()) {
            None => HookMode::default(),
            Some(n) => n
                .scalar()
                .and_then(|s| HookMode::parse(&s.trim().to_lowercase()))
                .unwrap_or(HookMode::Strict),
        };
        let child_line = node.entry("child").map_or(1, |e| e.key_line);
        for (field, present, line) in [
            ("child.name", self.child_name.is_some(), child_line),
            (
                "child.born",
                child
                    .and_then(|c| c.get("born"))
                    .is_some_and(|b| !b.is_empty()),
                child_line,
            ),
            ("responsible_worker", self.responsible_worker.is_some(), 1),
        ] {
            if !present {
                sink.push_field(
                    MISSING_FIELD,
                    Severity::Error,
                    line,
                    Some(field.into()),
                    Msg::MissingField {
                        field: field.into(),
                        kind: None,
                    },
                );
            }
        }
    }
}

/// The lsk.yaml findings that must stop every command that writes or
/// renders in the case: lsk.yaml cannot be read (`parse-error`: a merge
/// conflict, not UTF-8, broken YAML, unreadable), so the case's language,
/// the child's name and the permissions would be guessed; or it holds an
/// identity code (`identity-code`). Empty when the case may be written.
/// `lsk new-meeting` refuses on these; `lsk render` must too.
pub fn case_blockers(case: &Case) -> Vec<Finding> {
    case.findings
        .iter()
        .filter(|f| f.rule == PARSE_ERROR || f.rule == IDENTITY_CODE)
        .cloned()
        .collect()
}

/// The first line of a git merge-conflict marker (`<<<<<<< ours`,
/// `=======`, `>>>>>>> theirs`), 1-based. Asked only of a file whose
/// fields cannot be read: markers are the likeliest cause in a case kept
/// in git, and say better than the YAML error what to do.
pub fn merge_conflict_line(text: &str) -> Option<usize> {
    let side = |l: &str| {
        ["<<<<<<<", ">>>>>>>", "|||||||"]
            .iter()
            .any(|m| l == *m || l.strip_prefix(m).is_some_and(|r| r.starts_with(' ')))
    };
    // A side's marker is seven signs in a row: most files have none, and
    // are not read line by line.
    if !marker_run(text.as_bytes()) {
        return None;
    }
    // `=======` alone underlines a Markdown heading in the notes: a
    // conflict only beside the markers of its two sides.
    text.lines().map(str::trim_end).find(|l| side(l))?;
    let marker = |l: &str| {
        let l = l.trim_end();
        l == "=======" || side(l)
    };
    text.lines().position(marker).map(|i| i + 1)
}

/// Whether `<`, `>` or `|` stands seven times in a row somewhere in
/// `bytes`. Seven in a row cover one place of every seventh, so only those
/// are looked at, and around them.
fn marker_run(bytes: &[u8]) -> bool {
    let mut at = 6;
    while let Some(&c) = bytes.get(at) {
        if matches!(c, b'<' | b'>' | b'|') {
            let before = bytes[..at].iter().rev().take_while(|b| **b == c).count();
            let from = bytes[at..].iter().take_while(|b| **b == c).count();
            if before + from >= 7 {
                return true;
            }
        }
        at += 7;
    }
    false
}

/// Report every valid personal identity code in a file's text, however it
/// is written or encoded in it (`hetu::file_lines`: the skeleton, and what
/// RTF escapes, quoted-printable, percent-encoding or base64 in it decode
/// to), each line once.
pub fn identity_codes(text: &str, sink: &mut Sink) {
    for line in hetu::text_lines(text) {
        sink.error(IDENTITY_CODE, line, Msg::IdentityCode);
    }
}

/// Identity codes that show only once YAML has read the text: a
/// double-quoted value's escapes (`"131052\x2D308T"`, `"\u2011"`, a
/// line continuation) and quoted keys. Lines the text scan already
/// reported are not reported twice.
pub fn identity_codes_in_values(root: &Node, sink: &mut Sink) {
    let mut reported: Vec<usize> = sink
        .findings
        .iter()
        .filter(|f| f.rule == IDENTITY_CODE && f.file == sink.file)
        .map(|f| f.line)
        .collect();
    let mut todo = vec![root];
    while let Some(node) = todo.pop() {
        let mut hit = |text: &str, line: usize, sink: &mut Sink| {
            if !reported.contains(&line) && !hetu::find(text).is_empty() {
                reported.push(line);
                sink.error(IDENTITY_CODE, line, Msg::IdentityCode);
            }
        };
        match &node.value {
            Value::Scalar {
                text, double: true, ..
            } => hit(text, node.line, sink),
            Value::Seq(items) => todo.extend(items),
            Value::Map(entries) => {
                for e in entries {
                    hit(&e.key, e.key_line, sink);
                    todo.push(&e.value);
                }
            }
            _ => {}
        }
    }
}

/// Whether a case file's text (lsk.yaml, or a meeting.md with its
/// frontmatter) holds an identity code, as written or as YAML reads it.
pub fn holds_code(text: &str) -> bool {
    if !hetu::text_lines(text).is_empty() {
        return true;
    }
    let fields = source::frontmatter(text).unwrap_or(text);
    yaml::parse(fields).is_ok_and(|node| {
        let mut sink = Sink::new(PathBuf::new(), None, Lang::default());
        identity_codes_in_values(&node, &mut sink);
        !sink.findings.is_empty()
    })
}

/// An identity code in the name of a file or folder (the last part of
/// `path`), reported on that path: read as the git hook reads a name
/// (`hetu::name_holds_code`, what it decodes to too), so that `lsk check`
/// reports every name the hook refuses.
pub fn identity_code_in_name(path: &Path, lang: Lang) -> Option<Finding> {
    if !hetu::name_holds_code(path.file_name()?.as_encoded_bytes()) {
        return None;
    }
    let mut sink = Sink::new(path.to_path_buf(), None, lang);
    sink.error(IDENTITY_CODE, 1, Msg::IdentityCodeInName);
    sink.findings.pop()
}

/// Identity codes in the names of a case's files and folders outside its
/// meetings (which are looked at meeting by meeting): `liitteet/`,
/// `templates/`, anything a worker keeps beside them. Git's own folder is
/// not the case's; links are not followed.
pub fn name_codes(case: &Case) -> Vec<Finding> {
    let mut walk = walkdir::WalkDir::new(&case.root)
        .min_depth(1)
        .max_depth(6)
        .sort_by_file_name()
        .into_iter();
    let mut out = Vec::new();
    while let Some(entry) = walk.next() {
        let Ok(entry) = entry else { continue };
        let top = entry.depth() == 1;
        if top
            && entry.file_type().is_dir()
            && (entry.file_name() == MEETINGS_DIR || entry.file_name() == ".git")
        {
            walk.skip_current_dir();
            continue;
        }
        out.extend(identity_code_in_name(entry.path(), case.lang));
    }
    out
}

/// Identity codes in a case's template overrides (`templates/` and its
/// language subfolders): a template is shared between meetings, so a code
/// there would end up in every document. Links are not followed.
pub fn template_codes(case: &Case) -> Vec<Finding> {
    let mut out = Vec::new();
    scan_templates(&case.root.join("templates"), case.lang, 0, &mut out);
    out
}

fn scan_templates(dir: &Path, lang: Lang, depth: usize, out: &mut Vec<Finding>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() && depth < 2 {
            scan_templates(&path, lang, depth + 1, out);
        } else if kind.is_file()
            && entry.metadata().is_ok_and(|m| m.len() <= MAX_TEMPLATE)
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            let mut sink = Sink::new(path, None, lang);
            identity_codes(&text, &mut sink);
            // A template left half-merged would put both versions and the
            // markers into every document made from it.
            if let Some(line) = merge_conflict_line(&text) {
                sink.error(PARSE_ERROR, line, Msg::MergeConflict);
            }
            out.extend(sink.findings);
        }
    }
}

/// The kind of the meeting in `dir`, if its meeting.md can be read.
pub fn meeting_kind(dir: &Path) -> Option<crate::model::Kind> {
    let text = source::read_text(&dir.join(MEETING_FILE)).ok()?;
    let node = yaml::parse(source::frontmatter(&text).ok()?).ok()?;
    node.get("kind")
        .and_then(Node::scalar)
        .and_then(crate::model::Kind::parse)
}

/// Whether `dir` holds an lsk.yaml: anything by that name but a folder, so
/// that an lsk.yaml that cannot be read (a broken link, a device) is
/// reported as such rather than taken for no case at all.
pub fn is_case_root(dir: &Path) -> bool {
    let file = dir.join(CASE_FILE);
    file.symlink_metadata().is_ok() && !file.is_dir()
}

/// The case root containing `start` (itself or an ancestor), if any:
/// the ancestors of where `start` leads (`paths::resolve`), not of the
/// path as written (in `eetu/meetings`, `../../..` is not in eetu's case).
///
/// A folder in a case's `meetings/` is that case's, whatever it holds: a
/// stray lsk.yaml in a meeting's folder (or in `meetings/` itself) does not
/// make the meeting a case of its own, which would check none of its
/// meetings (a team's check reads the outer case too; the commit guard
/// likewise).
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = crate::paths::resolve(start).ok()?;
    let mut root = start.ancestors().find(|dir| is_case_root(dir))?;
    while let Some(outer) = root
        .ancestors()
        .find(|a| {
            a.file_name() == Some(std::ffi::OsStr::new(MEETINGS_DIR))
                && a.parent().is_some_and(is_case_root)
        })
        .and_then(Path::parent)
    {
        root = outer;
    }
    Some(root.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_markers() {
        let text =
            "---\nkind: daycare\n<<<<<<< HEAD\ngoal: a\n=======\ngoal: b\n>>>>>>> other\n---\n";
        assert_eq!(merge_conflict_line(text), Some(3));
        assert_eq!(merge_conflict_line("a\n>>>>>>> b\n"), Some(2));
        assert_eq!(merge_conflict_line("a\r\n<<<<<<<\r\n"), Some(2));
        // A Markdown heading underline and a deep quote are not conflicts.
        assert_eq!(merge_conflict_line("Notes\n=======\n"), None);
        // A marker anywhere along the text, whatever its place among the
        // seventh bytes looked at.
        for pad in 0..16 {
            let text = format!(
                "{}\n<<<<<<< ours\nb\n=======\nc\n>>>>>>>\n",
                "a".repeat(pad)
            );
            assert_eq!(merge_conflict_line(&text), Some(2), "{pad}");
            for m in ["<<<<<<<", ">>>>>>>", "|||||||"] {
                assert!(marker_run(format!("{}{m}", "a".repeat(pad)).as_bytes()));
                assert!(marker_run(
                    format!("{}{m}aaaaaaaa", "a".repeat(pad)).as_bytes()
                ));
                assert!(!marker_run(
                    format!("{}{}a", "a".repeat(pad), &m[1..]).as_bytes()
                ));
            }
            assert!(!marker_run(
                format!("{}<<<<<<>|||||| >>>>>>", "a".repeat(pad)).as_bytes()
            ));
        }
        assert_eq!(merge_conflict_line(">>>>>>>quoted\n<<<<<<<<\n"), None);
        // The hook used to have its own copy of this rule, which missed a
        // marker followed by a tab or other trailing white space; the
        // stricter rule (this one) is now the only one.
        assert_eq!(
            merge_conflict_line("a\n<<<<<<<\t\nb\n=======\nc\n>>>>>>>\t\n"),
            Some(2)
        );
        // `=======` counts beside the sides' markers, where it may come
        // first (a side's opening marker removed by hand).
        assert_eq!(
            merge_conflict_line("a\n=======\nb\n>>>>>>> theirs\n"),
            Some(2)
        );
    }
}
