//! A field's short name as a page calls it ("Tavoite" for `goal`): what
//! findings on a page say instead of the key. The command line keeps the
//! keys, which are what a person edits in the file.

use crate::model::Lang;

/// (key, fi, sv, en); a key of a record is named by its leaf.
const LABELS: &[(&str, &str, &str, &str)] = &[
    ("kind", "Neuvottelun laji", "Mötestyp", "Kind of meeting"),
    (
        "acute",
        "Akuuttineuvonpito",
        "Akut familjerådslag",
        "Acute conference",
    ),
    (
        "follows",
        "Aiempi neuvottelu, jota tämä seuraa",
        "Tidigare möte som detta följer upp",
        "Earlier meeting this one follows",
    ),
    ("date", "Päivämäärä", "Datum", "Date"),
    ("time", "Alkamisaika", "Starttid", "Start time"),
    ("duration_min", "Kesto", "Längd", "Length"),
    ("place", "Paikka", "Plats", "Place"),
    ("goal", "Tavoite", "Mål", "Goal"),
    ("invited_by", "Kutsuja", "Inbjuden av", "Invited by"),
    ("chair", "Puheenjohtaja", "Ordförande", "Chair"),
    (
        "note_taker",
        "Muistion kirjoittaja",
        "Den som skriver minnesanteckningarna",
        "Note-taker",
    ),
    (
        "child_support_person",
        "Lapsen valmentaja tai avustaja",
        "Barnets stöd eller assistent för barnet",
        "The child's support person",
    ),
    ("invitees", "Kutsutut", "Inbjudna", "Invitees"),
    ("name", "Nimi", "Namn", "Name"),
    ("role", "Rooli", "Roll", "Role"),
    (
        "organisation",
        "Organisaatio",
        "Organisation",
        "Organisation",
    ),
    (
        "relation",
        "Suhde lapseen",
        "Relation till barnet",
        "Relation to the child",
    ),
    ("guardian", "Huoltaja", "Vårdnadshavare", "Guardian"),
    ("interpreter", "Tulkki", "Tolk", "Interpreter"),
    ("email", "Sähköposti", "E-post", "E-mail"),
    ("phone", "Puhelin", "Telefon", "Phone"),
    (
        "child_attends",
        "Osallistuuko lapsi",
        "Deltar barnet",
        "Does the child take part",
    ),
    (
        "child_attendance_reason",
        "Miksi lapsi osallistuu tai ei osallistu",
        "Varför barnet deltar eller inte",
        "Why the child takes part or not",
    ),
    (
        "child_preparation",
        "Lapsen valmentaminen",
        "Förberedelse av barnet",
        "Preparing the child",
    ),
    ("by", "Kuka", "Vem", "Who"),
    (
        "told_who_is_coming",
        "Lapselle kerrottu, keitä tulee",
        "Barnet har fått veta vilka som kommer",
        "The child was told who is coming",
    ),
    (
        "told_topics",
        "Lapselle kerrottu, mistä puhutaan",
        "Barnet har fått veta vad som ska tas upp",
        "The child was told the topics",
    ),
    (
        "child_wants_to_talk_about",
        "Mistä lapsi haluaa puhua",
        "Vad barnet vill tala om",
        "What the child wants to talk about",
    ),
    (
        "child_wants_adults_to_discuss",
        "Mistä lapsen mielestä aikuisten pitäisi puhua",
        "Vad barnet tycker att de vuxna borde tala om",
        "What the child wants the adults to discuss",
    ),
    (
        "may_share_answers",
        "Lapsen vastaukset saa näyttää kutsutuille",
        "Barnets svar får visas för de inbjudna",
        "The child's answers may be shown to the invitees",
    ),
    (
        "family_views",
        "Perheen näkemykset",
        "Familjens synpunkter",
        "The family's views",
    ),
    (
        "plan_topics",
        "Suunnitelman aiheet",
        "Planens ämnen",
        "Topics for the plan",
    ),
    (
        "bottom_lines",
        "Suunnitelman vähimmäisehdot",
        "Planens minimikrav",
        "Bottom lines for the plan",
    ),
    (
        "observe",
        "Mihin päiväkoti kiinnittää huomiota",
        "Vad daghemmet ska uppmärksamma",
        "What daycare watches for",
    ),
    (
        "topics",
        "Osallistujien asiat",
        "Deltagarnas ämnen",
        "The participants' topics",
    ),
    ("topic", "Asia", "Ämne", "Topic"),
    (
        "memo_consent",
        "Suostumus muistion jakamiseen",
        "Samtycke till att dela minnesanteckningarna",
        "Consent to share the memo",
    ),
    (
        "given_by",
        "Suostumuksen antaja",
        "Samtycke givet av",
        "Consent given by",
    ),
    (
        "recipients",
        "Kenelle muistion saa antaa",
        "Vem som får minnesanteckningarna",
        "Who may receive the memo",
    ),
    (
        "withdrawn",
        "Suostumus peruttu",
        "Samtycket återkallat",
        "Consent withdrawn",
    ),
    (
        "decided_with",
        "Suostumus (vanha kirjaustapa)",
        "Samtycke (gammalt sätt)",
        "Consent (old form)",
    ),
    (
        "child_views",
        "Lapsen näkemykset",
        "Barnets synpunkter",
        "The child's views",
    ),
    ("absent", "Poissa olleet", "Frånvarande", "Absent"),
    (
        "update",
        "Kirjallinen viesti",
        "Skriftligt meddelande",
        "Written message",
    ),
    (
        "review",
        "Aiemmin sovitun läpikäynti",
        "Genomgång av det man tidigare kom överens om",
        "Review of what was agreed before",
    ),
    ("status", "Tilanne", "Läge", "Status"),
    ("summary", "Yhteenveto", "Sammanfattning", "Summary"),
    (
        "agreed",
        "Sovitut asiat",
        "Överenskomna åtgärder",
        "Agreed actions",
    ),
    ("action", "Sovittu asia", "Åtgärd", "Action"),
    ("owner", "Kuka vastaa", "Ansvarig", "Owner"),
    ("due", "Mihin mennessä", "Senast", "Due"),
    ("done", "Tehty", "Gjord", "Done"),
    (
        "informing_child",
        "Kuka kertoo lapselle",
        "Vem som berättar för barnet",
        "Who tells the child",
    ),
    ("who", "Kuka", "Vem", "Who"),
    ("how", "Miten", "Hur", "How"),
    ("when", "Milloin", "När", "When"),
    (
        "evaluation",
        "Arvio neuvottelusta",
        "Utvärdering av mötet",
        "Evaluation of the meeting",
    ),
    ("dissent", "Eriävä näkemys", "Avvikande åsikt", "Dissent"),
    ("view", "Näkemys", "Synpunkt", "View"),
    ("plan", "Suunnitelma", "Plan", "Plan"),
    (
        "plan_lead",
        "Suunnitelman vastuuhenkilö",
        "Ansvarig för planen",
        "Plan lead",
    ),
    (
        "child_wishes_in_plan",
        "Lapsen toiveet suunnitelmassa",
        "Barnets önskemål i planen",
        "The child's wishes in the plan",
    ),
    (
        "plan_evaluation",
        "Sosiaalityöntekijän arvio suunnitelmasta",
        "Socialarbetarens bedömning av planen",
        "The social worker's evaluation of the plan",
    ),
    (
        "next_meeting",
        "Seuraava neuvottelu",
        "Nästa möte",
        "Next meeting",
    ),
    (
        "follow_up",
        "Miten asioita seurataan",
        "Hur det följs upp",
        "Follow-up",
    ),
    (
        "memo_date",
        "Muistion päiväys",
        "Minnesanteckningarnas datum",
        "Date of the memo",
    ),
    (
        "going_well",
        "Mikä sujuu hyvin",
        "Vad som går bra",
        "What is going well",
    ),
    (
        "contingency",
        "Jos ennakoitu ongelmatilanne syntyy",
        "Om en förutsebar svårighet uppstår",
        "If a difficulty arises",
    ),
    (
        "situation",
        "Ennakoitu ongelmatilanne",
        "Förutsebar svårighet",
        "A foreseeable difficulty",
    ),
    ("discussion", "Keskustelu", "Diskussion", "Discussion"),
    ("cooperation", "Yhteistyö", "Samarbete", "Cooperation"),
    (
        "ecec_plan",
        "Varhaiskasvatussuunnitelma",
        "Plan för småbarnspedagogik",
        "Early childhood education plan",
    ),
    ("text", "Teksti", "Text", "Text"),
    (
        "not_for",
        "Ei näille vastaanottajille",
        "Inte till dessa mottagare",
        "Not for these recipients",
    ),
    ("child", "Lapsi", "Barn", "Child"),
    ("born", "Syntymäaika", "Födelsedatum", "Date of birth"),
    (
        "responsible_worker",
        "Vastuusosiaalityöntekijä",
        "Ansvarig socialarbetare",
        "Allocated social worker",
    ),
    (
        "contact",
        "Yhteystiedot",
        "Kontaktuppgifter",
        "Contact details",
    ),
    ("language", "Kieli", "Språk", "Language"),
    (
        "stage",
        "Lapsen asian vaihe",
        "Ärendets skede",
        "Stage of the case",
    ),
    (
        "permissions",
        "Tiedostojen lukuoikeus",
        "Läsrätt till filerna",
        "Who may read the files",
    ),
    (
        "hook",
        "Tallennuksen tarkistus",
        "Kontroll vid sparande",
        "Check on commit",
    ),
    (
        "actions_done",
        "Tehdyiksi merkityt asiat",
        "Åtgärder markerade som gjorda",
        "Actions marked done",
    ),
    ("meeting", "Neuvottelu", "Möte", "Meeting"),
    // Issue 24: the filing and the dated corrections.
    ("filed", "Arkistoitu", "Arkiverad", "Filed"),
    (
        "corrections",
        "Korjaukset arkistoinnin jälkeen",
        "Rättelser efter arkiveringen",
        "Corrections after filing",
    ),
    (
        "field",
        "Korjattu kohta",
        "Det som rättades",
        "What was corrected",
    ),
    (
        "was",
        "Alkuperäinen teksti",
        "Ursprunglig text",
        "Original text",
    ),
    (
        "why",
        "Korjauksen syy",
        "Skälet till rättelsen",
        "Reason for the correction",
    ),
];

/// A field's name on a page: `goal`, `agreed[0].owner` or
/// `child_preparation.by` by the name of its last part; `None` for a key
/// lsk does not know.
pub fn field_label(lang: Lang, field: &str) -> Option<&'static str> {
    let leaf = field.rsplit('.').next().unwrap_or(field);
    let leaf = leaf.split('[').next().unwrap_or(leaf);
    LABELS
        .iter()
        .find(|(k, ..)| *k == leaf)
        .map(|(_, fi, sv, en)| match lang {
            Lang::Fi => *fi,
            Lang::Sv => *sv,
            Lang::En => *en,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            for key in crate::schema::all_keys() {
                assert!(field_label(*lang, key).is_some(), "{lang} {key}");
            }
        }
    }

    #[test]
    fn a_record_field_is_named_by_its_leaf() {
        assert_eq!(
            field_label(Lang::Fi, "agreed[0].owner"),
            Some("Kuka vastaa")
        );
        assert_eq!(field_label(Lang::Sv, "goal"), Some("Mål"));
        assert_eq!(field_label(Lang::En, "nonsense"), None);
    }

    /// The form's wording and a finding's name for the same field are one
    /// wording (the new user's walk, fault 14).
    #[test]
    fn the_child_preparation_fields_have_one_swedish_wording() {
        for key in ["told_who_is_coming", "child_wants_adults_to_discuss"] {
            let doc = crate::schema::docs::field_doc(Lang::Sv, key, None);
            let label = field_label(Lang::Sv, key).unwrap_or_default();
            assert!(
                doc.to_lowercase().ends_with(&label.to_lowercase()),
                "{key}: form {doc:?}, finding {label:?}"
            );
        }
    }
}
