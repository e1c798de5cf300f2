//! What every document carries whatever template made it: the
//! confidentiality mark, who keeps the record (lsk.yaml `organisation`)
//! and how to reach the responsible worker, and the draft mark. In Markdown
//! it is the document's first lines; in print (HTML) the mark, the
//! organisation, the document's name and the page number "1 (3)" are on
//! every page, in CSS `@page` margin boxes, which also keep the browser
//! from printing its own header and footer (a date in US format and the
//! file's path).
//!
//! It is not part of the templates, so an organisation's own template
//! cannot leave the mark out (DOMAIN.md, "The record and the law").

use std::fmt::Write;

use super::templates::escape_markdown;
use crate::case::Case;
use crate::i18n::words;
use crate::model::{Doc, Lang};

/// The confidentiality mark, as DOMAIN.md words it.
pub fn mark(lang: Lang) -> &'static str {
    words(lang).header.mark
}

/// The draft mark's word: "LUONNOS".
pub fn draft_word(lang: Lang) -> &'static str {
    words(lang).header.draft
}

/// Why a document is a draft, after the draft word.
fn draft_note(lang: Lang, doc: &str) -> &'static str {
    let header = &words(lang).header;
    match Doc::parse(doc) {
        Some(Doc::Memo) => header.draft_memo,
        _ => header.draft_other,
    }
}

/// A document's name for the running footer: "Muistio" (the invitation's
/// for a name that is no document's).
pub fn document_name(lang: Lang, doc: &str) -> &'static str {
    words(lang)
        .documents
        .of(Doc::parse(doc).unwrap_or(Doc::Invitation))
}

fn worker_word(lang: Lang) -> &'static str {
    words(lang).worker
}

fn phone_word(lang: Lang) -> &'static str {
    words(lang).header.phone
}

/// The header of one document.
pub struct Header {
    pub mark: &'static str,
    pub organisation: Option<String>,
    /// "Vastuusosiaalityöntekijä Sanna Virtanen, puh. 09 310 12345,
    /// sanna.virtanen@example.fi", as far as lsk.yaml gives it.
    pub worker: Option<String>,
    /// "LUONNOS – …" for a draft.
    pub draft: Option<(&'static str, &'static str)>,
    /// "Innehållet är skrivet på finska.": the document's fixed texts are
    /// in another language than its content (`i18n::lang_mix`).
    pub content_note: Option<&'static str>,
    /// The running footer: "Muistio · Aino · 6.10.2026", and for a copy
    /// "· Kopio: Päiväkoti Satakieli".
    pub footer: String,
    /// For the PDF's metadata: the responsible worker, else the
    /// organisation.
    pub author: Option<String>,
    /// For the PDF's metadata: the document, the meeting's date and the
    /// confidentiality mark; not the child's name, which file lists and
    /// search indexes would show.
    pub subject: String,
}

impl Header {
    pub fn new(case: &Case, lang: Lang, doc: &str, draft: bool, date: Option<&str>) -> Header {
        let worker = case.responsible_worker.as_ref().map(|name| {
            let mut line = format!("{} {name}", worker_word(lang));
            if let Some(phone) = &case.contact.phone {
                let _ = write!(line, ", {} {phone}", phone_word(lang));
            }
            if let Some(email) = &case.contact.email {
                let _ = write!(line, ", {email}");
            }
            line
        });
        let footer = [
            Some(document_name(lang, doc)),
            case.child_name.as_deref(),
            date,
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        let subject = [Some(document_name(lang, doc)), date, Some(mark(lang))]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        Header {
            author: case
                .responsible_worker
                .clone()
                .or_else(|| case.organisation.clone()),
            subject,
            mark: mark(lang),
            organisation: case.organisation.clone(),
            worker,
            draft: draft.then(|| (draft_word(lang), draft_note(lang, doc))),
            content_note: None,
            footer,
        }
    }

    /// The header of a document whose content is written in `content`:
    /// when that is not the document's language `lang`, it says so.
    pub fn with_content(mut self, lang: Lang, content: Lang) -> Header {
        if lang != content {
            self.content_note = Some(crate::i18n::lang_mix::content_note(lang, content));
        }
        self
    }

    /// A copy's footer names its reader on every printed page:
    /// "Muistio · Aino · 6.10.2026 · Kopio: Päiväkoti Satakieli".
    pub fn for_copy(mut self, lang: Lang, reader: Option<&str>) -> Header {
        if let Some(reader) = reader.filter(|r| !r.trim().is_empty()) {
            let _ = write!(self.footer, " · {} {reader}", words(lang).header.copy);
        }
        self
    }

    /// The header as the first lines of a Markdown document.
    pub fn markdown(&self) -> String {
        let mut lines = vec![format!("**{}**", escape_markdown(self.mark))];
        lines.extend(self.organisation.as_deref().map(escape_markdown));
        lines.extend(self.worker.as_deref().map(escape_markdown));
        // Hard line breaks: one line each, also when the Markdown is shown
        // as HTML.
        let mut out = lines.join("  \n");
        out.push_str("\n\n");
        if let Some((word, note)) = self.draft {
            let _ = write!(out, "> **{word}** – {note}\n\n");
        }
        if let Some(note) = self.content_note {
            let _ = write!(out, "*{}*\n\n", escape_markdown(note));
        }
        out
    }

    /// `<meta>` tags for the page's head: the author and the description,
    /// which lsk writes into a printed PDF's metadata.
    pub fn meta_tags(&self) -> String {
        let mut tags = String::new();
        if let Some(author) = &self.author {
            let _ = writeln!(tags, "<meta name=\"author\" content=\"{}\">", html(author));
        }
        let _ = writeln!(
            tags,
            "<meta name=\"description\" content=\"{}\">",
            html(&self.subject)
        );
        tags
    }

    /// The header at the top of an HTML page, and the running header and
    /// footer of every printed page.
    pub fn html(&self) -> (String, String) {
        let mut top = String::from("<header class=\"doc-header\">\n");
        let _ = writeln!(
            top,
            "<p class=\"running\"><strong>{}</strong></p>",
            html(self.mark)
        );
        if let Some(org) = &self.organisation {
            let _ = writeln!(top, "<p class=\"running\">{}</p>", html(org));
        }
        if let Some(worker) = &self.worker {
            // Without an organisation the worker is the running header's
            // left side on every printed page: printed once, not twice.
            let class = if self.organisation.is_none() {
                " class=\"running\""
            } else {
                ""
            };
            let _ = writeln!(top, "<p{class}>{}</p>", html(worker));
        }
        top.push_str("</header>\n");
        if let Some((word, note)) = self.draft {
            let _ = writeln!(
                top,
                "<p class=\"draft\"><strong>{}</strong> – {}</p>",
                html(word),
                html(note)
            );
        }
        if let Some(note) = self.content_note {
            let _ = writeln!(top, "<p class=\"content-lang\"><em>{}</em></p>", html(note));
        }
        let left = self.organisation.as_deref().or(self.worker.as_deref());
        let mut css = String::from("@page {\n");
        if let Some(left) = left {
            let _ = writeln!(css, "  @top-left {{ content: {}; }}", css_string(left));
        }
        if let Some((word, _)) = self.draft {
            let _ = writeln!(
                css,
                "  @top-center {{ content: {}; font-weight: bold; }}",
                css_string(word)
            );
        }
        let _ = writeln!(
            css,
            "  @top-right {{ content: {}; }}",
            css_string(self.mark)
        );
        let _ = writeln!(
            css,
            "  @bottom-left {{ content: {}; }}",
            css_string(&self.footer)
        );
        css.push_str(
            "  @bottom-right { content: counter(page) \" (\" counter(pages) \")\"; }\n}\n",
        );
        (top, css)
    }
}

fn html(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// A CSS string literal for `text`: quotes, backslashes, line breaks and
/// anything that could end the style element (`<`) written as escapes.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || " .,:;()§@+-–·'/".contains(c) {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", u32::from(c));
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_break_out() {
        assert_eq!(css_string("a\"b"), "\"a\\22 b\"");
        let s = css_string("</style><script>x</script>\n\\");
        assert!(!s.contains('<') && !s.contains('\n'));
        assert_eq!(css_string("Itä § 1 (3)"), "\"Itä § 1 (3)\"");
    }
}
