//! A rule's explanation, the text `lsk explain RULE` prints, as a page
//! shows it: the rule's title and why it matters in her words; what it
//! checks, the file's wrong and right forms and the rule's id in a closed
//! details for those who edit the file.

use std::sync::Arc;

use axum::extract::{Path as UrlPath, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::AppState;
use super::page::{self, LangQuery, lang_of};

/// `?lang=` and `?back=`: the page the "Why?" link was on.
#[derive(Deserialize, Default)]
pub struct ExplainQuery {
    lang: Option<String>,
    back: Option<String>,
}

pub async fn page(
    State(st): State<Arc<AppState>>,
    UrlPath(rule): UrlPath<String>,
    Query(eq): Query<ExplainQuery>,
) -> Response {
    let q = LangQuery { lang: eq.lang };
    let case =
        crate::case::is_case_root(&st.root).then(|| crate::case::Case::load(&st.root, st.lang));
    let lang = lang_of(&st, &q, case.as_ref());
    let Some(text) = crate::help::explain(&rule, lang) else {
        return page::not_found_in(lang);
    };
    let (why, details) = split(text);
    // Back only to one of lsk's own case pages.
    let back = eq
        .back
        .filter(|b| b.starts_with("/c/") && !b.contains("//") && !b.contains(['\\', '?', '#']));
    let title = capitalised(crate::help::rule_summary(&rule, lang));
    page::render(
        "explain.html",
        lang,
        &q,
        minijinja::context! {
            rule => rule,
            title => title,
            why => page::markdown(&why),
            details => page::markdown(&details),
            back => back,
        },
    )
}

/// The explanation's "why it matters" section, and everything else (its
/// title line, severity, what it checks, wrong and right) for the details.
fn split(text: &str) -> (String, String) {
    const WHY: [&str; 3] = [
        "## Miksi sillä on väliä",
        "## Varför det är viktigt",
        "## Why it matters",
    ];
    let mut why = String::new();
    let mut rest = String::new();
    let mut in_why = false;
    for (i, line) in text.lines().enumerate() {
        if i == 0 && line.starts_with("# ") {
            continue;
        }
        if line.starts_with("## ") {
            in_why = WHY.contains(&line.trim_end());
        }
        let out = if in_why { &mut why } else { &mut rest };
        out.push_str(line);
        out.push('\n');
    }
    (why, rest)
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
