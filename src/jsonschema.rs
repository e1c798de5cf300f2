//! JSON Schema of meeting.md's frontmatter and of lsk.yaml, generated from
//! the same table (`schema`) that validates them, so the two cannot drift.
//! Editors with a YAML language server use it to complete and check keys.

use serde_json::{Map, Value, json};

use crate::i18n::field_doc;
use crate::model::Lang;
use crate::schema::{self, Field, Ty};

const TEXT_SECTION: &str = "text section kept out of the named recipients' copies";

fn ty(t: &Ty) -> Value {
    let names = json!({"type": "array", "items": {"type": "string"}});
    let text = json!({"anyOf": [
        {"type": ["string", "number", "boolean", "null"]},
        {"type": "object", "description": TEXT_SECTION, "additionalProperties": false,
         "required": ["text"],
         "properties": {"text": {"type": "string"}, "not_for": names}}
    ]});
    match t {
        Ty::Text => text,
        Ty::Person => json!({"type": ["string", "null"]}),
        Ty::Date => json!({"type": ["string", "null"], "pattern": "^\\d{4}-\\d{2}-\\d{2}$"}),
        Ty::BirthDate => {
            json!({"type": ["string", "integer", "null"], "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$"})
        }
        Ty::Time => {
            json!({"type": ["string", "number", "null"], "pattern": "^\\d{1,2}[:.]\\d{2}$"})
        }
        Ty::Minutes => json!({"type": ["integer", "null"], "minimum": 1}),
        Ty::Bool => json!({"type": ["boolean", "null"]}),
        Ty::YesNo => json!({"enum": [
            true, false, null, "yes", "no", "Yes", "No", "YES", "NO", "kyllä", "ei", "Kyllä", "Ei",
            "ja", "nej", "Ja", "Nej"
        ]}),
        Ty::Enum(options) => {
            json!({"enum": options.iter().map(|o| Value::from(*o)).chain([Value::Null]).collect::<Vec<_>>()})
        }
        Ty::Names => json!({"type": ["array", "null"], "items": {"type": "string"}}),
        Ty::TextList => json!({"type": ["array", "null"], "items": text}),
        Ty::Records(sub) => json!({"type": ["array", "null"], "items": object(sub, true)}),
        Ty::Record(sub) => object(sub, false),
    }
}

fn object(fields: &[Field], item: bool) -> Value {
    let mut props = Map::new();
    for f in fields {
        let mut schema = ty(&f.ty);
        if let Value::Object(map) = &mut schema {
            map.insert(
                "description".into(),
                field_doc(Lang::En, f.key, None).into(),
            );
        }
        props.insert(f.key.into(), schema);
    }
    if item {
        props.insert(
            "not_for".into(),
            json!({"type": "array", "items": {"type": "string"},
                   "description": field_doc(Lang::En, "not_for", None)}),
        );
    }
    json!({"type": ["object", "null"], "additionalProperties": false, "properties": props})
}

fn document(title: &str, id: &str, fields: &[Field]) -> Value {
    let mut schema = object(fields, false);
    if let Value::Object(map) = &mut schema {
        map.insert(
            "$schema".into(),
            "https://json-schema.org/draft/2020-12/schema".into(),
        );
        map.insert("$id".into(), format!("urn:lsk:{id}").into());
        map.insert("title".into(), title.into());
    }
    schema
}

/// The schema of meeting.md's frontmatter.
pub fn meeting() -> Value {
    document("lsk meeting.md frontmatter", "meeting", schema::MEETING)
}

/// The schema of lsk.yaml.
pub fn case() -> Value {
    document("lsk case file (lsk.yaml)", "case", schema::CASE)
}

/// Pretty JSON text of a schema.
pub fn text(schema: &Value) -> String {
    serde_json::to_string_pretty(schema).unwrap_or_default() + "\n"
}
