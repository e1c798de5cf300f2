//! `lsk explain RULE`: why a rule exists and how to satisfy it.

use super::{Failure, OK, Outcome, case_lang};
use crate::help;
use crate::i18n::{Say, say};
use crate::model::Lang;
use crate::rules::RULE_IDS as RULES;

/// Explain a rule: what it checks, why it matters, a wrong and a right example
///
/// Without RULE, lists every rule. Text is in the case's language (run
/// inside a case folder), or --lang.
///
/// Examples:
///   lsk explain double-assurance
///   lsk explain missing-field --lang en
///   lsk explain
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// A rule id as shown in brackets in lsk check's output, e.g. missing-field
    #[arg(
        value_parser = super::completions::Suggest(super::completions::rule_names),
        hide_possible_values = true
    )]
    rule: Option<String>,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let lang = case_lang(lang);
    let Some(rule) = args.rule else {
        for rule in RULES {
            println!("{rule:<20} {}", help::rule_summary(rule, lang));
        }
        return Ok(OK);
    };
    let wanted = rule.trim().trim_matches(['[', ']']).to_lowercase();
    match help::explain(&wanted, lang) {
        Some(text) => {
            print!("{text}");
            Ok(OK)
        }
        None => {
            let closest = RULES
                .iter()
                .map(|r| (crate::case::validate::distance(&wanted, r), *r))
                .filter(|(d, _)| *d <= 4)
                .min_by_key(|(d, _)| *d)
                .map(|(_, r)| r);
            Err(Failure(say(
                lang,
                Say::UnknownRule {
                    rule: &rule,
                    closest,
                    all: &RULES.join(", "),
                },
            )))
        }
    }
}
