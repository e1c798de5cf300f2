//! A standalone HTML page from the rendered Markdown, with a print style
//! sheet for A4. Raw HTML in the Markdown is shown as text, never passed
//! through: nothing in a document can run in the reader's browser.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

use super::header::Header;

const STYLE: &str = include_str!("print.css");

pub fn page(markdown: &str, lang: &str) -> String {
    document(markdown, lang, None)
}

/// A page with lsk's header on top and, in print, on every page (the
/// mark, the organisation, the document's name and "1 (3)").
pub fn page_with_header(markdown: &str, lang: &str, header: &Header) -> String {
    document(markdown, lang, Some(header))
}

fn document(markdown: &str, lang: &str, header: Option<&Header>) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_TASKLISTS);
    let mut title = String::new();
    let mut in_title = false;
    let events = Parser::new_ext(markdown, options).map(|event| {
        match &event {
            Event::Start(pulldown_cmark::Tag::Heading { .. }) if title.is_empty() => {
                in_title = true;
            }
            Event::End(pulldown_cmark::TagEnd::Heading(_)) => in_title = false,
            Event::Text(t) if in_title => title.push_str(t),
            _ => {}
        }
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
            // No link and no image leaves the page: their text stays
            // (templates.rs has already made them plain text; this is the
            // second lock).
            Event::Start(Tag::Link { .. } | Tag::Image { .. })
            | Event::End(TagEnd::Link | TagEnd::Image) => None,
            other => Some(other),
        }
    });
    let events = events.flatten();
    let mut body = String::new();
    html::push_html(&mut body, events);
    let body = label_checkboxes(&body);
    let mut escaped_title = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut escaped_title, &title);
    let (top, running) = header.map(Header::html).unwrap_or_default();
    let meta = header.map(Header::meta_tags).unwrap_or_default();
    let style = format!("\n{STYLE}{running}");
    let policy = policy(&style);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{meta}\
<title>{escaped_title}</title>\n<style>{style}</style>\n</head>\n<body>\n<main>\n{top}{body}</main>\n</body>\n</html>\n"
    )
}

/// A checklist's boxes (`- [ ] ...` as HTML) named by their item's text:
/// a box without a name is nothing to a screen reader (axe: `label`).
/// The text is pulldown-cmark's, already escaped for HTML.
pub fn label_checkboxes(html: &str) -> String {
    const BOXES: [&str; 2] = [
        "<input disabled=\"\" type=\"checkbox\"/>",
        "<input disabled=\"\" type=\"checkbox\" checked=\"\"/>",
    ];
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    loop {
        let next = BOXES
            .iter()
            .filter_map(|b| rest.find(b).map(|at| (at, *b)))
            .min_by_key(|(at, _)| *at);
        let Some((at, found)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at]);
        let after = &rest[at + found.len()..];
        let name: String = after
            .split('<')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let name = if name.is_empty() {
            "\u{2610}".to_owned()
        } else {
            name
        };
        out.push_str(&found.replacen("/>", &format!(" aria-label=\"{name}\"/>"), 1));
        rest = after;
    }
}

/// The document's content policy: nothing from anywhere (no script, no
/// font, no connection, no frame, no form), its one style sheet by its
/// hash, images only inline (`data:`). Opened from a mail or a shared
/// folder, the page cannot call out even if something slipped through.
fn policy(style: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(style.as_bytes());
    format!(
        "default-src 'none'; style-src 'sha256-{}'; img-src data:; base-uri 'none'; form-action 'none'",
        base64(&digest)
    )
}

/// Standard base64 with padding (RFC 4648), for the style's hash.
pub fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(A[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_text() {
        let page = page(
            "# Memo\n\n<script>alert(1)</script>\n\nx <img src=x onerror=y>\n",
            "fi",
        );
        assert!(!page.contains("<script>"));
        assert!(!page.contains("<img"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(page.contains("<title>Memo</title>"));
    }

    #[test]
    fn nothing_calls_out() {
        let page = page(
            "# Memo\n\n![x](https://host/x.png?n=Onni) [y](https://host/?n=Onni)\n",
            "fi",
        );
        assert!(!page.contains("<img") && !page.contains("<a "), "{page}");
        assert!(page.contains("default-src 'none'"));
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(b"fooba"), "Zm9vYmE=");
    }
}
