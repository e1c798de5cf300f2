//! JSON Schema of meeting.md's frontmatter and of lsk.yaml, generated from
//! the same tables that validate them (`schema` for shapes,
//! `rules::required` for what every meeting needs, `recipient` for the
//! names of recipients), so the two cannot drift. Editors with a YAML
//! language server use it to complete and check keys.
//!
//! It means what `lsk check` means wherever the answer does not depend on
//! the phase or on other files: the fields every phase requires, the parts
//! every list item needs, the same value types. What it cannot say (a
//! person must be among the invitees, an organisation is a recipient, the
//! child's age from lsk.yaml) is listed in tests/cli/schema.rs.
//!
//! Draft 7, which every YAML language server reads. What many fields
//! share (the recipients, a text that may be kept out of copies, a time)
//! is written once under `definitions` and referred to by `$ref`, so the
//! file stays small enough to commit beside each case; and no `enum` lists
//! a value twice (ajv, inside yaml-language-server, rejects a whole schema
//! that does).

use serde_json::{Map, Value, json};

use crate::model::{Kind, Lang};
use crate::rules::required;
use crate::schema::docs::field_doc;
use crate::schema::{self, Field, Ty};

/// A case-insensitive regular expression for `word`, as lsk compares
/// names: any case, spaces, `_` and `-` alike, space around allowed.
fn loose(word: &str) -> String {
    let mut out = String::from("^[\\s_-]*");
    for (i, part) in word.split('-').enumerate() {
        if i > 0 {
            out.push_str("[\\s_-]+");
        }
        for c in part.chars() {
            let upper: String = c.to_uppercase().collect();
            if upper != c.to_string() && upper.chars().count() == 1 {
                out.push('[');
                out.push(c);
                out.push_str(&upper);
                out.push(']');
            } else if c.is_ascii_alphanumeric() || !c.is_ascii() {
                out.push(c);
            } else {
                out.push('\\');
                out.push(c);
            }
        }
    }
    out.push_str("[\\s_-]*$");
    out
}

/// `words` once each, in their first order: a JSON Schema `enum` must not
/// repeat a value (a recipient id is often also a role id).
fn unique<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for w in words {
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// A reference to a shared definition.
fn def(name: &str) -> Value {
    json!({"$ref": format!("#/definitions/{name}")})
}

fn loose_any(words: &[&str]) -> String {
    let inner: Vec<String> = words
        .iter()
        .map(|w| {
            let p = loose(w);
            p[1..p.len() - 1].to_owned()
        })
        .collect();
    format!("^(?:{})$", inner.join("|"))
}

/// Words that stand for yes and no (`case::validate::yes_no`, the one
/// list), and with `partly` for `child_attends` (`validate::attendance`).
fn answers(partly: bool) -> Vec<&'static str> {
    use crate::case::validate::{NO, PARTLY, YES};
    let mut words: Vec<&'static str> = YES.iter().chain(NO).copied().collect();
    if partly {
        words.extend(PARTLY);
    }
    unique(words)
}

fn words(lang: Lang) -> &'static crate::i18n::words::Schema {
    &crate::i18n::words(lang).schema
}

/// A recipient's name: the known ones offered for completion, any case
/// and spacing accepted.
fn recipient(lang: Lang) -> Value {
    let names = unique(crate::recipient::known_names());
    json!({"description": words(lang).recipient, "anyOf": [
        {"enum": names},
        {"type": "string", "pattern": loose_any(&names)}
    ]})
}

/// A list of recipients (`not_for`, `recipients`); empty or null too.
fn names() -> Value {
    json!({"type": ["array", "null"], "items": def("recipient")})
}

/// Text, or text kept out of the named recipients' copies.
fn text_or_kept_out(lang: Lang) -> Value {
    json!({"anyOf": [
        {"type": ["string", "number", "boolean", "null"]},
        {"type": "object", "description": words(lang).kept_out, "additionalProperties": false,
         "properties": {"text": {"type": ["string", "number", "boolean", "null"]},
                        "not_for": {"type": "array", "items": def("recipient")}}}
    ]})
}

/// 13:00 or 13.00; YAML reads an unquoted 13.00 as the number 13.
fn time() -> Value {
    let mut any = vec![
        json!({"type": "null"}),
        json!({"type": "string", "pattern": "^\\s*([01]?[0-9]|2[0-3])[:.][0-5][0-9]\\s*$"}),
    ];
    any.extend(
        (0..24).map(|h| json!({"type": "number", "minimum": h, "maximum": f64::from(h) + 0.59})),
    );
    json!({"anyOf": any})
}

/// A yes/no answer in the words people write (issue 13); with `partly`
/// for `child_attends`.
fn answer(partly: bool) -> Value {
    let words = answers(partly);
    json!({"anyOf": [
        {"type": ["boolean", "null"]},
        {"enum": words},
        {"type": "string", "pattern": loose_any(&words)}
    ]})
}

/// What an editor says on a required value left empty.
fn fill_in(lang: Lang) -> &'static str {
    words(lang).fill_in
}

/// A value for a required key: not what `Node::is_empty` calls empty (null,
/// blank text, an empty list or map). Written as what it may be rather than
/// `not` empty, so that an editor's message says what to do
/// (`errorMessage`, which yaml-language-server shows; other validators
/// ignore the keyword).
fn filled(lang: Lang) -> Value {
    let say = fill_in(lang);
    json!({"anyOf": [
        {"type": ["number", "boolean"], "errorMessage": say},
        {"type": "string", "pattern": "\\S", "errorMessage": say},
        {"type": "array", "minItems": 1, "errorMessage": say},
        {"type": "object", "minProperties": 1, "errorMessage": say}
    ]})
}

/// `keys` must be there and not empty.
fn present(keys: &[&str]) -> Value {
    let props: Map<String, Value> = keys
        .iter()
        .map(|k| ((*k).to_owned(), def("filled")))
        .collect();
    json!({"required": keys, "properties": props})
}

fn ty(t: &Ty, lang: Lang) -> Value {
    match t {
        Ty::Text => def("text"),
        Ty::Person => json!({"type": ["string", "number", "boolean", "null"]}),
        // One name, or a list of names (`memo_consent.given_by`).
        Ty::People => json!({"anyOf": [
            {"type": ["string", "number", "boolean", "null"]},
            {"type": "array", "items": {"type": ["string", "number", "boolean", "null"]}}
        ]}),
        Ty::Date => def("date"),
        Ty::BirthDate => json!({"anyOf": [
            {"type": "null"},
            {"type": "integer", "minimum": 1000, "maximum": 9999},
            {"type": "string", "pattern": "^\\s*\\d{4}\\s*$"},
            {"type": "string", "pattern": "^\\s*\\d{4}-(0[1-9]|1[0-2])\\s*$"},
            {"type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"}
        ]}),
        Ty::Time => def("time"),
        // 60, or "60": lsk reads the digits as written. YAML reads 60.0,
        // 1e2 and 0x3C as numbers too, which a schema cannot tell from
        // 60 (docs/scripting.md, "Editors").
        Ty::Minutes => json!({"anyOf": [
            {"type": "null"},
            {"type": "integer", "minimum": 1, "maximum": 4_294_967_295_u64},
            {"type": "string", "pattern": "^\\s*0*[1-9][0-9]{0,8}\\s*$"}
        ]}),
        Ty::Bool | Ty::YesNo => def("yes_no"),
        Ty::Enum(options) if *options == crate::model::Attendance::NAMES => def("attendance"),
        Ty::Enum(options) => {
            let values: Vec<Value> = unique(options.iter().copied())
                .into_iter()
                .map(Value::from)
                .chain([Value::Null])
                .collect();
            json!({"enum": values})
        }
        Ty::Names => def("recipients"),
        Ty::TextList => json!({"type": ["array", "null"], "items": def("text")}),
        Ty::Records(sub) => {
            json!({"type": ["array", "null"], "items": object(sub, true, lang, &[])})
        }
        Ty::Record(sub) => object(sub, false, lang, &[]),
    }
}

fn object(fields: &[Field], item: bool, lang: Lang, parts: &[&str]) -> Value {
    let mut props = Map::new();
    for f in fields {
        let mut schema = ty(&f.ty, lang);
        if let Value::Object(map) = &mut schema {
            map.insert("description".into(), field_doc(lang, f.key, None).into());
        }
        props.insert(f.key.into(), schema);
    }
    if item {
        props.insert(
            "not_for".into(),
            json!({"type": "array", "items": def("recipient"),
                   "description": field_doc(lang, "not_for", None)}),
        );
    }
    let mut out =
        json!({"type": ["object", "null"], "additionalProperties": false, "properties": props});
    if !parts.is_empty()
        && let Value::Object(map) = &mut out
    {
        map.insert("allOf".into(), json!([present(parts)]));
    }
    out
}

/// The parts a list item needs whenever it is written (`required.rs`
/// `ITEM_PARTS`, and an agreed action's owner: `action-owner`).
fn item_parts(key: &str) -> Vec<&'static str> {
    let mut parts: Vec<&'static str> = required::ITEM_PARTS
        .iter()
        .find(|(list, _)| *list == key)
        .map(|(_, parts)| parts.to_vec())
        .unwrap_or_default();
    if key == "agreed" {
        parts.push("owner");
    }
    parts
}

fn document(title: &str, id: &str, lang: Lang, mut schema: Value) -> Value {
    if let Value::Object(map) = &mut schema {
        map.insert(
            "$schema".into(),
            "http://json-schema.org/draft-07/schema#".into(),
        );
        map.insert("$id".into(), format!("urn:lsk:{id}").into());
        map.insert("title".into(), title.into());
        map.insert(
            "definitions".into(),
            json!({
                "filled": filled(lang),
                "recipient": recipient(lang),
                "recipients": names(),
                "text": text_or_kept_out(lang),
                "date": {"anyOf": [
                    {"type": "null"},
                    {"type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"}
                ]},
                "time": time(),
                "yes_no": answer(false),
                "attendance": answer(true),
            }),
        );
    }
    schema
}

/// `{"properties": {"kind": {"enum": kinds}}}`, required.
fn kind_is(kinds: &[Kind]) -> Value {
    let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
    json!({"required": ["kind"], "properties": {"kind": {"enum": names}}})
}

/// The schema of meeting.md's frontmatter, described in `lang`.
pub fn meeting(lang: Lang) -> Value {
    let mut schema = object(schema::MEETING, false, lang, &[]);
    let Value::Object(map) = &mut schema else {
        return schema;
    };
    map.insert("type".into(), "object".into());
    // Records' items need their parts.
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        for field in schema::MEETING {
            let parts = item_parts(field.key);
            if let (Ty::Records(sub), false) = (&field.ty, parts.is_empty()) {
                let mut s = ty(&Ty::Records(sub), lang);
                if let Value::Object(m) = &mut s {
                    m.insert("items".into(), object(sub, true, lang, &parts));
                    m.insert(
                        "description".into(),
                        field_doc(lang, field.key, None).into(),
                    );
                }
                props.insert(field.key.into(), s);
            }
        }
        // double-assurance: once written, at least two people tell the child.
        if let Some(Value::Object(informing)) = props.get_mut("informing_child") {
            informing.insert("anyOf".into(), json!([{"maxItems": 0}, {"minItems": 2}]));
        }
    }
    // Every phase requires the before-phase fields; an acute family group
    // conference (or its follow-up) may leave its preparation for later.
    let before = required::phase_fields(None, crate::model::Phase::Before);
    let always: Vec<&str> = before
        .iter()
        .copied()
        .filter(|k| !required::PREPARATION.contains(k))
        .collect();
    let preparation: Vec<&str> = before
        .iter()
        .copied()
        .filter(|k| required::PREPARATION.contains(k))
        .collect();
    let acute = json!({"allOf": [
        kind_is(&[Kind::FamilyGroupConference, Kind::FgcFollowUp]),
        {"required": ["acute"], "properties": {"acute": {"const": true}}}
    ]});
    map.insert(
        "allOf".into(),
        json!([
            present(&always),
            {"if": acute, "else": present(&preparation)},
            {"if": kind_is(&[Kind::FamilyGroupConference]),
             "then": {"if": acute, "else": present(&["plan_topics"])}},
            {"if": kind_is(&[Kind::FgcFollowUp]), "then": present(&["follows"])}
        ]),
    );
    let title = words(lang).meeting_title;
    document(title, "meeting", lang, schema)
}

/// The schema of lsk.yaml, described in `lang`.
pub fn case(lang: Lang) -> Value {
    let mut schema = object(schema::CASE, false, lang, &[]);
    if let Value::Object(map) = &mut schema {
        map.insert("type".into(), "object".into());
        map.insert(
            "allOf".into(),
            json!([
                present(&["child", "responsible_worker"]),
                {"properties": {"child": {"type": ["object", "null"],
                                          "allOf": [present(&["name", "born"])]}}}
            ]),
        );
    }
    let title = words(lang).case_title;
    document(title, "case", lang, schema)
}

/// Pretty JSON text of a schema.
pub fn text(schema: &Value) -> String {
    serde_json::to_string_pretty(schema).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_patterns() {
        assert_eq!(loose("ei"), "^[\\s_-]*[eE][iI][\\s_-]*$");
        assert!(loose("family-work").contains("[\\s_-]+"));
        assert!(loose("päiväkoti").contains("[äÄ]"));
    }
}
