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
//! Draft 7, which every YAML language server reads.

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
    words
}

fn words(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Fi => (
            "tekstiosio, joka jätetään pois nimettyjen vastaanottajien kopioista",
            "muistion vastaanottaja: daycare, school, family-work, health-care, all-participants, rooli, suomen- tai ruotsinkielinen sana (päiväkoti, koulu, ...) tai kutsutun organisaatio",
        ),
        Lang::Sv => (
            "textavsnitt som lämnas bort ur de namngivna mottagarnas kopior",
            "mottagare av minnesanteckningarna: daycare, school, family-work, health-care, all-participants, en roll, ett finskt eller svenskt ord (daghem, skola, ...) eller en inbjudens organisation",
        ),
        Lang::En => (
            "text section kept out of the named recipients' copies",
            "a recipient of the memo: daycare, school, family-work, health-care, all-participants, a role, a Finnish or Swedish word (päiväkoti, skola, ...) or an invitee's organisation",
        ),
    }
}

/// A recipient's name: the known ones offered for completion, any case
/// and spacing accepted.
fn recipient(lang: Lang) -> Value {
    let names: Vec<&str> = crate::recipient::known_names().collect();
    json!({"description": words(lang).1, "anyOf": [
        {"enum": names},
        {"type": "string", "pattern": loose_any(&names)}
    ]})
}

fn names(lang: Lang) -> Value {
    json!({"type": "array", "items": recipient(lang)})
}

/// What `Node::is_empty` calls empty: a missing value for a required key.
fn empty() -> Value {
    json!({"anyOf": [
        {"type": "null"},
        {"type": "string", "pattern": "^\\s*$"},
        {"type": "array", "maxItems": 0},
        {"type": "object", "maxProperties": 0}
    ]})
}

/// `keys` must be there and not empty.
fn present(keys: &[&str]) -> Value {
    let props: Map<String, Value> = keys
        .iter()
        .map(|k| {
            (
                (*k).to_owned(),
                json!({"not": {"$ref": "#/definitions/empty"}}),
            )
        })
        .collect();
    json!({"required": keys, "properties": props})
}

fn ty(t: &Ty, lang: Lang) -> Value {
    let scalar = json!(["string", "number", "boolean", "null"]);
    let text = json!({"anyOf": [
        {"type": scalar},
        {"type": "object", "description": words(lang).0, "additionalProperties": false,
         "properties": {"text": {"type": ["string", "number", "boolean", "null"]},
                        "not_for": names(lang)}}
    ]});
    match t {
        Ty::Text => text,
        Ty::Person => json!({"type": scalar}),
        Ty::Date => json!({"anyOf": [
            {"type": "null"},
            {"type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"}
        ]}),
        Ty::BirthDate => json!({"anyOf": [
            {"type": "null"},
            {"type": "integer", "minimum": 1000, "maximum": 9999},
            {"type": "string", "pattern": "^\\s*\\d{4}\\s*$"},
            {"type": "string", "pattern": "^\\s*\\d{4}-(0[1-9]|1[0-2])\\s*$"},
            {"type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"}
        ]}),
        // 13:00 or 13.00; YAML reads an unquoted 13.00 as the number 13.
        Ty::Time => {
            let mut any = vec![
                json!({"type": "null"}),
                json!({"type": "string", "pattern": "^\\s*([01]?[0-9]|2[0-3])[:.][0-5][0-9]\\s*$"}),
            ];
            any.extend(
                (0..24).map(
                    |h| json!({"type": "number", "minimum": h, "maximum": f64::from(h) + 0.59}),
                ),
            );
            json!({"anyOf": any})
        }
        // 60, or "60": lsk reads the digits as written.
        Ty::Minutes => json!({"anyOf": [
            {"type": "null"},
            {"type": "integer", "minimum": 1, "maximum": 4_294_967_295_u64},
            {"type": "string", "pattern": "^\\s*0*[1-9][0-9]{0,8}\\s*$"}
        ]}),
        // A yes/no field reads the words people write (issue 13).
        Ty::Bool | Ty::YesNo => json!({"anyOf": [
            {"type": ["boolean", "null"]},
            {"enum": answers(false)},
            {"type": "string", "pattern": loose_any(&answers(false))}
        ]}),
        Ty::Enum(options) if *options == crate::model::Attendance::NAMES => json!({"anyOf": [
            {"type": ["boolean", "null"]},
            {"enum": answers(true)},
            {"type": "string", "pattern": loose_any(&answers(true))}
        ]}),
        Ty::Enum(options) => {
            json!({"enum": options.iter().map(|o| Value::from(*o)).chain([Value::Null]).collect::<Vec<_>>()})
        }
        Ty::Names => {
            let mut n = names(lang);
            if let Value::Object(map) = &mut n {
                map.insert("type".into(), json!(["array", "null"]));
            }
            n
        }
        Ty::TextList => json!({"type": ["array", "null"], "items": text}),
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
        let mut n = names(lang);
        if let Value::Object(map) = &mut n {
            map.insert(
                "description".into(),
                field_doc(lang, "not_for", None).into(),
            );
        }
        props.insert("not_for".into(), n);
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

fn document(title: &str, id: &str, mut schema: Value) -> Value {
    if let Value::Object(map) = &mut schema {
        map.insert(
            "$schema".into(),
            "http://json-schema.org/draft-07/schema#".into(),
        );
        map.insert("$id".into(), format!("urn:lsk:{id}").into());
        map.insert("title".into(), title.into());
        map.insert("definitions".into(), json!({"empty": empty()}));
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
    let title = match lang {
        Lang::Fi => "lsk: meeting.md-tiedoston kentät",
        Lang::Sv => "lsk: fälten i meeting.md",
        Lang::En => "lsk meeting.md frontmatter",
    };
    document(title, "meeting", schema)
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
                {"properties": {"child": {"allOf": [present(&["name", "born"])]}}}
            ]),
        );
    }
    let title = match lang {
        Lang::Fi => "lsk: asian tiedosto (lsk.yaml)",
        Lang::Sv => "lsk: ärendefilen (lsk.yaml)",
        Lang::En => "lsk case file (lsk.yaml)",
    };
    document(title, "case", schema)
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
