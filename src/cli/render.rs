//! `lsk render`: agenda, memo and child-information checklist.

use std::path::PathBuf;

use jiff::civil::Date;

use super::{FINDINGS, Failure, OK, Outcome, fallback_lang, shown};
use crate::case::{Case, find_root};
use crate::date;
use crate::i18n::{Say, say};
use crate::model::Lang;
use crate::render::{self, Doc, RenderError, Request};
use crate::report;
use crate::report::human::Style;
use crate::report::term::Stream;

/// Render a document from a meeting: agenda, memo, child-checklist, child-letter or invitation
///
/// Writes <meeting>/agenda.md, memo.md, child-checklist.md, child-letter.md,
/// invitation.md, or memo.<recipient>.md with --for (.html with --html; .pdf
/// with --pdf, printed by a Chromium-family browser on the machine, or
/// LSK_BROWSER; invitation.ics with --ics, a calendar file in Helsinki time).
/// The memo and the letter to the child are made only from a meeting that
/// passes the after-phase check, unless --draft; the letter, in plain
/// language by the child's age, not for a child under 3.
/// A copy for a recipient needs the family's consent in
/// memo_consent.recipients. A document edited by hand since lsk wrote it is
/// not overwritten without --force. The written file's name goes to
/// stdout; findings, warnings and refusals to stderr.
///
/// Examples:
///   lsk render agenda meetings/2026-11-24-daycare
///   lsk render memo --html
///   lsk render memo --for daycare
///   lsk render memo --pdf
///   lsk render invitation --ics
///   lsk render correction-notice --for daycare
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// agenda, memo, child-checklist, child-letter, invitation, or
    /// correction-notice (a filed memo's corrections, for one recipient: --for)
    #[arg(value_parser = super::one_of(Doc::ALL.iter().map(|d| d.name()), Doc::parse))]
    doc: Doc,
    /// A meeting folder or its meeting.md (default: the current folder)
    #[arg(default_value = ".", value_hint = clap::ValueHint::DirPath)]
    meeting: PathBuf,
    /// Make the memo's copy for this recipient (e.g. daycare, school)
    #[arg(
        long = "for",
        value_name = "RECIPIENT",
        value_parser = super::completions::Suggest(super::completions::recipient_names),
        hide_possible_values = true
    )]
    recipient: Option<String>,
    /// Write a standalone HTML page for printing instead of Markdown
    #[arg(long, conflicts_with = "ics")]
    html: bool,
    /// Write a PDF (A4) printed from the HTML page by a Chromium-family
    /// browser (chromium, google-chrome, microsoft-edge; or LSK_BROWSER)
    #[arg(long, conflicts_with_all = ["ics", "html", "stdout"])]
    pdf: bool,
    /// With invitation: write an RFC 5545 calendar file (invitation.ics)
    #[arg(long)]
    ics: bool,
    /// Print the document instead of writing it
    #[arg(long)]
    stdout: bool,
    /// Render even when the check finds errors, marked as a draft
    #[arg(long)]
    draft: bool,
    /// Overwrite a document that was edited by hand
    #[arg(long)]
    force: bool,
    /// An organisation's template folder; also LSK_TEMPLATES
    #[arg(long, env = "LSK_TEMPLATES", value_hint = clap::ValueHint::DirPath)]
    templates: Option<PathBuf>,
    /// Take this date as today (YYYY-MM-DD or D.M.YYYY); also LSK_TODAY
    #[arg(long, env = "LSK_TODAY", value_parser = |s: &str| date::parse_given(s).ok_or("write YYYY-MM-DD or D.M.YYYY"))]
    today: Option<Date>,
}

pub fn run(args: Args, lang: Option<Lang>, commit: crate::repo::commit::Options) -> Outcome {
    let req = Request {
        doc: args.doc,
        recipient: args.recipient,
        html: args.html,
        ics: args.ics,
        pdf: args.pdf,
        draft: args.draft,
        lang,
        org_templates: args.templates,
        today: args.today.unwrap_or_else(|| jiff::Zoned::now().date()),
        stamp: render::made_at(args.today),
    };
    // Messages in the case's language when there is a case.
    let ui = lang
        .or_else(|| find_root(&args.meeting).map(|root| Case::load(&root, None).lang))
        .unwrap_or_else(|| fallback_lang(None));
    // Findings and warnings go to stderr, always: stdout carries only the
    // written file's name (or the document, with --stdout).
    let result = render::render(&args.meeting, &req)
        .map_err(Stop::from)
        .and_then(|rendered| {
            // The letter to the child: every action it quotes as written is
            // for the worker to read and put in the child's words, and a
            // letter that tells none of what was agreed is said so.
            match rendered.quoted_actions.as_deref() {
                Some([]) => eprintln!("lsk: {}", say(rendered.lang, Say::ChildLetterNoActions)),
                Some(quoted) => {
                    for (action, words, most) in quoted {
                        eprintln!(
                            "lsk: {}",
                            say(
                                rendered.lang,
                                Say::ChildLetterQuoted(&report::printable(action), *words, *most)
                            )
                        );
                    }
                }
                None => {}
            }
            if rendered.no_organizer {
                eprintln!("lsk: {}", say(rendered.lang, Say::IcsNoOrganizer));
            }
            // Another language than the case's: a frame around content
            // that is not translated (told in the case's language).
            if let Some(content) = rendered.content_lang {
                let text = crate::i18n::lang_mix::warning(
                    rendered.lang,
                    content,
                    crate::i18n::lang_mix::Where::Command,
                );
                eprintln!("lsk: {text}");
            }
            if !rendered.warnings.is_empty() {
                eprint!(
                    "{}",
                    report::human::render_findings(&rendered.warnings, Style::of(Stream::Stderr))
                );
            }
            // A copy for someone outside child welfare and the family is a
            // disclosure (issue 20 §6): `render` made none once consent was
            // withdrawn, and what is written is logged.
            // `--stdout` is a preview, as the browser's preview is: what
            // leaves is a written (or, in the browser, printed) copy, and
            // that is logged.
            if args.stdout {
                print!("{}", report::printable_text(&rendered.body));
                Ok(OK)
            } else {
                let written = if args.pdf {
                    // The PDF's marker: which meeting.md it was made from.
                    render::pdf::write(&rendered, args.force).and_then(|()| {
                        crate::rules::stale::record_pdf_source(
                            &rendered.case_root,
                            &rendered.path,
                            &rendered.source,
                            rendered.access,
                        )
                        .map_err(|e| RenderError::Io(rendered.path.clone(), e.to_string()))
                    })
                } else {
                    render::write(&rendered, args.force)
                };
                written?;
                // The digest of the bytes as written (the marker included); a
                // copy that cannot be logged is removed.
                crate::disclosure::after_write(&rendered.case_root, &rendered.path, req.today)
                    .map_err(|e| unlogged(&rendered, &e))?;
                println!("{}", shown(&rendered.path));
                let case = Case::load(&rendered.case_root, lang);
                let meeting = rendered
                    .path
                    .parent()
                    .and_then(|d| d.file_name())
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let (what, paths) =
                    crate::repo::commit::written(&case, &meeting, req.doc, &rendered.path);
                let outcome = crate::repo::commit::record(&case, &what, &paths, commit);
                Ok(super::say_recorded(&outcome, case.lang))
            }
        });
    match result {
        Ok(code) => Ok(code),
        Err(Stop::Unlogged(text)) => Err(Failure(text)),
        Err(Stop::Render(RenderError::Refused(findings))) => {
            let lang = findings.first().map_or(ui, |f| f.lang);
            eprint!(
                "{}",
                report::human::render_findings(&findings, Style::of(Stream::Stderr))
            );
            let ext = if req.ics {
                "ics"
            } else if req.html {
                "html"
            } else {
                "md"
            };
            let name = match &req.recipient {
                Some(r) => format!("{}.{}.{ext}", req.doc.name(), r.trim()),
                None => format!("{}.{ext}", req.doc.name()),
            };
            let draft = render::draft_would_help(&req, &findings).then(|| {
                let mut command = format!("lsk render {} {}", req.doc.name(), shown(&args.meeting));
                if let Some(r) = &req.recipient {
                    command.push_str(&format!(" --for {}", r.trim()));
                }
                if req.html {
                    command.push_str(" --html");
                }
                command + " --draft"
            });
            super::warn(&say(
                lang,
                Say::NotRendered {
                    file: &report::printable(&name),
                    draft: draft.as_deref(),
                },
            ));
            Ok(FINDINGS)
        }
        Err(Stop::Render(e)) => Err(Failure(message(ui, e))),
    }
}

/// Why `lsk render` stopped: the renderer's reasons, or a copy whose
/// disclosure could not be logged (and was removed).
enum Stop {
    Render(RenderError),
    Unlogged(String),
}

impl From<RenderError> for Stop {
    fn from(e: RenderError) -> Stop {
        Stop::Render(e)
    }
}

fn unlogged(rendered: &render::Rendered, e: &crate::disclosure::Error) -> Stop {
    Stop::Unlogged(say(
        rendered.lang,
        Say::DisclosureNotLogged(&shown(&rendered.path), &e.to_string()),
    ))
}

fn message(lang: Lang, e: RenderError) -> String {
    render::error_message(lang, e, &|p| shown(p))
}
