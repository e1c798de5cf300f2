//! Help where the work happens: the text behind `lsk explain RULE` and
//! `lsk guide`, written in Markdown under help/{fi,sv,en}/ and embedded in
//! the binary (nothing is fetched, nothing is installed beside lsk). A
//! rule's explanation is embedded by its own entry (`rules::rule!`).

use std::fmt::Write;

use crate::model::{Kind, Lang, Phase, Stage};
use crate::rules::required::phase_fields;
use crate::schema::docs::field_doc;

macro_rules! texts {
    ($fn:ident, $dir:literal: $($name:literal),+ $(,)?) => {
        fn $fn(lang: Lang, name: &str) -> Option<&'static str> {
            match (lang, name) {
                $(
                    (Lang::Fi, $name) => Some(include_str!(concat!("../help/fi/", $dir, "/", $name, ".md"))),
                    (Lang::Sv, $name) => Some(include_str!(concat!("../help/sv/", $dir, "/", $name, ".md"))),
                    (Lang::En, $name) => Some(include_str!(concat!("../help/en/", $dir, "/", $name, ".md"))),
                )+
                _ => None,
            }
        }
    };
}

texts!(
    stage_text, "stage":
    "support",
    "assessment",
    "client",
);

texts!(
    kind_text, "kind":
    "daycare",
    "school",
    "family-group-conference",
    "fgc-follow-up",
);

/// `lsk explain RULE`: what the rule checks, why, and a wrong and a right
/// example. `None` for an unknown rule.
pub fn explain(rule: &str, lang: Lang) -> Option<&'static str> {
    crate::rules::rule(rule).map(|r| r.explain.get(lang))
}

/// The first line of a rule's explanation without its `# `: a one-line
/// summary for the list of rules.
pub fn rule_summary(rule: &str, lang: Lang) -> &'static str {
    let title = explain(rule, lang)
        .and_then(|t| t.lines().next())
        .map_or("", |l| l.trim_start_matches('#').trim());
    title
        .strip_prefix(rule)
        .and_then(|t| t.strip_prefix(':'))
        .unwrap_or(title)
        .trim()
}

/// The roles of daycare, school and child welfare at a stage of the case.
pub fn stage(stage: Stage, lang: Lang) -> &'static str {
    stage_text(lang, stage.as_str()).unwrap_or_default()
}

/// The checklist of a meeting kind: the practice in the kind's text, with
/// the fields `lsk check` requires at each phase put in where the text says
/// `{before}`, `{during}` and `{after}`.
pub fn kind(kind: Kind, lang: Lang) -> String {
    let mut text = kind_text(lang, kind.as_str())
        .unwrap_or_default()
        .to_owned();
    for phase in Phase::ALL {
        let mut list = String::new();
        for key in phase_fields(Some(kind), *phase) {
            let _ = writeln!(list, "- [ ] `{key}`: {}", field_doc(lang, key, Some(kind)));
        }
        let command = format!("lsk check --phase {phase}");
        let _ = write!(list, "\n{} `{command}`", check_with(lang));
        text = text.replace(&format!("{{{phase}}}"), list.trim_end());
    }
    text
}

fn check_with(lang: Lang) -> &'static str {
    crate::i18n::words(lang).guide.check_with
}
