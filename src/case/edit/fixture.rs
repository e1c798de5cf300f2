//! What the editor's unit tests share: a meeting with comments, examples
//! and odd spacing, and small helpers to build and compare values.

use super::align::{Step, align};
use super::*;
use FormValue::{Empty, Record, Text};

pub(super) const MEETING: &str = r#"---
# kuka kutsuu
invited_by: Sari Sosiaalityö

# kaikki kutsutut
invitees:
  - name: Sari Sosiaalityö
    role: social-worker
    organisation: Lastensuojelu
  - name: Äiti Esimerkki
    role: parent
    guardian: true
  - name: Isä Esimerkki
    role: parent
  - name: Leena Lastentarha
    role: daycare
    not_for: [school]
  - name: Opettaja
    role: school
#  (esimerkki)
#  - name:                         # nimi
#    role:                         # rooli

# miten lapsi valmennetaan
child_preparation:
  by:                              # kuka
  told_topics:                     # kerrottu

# mitä päiväkoti seuraa
observe:
#  - ...

summary: |
  Ensimmäinen rivi.
  Toinen rivi.
time: 9.30   # klo
custom_key: "pidetään"
memo_consent:
  decided_with: Äiti
  recipients: [daycare]
---

## Muistiinpanot

Sana sanalta.
"#;

pub(super) fn text(s: &str) -> FormValue {
    Text(s.to_owned())
}

pub(super) fn rec(pairs: &[(&str, FormValue)]) -> FormValue {
    Record(
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect(),
    )
}

pub(super) fn get(source: &str, key: &str) -> FormValue {
    form_values(source)
        .unwrap()
        .into_iter()
        .find(|(k, _)| k == key)
        .map_or(Empty, |(_, v)| v)
}

/// The lines of `a` missing from `b`, and those of `b` missing from
/// `a`, in order (a line diff).
pub(super) fn diff(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
    let (x, y): (Vec<FormValue>, Vec<FormValue>) =
        (a.lines().map(text).collect(), b.lines().map(text).collect());
    let mut gone = Vec::new();
    let mut added = Vec::new();
    for step in align(&x, &y) {
        match step {
            Step::Del(i) => gone.push(a.lines().nth(i).unwrap().to_owned()),
            Step::Ins(j) => added.push(b.lines().nth(j).unwrap().to_owned()),
            Step::Keep(..) => {}
        }
    }
    (gone, added)
}

/// Sets `key` in `src` to `value`; the result must read back.
pub(super) fn set(src: &str, key: &str, value: FormValue) -> String {
    let out = set_fields(src, &[(key, value.clone())]).unwrap_or_else(|e| panic!("{e:?}\n{src}"));
    assert!(same(&get(&out, key), &value), "{out}");
    out
}
