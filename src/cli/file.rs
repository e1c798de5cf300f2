//! `lsk file` and `lsk correct`: filing a memo into the client information
//! system, and dated corrections to a filed memo (issue 24).

use std::path::PathBuf;

use jiff::civil::Date;

use super::{FINDINGS, Failure, OK, Outcome, fallback_lang, shown};
use crate::case::{Case, find_root};
use crate::date;
use crate::filing::{self, Change, Error, Options};
use crate::i18n::dates;
use crate::i18n::filing::{Filing, say};
use crate::model::Lang;
use crate::report;
use crate::report::human::Style;
use crate::report::term::Stream;

/// File a meeting's memo into the client information system
///
/// Checks that the memo is complete (as `lsk render memo` does, and that
/// the consent and who may see what are clear), writes the archive package
/// into the meeting's archive/ folder — the memo as a PDF with its
/// metadata (memo.pdf) and a description for the client information
/// system (memo.json: document type, child, service task, date, author,
/// keeper, confidentiality basis, the copies disclosed, the PDF's sha256)
/// — and records who filed it and when (`filed:` in meeting.md). After
/// filing, lsk does not write the memo again: it is changed by a dated
/// correction (`lsk correct`). Run again after a correction, it files the
/// corrected memo beside the original. Needs a Chromium-family browser,
/// as `lsk render --pdf` does. Refused, changing nothing, when the memo is
/// not complete.
///
/// Examples:
///   lsk file meetings/2026-11-24-daycare
///   lsk file meetings/2026-11-24-daycare --by "Sanna Virtanen"
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A meeting folder or its meeting.md (default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::DirPath)]
    meeting: PathBuf,
    /// Who files (default: git's user.name)
    #[arg(long, value_name = "NAME")]
    by: Option<String>,
    /// An organisation's template folder; also LSK_TEMPLATES
    #[arg(long, env = "LSK_TEMPLATES", value_hint = clap::ValueHint::DirPath)]
    templates: Option<PathBuf>,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<Date>,
}

/// Correct a filed memo: a dated correction that keeps the original text
///
/// Changes one text field of a filed memo (e.g. summary, goal,
/// child_views) and records the change as a dated correction in
/// meeting.md (`corrections:` the day, who, the field, the original text
/// and the reason). The memo then shows its corrections with the original
/// readable. Everyone the disclosure log shows received a copy is offered
/// a correction notice (`lsk render correction-notice --for RECIPIENT`),
/// made through their own view. Refused, changing nothing, when the memo
/// is not filed or no reason is given.
///
/// Examples:
///   lsk correct meetings/2026-11-24-daycare --field summary --text "Sovittiin…" --why "Päivämäärä oli väärin"
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct CorrectArgs {
    /// A meeting folder or its meeting.md (default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::DirPath)]
    meeting: PathBuf,
    /// The field to correct, as meeting.md names it (summary, goal, …)
    #[arg(long, value_name = "FIELD")]
    field: String,
    /// Its corrected text
    #[arg(long, value_name = "TEXT")]
    text: String,
    /// Why it is corrected (required)
    #[arg(long, value_name = "REASON")]
    why: String,
    /// Who corrects (default: git's user.name)
    #[arg(long, value_name = "NAME")]
    by: Option<String>,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<Date>,
}

/// The language of messages: --lang, else the case's.
fn ui(path: &std::path::Path, lang: Option<Lang>) -> Lang {
    lang.or_else(|| find_root(path).map(|root| Case::load(&root, None).lang))
        .unwrap_or_else(|| fallback_lang(None))
}

pub fn run(args: Args, lang: Option<Lang>, commit: crate::repo::commit::Options) -> Outcome {
    let ui = ui(&args.meeting, lang);
    let opts = Options {
        lang,
        today: args.today.unwrap_or_else(|| jiff::Zoned::now().date()),
        by: args.by,
        org_templates: args.templates,
    };
    match filing::file(&args.meeting, &opts) {
        Ok(package) => {
            let folder = shown(&package.folder);
            let message = match package.corrections {
                None => say(
                    package.lang,
                    Filing::Filed {
                        date: &package
                            .filed
                            .date
                            .map(|d| dates::date(package.lang, d))
                            .unwrap_or_default(),
                        by: &package.filed.by,
                        folder: &folder,
                    },
                ),
                Some(_) => say(
                    package.lang,
                    Filing::CorrectionFiled {
                        folder: &folder,
                        pdf: &package
                            .pdf
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                    },
                ),
            };
            eprintln!("lsk: {message}");
            println!("{}", shown(&package.pdf));
            println!("{}", shown(&package.json));
            let (case, what, paths) = filing::filed_record(&package);
            let outcome = crate::repo::commit::record(&case, &what, &paths, commit);
            super::say_recorded(&outcome, case.lang);
            Ok(OK)
        }
        Err(e) => refused(ui, &args.meeting, e),
    }
}

pub fn run_correct(
    args: CorrectArgs,
    lang: Option<Lang>,
    commit: crate::repo::commit::Options,
) -> Outcome {
    let ui = ui(&args.meeting, lang);
    let opts = Options {
        lang,
        today: args.today.unwrap_or_else(|| jiff::Zoned::now().date()),
        by: args.by,
        org_templates: None,
    };
    let change = Change {
        field: args.field,
        text: args.text,
    };
    match filing::correct(&args.meeting, &[change], &args.why, &opts) {
        Ok(done) => {
            let lang = done.lang;
            let when = dates::date(lang, done.date);
            for field in &done.fields {
                let label = crate::i18n::fields::field_label(lang, field).unwrap_or(field);
                eprintln!(
                    "lsk: {}",
                    say(
                        lang,
                        Filing::Corrected {
                            field: label,
                            date: &when,
                            by: &done.by,
                        }
                    )
                );
            }
            let meeting = shown(&done.dir);
            eprintln!(
                "lsk: {}",
                say(
                    lang,
                    Filing::FileAgain {
                        command: &format!("lsk file {meeting}"),
                    }
                )
            );
            for (recipient, day) in filing::earlier_recipients(&done.case_root, &done.dir) {
                let date = date::parse_date(&day)
                    .map(|d| dates::date(lang, d))
                    .unwrap_or(day);
                let command = format!("lsk render correction-notice {meeting} --for {recipient}");
                eprintln!(
                    "lsk: {}",
                    say(
                        lang,
                        Filing::OfferNotice {
                            // The recipient in words; the command keeps the key.
                            recipient: &crate::render::context::recipient_label(lang, &recipient),
                            date: &date,
                            command: &command,
                        }
                    )
                );
            }
            println!("{}", shown(&done.dir.join(crate::case::MEETING_FILE)));
            let (case, what, paths) = filing::corrected_record(&done);
            let outcome = crate::repo::commit::record(&case, &what, &paths, commit);
            super::say_recorded(&outcome, case.lang);
            Ok(OK)
        }
        Err(e) => refused(ui, &args.meeting, e),
    }
}

/// Why nothing was filed or corrected, in the case's language.
fn refused(lang: Lang, meeting: &std::path::Path, e: Error) -> Outcome {
    let show = |findings: &[crate::finding::Finding]| {
        eprint!(
            "{}",
            report::human::render_findings(findings, Style::of(Stream::Stderr))
        );
    };
    let message = match e {
        Error::Incomplete(findings) => {
            show(&findings);
            super::warn(&say(lang, Filing::Incomplete));
            return Ok(FINDINGS);
        }
        Error::ConsentProblems(findings) => {
            show(&findings);
            super::warn(&say(lang, Filing::ConsentProblems));
            return Ok(FINDINGS);
        }
        Error::AlreadyFiled(filed) => {
            let dir = crate::render::meeting_dir(meeting)
                .map(|d| shown(&d))
                .unwrap_or_else(|_| shown(meeting));
            say(
                lang,
                Filing::AlreadyFiled {
                    date: &filed.date.map(|d| dates::date(lang, d)).unwrap_or_default(),
                    by: &filed.by,
                    folder: &format!("{dir}/{}", crate::case::filed::ARCHIVE_DIR),
                    meeting: &dir,
                },
            )
        }
        Error::NotFiled => say(lang, Filing::NotFiled),
        Error::NoReason => say(lang, Filing::NoReason),
        Error::NotCorrectable(field) => say(
            lang,
            Filing::NotCorrectable {
                field: &field,
                fields: &filing::correctable_fields().join(", "),
            },
        ),
        Error::Unchanged(field) => say(
            lang,
            Filing::Unchanged {
                field: crate::i18n::fields::field_label(lang, &field).unwrap_or(&field),
            },
        ),
        Error::Render(e) => crate::render::error_message(lang, e, &|p| shown(p)),
        Error::Edit(detail) => crate::i18n::say(
            lang,
            crate::i18n::Say::CannotWrite(&shown(meeting), &detail),
        ),
        Error::Io(path, detail) => {
            crate::i18n::say(lang, crate::i18n::Say::CannotWrite(&shown(&path), &detail))
        }
        Error::IdentityCode => say(lang, Filing::IdentityCode),
    };
    Err(Failure(message))
}
