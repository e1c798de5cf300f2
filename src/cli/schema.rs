//! `lsk schema`: the JSON Schema of meeting.md's frontmatter or lsk.yaml.

use super::{OK, Outcome, case_lang};
use crate::jsonschema;
use crate::model::Lang;

/// Print the JSON Schema of meeting.md's frontmatter (or of lsk.yaml)
///
/// The schema comes from the same tables lsk checks with: unknown keys are
/// rejected, the fields every meeting needs are required, and values have
/// the types `lsk check` accepts. Descriptions are in the case's language
/// (inside a case) or --lang. New meetings point their editors at it with
/// a `# yaml-language-server: $schema=...` line in the frontmatter, and
/// `lsk new-meeting` writes it to `<case>/.lsk/meeting.schema.json`.
///
/// Examples:
///   lsk schema > meeting.schema.json
///   lsk schema case
///   lsk schema --lang fi
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// meeting (default) or case
    #[arg(default_value = "meeting", value_parser = ["meeting", "case"])]
    which: String,
}

pub fn run(args: Args, lang: Option<Lang>) -> Outcome {
    let lang = case_lang(lang);
    let schema = if args.which == "case" {
        jsonschema::case(lang)
    } else {
        jsonschema::meeting(lang)
    };
    print!("{}", jsonschema::text(&schema));
    Ok(OK)
}
