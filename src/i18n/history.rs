//! The words of a case's history (issue 23): what a change did, said as a
//! social worker would write it, for `lsk history` and the history pages.

use crate::model::Lang;

/// One part of what a change did, before it is put in words.
pub enum Part<'a> {
    /// A new meeting was made.
    NewMeeting,
    /// The meeting's meeting.md was removed.
    MeetingRemoved,
    /// Fields of the meeting changed, by their names.
    Fields(&'a [String]),
    /// The case's details (lsk.yaml) changed, by their names.
    CaseFields(&'a [String]),
    /// The case was started (lsk.yaml written the first time).
    NewCase,
    /// Documents made, by their names in words.
    Rendered(&'a [String]),
    /// Copies disclosed: (recipient, document) in words.
    Copies(&'a [(String, String)]),
    /// Other files of the case changed (how many).
    Other(usize),
}

/// A part in words: "Muutettu: Päivämäärä, Sovitut asiat".
pub fn part(lang: Lang, part: &Part) -> String {
    let list = |items: &[String]| items.join(", ");
    match (lang, part) {
        (Lang::Fi, Part::NewMeeting) => "Uusi neuvottelu".into(),
        (Lang::Sv, Part::NewMeeting) => "Nytt möte".into(),
        (Lang::En, Part::NewMeeting) => "New meeting".into(),
        (Lang::Fi, Part::MeetingRemoved) => "Neuvottelu poistettu".into(),
        (Lang::Sv, Part::MeetingRemoved) => "Mötet borttaget".into(),
        (Lang::En, Part::MeetingRemoved) => "Meeting removed".into(),
        (Lang::Fi, Part::Fields(f)) => format!("Muutettu: {}", list(f)),
        (Lang::Sv, Part::Fields(f)) => format!("Ändrat: {}", list(f)),
        (Lang::En, Part::Fields(f)) => format!("Changed: {}", list(f)),
        (Lang::Fi, Part::CaseFields(f)) => format!("Asian tiedot muutettu: {}", list(f)),
        (Lang::Sv, Part::CaseFields(f)) => format!("Ärendets uppgifter ändrade: {}", list(f)),
        (Lang::En, Part::CaseFields(f)) => format!("Case details changed: {}", list(f)),
        (Lang::Fi, Part::NewCase) => "Asia aloitettu".into(),
        (Lang::Sv, Part::NewCase) => "Ärendet påbörjat".into(),
        (Lang::En, Part::NewCase) => "Case started".into(),
        (Lang::Fi, Part::Rendered(d)) => format!("Asiakirja tehty: {}", list(d)),
        (Lang::Sv, Part::Rendered(d)) => format!("Dokument gjort: {}", list(d)),
        (Lang::En, Part::Rendered(d)) => format!("Document made: {}", list(d)),
        (lang, Part::Copies(c)) => {
            let items: Vec<String> = c.iter().map(|(r, d)| format!("{r} ({d})")).collect();
            let lead = match lang {
                Lang::Fi => "Kopio luovutettu",
                Lang::Sv => "Kopia utlämnad",
                Lang::En => "Copy disclosed",
            };
            format!("{lead}: {}", items.join(", "))
        }
        (Lang::Fi, Part::Other(n)) => format!("Muita tiedostoja muutettu: {n}"),
        (Lang::Sv, Part::Other(n)) => format!("Andra filer ändrade: {n}"),
        (Lang::En, Part::Other(n)) => format!("Other files changed: {n}"),
    }
}

/// The parts of one change in one sentence.
pub fn summary(lang: Lang, parts: &[Part]) -> String {
    let said: Vec<String> = parts.iter().map(|p| part(lang, p)).collect();
    if said.is_empty() {
        return match lang {
            Lang::Fi => "Ei muutoksia sisältöön".into(),
            Lang::Sv => "Inga ändringar i innehållet".into(),
            Lang::En => "No change to the content".into(),
        };
    }
    said.join(". ")
}

/// The free notes after the fields, by the name the form gives them.
pub fn notes(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "Muistiinpanot",
        Lang::Sv => "Anteckningar",
        Lang::En => "Notes",
    }
}

/// A field of a meeting or of the case in words; the key itself (masked
/// by the caller) when lsk does not know it.
pub fn field(lang: Lang, key: &str) -> Option<&'static str> {
    if key == "notes" {
        return Some(notes(lang));
    }
    super::fields::field_label(lang, key)
}

/// The table's header of `lsk history`.
pub fn header(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Fi => ["Milloin", "Kuka", "Neuvottelu", "Mitä tehtiin"],
        Lang::Sv => ["När", "Vem", "Möte", "Vad som gjordes"],
        Lang::En => ["When", "Who", "Meeting", "What was done"],
    }
}

/// A team's history: the case column first, then [`header`]'s.
pub fn team_header(lang: Lang) -> [&'static str; 5] {
    let [when, who, meeting, what] = header(lang);
    let case = match lang {
        Lang::Fi => "Lapsen asia",
        Lang::Sv => "Ärende",
        Lang::En => "Case",
    };
    [when, who, case, meeting, what]
}

/// Below a team's history when older changes were left out.
pub fn team_window(lang: Lang, limit: usize) -> String {
    match lang {
        Lang::Fi => format!(
            "Yllä näkyvät {limit} viimeisimmän tallennuksen muutokset. Aiemmat muutokset: lsk history --limit 0 (kaikki) tai lsk history lapsen asian tai neuvottelun kansiossa."
        ),
        Lang::Sv => format!(
            "Ovan visas ändringarna i de {limit} senaste sparningarna. Äldre ändringar: lsk history --limit 0 (alla) eller lsk history i ett ärendes eller ett mötes mapp."
        ),
        Lang::En => format!(
            "Above are the changes of the newest {limit} commits. Older changes: lsk history --limit 0 (all), or lsk history in a case's or a meeting's folder."
        ),
    }
}

/// A change to the case as a whole, in the meeting column.
pub fn whole_case(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "(koko asia)",
        Lang::Sv => "(hela ärendet)",
        Lang::En => "(the whole case)",
    }
}

/// `lsk history` with nothing to tell.
pub fn nothing(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Fi => format!("{path}: versiohistoriassa ei ole muutoksia"),
        Lang::Sv => format!("{path}: versionshistoriken har inga ändringar"),
        Lang::En => format!("{path}: the version history has no changes"),
    }
}

/// `lsk history` outside a git repository.
pub fn not_in_git(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "{path} ei ole versionhallinnassa (git), joten sen muutoshistoriaa ei ole tallessa: lsk kirjaa jokaisen muutoksen, kun asia on tiimin git-säilössä (ks. docs/fi/tiimi.md)"
        ),
        Lang::Sv => format!(
            "{path} är inte under versionshantering (git), så ingen ändringshistorik finns sparad: lsk registrerar varje ändring när ärendet ligger i teamets git-förråd (se docs/sv/team.md)"
        ),
        Lang::En => format!(
            "{path} is not under version control (git), so no history of its changes is kept: lsk records every change once the case is in the team's git repository (see docs/en/team.md)"
        ),
    }
}

/// git could not tell the history.
pub fn unreadable(lang: Lang, why: &str) -> String {
    match lang {
        Lang::Fi => format!("versiohistoriaa ei voi lukea: {why}"),
        Lang::Sv => format!("versionshistoriken kan inte läsas: {why}"),
        Lang::En => format!("cannot read the version history: {why}"),
    }
}
