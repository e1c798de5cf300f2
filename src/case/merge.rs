//! The three-way merge of a form's values: where the person (`mine`) and
//! the file (`disk`) both changed what the form was loaded from (`base`),
//! what applying writes — and never a `not_for` dropped on the way. Pure:
//! values in, values out (the browser's conflict page is `serve/form/mod.rs`).

use super::edit::FormValue;

/// Where the person (`mine`) and the file (`disk`) both changed `base`,
/// part by part: the value applying writes (the changed side of each part;
/// yours where both changed the same part) and whether some part was
/// changed on both sides. A list is merged by whole rows when its rows
/// line up (as many in all three, and no row changed on both sides); a
/// record key by key; otherwise a change on both sides is a conflict of
/// the whole field, and applying writes the person's whole field (said).
pub fn merge3(base: &FormValue, mine: &FormValue, disk: &FormValue) -> (FormValue, bool) {
    merge_at(base, mine, disk, 0)
}

fn merge_at(base: &FormValue, mine: &FormValue, disk: &FormValue, depth: u8) -> (FormValue, bool) {
    if mine == base {
        return (disk.clone(), false);
    }
    if disk == base || disk == mine {
        return (mine.clone(), false);
    }
    match (base, mine, disk) {
        (FormValue::List(b), FormValue::List(m), FormValue::List(d))
            if depth == 0 && b.len() == m.len() && m.len() == d.len() =>
        {
            // Rows are whole: a row is the person's or the file's, never a
            // mix of keys from two rows. Where both changed the same row
            // (a row edited there, or another item moved into its place by
            // a reordering, a deletion and an insertion), the rows no
            // longer name the same item: the whole field is a conflict.
            let mut rows = Vec::with_capacity(m.len());
            for i in 0..m.len() {
                if m[i] == b[i] {
                    rows.push(d[i].clone());
                } else if d[i] == b[i] || d[i] == m[i] {
                    rows.push(m[i].clone());
                } else {
                    return (mine.clone(), true);
                }
            }
            (FormValue::List(rows), false)
        }
        (FormValue::Record(b), FormValue::Record(m), FormValue::Record(d)) if depth <= 1 => {
            let get = |entries: &[(String, FormValue)], k: &str| {
                entries
                    .iter()
                    .find(|(x, _)| x == k)
                    .map_or(FormValue::Empty, |(_, v)| v.clone())
            };
            let mut keys: Vec<&String> = m.iter().map(|(k, _)| k).collect();
            for (k, _) in d.iter().chain(b.iter()) {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
            let mut clash = false;
            let entries = keys
                .into_iter()
                .filter_map(|k| {
                    // A record's values are whole: one side's or a conflict.
                    let (bv, mv, dv) = (get(b, k), get(m, k), get(d, k));
                    let v = if mv == bv {
                        dv
                    } else if dv == bv || dv == mv {
                        mv
                    } else {
                        clash = true;
                        mv
                    };
                    (v != FormValue::Empty).then(|| (k.clone(), v))
                })
                .collect();
            (FormValue::Record(entries), clash)
        }
        _ => (mine.clone(), true),
    }
}

/// Every `not_for` in `v`, as the item it stands on (its other parts) and
/// the recipient it keeps the item from.
fn withholdings(v: &FormValue, out: &mut Vec<(FormValue, String)>) {
    match v {
        FormValue::Record(entries) => {
            let item: Vec<(String, FormValue)> = entries
                .iter()
                .filter(|(k, _)| k != "not_for")
                .cloned()
                .collect();
            for (k, part) in entries {
                if k == "not_for" {
                    let names = match part {
                        FormValue::List(items) => items.clone(),
                        other => vec![other.clone()],
                    };
                    for n in names {
                        if let FormValue::Text(n) = n {
                            out.push((FormValue::Record(item.clone()), crate::text::key(&n)));
                        }
                    }
                } else {
                    withholdings(part, out);
                }
            }
        }
        FormValue::List(items) => items.iter().for_each(|i| withholdings(i, out)),
        FormValue::Text(_) | FormValue::Empty => {}
    }
}

/// Whether `result` still keeps from each recipient what the file (`disk`)
/// keeps from them and the loaded text (`base`) did not: a `not_for` a
/// colleague added while the form was open. Applying a result that would
/// drop one is refused for that field (fail closed: the file's version
/// stays, the person's text is shown to copy).
pub fn keeps_withholding(base: &FormValue, disk: &FormValue, result: &FormValue) -> bool {
    let (mut b, mut d, mut r) = (Vec::new(), Vec::new(), Vec::new());
    withholdings(base, &mut b);
    withholdings(disk, &mut d);
    withholdings(result, &mut r);
    d.iter().filter(|w| !b.contains(w)).all(|w| r.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> FormValue {
        FormValue::Text(s.to_owned())
    }

    fn row(action: &str, owner: &str) -> FormValue {
        FormValue::Record(vec![
            ("action".into(), t(action)),
            ("owner".into(), t(owner)),
        ])
    }

    fn kept(v: FormValue, from: &str) -> FormValue {
        match v {
            FormValue::Record(mut e) => {
                e.push(("not_for".into(), FormValue::List(vec![t(from)])));
                FormValue::Record(e)
            }
            other => FormValue::Record(vec![
                ("text".into(), other),
                ("not_for".into(), FormValue::List(vec![t(from)])),
            ]),
        }
    }

    #[test]
    fn one_side_changed_takes_that_side() {
        let (b, c) = (t("a"), t("b"));
        assert_eq!(merge3(&b, &b, &c), (c.clone(), false));
        assert_eq!(merge3(&b, &c, &b), (c.clone(), false));
        assert_eq!(merge3(&b, &c, &c), (c, false));
    }

    #[test]
    fn different_rows_merge_and_the_same_row_is_a_conflict() {
        let base = FormValue::List(vec![row("a", "x"), row("b", "y")]);
        let mine = FormValue::List(vec![row("a2", "x"), row("b", "y")]);
        let disk = FormValue::List(vec![row("a", "x"), row("b", "z")]);
        assert_eq!(
            merge3(&base, &mine, &disk),
            (FormValue::List(vec![row("a2", "x"), row("b", "z")]), false)
        );
        let disk = FormValue::List(vec![row("a3", "x"), row("b", "y")]);
        assert_eq!(merge3(&base, &mine, &disk), (mine.clone(), true));
    }

    #[test]
    fn records_merge_key_by_key() {
        let base = row("a", "x");
        let mine = row("a2", "x");
        let disk = row("a", "y");
        assert_eq!(merge3(&base, &mine, &disk), (row("a2", "y"), false));
    }

    #[test]
    fn a_not_for_added_on_disk_must_survive_the_result() {
        let base = FormValue::List(vec![row("a", "x"), row("b", "y")]);
        // Another row withheld on disk, this row edited: merged, kept.
        let mine = FormValue::List(vec![row("a2", "x"), row("b", "y")]);
        let disk = FormValue::List(vec![row("a", "x"), kept(row("b", "y"), "school")]);
        let (result, clash) = merge3(&base, &mine, &disk);
        assert!(!clash);
        assert!(keeps_withholding(&base, &disk, &result));
        // The same row withheld on disk and edited here: the result (mine)
        // would drop it.
        let disk = FormValue::List(vec![kept(row("a", "x"), "school"), row("b", "y")]);
        let (result, _) = merge3(&base, &mine, &disk);
        assert!(!keeps_withholding(&base, &disk, &result));
        // A text withheld on disk and edited here.
        let (b, m) = (t("old"), t("new"));
        let d = kept(t("old"), "daycare");
        let (result, clash) = merge3(&b, &m, &d);
        assert!(clash);
        assert!(!keeps_withholding(&b, &d, &result));
        // A `not_for` the person removed on purpose (it was in the base).
        let b = kept(t("old"), "daycare");
        assert!(keeps_withholding(&b, &b, &t("new")));
    }
}
