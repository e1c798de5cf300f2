//! The words of `lsk serve`'s pages, in fi, sv and en.

use std::collections::BTreeMap;

use crate::model::Lang;

/// (key, fi, sv, en)
const WORDS: &[(&str, &str, &str, &str)] = &[
    ("case", "Asiakkuus", "Klientskap", "Case"),
    (
        "team",
        "Tiimin asiakkuudet",
        "Teamets klientskap",
        "The team's cases",
    ),
    ("child", "Lapsi", "Barn", "Child"),
    ("born", "Syntynyt", "Född", "Born"),
    (
        "stage",
        "Vaihe asiakkuudessa",
        "Skede i klientskapet",
        "Stage of the case",
    ),
    (
        "worker",
        "Vastuusosiaalityöntekijä",
        "Ansvarig socialarbetare",
        "Responsible social worker",
    ),
    // The language links at the top: each language by its own name, the
    // same on every page (the link carries `lang`, so a screen reader says
    // it right). `lang_*` below names a language in the page's language.
    ("lang_link_fi", "suomi", "suomi", "suomi"),
    ("lang_link_sv", "svenska", "svenska", "svenska"),
    ("lang_link_en", "English", "English", "English"),
    ("meetings", "Neuvottelut", "Möten", "Meetings"),
    ("date", "Päivä", "Datum", "Date"),
    ("kind", "Laji", "Typ", "Kind"),
    ("phase", "Vaihe", "Skede", "Phase"),
    ("errors", "Virheet", "Fel", "Errors"),
    ("warnings", "Varoitukset", "Varningar", "Warnings"),
    ("documents", "Asiakirjat", "Dokument", "Documents"),
    (
        "memo_due",
        "muistio puuttuu",
        "minnesanteckningar saknas",
        "memo due",
    ),
    (
        "cannot_read",
        "Ei voi lukea",
        "Kan inte läsas",
        "Cannot be read",
    ),
    (
        "actions",
        "Sovitut tehtävät",
        "Överenskomna uppgifter",
        "Agreed actions",
    ),
    (
        "open_actions",
        "Avoimet tehtävät",
        "Öppna uppgifter",
        "Open actions",
    ),
    ("overdue", "myöhässä", "försenad", "overdue"),
    (
        "overdue_actions",
        "Myöhässä olevat tehtävät",
        "Försenade uppgifter",
        "Overdue actions",
    ),
    ("owner", "Vastuuhenkilö", "Ansvarig", "Owner"),
    ("due", "Määräpäivä", "Senast", "Due"),
    ("action", "Tehtävä", "Uppgift", "Action"),
    (
        "no_actions",
        "Ei avoimia tehtäviä.",
        "Inga öppna uppgifter.",
        "No open actions.",
    ),
    (
        "no_meetings",
        "Ei neuvotteluja.",
        "Inga möten.",
        "No meetings.",
    ),
    ("cases", "Asiakkuudet", "Klientskap", "Cases"),
    ("meeting", "Neuvottelu", "Möte", "Meeting"),
    ("findings", "Havainnot", "Anmärkningar", "Findings"),
    (
        "general",
        "Koko neuvottelua koskevat",
        "Gäller hela mötet",
        "About the whole meeting",
    ),
    ("field", "Kenttä", "Fält", "Field"),
    ("value", "Arvo", "Värde", "Value"),
    ("empty", "(tyhjä)", "(tomt)", "(empty)"),
    ("error", "Virhe", "Fel", "Error"),
    ("warning", "Varoitus", "Varning", "Warning"),
    ("why", "Miksi?", "Varför?", "Why?"),
    (
        "before",
        "Ennen neuvottelua",
        "Före mötet",
        "Before the meeting",
    ),
    (
        "during",
        "Neuvottelussa",
        "Under mötet",
        "During the meeting",
    ),
    (
        "after",
        "Neuvottelun jälkeen",
        "Efter mötet",
        "After the meeting",
    ),
    ("other", "Muut kentät", "Övriga fält", "Other fields"),
    ("notes", "Muistiinpanot", "Anteckningar", "Notes"),
    ("line", "rivi", "rad", "line"),
    (
        "all_clear",
        "Ei virheitä eikä varoituksia.",
        "Inga fel eller varningar.",
        "No errors or warnings.",
    ),
    ("preview", "Esikatsele", "Förhandsgranska", "Preview"),
    ("print", "Tulosta", "Skriv ut", "Print"),
    (
        "print_hint",
        "Avaa tulostettava sivu ja tulosta selaimen tulostustoiminnolla (Ctrl+P).",
        "Öppna utskriftssidan och skriv ut med webbläsarens utskrift (Ctrl+P).",
        "Open the print page and print it from the browser (Ctrl+P).",
    ),
    (
        "render",
        "Tallenna asiakirja",
        "Spara dokumentet",
        "Save the document",
    ),
    (
        "recipient",
        "Kopio vastaanottajalle (vain muistio, suostumuksella)",
        "Kopia till mottagare (endast minnesanteckningar, med samtycke)",
        "A copy for a recipient (memo only, with consent)",
    ),
    (
        "refused",
        "Asiakirjaa ei voi tehdä:",
        "Dokumentet kan inte göras:",
        "The document cannot be made:",
    ),
    ("written", "Tallennettu:", "Sparat:", "Saved:"),
    (
        "hand_edited",
        "Asiakirjaa on muokattu käsin sen jälkeen, kun lsk teki sen.",
        "Dokumentet har redigerats för hand sedan lsk gjorde det.",
        "The document was edited by hand since lsk made it.",
    ),
    (
        "keep",
        "Säilytä käsin muokattu",
        "Behåll den handredigerade",
        "Keep the hand-edited one",
    ),
    (
        "overwrite",
        "Korvaa uudella",
        "Ersätt med en ny",
        "Overwrite with a new one",
    ),
    (
        "back",
        "Takaisin neuvotteluun",
        "Tillbaka till mötet",
        "Back to the meeting",
    ),
    ("home", "Etusivu", "Startsida", "Home"),
    ("language", "Kieli", "Språk", "Language"),
    (
        "not_found",
        "Sivua ei löydy.",
        "Sidan hittades inte.",
        "No such page.",
    ),
    (
        "unauthorised",
        "Avaa osoite, jonka lsk serve tulosti, niin tämä sivu aukeaa.",
        "Öppna adressen som lsk serve skrev ut, så öppnas sidan.",
        "Open the address `lsk serve` printed to see this page.",
    ),
    (
        "changed",
        "Tiedostot muuttuivat levyllä: sivu päivittyy.",
        "Filerna ändrades på disken: sidan uppdateras.",
        "The files changed on disk: the page updates.",
    ),
    ("current", "ajan tasalla", "aktuell", "current"),
    ("stale", "vanhentunut", "föråldrad", "stale"),
    ("edited", "muokattu käsin", "handredigerad", "edited"),
    ("missing", "puuttuu", "saknas", "missing"),
    ("follow_up", "Jatko", "Uppföljning", "Follow-up"),
    ("explain", "Selitys", "Förklaring", "Explanation"),
    ("main", "Sisältö", "Innehåll", "Content"),
    (
        "not_read",
        "Näitä kansioita ei lueta",
        "Dessa mappar läses inte",
        "These folders are not read",
    ),
    (
        "last_good",
        "Tiedostoa ei voi nyt lukea: alla on neuvottelu sellaisena kuin se viimeksi luettiin.",
        "Filen kan inte läsas nu: nedan visas mötet så som det senast lästes.",
        "The file cannot be read now: below is the meeting as it was last read.",
    ),
    ("pdf", "PDF-tiedostona", "Som PDF-fil", "As a PDF file"),
    // A new case from the browser (the team page).
    ("new_case", "Uusi asiakkuus", "Nytt klientskap", "New case"),
    (
        "new_case_intro",
        "lsk tekee asiakkuudelle oman kansion, jossa on asiakkuuden tiedot (lsk.yaml) ja kansio neuvotteluille. Älä kirjoita henkilötunnusta mihinkään kenttään: lsk ei tallenna sitä.",
        "lsk gör en egen mapp för klientskapet, med klientskapets uppgifter (lsk.yaml) och en mapp för mötena. Skriv ingen personbeteckning i något fält: lsk sparar den inte.",
        "lsk makes a folder for the case, with the case's details (lsk.yaml) and a folder for its meetings. Do not write an identity code in any field: lsk does not save one.",
    ),
    (
        "child_name",
        "Lapsen nimi",
        "Barnets namn",
        "The child's name",
    ),
    (
        "child_name_hint",
        "Nimi sellaisena kuin asiakirjoissa; voi olla etunimi tai peitenimi.",
        "Namnet så som det står i dokumenten; kan vara ett förnamn eller ett täcknamn.",
        "The name as the documents use it; a first name or a pseudonym will do.",
    ),
    (
        "born_hint",
        "VVVV, VVVV-KK tai VVVV-KK-PP, esim. 2021-03",
        "ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, t.ex. 2021-03",
        "YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2021-03",
    ),
    ("folder", "Kansion nimi", "Mappens namn", "Folder name"),
    (
        "folder_hint",
        "Jos jätät tyhjäksi, kansio nimetään lapsen nimestä. Ei henkilötunnusta.",
        "Lämnar du det tomt, får mappen namn efter barnets namn. Ingen personbeteckning.",
        "Left empty, the folder is named after the child's name. No identity code.",
    ),
    (
        "folder_bad",
        "Kansion nimessä ei voi olla merkkejä / \\ < > : \" | ? * eikä ohjausmerkkejä, eikä se voi alkaa pisteellä: valitse toinen nimi.",
        "Mappens namn kan inte innehålla tecknen / \\ < > : \" | ? * eller styrtecken, och kan inte börja med en punkt: välj ett annat namn.",
        "A folder name cannot hold / \\ < > : \" | ? * or control characters, nor start with a dot: choose another name.",
    ),
    (
        "folder_exists",
        "samanniminen kansio on jo olemassa, eikä lsk käytä sitä: valitse toinen nimi.",
        "en mapp med samma namn finns redan, och lsk använder den inte: välj ett annat namn.",
        "a folder of that name already exists, and lsk does not use it: choose another name.",
    ),
    (
        "case_lang",
        "Asiakirjojen kieli",
        "Dokumentens språk",
        "Language of the documents",
    ),
    ("lang_fi", "suomi", "finska", "Finnish"),
    ("lang_sv", "ruotsi", "svenska", "Swedish"),
    ("lang_en", "englanti", "engelska", "English"),
    (
        "not_given",
        "(ei vielä tiedossa)",
        "(inte känt ännu)",
        "(not known yet)",
    ),
    (
        "stage_support",
        "ennaltaehkäisevä työ tai varhainen tuki (I–II)",
        "förebyggande arbete eller tidigt stöd (I–II)",
        "preventive work or early support (I–II)",
    ),
    (
        "stage_assessment",
        "lastensuojelutarpeen selvitys (III)",
        "utredning av behovet av barnskydd (III)",
        "child-welfare needs assessment (III)",
    ),
    (
        "stage_client",
        "lastensuojelun asiakkuus (IV)",
        "klient inom barnskyddet (IV)",
        "child-welfare client (IV)",
    ),
    (
        "permissions",
        "Kuka saa lukea kansion tiedostot tällä tietokoneella",
        "Vem får läsa mappens filer på den här datorn",
        "Who may read the folder's files on this computer",
    ),
    ("permissions_private", "vain minä", "bara jag", "only me"),
    (
        "permissions_group",
        "myös käyttäjäryhmäni (yhteinen kansio)",
        "även min användargrupp (gemensam mapp)",
        "also my user group (a shared folder)",
    ),
    (
        "create_case",
        "Luo asiakkuus",
        "Skapa klientskapet",
        "Create the case",
    ),
];

/// Every word of the pages in `lang`, by key.
pub fn words(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    WORDS
        .iter()
        .map(|(k, fi, sv, en)| {
            (
                *k,
                match lang {
                    Lang::Fi => *fi,
                    Lang::Sv => *sv,
                    Lang::En => *en,
                },
            )
        })
        .collect()
}

/// One word of the pages.
pub fn word(lang: Lang, key: &str) -> &'static str {
    WORDS
        .iter()
        .find(|w| w.0 == key)
        .map_or("", |(_, fi, sv, en)| match lang {
            Lang::Fi => fi,
            Lang::Sv => sv,
            Lang::En => en,
        })
}
