//! A standalone HTML page from the rendered Markdown, with a print style
//! sheet for A4. Raw HTML in the Markdown is shown as text, never passed
//! through: nothing in a document can run in the reader's browser.

use pulldown_cmark::{Event, Options, Parser, html};

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
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        }
    });
    let mut body = String::new();
    html::push_html(&mut body, events);
    let mut escaped_title = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut escaped_title, &title);
    let (top, running) = header.map(Header::html).unwrap_or_default();
    let meta = header.map(Header::meta_tags).unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{meta}\
<title>{escaped_title}</title>\n<style>\n{STYLE}{running}</style>\n</head>\n<body>\n<main>\n{top}{body}</main>\n</body>\n</html>\n"
    )
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
}
