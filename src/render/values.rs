//! A meeting's values as templates see them: every key of a record
//! present (absent ones as none), text as plain strings, dates in words,
//! roles with their labels.

use jiff::civil::Date;
use serde_json::{Map, Value as Json};

use crate::case::validate::minutes;
use crate::case::yaml::{Node, Value};
use crate::date;
use crate::i18n::dates as format;
use crate::i18n::labels::role_label;
use crate::model::{Lang, Role};
use crate::schema::{Field, Ty};

/// A mapping with every key of `fields`, converted for templates.
pub fn record(node: &Node, fields: &[Field], lang: Lang) -> Json {
    let mut out = Map::new();
    for field in fields {
        let value = match node.get(field.key) {
            Some(n) => convert(n, &field.ty, lang),
            None => Json::Null,
        };
        out.insert(field.key.to_owned(), value);
    }
    if fields.iter().any(|f| f.key == "role") {
        // A role lsk does not know (an `invalid-value` in the check) is
        // shown as written, so that a draft still says who the person is.
        let written = node.get("role").and_then(Node::scalar).map(str::trim);
        let label = match written {
            Some(text) => Role::parse(text).map_or_else(
                || Json::String(text.to_owned()),
                |r| role_label(lang, r).into(),
            ),
            None => Json::Null,
        };
        out.insert("role_label".into(), label);
    }
    Json::Object(out)
}

fn convert(node: &Node, ty: &Ty, lang: Lang) -> Json {
    if node.is_empty() && !matches!(ty, Ty::Names) {
        return Json::Null;
    }
    let text = || {
        node.text()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map_or(Json::Null, |t| Json::String(t.to_owned()))
    };
    match ty {
        Ty::Text | Ty::Person | Ty::Enum(_) | Ty::Time | Ty::BirthDate => text(),
        Ty::Date => node
            .scalar()
            .and_then(date::parse_date)
            .map_or_else(text, |d: Date| Json::String(format::date(lang, d))),
        Ty::Minutes => minutes(node).map_or(Json::Null, Json::from),
        Ty::Bool => node.bool().map_or(Json::Null, Json::Bool),
        // Only a yes is a yes, in documents as in checks.
        Ty::YesNo => match crate::case::validate::yes_no(node) {
            Some(true) => Json::Bool(true),
            _ => Json::Null,
        },
        Ty::People => Json::Array(match node.scalar() {
            Some(one) => vec![Json::String(one.trim().to_owned())],
            None => node
                .items()
                .iter()
                .filter_map(Node::scalar)
                .map(|s| Json::String(s.trim().to_owned()))
                .collect(),
        }),
        Ty::Names => Json::Array(
            node.items()
                .iter()
                .filter_map(Node::scalar)
                .map(|s| Json::String(s.trim().to_owned()))
                .collect(),
        ),
        Ty::TextList => Json::Array(
            node.items()
                .iter()
                .map(|i| convert(i, &Ty::Text, lang))
                .filter(|v| !v.is_null())
                .collect(),
        ),
        Ty::Records(sub) => Json::Array(
            node.items()
                .iter()
                .filter(|i| matches!(i.value, Value::Map(_)))
                .map(|i| record(i, sub, lang))
                .collect(),
        ),
        Ty::Record(sub) => record(node, sub, lang),
    }
}
