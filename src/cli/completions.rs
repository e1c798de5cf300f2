//! `lsk completions` and `lsk man`: shell completion scripts and the manual
//! page, generated from the same clap definitions as `--help`.

use clap::CommandFactory;
use clap_complete::Shell;

use super::{Cli, OK, Outcome};

/// Print a shell completion script
///
/// Examples:
///   lsk completions bash > ~/.local/share/bash-completion/completions/lsk
///   lsk completions zsh > "${fpath[1]}/_lsk"
///   lsk completions fish > ~/.config/fish/completions/lsk.fish
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// bash, zsh, fish, elvish or powershell
    shell: Shell,
}

pub fn run(args: Args) -> Outcome {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "lsk", &mut out);
    let mut text = String::from_utf8_lossy(&out).into_owned();
    match args.shell {
        Shell::Bash => text = bash_positionals(&text, &Cli::command()),
        Shell::Fish => {
            text = fish_global_values(&text);
            text.push_str(&fish_positionals(&Cli::command()));
        }
        _ => {}
    }
    print!("{text}");
    Ok(OK)
}

/// The values of each subcommand's positional arguments (`render`'s
/// documents, `schema`'s `meeting`/`case`, `explain`'s rules).
fn positional_values(cmd: &clap::Command) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for sub in cmd.get_subcommands() {
        for arg in sub.get_positionals() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_owned())
                .collect();
            if !values.is_empty() {
                out.push((sub.get_name().to_owned(), values));
            }
        }
    }
    out
}

/// Helpers for clap's bash script: `_lsk_values` prints its words unless
/// one of them is already on the line (a document once chosen is not
/// offered again), `_lsk_no_flags` drops the options from a word list.
const BASH_HELPERS: &str = r#"
_lsk_values() {
    local w v
    for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        for v in "$@"; do
            [[ $w == "$v" ]] && return 0
        done
    done
    printf '%s ' "$@"
}

_lsk_no_flags() {
    local w
    for w in "$@"; do
        [[ $w == -* ]] || printf '%s ' "$w"
    done
}
"#;

/// clap's bash script offers a subcommand's positional values at every
/// position, and its options where a folder is wanted: `lsk render memo `
/// offered the documents again. Here the values are offered until one is
/// on the line, and after the options' own values only words that are not
/// options, so that bash falls back to file and folder names
/// (`complete -o default`) for a meeting folder.
fn bash_positionals(script: &str, cmd: &clap::Command) -> String {
    let mut text = script.to_owned();
    for (sub, values) in positional_values(cmd) {
        let list = values.join(" ");
        let head = format!(
            "        lsk__subcmd__{})\n            opts=\"",
            sub.replace('-', "__")
        );
        let Some(start) = text.find(&head) else {
            continue;
        };
        let line_start = start + head.len();
        let Some(len) = text[line_start..].find('\n') else {
            continue;
        };
        let line = &text[line_start..line_start + len];
        let Some(at) = line.rfind(&format!("{list}\"")) else {
            continue;
        };
        let new = format!("{}$(_lsk_values {list})\"", &line[..at]);
        text.replace_range(line_start..line_start + len, &new);
    }
    let fallthrough =
        "            esac\n            COMPREPLY=( $(compgen -W \"${opts}\" -- \"${cur}\") )";
    let text = text.replace(
        fallthrough,
        "            esac\n            COMPREPLY=( $(compgen -W \"$(_lsk_no_flags ${opts})\" -- \"${cur}\") )",
    );
    let at = text
        .find("\nif [[ \"${BASH_VERSINFO[0]}\"")
        .unwrap_or(text.len());
    format!("{}{BASH_HELPERS}{}", &text[..at], &text[at..])
}

/// clap's fish script decides whether a subcommand is still wanted by
/// parsing the global options with `argparse`; on `lsk --lang ` (the
/// option's value not yet typed) that fails, so neither the languages nor
/// the subcommands were offered, only files. An incomplete option still
/// needs its value and then a subcommand.
fn fish_global_values(script: &str) -> String {
    script.replace(
        "    argparse -s (__fish_lsk_global_optspecs) -- $cmd 2>/dev/null\n    or return\n",
        "    argparse -s (__fish_lsk_global_optspecs) -- $cmd 2>/dev/null\n    or return 0\n",
    )
}

/// clap's fish script completes options only; the values of positional
/// arguments (`lsk render agenda`, `lsk schema case`) are added here, each
/// offered until one of them is on the line.
fn fish_positionals(cmd: &clap::Command) -> String {
    let mut out = String::new();
    for (sub, values) in positional_values(cmd) {
        let list = values.join(" ");
        out.push_str(&format!(
            "complete -c lsk -n \"__fish_lsk_using_subcommand {sub}; and not __fish_seen_subcommand_from {list}\" -f -a \"{list}\"\n"
        ));
    }
    out
}

/// A value parser that takes any text and offers `words` for completion:
/// every shell completes them (they are its possible values), `--help`
/// does not list them (`hide_possible_values` on the argument), and a
/// value not among them reaches lsk, which says what it knows instead
/// (an unknown rule, with the closest; a recipient among the invitees).
#[derive(Clone)]
pub struct Suggest(pub fn() -> Vec<&'static str>);

impl clap::builder::TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.0)()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// `lsk explain`'s rules: the list `lsk check` reports from.
pub fn rule_names() -> Vec<&'static str> {
    crate::rules::RULE_IDS.to_vec()
}

/// `lsk render --for`'s recipients: the names lsk knows without the
/// invitees (as the JSON Schema offers them), each once.
pub fn recipient_names() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for name in crate::recipient::known_names() {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Print a manual page (roff), or install them all into a folder
///
/// One page per command: lsk(1), lsk-check(1), lsk-render(1), ... With
/// --dir, every page is written into that folder (created if missing), so
/// that the pages each names under SEE ALSO are there too.
///
/// Examples:
///   lsk man --dir ~/.local/share/man/man1
///   lsk man check | man -l -
///   lsk man > ~/.local/share/man/man1/lsk.1
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ManArgs {
    /// The command whose page to print (check, render, hook-install, ...);
    /// default: lsk's own page
    #[arg(value_name = "COMMAND", conflicts_with = "dir")]
    page: Option<String>,
    /// Write every page into this folder (lsk.1, lsk-check.1, ...)
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    dir: Option<std::path::PathBuf>,
}

/// Every page: its name (`lsk`, `lsk-check`, `lsk-hook-install`) and the
/// command it documents, named so that clap_mangen titles, synopses and
/// lists it as such.
fn pages() -> Vec<Page> {
    fn walk(cmd: &clap::Command, page: &str, parent: Option<&str>, bin: &str, out: &mut Vec<Page>) {
        let prepared = cmd
            .clone()
            .name(page.to_owned())
            .display_name(page.to_owned())
            .bin_name(bin.to_owned())
            .version(env!("CARGO_PKG_VERSION"))
            .disable_version_flag(page != "lsk")
            .disable_help_subcommand(true);
        out.push(Page {
            name: page.to_owned(),
            parent: parent.map(str::to_owned),
            cmd: prepared,
        });
        for sub in cmd.get_subcommands() {
            walk(
                sub,
                &format!("{page}-{}", sub.get_name()),
                Some(page),
                &format!("{bin} {}", sub.get_name()),
                out,
            );
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "lsk", None, "lsk", &mut out);
    out
}

struct Page {
    /// `lsk-hook-install`.
    name: String,
    /// `lsk-hook`.
    parent: Option<String>,
    cmd: clap::Command,
}

/// Text for a roff line: backslashes escaped, a leading `.` or `'` made
/// literal, hyphens as hyphens.
fn roff_text(line: &str) -> String {
    let escaped = line.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// A help text and its examples apart: the lines after `Examples:` or
/// `Example:` go into their own section, as written.
fn split_examples(text: &str) -> (String, Vec<String>) {
    let mut desc = Vec::new();
    let mut examples = Vec::new();
    let mut in_examples = false;
    for line in text.lines() {
        let t = line.trim();
        if t == "Examples:" || t == "Example:" {
            in_examples = true;
            continue;
        }
        if in_examples {
            if t.is_empty() {
                in_examples = false;
                desc.push(String::new());
            } else {
                examples.push(t.to_owned());
            }
        } else {
            desc.push(line.to_owned());
        }
    }
    (desc.join("\n").trim().to_owned(), examples)
}

const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Done; no errors (warnings allowed)."),
    (
        "1",
        "Errors found (check, hook run), a meeting or case that could not be read (actions), or a document refused with findings (render).",
    ),
    (
        "2",
        "lsk could not run: bad arguments, an unreadable path, no case root, a file lsk will not overwrite, a write that would leave the case. With --format json, an {\"error\": {\"message\", \"path\"}} object is printed on standard output.",
    ),
];

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "LSK_TODAY",
        "Today's date (YYYY-MM-DD) for phases, overdue actions and a calendar's DTSTAMP, as --today.",
    ),
    (
        "LSK_TEMPLATES",
        "An organisation's template folder for lsk render, as --templates.",
    ),
    (
        "LSK_BROWSER",
        "The Chromium-family browser lsk render --pdf prints with; by default chromium, google-chrome or microsoft-edge on PATH.",
    ),
    (
        "SOURCE_DATE_EPOCH",
        "Seconds since 1970: when a calendar file is made (DTSTAMP), for reproducible output.",
    ),
    ("NO_COLOR", "Any value turns colour off."),
    (
        "LC_ALL, LANG",
        "The language of messages outside a case (fi, sv or en), when --lang is not given.",
    ),
    (
        "RAYON_NUM_THREADS",
        "How many threads lsk check uses (default: one per core).",
    ),
];

const FILES: &[(&str, &str)] = &[
    (
        "lsk.yaml",
        "Marks a case's root folder: the child, the responsible worker, the language.",
    ),
    (
        "meetings/YYYY-MM-DD-slug/meeting.md",
        "One meeting: YAML frontmatter and free Markdown notes.",
    ),
    (
        "meetings/YYYY-MM-DD-slug/agenda.md, memo.md, memo.RECIPIENT.md, invitation.ics, ...",
        "Documents lsk render wrote; the last line (a calendar: a property) records what they were made from.",
    ),
    (
        "templates/",
        "A case's own overrides of the built-in templates.",
    ),
    (
        ".lsk/meeting.schema.json",
        "The JSON Schema lsk new-meeting writes for editors.",
    ),
    (".git/hooks/pre-commit", "The hook lsk hook install writes."),
];

fn definitions(out: &mut String, title: &str, items: &[(&str, &str)]) {
    out.push_str(&format!(".SH \"{title}\"\n"));
    for (term, text) in items {
        out.push_str(&format!(
            ".TP\n.B {}\n{}\n",
            roff_text(term),
            roff_text(text)
        ));
    }
}

/// One page in roff.
fn render_page(this: Page, all: &[(String, Option<String>)]) -> Result<String, std::io::Error> {
    let (page, cmd) = (this.name.as_str(), this.cmd);
    let long = cmd
        .get_long_about()
        .or(cmd.get_about())
        .map(|t| t.to_string())
        .unwrap_or_default();
    let after = cmd
        .get_after_help()
        .map(|t| t.to_string())
        .unwrap_or_default();
    let (desc, mut examples) = split_examples(&long);
    let (after_desc, more) = split_examples(&after);
    examples.extend(more);
    let mut cmd = cmd.long_about(desc).after_help(after_desc.clone());
    if after_desc.is_empty() {
        cmd = cmd.after_help(clap::builder::StyledStr::new());
    }
    let has_options = cmd.get_arguments().any(|a| !a.is_hide_set());
    let has_subcommands = cmd.get_subcommands().next().is_some();
    let man = clap_mangen::Man::new(cmd)
        .title(page.to_uppercase())
        .date(manual_date());
    let mut buf = Vec::new();
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    if has_options {
        man.render_options_section(&mut buf)?;
    }
    if has_subcommands {
        man.render_subcommands_section(&mut buf)?;
    }
    let mut out = String::from_utf8_lossy(&buf).into_owned();
    if !examples.is_empty() {
        out.push_str(".SH EXAMPLES\n.RS 4\n.nf\n");
        for e in &examples {
            out.push_str(&roff_text(e));
            out.push('\n');
        }
        out.push_str(".fi\n.RE\n");
    }
    definitions(&mut out, "EXIT STATUS", EXIT_STATUS);
    definitions(&mut out, "ENVIRONMENT", ENVIRONMENT);
    definitions(&mut out, "FILES", FILES);
    // Only pages lsk installs: the main page, this page's parent and
    // children, and its siblings.
    let related: Vec<&String> = all
        .iter()
        .filter(|(p, _)| p.as_str() != page)
        .filter(|(p, p_parent)| {
            p.as_str() == "lsk"
                || Some(p) == this.parent.as_ref()
                || p_parent.as_deref() == Some(page)
                || (p_parent.is_some() && *p_parent == this.parent)
        })
        .map(|(p, _)| p)
        .collect();
    if !related.is_empty() {
        out.push_str(".SH \"SEE ALSO\"\n");
        let refs: Vec<String> = related
            .iter()
            .map(|p| format!(".BR {} (1)", roff_text(p)))
            .collect();
        // Comma-separated: each but the last with its comma.
        let n = refs.len();
        for (i, r) in refs.into_iter().enumerate() {
            out.push_str(&r);
            if i + 1 < n {
                out.push_str(" ,");
            }
            out.push('\n');
        }
    }
    let mut version = Vec::new();
    man.render_version_section(&mut version)?;
    out.push_str(&String::from_utf8_lossy(&version));
    Ok(lint_clean(&out))
}

/// The page's date in `.TH` (where mandoc and man-db expect a date, not
/// the version): `SOURCE_DATE_EPOCH` for reproducible builds, else today,
/// in UTC.
fn manual_date() -> String {
    crate::render::made_at(None)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

/// The longest text line mandoc's lint accepts without a note.
const ROFF_WIDTH: usize = 80;

/// Roff that both man-db (groff) and mandoc read without a warning or a
/// style note (`mandoc -T lint`): no `.br` next to a paragraph break (a
/// blank line), no whitespace at the end of a line, text lines of at most
/// 80 bytes. Filled text is broken only at spaces, where roff joins the
/// lines again; lines between `.nf` and `.fi` are kept as written.
fn lint_clean(roff: &str) -> String {
    // `.br`, a blank line, `.br`: one paragraph break.
    let mut lines: Vec<&str> = Vec::new();
    let all: Vec<&str> = roff.lines().collect();
    for (i, line) in all.iter().enumerate() {
        let blank = |j: Option<usize>| {
            j.and_then(|j| all.get(j))
                .is_some_and(|l| l.trim().is_empty())
        };
        if line.trim_end() == ".br" && (blank(i.checked_sub(1)) || blank(Some(i + 1))) {
            continue;
        }
        lines.push(line);
    }
    let mut out = String::with_capacity(roff.len());
    let mut fill = true;
    for line in lines {
        let line = trim_end_roff(line);
        if line.trim().is_empty() {
            out.push_str(".sp\n");
            continue;
        }
        if line.starts_with(".nf") {
            fill = false;
        } else if line.starts_with(".fi") {
            fill = true;
        }
        if !fill || line.starts_with('.') || line.starts_with('\'') || line.len() <= ROFF_WIDTH {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        for part in wrap_roff(line) {
            out.push_str(&part);
            out.push('\n');
        }
    }
    out
}

/// A line without trailing spaces, unless the last is escaped (`\ `).
fn trim_end_roff(line: &str) -> &str {
    let mut end = line.len();
    while end > 0 && line.as_bytes()[end - 1] == b' ' {
        if end >= 2 && line.as_bytes()[end - 2] == b'\\' {
            break;
        }
        end -= 1;
    }
    &line[..end]
}

/// A filled text line in pieces of at most [`ROFF_WIDTH`] bytes, broken at
/// unescaped spaces (a word longer than that stays whole). A piece that
/// would start with `.` or `'` gets `\&` so it is not read as a request.
fn wrap_roff(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut word = String::new();
    let mut words: Vec<String> = Vec::new();
    let mut escaped = false;
    for c in line.chars() {
        if c == ' ' && !escaped {
            words.push(std::mem::take(&mut word));
            continue;
        }
        escaped = c == '\\' && !escaped;
        word.push(c);
    }
    words.push(word);
    for w in words.into_iter().filter(|w| !w.is_empty()) {
        if !current.is_empty() && current.len() + 1 + w.len() > ROFF_WIDTH {
            out.push(std::mem::take(&mut current));
        }
        if current.is_empty() {
            if w.starts_with('.') || w.starts_with('\'') {
                current.push_str("\\&");
            }
        } else {
            current.push(' ');
        }
        current.push_str(&w);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

pub fn man(args: ManArgs) -> Outcome {
    let all = pages();
    let names: Vec<(String, Option<String>)> = all
        .iter()
        .map(|p| (p.name.clone(), p.parent.clone()))
        .collect();
    if let Some(dir) = &args.dir {
        std::fs::create_dir_all(dir).map_err(|e| super::Failure(e.to_string()))?;
        for page in all {
            let path = dir.join(format!("{}.1", page.name));
            let text = render_page(page, &names).map_err(|e| super::Failure(e.to_string()))?;
            std::fs::write(&path, text)
                .map_err(|e| super::Failure(format!("{}: {e}", super::shown(&path))))?;
            println!("{}", super::shown(&path));
        }
        return Ok(OK);
    }
    let wanted = match &args.page {
        None => "lsk".to_owned(),
        Some(p) => format!("lsk-{}", p.trim().replace(' ', "-")),
    };
    let Some(page) = all.into_iter().find(|p| p.name == wanted) else {
        let list: Vec<&str> = names
            .iter()
            .filter_map(|(n, _)| n.strip_prefix("lsk-"))
            .collect();
        return Err(super::Failure(format!(
            "no manual page for `{}`: {}",
            args.page.as_deref().unwrap_or(""),
            list.join(", ")
        )));
    };
    let text = render_page(page, &names).map_err(|e| super::Failure(e.to_string()))?;
    print!("{text}");
    Ok(OK)
}
