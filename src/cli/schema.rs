//! `lsk schema`: the JSON Schema of meeting.md's frontmatter or lsk.yaml.

use super::{OK, Outcome};
use crate::jsonschema;

/// Print the JSON Schema of meeting.md's frontmatter (or of lsk.yaml)
///
/// The schema comes from the same table lsk checks with; unknown keys are
/// rejected. New meetings point their editors at it with a
/// `# yaml-language-server: $schema=...` line, written to
/// `<case>/.lsk/meeting.schema.json`.
///
/// Examples:
///   lsk schema > meeting.schema.json
///   lsk schema case
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// meeting (default) or case
    #[arg(default_value = "meeting", value_parser = ["meeting", "case"])]
    which: String,
}

pub fn run(args: Args) -> Outcome {
    let schema = if args.which == "case" {
        jsonschema::case()
    } else {
        jsonschema::meeting()
    };
    print!("{}", jsonschema::text(&schema));
    Ok(OK)
}
