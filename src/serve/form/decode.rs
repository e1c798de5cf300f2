//! Posted pairs into form values: what a browser sent, read the way
//! `case::edit` writes it. Pure functions.

use crate::case::edit::FormValue;
use crate::schema::{self, Field, Ty};

/// The form's fields: top-level key and value, in schema order.
pub type Fields = Vec<(String, FormValue)>;

/// A form as posted: every name and value in order (checkboxes repeat).
pub type Pairs = Vec<(String, String)>;

pub(super) fn field(key: &str) -> Option<&'static Field> {
    schema::MEETING.iter().find(|f| f.key == key)
}

pub(super) fn first<'a>(pairs: &'a Pairs, name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

pub(super) fn all<'a>(pairs: &'a Pairs, name: &str) -> Vec<&'a str> {
    pairs
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

/// Keys whose text is a paragraph rather than a line.
pub(super) fn long(key: &str, top: bool) -> bool {
    if top {
        !matches!(key, "place" | "follows")
    } else {
        matches!(
            key,
            "discussion"
                | "view"
                | "update"
                | "child_wants_to_talk_about"
                | "child_wants_adults_to_discuss"
                | "situation"
                | "action"
        )
    }
}

/// A browser's line breaks as a file's.
pub(super) fn lf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// One typed value as lsk writes it: dates and times in the ISO form
/// when they read as one, the rest as typed (a draft may hold anything;
/// `lsk check` says what is wrong). Blank is empty.
pub(super) fn scalar_value(ty: &Ty, key: &str, top: bool, raw: &str) -> FormValue {
    let text = lf(raw);
    if text.trim().is_empty() {
        return FormValue::Empty;
    }
    let out = match ty {
        Ty::Date => crate::date::parse_given(text.trim())
            .map(|d| d.to_string())
            .unwrap_or_else(|| text.trim().to_owned()),
        Ty::Time => crate::date::parse_time(text.trim())
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
            .unwrap_or_else(|| text.trim().to_owned()),
        Ty::Text if long(key, top) => text.trim_end().trim_start_matches('\n').to_owned(),
        _ => text.trim().to_owned(),
    };
    FormValue::Text(out)
}

/// Recipient names: the ticked ones, then any typed in `NAME.more`.
pub(super) fn names(pairs: &Pairs, name: &str) -> Vec<FormValue> {
    let mut out: Vec<String> = Vec::new();
    let typed = first(pairs, &format!("{name}.more")).unwrap_or_default();
    for n in all(pairs, name)
        .into_iter()
        .map(str::to_owned)
        .chain(typed.split(',').map(|s| s.trim().to_owned()))
    {
        let n = n.trim().to_owned();
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
    out.into_iter().map(FormValue::Text).collect()
}

/// The row numbers posted under `name.`, in order.
pub(super) fn rows(pairs: &Pairs, name: &str) -> Vec<usize> {
    let prefix = format!("{name}.");
    let mut out: Vec<usize> = pairs
        .iter()
        .filter_map(|(k, _)| k.strip_prefix(&prefix))
        .filter_map(|rest| rest.split('.').next()?.parse().ok())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

pub(super) fn is_empty(v: &FormValue) -> bool {
    match v {
        FormValue::Empty => true,
        FormValue::Text(t) => t.trim().is_empty(),
        FormValue::List(items) => items.is_empty(),
        FormValue::Record(entries) => entries.iter().all(|(_, v)| is_empty(v)),
    }
}

/// A text, or `{text, not_for}` when it is kept from someone.
pub(super) fn with_not_for(text: FormValue, not_for: Vec<FormValue>) -> FormValue {
    if not_for.is_empty() {
        text
    } else {
        FormValue::Record(vec![
            ("text".to_owned(), text),
            ("not_for".to_owned(), FormValue::List(not_for)),
        ])
    }
}

/// The value of one top-level field from the posted inputs. `keep_empty`
/// keeps rows nothing is typed in (a row just added); a save drops them.
pub(super) fn read(ty: &Ty, key: &str, pairs: &Pairs, keep_empty: bool) -> FormValue {
    match ty {
        Ty::Names => {
            let list = names(pairs, key);
            if list.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(list)
            }
        }
        Ty::TextList => {
            let items: Vec<FormValue> = rows(pairs, key)
                .into_iter()
                .map(|n| {
                    let at = format!("{key}.{n}");
                    let text = scalar_value(
                        &Ty::Text,
                        "text",
                        true,
                        first(pairs, &format!("{at}.text")).unwrap_or_default(),
                    );
                    with_not_for(text, names(pairs, &format!("{at}.not_for")))
                })
                .filter(|v| keep_empty || !is_empty(v))
                .collect();
            if items.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(items)
            }
        }
        Ty::Records(sub) => {
            let items: Vec<FormValue> = rows(pairs, key)
                .into_iter()
                .map(|n| {
                    let at = format!("{key}.{n}");
                    let mut entries: Vec<(String, FormValue)> = sub
                        .iter()
                        .map(|f| (f.key.to_owned(), read_sub(f, &at, pairs)))
                        .filter(|(_, v)| !is_empty(v))
                        .collect();
                    let not_for = names(pairs, &format!("{at}.not_for"));
                    if !not_for.is_empty() {
                        entries.push(("not_for".to_owned(), FormValue::List(not_for)));
                    }
                    FormValue::Record(entries)
                })
                .filter(|v| keep_empty || !is_empty(v))
                .collect();
            if items.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(items)
            }
        }
        Ty::Record(sub) => {
            let entries: Vec<(String, FormValue)> = sub
                .iter()
                .map(|f| (f.key.to_owned(), read_sub(f, key, pairs)))
                .filter(|(k, v)| !is_empty(v) || (k == "recipients" && *v != FormValue::Empty))
                .collect();
            if entries.is_empty() {
                FormValue::Empty
            } else {
                FormValue::Record(entries)
            }
        }
        _ => {
            let text_name = format!("{key}.text");
            if let Some(text) = first(pairs, &text_name) {
                with_not_for(
                    scalar_value(ty, key, true, text),
                    names(pairs, &format!("{key}.not_for")),
                )
            } else {
                scalar_value(ty, key, true, first(pairs, key).unwrap_or_default())
            }
        }
    }
}

/// A field inside a record or a row.
pub(super) fn read_sub(f: &Field, at: &str, pairs: &Pairs) -> FormValue {
    let name = format!("{at}.{}", f.key);
    match f.ty {
        Ty::Names => {
            let list = names(pairs, &name);
            // `recipients: []` is an answer (no one), unlike no answer.
            if list.is_empty() && first(pairs, &format!("{name}.none")).is_some() {
                FormValue::List(Vec::new())
            } else if list.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(list)
            }
        }
        // Issue 20 §4: `given_by`, names typed with commas between them.
        Ty::People => {
            // The persons ticked and any typed in `NAME.more`, each once;
            // a value with commas (`Pat Parent, Lee Relative`) is names.
            let mut list: Vec<String> = Vec::new();
            let more = format!("{name}.more");
            for v in all(pairs, &name).into_iter().chain(first(pairs, &more)) {
                for n in v.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                    if !list.iter().any(|x| x == n) {
                        list.push(n.to_owned());
                    }
                }
            }
            if list.is_empty() {
                FormValue::Empty
            } else {
                FormValue::List(list.into_iter().map(FormValue::Text).collect())
            }
        }
        _ => scalar_value(&f.ty, f.key, false, first(pairs, &name).unwrap_or_default()),
    }
}

/// Everything a posted form holds: the fields it edits (by its `_k`
/// markers) and the notes when it carries them.
#[derive(Clone)]
pub struct Posted {
    pub fields: Fields,
    pub notes: Option<String>,
}

pub fn parse(pairs: &Pairs, keep_empty: bool) -> Posted {
    let mut fields: Fields = Vec::new();
    for key in all(pairs, "_k") {
        let Some(f) = field(key) else { continue };
        if fields.iter().any(|(k, _)| k == key) {
            continue;
        }
        fields.push((key.to_owned(), read(&f.ty, key, pairs, keep_empty)));
    }
    let notes = first(pairs, "_notes").map(|_| lf(first(pairs, "notes").unwrap_or_default()));
    Posted { fields, notes }
}

/// `op=add:KEY` / `op=remove:KEY.N` on the fields: one row more or less.
pub(super) fn apply_op(fields: &mut Fields, op: &str) {
    if let Some(key) = op.strip_prefix("add:") {
        let Some(f) = field(key) else { return };
        let blank = match f.ty {
            Ty::TextList => FormValue::Empty,
            Ty::Records(_) => FormValue::Record(Vec::new()),
            _ => return,
        };
        match fields.iter_mut().find(|(k, _)| k == key) {
            Some((_, FormValue::List(items))) => items.push(blank),
            Some((_, v @ FormValue::Empty)) => *v = FormValue::List(vec![blank]),
            Some(_) => {}
            None => fields.push((key.to_owned(), FormValue::List(vec![blank]))),
        }
    } else if let Some(at) = op.strip_prefix("remove:")
        && let Some((key, n)) = at.rsplit_once('.')
        && let Ok(n) = n.parse::<usize>()
        && let Some((_, FormValue::List(items))) = fields.iter_mut().find(|(k, _)| k == key)
        && n < items.len()
    {
        items.remove(n);
    }
}

/// The form's values over the file's: what the person sees again.
pub(super) fn over(disk: &Fields, posted: &Fields) -> Fields {
    let mut out = disk.clone();
    for (k, v) in posted {
        match out.iter_mut().find(|(x, _)| x == k) {
            Some((_, old)) => *old = v.clone(),
            None => out.push((k.clone(), v.clone())),
        }
    }
    out
}

/// Every typed value that holds an identity code, by its field (the
/// input's name, the code masked).
pub(super) fn codes(pairs: &Pairs) -> Vec<(String, String)> {
    pairs
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "csrf" | "hash" | "op" | "_k" | "_notes"))
        .filter(|(_, v)| !crate::hetu::find(v).is_empty())
        .map(|(k, v)| (k.clone(), crate::hetu::mask(v).into_owned()))
        .collect()
}

/// The posted values with every identity code masked: shown again, never
/// echoed.
pub(super) fn masked(pairs: &Pairs) -> Pairs {
    pairs
        .iter()
        .map(|(k, v)| (k.clone(), crate::hetu::mask(v).into_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Pairs {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn text(t: &str) -> FormValue {
        FormValue::Text(t.to_owned())
    }

    fn value<'a>(p: &'a Posted, key: &str) -> &'a FormValue {
        &p.fields.iter().find(|(k, _)| k == key).expect(key).1
    }

    #[test]
    fn only_fields_marked_by_k_are_read_once_each() {
        let p = parse(
            &pairs(&[
                ("_k", "place"),
                ("place", "  Kiuru  "),
                ("goal", "not marked"),
                ("_k", "place"),
                ("_k", "no_such_key"),
            ]),
            false,
        );
        // A line's text is trimmed (a paragraph keeps its inner space).
        assert_eq!(p.fields, vec![("place".to_owned(), text("Kiuru"))]);
        assert_eq!(p.notes, None);
    }

    #[test]
    fn dates_and_times_are_written_iso_and_the_rest_as_typed() {
        let p = parse(
            &pairs(&[
                ("_k", "date"),
                ("date", "24.11.2026"),
                ("_k", "time"),
                ("time", "9.30"),
                ("_k", "next_meeting"),
                ("next_meeting", "ensi kuussa"),
                ("_k", "place"),
                ("place", "   "),
            ]),
            false,
        );
        assert_eq!(value(&p, "date"), &text("2026-11-24"));
        assert_eq!(value(&p, "time"), &text("09:30"));
        assert_eq!(value(&p, "next_meeting"), &text("ensi kuussa"));
        assert_eq!(value(&p, "place"), &FormValue::Empty);
    }

    #[test]
    fn a_browsers_line_breaks_are_the_files_and_paragraphs_keep_inner_space() {
        let p = parse(
            &pairs(&[
                ("_k", "family_views"),
                ("family_views", "\r\n  Ensin\r\n\r\n  toiseksi  \r\n"),
                ("_notes", "1"),
                ("notes", "a\r\nb\rc"),
            ]),
            false,
        );
        assert_eq!(value(&p, "family_views"), &text("  Ensin\n\n  toiseksi"));
        assert_eq!(p.notes.as_deref(), Some("a\nb\nc"));
    }

    #[test]
    fn rows_are_read_in_number_order_and_empty_rows_kept_only_when_asked() {
        let list = pairs(&[
            ("_k", "agreed"),
            ("agreed.2.action", "Toinen"),
            ("agreed.0.action", "Ensimmäinen"),
            ("agreed.0.due", "1.12.2026"),
            ("agreed.1.action", ""),
        ]);
        let saved = parse(&list, false);
        let FormValue::List(items) = value(&saved, "agreed") else {
            panic!("not a list")
        };
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[0],
            FormValue::Record(vec![
                ("action".into(), text("Ensimmäinen")),
                ("due".into(), text("2026-12-01")),
            ])
        );
        assert_eq!(
            items[1],
            FormValue::Record(vec![("action".into(), text("Toinen"))])
        );
        let kept = parse(&list, true);
        let FormValue::List(items) = value(&kept, "agreed") else {
            panic!("not a list")
        };
        assert_eq!(items.len(), 3, "a row just added stays while unsaved");
    }

    #[test]
    fn recipients_ticked_and_typed_once_each_and_none_is_an_answer() {
        let p = parse(
            &pairs(&[
                ("_k", "memo_consent"),
                ("memo_consent.recipients", "daycare"),
                ("memo_consent.recipients.more", " school, daycare ,, "),
            ]),
            false,
        );
        assert_eq!(
            value(&p, "memo_consent"),
            &FormValue::Record(vec![(
                "recipients".into(),
                FormValue::List(vec![text("daycare"), text("school")])
            )])
        );
        let none = parse(
            &pairs(&[
                ("_k", "memo_consent"),
                ("memo_consent.recipients.none", "1"),
            ]),
            false,
        );
        assert_eq!(
            value(&none, "memo_consent"),
            &FormValue::Record(vec![("recipients".into(), FormValue::List(Vec::new()))])
        );
    }

    #[test]
    fn persons_ticked_typed_or_comma_separated_are_names_once_each() {
        let p = parse(
            &pairs(&[
                ("_k", "memo_consent"),
                ("memo_consent.given_by", "Pat Parent"),
                ("memo_consent.given_by", "Lee Relative, Pat Parent"),
                ("memo_consent.given_by.more", "Robin Child"),
            ]),
            false,
        );
        assert_eq!(
            value(&p, "memo_consent"),
            &FormValue::Record(vec![(
                "given_by".into(),
                FormValue::List(vec![
                    text("Pat Parent"),
                    text("Lee Relative"),
                    text("Robin Child")
                ])
            )])
        );
    }

    #[test]
    fn a_text_kept_from_someone_is_a_text_and_not_for() {
        let p = parse(
            &pairs(&[
                ("_k", "family_views"),
                ("family_views.text", "Vain perheelle"),
                ("family_views.not_for", "daycare"),
                ("_k", "plan_topics"),
                ("plan_topics.0.text", "Aamut"),
                ("plan_topics.1.text", "Illat"),
                ("plan_topics.1.not_for", "school"),
            ]),
            false,
        );
        assert_eq!(
            value(&p, "family_views"),
            &FormValue::Record(vec![
                ("text".into(), text("Vain perheelle")),
                ("not_for".into(), FormValue::List(vec![text("daycare")])),
            ])
        );
        assert_eq!(
            value(&p, "plan_topics"),
            &FormValue::List(vec![
                text("Aamut"),
                FormValue::Record(vec![
                    ("text".into(), text("Illat")),
                    ("not_for".into(), FormValue::List(vec![text("school")])),
                ]),
            ])
        );
    }

    #[test]
    fn rows_are_added_and_removed_by_op() {
        let mut fields: Fields = vec![(
            "agreed".into(),
            FormValue::List(vec![FormValue::Record(vec![("action".into(), text("A"))])]),
        )];
        apply_op(&mut fields, "add:agreed");
        apply_op(&mut fields, "add:topics");
        apply_op(&mut fields, "add:goal");
        let len = |f: &Fields, k: &str| match f.iter().find(|(x, _)| x == k) {
            Some((_, FormValue::List(l))) => l.len(),
            _ => 0,
        };
        assert_eq!(len(&fields, "agreed"), 2);
        assert_eq!(len(&fields, "topics"), 1);
        assert!(!fields.iter().any(|(k, _)| k == "goal"), "not a list");
        apply_op(&mut fields, "remove:agreed.0");
        apply_op(&mut fields, "remove:agreed.9");
        apply_op(&mut fields, "remove:agreed.x");
        assert_eq!(len(&fields, "agreed"), 1);
    }

    #[test]
    fn typed_identity_codes_are_found_and_masked_never_the_form_tokens() {
        let list = pairs(&[
            ("csrf", "131052-308T"),
            ("goal", "Robin 131052-308T"),
            ("place", "Kiuru"),
        ]);
        let hits = codes(&list);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].0, "goal");
        assert!(!hits[0].1.contains("131052-308T"));
        assert!(
            masked(&list)
                .iter()
                .all(|(_, v)| !v.contains("131052-308T"))
        );
    }

    #[test]
    fn the_forms_values_over_the_files() {
        let disk: Fields = vec![("goal".into(), text("old")), ("place".into(), text("P"))];
        let posted: Fields = vec![("goal".into(), text("new")), ("time".into(), text("09:00"))];
        assert_eq!(
            over(&disk, &posted),
            vec![
                ("goal".into(), text("new")),
                ("place".into(), text("P")),
                ("time".into(), text("09:00")),
            ]
        );
    }
}
