//! Lossless saving on any text: `set_fields`, `set_notes` and
//! `form_values` never panic; what `set_fields` returns reads back as the
//! form said, with the same notes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lsk::case::edit::{self, FormValue};

/// A value the form might send instead of `v`, from the input's bytes.
fn changed(v: &FormValue, byte: u8, text: &str) -> FormValue {
    match (v, byte % 4) {
        (_, 0) => FormValue::Empty,
        (FormValue::List(items), 1) => {
            let mut items = items.clone();
            if items.is_empty() {
                items.push(FormValue::Text(text.to_owned()));
            } else {
                items.remove(byte as usize % items.len());
            }
            FormValue::List(items)
        }
        (FormValue::Record(fields), 2) if !fields.is_empty() => {
            let mut fields = fields.clone();
            let i = byte as usize % fields.len();
            fields[i].1 = FormValue::Text(text.to_owned());
            FormValue::Record(fields)
        }
        (_, 3) => FormValue::List(vec![FormValue::Text(text.to_owned())]),
        _ => FormValue::Text(text.to_owned()),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    // The last line is what the form types; the rest is the file.
    let (source, typed) = input.rsplit_once('\u{1}').unwrap_or((input, "a: b\n- c"));
    let _ = edit::set_notes(source, typed);
    let Ok(values) = edit::form_values(source) else {
        assert!(edit::set_fields(source, &[("goal", FormValue::Empty)]).is_err());
        return;
    };
    let fields: Vec<(String, FormValue)> = values
        .iter()
        .enumerate()
        .map(|(i, (k, v))| (k.clone(), changed(v, data[i % data.len()], typed)))
        .chain([("goal".to_owned(), FormValue::Text(typed.to_owned()))])
        .collect();
    let mut seen = Vec::new();
    let fields: Vec<(&str, FormValue)> = fields
        .iter()
        .filter(|(k, _)| {
            let new = !seen.contains(k);
            seen.push(k.clone());
            new
        })
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    if let Ok(out) = edit::set_fields(source, &fields) {
        let back = edit::form_values(&out).expect("the result reads");
        for (k, v) in &fields {
            let read = back
                .iter()
                .find(|(key, _)| key == k)
                .map_or(FormValue::Empty, |(_, v)| v.clone());
            assert!(edit::same(&read, v), "{k}: {read:?} != {v:?}");
        }
    }
});
