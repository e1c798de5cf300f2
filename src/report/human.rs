//! Findings for people, shaped like rustc's and hledger's: the problem, the
//! file and line, the source line marked, and what to do about it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};

use unicode_width::UnicodeWidthStr;

use super::term::{self, Stream};
use super::{counts, printable};
use crate::check::MeetingPhase;
use crate::finding::{Finding, Severity};
use crate::i18n;
use crate::model::Lang;

/// How a report is printed: colour or not, and the width to wrap at.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// Colour and width as the terminal behind `stream` allows.
    pub fn of(stream: Stream) -> Style {
        Style {
            color: term::color(stream),
            width: term::width(stream),
        }
    }
}

pub fn render(findings: &[Finding], meetings: usize, lang: Lang, style: Style) -> String {
    let mut out = render_findings(findings, style);
    out.push_str(&summary(findings, meetings, lang, style));
    out
}

/// `lsk check`'s report: for each meeting the phase it was checked for and
/// why, then its findings; findings of other files (lsk.yaml, folders not
/// read) in their place in the order; the summary last.
pub fn render_check(
    findings: &[Finding],
    phases: &[MeetingPhase],
    meetings: usize,
    lang: Lang,
    style: Style,
) -> String {
    // Each finding under the meeting whose folder holds its file.
    let index: HashMap<&Path, usize> = phases
        .iter()
        .enumerate()
        .map(|(i, p)| (p.dir.as_path(), i))
        .collect();
    let meeting_of = |f: &Finding| {
        index
            .get(f.file.as_path())
            .or_else(|| f.file.parent().and_then(|d| index.get(d)))
            .copied()
    };
    let mut blocks: Vec<(&str, Option<usize>, Vec<Finding>)> = phases
        .iter()
        .enumerate()
        .map(|(i, p)| (p.shown.as_str(), Some(i), Vec::new()))
        .collect();
    let mut loose: Vec<(&str, Option<usize>, Vec<Finding>)> = Vec::new();
    for f in findings {
        match meeting_of(f) {
            Some(i) => blocks[i].2.push(f.clone()),
            None => loose.push((f.shown.as_str(), None, vec![f.clone()])),
        }
    }
    blocks.extend(loose);
    // Stable: a folder's own findings keep their order.
    blocks.sort_by(|a, b| a.0.cmp(b.0));
    let mut out = String::new();
    for (_, phase, found) in &blocks {
        if let Some(p) = phase.map(|i| &phases[i]) {
            let head = format!(
                "{}: {}",
                printable(&i18n::labels::shown_path(&p.shown)),
                i18n::checked_phase(p.lang, p.phase, p.why, p.fgc)
            );
            let head = term::wrap(&head, style.width, 0, 2);
            if style.color {
                out.push_str(&format!("\x1b[1m{head}\x1b[0m\n"));
            } else {
                out.push_str(&head);
                out.push('\n');
            }
            if found.is_empty() {
                out.push('\n');
            }
        }
        out.push_str(&render_findings(found, style));
    }
    out.push_str(&summary(findings, meetings, lang, style));
    out
}

fn summary(findings: &[Finding], meetings: usize, lang: Lang, style: Style) -> String {
    let c = counts(findings);
    let line = i18n::summary(lang, meetings, c.errors, c.warnings);
    format!("{}\n", term::wrap(&line, style.width, 0, 2))
}

/// The findings alone, without the summary line: for a command that stops
/// on them before doing its work (`new-meeting` on a broken lsk.yaml).
/// Findings of one rule in one file whose help is the same (the parts of
/// the child's preparation) are shown together, with one help.
pub fn render_findings(findings: &[Finding], style: Style) -> String {
    let renderer = if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(style.width);
    let mut sources: HashMap<&PathBuf, Vec<String>> = HashMap::new();
    let texts: Vec<i18n::Text> = findings
        .iter()
        .map(|f| {
            let t = i18n::text(f.lang, &f.msg);
            i18n::Text {
                message: printable(&t.message).into_owned(),
                help: t.help.map(|h| printable(&h).into_owned()),
            }
        })
        .collect();
    // Which findings go together: same file, rule and severity, and one
    // help for all (or a help the rule has for them together).
    fn key(f: &Finding) -> (&PathBuf, &str, bool) {
        (&f.file, f.rule, f.severity == Severity::Error)
    }
    let mut members: HashMap<_, Vec<usize>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        members.entry(key(f)).or_default().push(i);
    }
    let grouped = |list: &[usize]| {
        list.len() > 1
            && (list.iter().all(|i| texts[*i].help == texts[list[0]].help)
                || i18n::group_help(
                    findings[list[0]].lang,
                    &list.iter().map(|i| &findings[*i].msg).collect::<Vec<_>>(),
                )
                .is_some())
    };
    let mut out = String::new();
    let mut done = vec![false; findings.len()];
    for (i, f) in findings.iter().enumerate() {
        if done[i] {
            continue;
        }
        let list = members.get(&key(f)).map_or(&[][..], Vec::as_slice);
        let group: Vec<usize> = if grouped(list) {
            list.to_vec()
        } else {
            vec![i]
        };
        for j in &group {
            done[*j] = true;
        }
        // A file check could not read as the case's (a link out of the
        // case among them) is named, never quoted: its lines may be
        // another child's.
        let refused: &[String] = &[];
        let lines = if matches!(f.msg, crate::finding::Msg::Unreadable { .. }) {
            refused
        } else {
            sources
                .entry(&f.file)
                .or_insert_with(|| read_lines(&f.file))
        };
        out.push_str(&render_group(
            &renderer, findings, &texts, &group, lines, style,
        ));
        out.push_str("\n\n");
    }
    out
}

/// At most this many lines of a group are shown with their marks.
const MAX_SHOWN_LINES: usize = 8;

/// One finding, or several of one rule in one file, as one block.
fn render_group(
    renderer: &Renderer,
    findings: &[Finding],
    texts: &[i18n::Text],
    group: &[usize],
    lines: &[String],
    style: Style,
) -> String {
    let f = &findings[group[0]];
    let labels = i18n::labels(f.lang);
    let level = match f.severity {
        Severity::Error => Level::ERROR.with_name(labels.error),
        Severity::Warning => Level::WARNING.with_name(labels.warning),
    };
    let msgs: Vec<&i18n::Msg> = group.iter().map(|i| &findings[*i].msg).collect();
    let same_message = group
        .iter()
        .all(|i| texts[*i].message == texts[group[0]].message);
    let title = if same_message {
        texts[group[0]].message.clone()
    } else {
        printable(&i18n::group_title(f.lang, &msgs)).into_owned()
    };
    // annotate-snippets indents what follows a prefix to where the text
    // began: wrapping leaves that room.
    let label_width = |name: &str| name.width();
    let title_prefix = label_width(if f.severity == Severity::Error {
        labels.error
    } else {
        labels.warning
    }) + f.rule.len()
        + 4;
    let title = term::wrap_after(&title, style.width, title_prefix);
    // A folder's name that holds a code only once decoded
    // (`%31%33…`) is masked whole: what a terminal shows ends up in logs.
    let shown = printable(&i18n::labels::shown_path(&f.shown)).into_owned();

    // The lines to show, each with its mark. Many lines (a pasted list of
    // misspelt keys): the first few are shown, the items below name each.
    let mut marked: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    let mut seen: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for i in group {
        let g = &findings[*i];
        if marked.len() >= MAX_SHOWN_LINES || !seen.insert(g.line) {
            continue;
        }
        let text = shown_line(lines, g.line, f.rule);
        let span = match g.column {
            Some(col) => at_column(&text, col),
            None => mark(&text),
        };
        marked.push((g.line, span));
    }
    let last_line = marked.iter().map(|m| m.0).max().unwrap_or(1);
    let stale = matches!(f.msg, i18n::Msg::StaleRender { .. });
    // The `= ` lines start after the line numbers' column.
    let gutter = if stale {
        1
    } else {
        last_line.to_string().len() + 1
    };
    let note_prefix = |name: &str| gutter + 2 + if name.is_empty() { 0 } else { name.width() + 2 };

    // The source: the marked lines and what lies between them, folded.
    let first_line = marked.iter().map(|m| m.0).min().unwrap_or(1).max(1);
    let mut source = String::new();
    let mut starts = HashMap::new();
    // `NN | ` before each line: what is left of the width for the line.
    let room = style.width.saturating_sub(gutter + 3);
    for n in first_line..=last_line {
        starts.insert(n, source.len());
        let keep = marked
            .iter()
            .filter(|(line, _)| *line == n)
            .map(|(_, span)| span.end)
            .max()
            .unwrap_or(0);
        source.push_str(&fit_line(&shown_line(lines, n, f.rule), keep, room));
        source.push('\n');
    }
    let source = source.trim_end_matches('\n').to_owned();
    let spans: Vec<std::ops::Range<usize>> = marked
        .iter()
        .map(|(line, span)| {
            let start = starts.get(line).copied().unwrap_or(0);
            start + span.start..start + span.end
        })
        .collect();

    let block = level.primary_title(title.as_str()).id(f.rule);
    // A stale document is named, not shown: its marker line is lsk's own
    // comment, nothing for the reader to mend.
    let mut block = if stale {
        block.element(Origin::path(shown.as_str()))
    } else {
        let mut snippet = Snippet::source(source.as_str())
            .line_start(first_line)
            .path(shown.as_str())
            .fold(true);
        for (n, span) in spans.iter().enumerate() {
            let kind = if n == 0 {
                AnnotationKind::Primary
            } else {
                AnnotationKind::Context
            };
            snippet = snippet.annotation(kind.span(span.clone()));
        }
        block.element(snippet)
    };
    // Each finding named under the title; with its line when they are on
    // different lines.
    let lines_differ = group.iter().any(|i| findings[*i].line != f.line);
    let items: Vec<String> = if same_message && !lines_differ {
        Vec::new()
    } else {
        group
            .iter()
            .map(|i| {
                let g = &findings[*i];
                let mut item = i18n::group_item(g.lang, &g.msg);
                if lines_differ {
                    item = format!("{} {}: {item}", labels.line, g.line);
                }
                term::wrap_after(&printable(&item), style.width, note_prefix(""))
            })
            .collect()
    };
    for item in &items {
        block = block.element(Level::NOTE.no_name().message(item.as_str()));
    }
    let help = if group.iter().all(|i| texts[*i].help == texts[group[0]].help) {
        texts[group[0]].help.clone()
    } else {
        i18n::group_help(f.lang, &msgs).map(|h| printable(&h).into_owned())
    };
    let help = help.map(|h| term::wrap_after(&h, style.width, note_prefix(labels.help)));
    if let Some(help) = &help {
        block = block.element(Level::HELP.with_name(labels.help).message(help.as_str()));
    }
    let explain = format!("lsk explain {}", f.rule);
    block = block.element(Level::NOTE.with_name(labels.more).message(explain.as_str()));
    renderer.render(&[block])
}

/// A quoted line that fits `room` columns, cut after a whole word (with
/// `...`) but never before byte `keep` (the end of what is underlined). A
/// line that cannot be cut so is left to annotate-snippets.
fn fit_line(line: &str, keep: usize, room: usize) -> String {
    if line.width() <= room {
        return line.to_owned();
    }
    let mut cut = None;
    let mut used = 0;
    for (i, c) in line.char_indices() {
        if used + 3 > room {
            break;
        }
        if c == ' ' && i >= keep {
            cut = Some(i);
        }
        used += c.to_string().width();
    }
    match cut {
        Some(at) => format!("{}...", line[..at].trim_end()),
        None => line.to_owned(),
    }
}

/// Line `n` (1-based) of a file as the report shows it: escaped for the
/// terminal, and for an identity code without its digits (the code may be
/// one only once YAML has read it, `"\x2D"`, where masking the text
/// cannot see it).
fn shown_line(lines: &[String], n: usize, rule: &str) -> String {
    let text = printable(lines.get(n.wrapping_sub(1)).map_or("", String::as_str)).into_owned();
    if rule == crate::finding::IDENTITY_CODE {
        text.chars()
            .map(|c| if c.is_numeric() { 'X' } else { c })
            .collect()
    } else {
        text
    }
}

/// The part of a line to underline: the key of a `key: value` line, or the
/// text without its indentation.
fn mark(line: &str) -> std::ops::Range<usize> {
    let mut start = line.len() - line.trim_start().len();
    let mut body = line[start..].trim_end();
    if let Some(rest) = body.strip_prefix("- ") {
        start += 2;
        body = rest;
    }
    let len = body
        .find(": ")
        .or_else(|| body.strip_suffix(':').map(str::len))
        .unwrap_or(body.len());
    start..start + len
}

/// The character at 1-based column `col` (in characters) of `line`, as a
/// byte range; the end of the line when it is shorter.
fn at_column(line: &str, col: usize) -> std::ops::Range<usize> {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let Some((start, first)) = line.char_indices().nth(col.saturating_sub(1)) else {
        return line.len()..line.len();
    };
    // A word (a key) is marked whole; any other character alone.
    let len = if word(first) {
        line[start..]
            .char_indices()
            .find(|(_, c)| !word(*c))
            .map_or(line.len() - start, |(i, _)| i)
    } else {
        first.len_utf8()
    };
    start..start + len
}

fn read_lines(path: &Path) -> Vec<String> {
    match crate::case::source::read_text(path) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{fit_line, mark};
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn quoted_lines_are_cut_after_a_word() {
        let line = "gaol: Sovitaan Villen päivärytmistä ja siitä, miten päiväkoti auttaa";
        let cut = fit_line(line, 4, 40);
        assert!(cut.width() <= 40, "{cut}");
        assert!(cut.ends_with("..."), "{cut}");
        let kept = cut.trim_end_matches("...");
        assert!(
            line.starts_with(kept) && line[kept.len()..].starts_with(' '),
            "{cut}"
        );
        assert_eq!(fit_line("short", 0, 40), "short");
        // Never before what is underlined.
        assert_eq!(fit_line(line, line.len(), 40), line);
    }

    #[test]
    fn marks_the_key() {
        assert_eq!(mark("goal: x"), 0..4);
        assert_eq!(mark("  - owner: Sanna"), 4..9);
        assert_eq!(mark("child_preparation:"), 0..17);
        assert_eq!(mark("---"), 0..3);
        assert_eq!(mark(""), 0..0);
    }
}
