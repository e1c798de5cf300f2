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
    // The stage of the case (lsk.yaml `stage`), in DOMAIN.md's words and
    // with the stage numbers of the operating model (help/*/stage/).
    (
        "stage_support",
        "ennaltaehkäisevä työ ja varhainen tuki (I–II)",
        "förebyggande arbete och tidigt stöd (I–II)",
        "prevention and early support (I–II)",
    ),
    (
        "stage_assessment",
        "lastensuojelutarpeen selvitys (III)",
        "utredning av behovet av barnskydd (III)",
        "child-welfare needs assessment (III)",
    ),
    (
        "stage_client",
        "lastensuojelun avohuollon asiakkuus (IV)",
        "klient inom barnskyddets öppenvård (IV)",
        "open-care child-welfare client (IV)",
    ),
    // Each language by its own name, the same on every page: the link
    // to it carries `lang`, so a screen reader says it right.
    ("lang_fi", "suomi", "suomi", "suomi"),
    ("lang_sv", "svenska", "svenska", "svenska"),
    ("lang_en", "English", "English", "English"),
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
    // ---- editing (forms, the text editor, new meetings) ----
    ("edit", "Muokkaa", "Redigera", "Edit"),
    (
        "edit_meeting",
        "Muokkaa neuvottelua",
        "Redigera mötet",
        "Edit the meeting",
    ),
    ("save", "Tallenna", "Spara", "Save"),
    (
        "saved",
        "Tallennettu. Alla tarkistuksen tulokset tallennetusta tiedostosta.",
        "Sparat. Nedan granskningens resultat för den sparade filen.",
        "Saved. Below are the check's findings for the saved file.",
    ),
    (
        "draft_note",
        "Voit tallentaa keskeneräisenä: puutteet näkyvät kenttien vieressä.",
        "Du kan spara ett utkast: bristerna visas bredvid fälten.",
        "You can save a draft: what is missing is shown beside the fields.",
    ),
    ("add_row", "Lisää rivi", "Lägg till rad", "Add a row"),
    ("remove_row", "Poista rivi", "Ta bort rad", "Remove the row"),
    ("row", "Rivi", "Rad", "Row"),
    ("yes", "kyllä", "ja", "yes"),
    ("no", "ei", "nej", "no"),
    ("partly", "osittain", "delvis", "partly"),
    ("not_set", "(ei valittu)", "(inte valt)", "(not set)"),
    (
        "all_participants",
        "kaikki osallistujat",
        "alla deltagare",
        "all participants",
    ),
    (
        "more_names",
        "Muut, pilkuin eroteltuina",
        "Andra, åtskilda med kommatecken",
        "Others, separated by commas",
    ),
    (
        "no_one",
        "ei kenellekään (`[]`)",
        "till ingen (`[]`)",
        "no one (`[]`)",
    ),
    (
        "date_hint",
        "esim. 24.11.2026",
        "t.ex. 24.11.2026",
        "e.g. 24.11.2026",
    ),
    ("time_hint", "esim. 9.30", "t.ex. 9.30", "e.g. 9.30"),
    (
        "kept_keys",
        "Nämä kentät säilyvät tiedostossa sellaisinaan; muokkaa niitä tekstinä:",
        "Dessa fält behålls i filen som de är; redigera dem som text:",
        "These fields stay in the file as they are; edit them as text:",
    ),
    (
        "fixed",
        "Tätä kenttää ei voi muokata lomakkeella sellaisena kuin se on kirjoitettu; se säilyy ennallaan. Muokkaa sitä tekstinä.",
        "Fältet kan inte redigeras i formuläret så som det är skrivet; det behålls som det är. Redigera det som text.",
        "This field cannot be edited in the form as it is written; it is kept as it is. Edit it as text.",
    ),
    (
        "code_in_field",
        "Kentässä {field} on henkilötunnus. Sitä ei tallenneta asian tiedostoihin, joten mitään ei tallennettu: poista tunnus (se näkyy lomakkeella peitettynä) ja tallenna uudelleen.",
        "Fältet {field} innehåller en personbeteckning. Den sparas inte i ärendets filer, så ingenting sparades: ta bort beteckningen (den visas maskerad i formuläret) och spara igen.",
        "The field {field} holds a personal identity code (henkilötunnus). It is never saved in a case's files, so nothing was saved: remove the code (the form shows it masked) and save again.",
    ),
    (
        "edit_refused",
        "Kenttää {field} ei voitu kirjoittaa tiedostoon varmasti oikein, joten mitään ei tallennettu. Kirjoittamasi on tallella lomakkeella; voit muokata tiedostoa myös tekstinä.",
        "Fältet {field} kunde inte skrivas till filen med säkerhet, så ingenting sparades. Det du skrev finns kvar i formuläret; du kan också redigera filen som text.",
        "The field {field} could not be written to the file with certainty, so nothing was saved. What you typed is still in the form; you can also edit the file as text.",
    ),
    ("at_line", "(rivi {line})", "(rad {line})", "(line {line})"),
    (
        "form_unreadable",
        "Tiedostoa meeting.md ei voi nyt lukea, joten sitä ei voi muokata lomakkeella. Korjaa se tekstinä: virhe näkyy rivillään.",
        "Filen meeting.md kan inte läsas nu, så den kan inte redigeras i formuläret. Rätta den som text: felet visas på sin rad.",
        "meeting.md cannot be read now, so it cannot be edited in the form. Correct it as text: the error is shown at its line.",
    ),
    (
        "edit_text",
        "Muokkaa koko tiedostoa tekstinä",
        "Redigera hela filen som text",
        "Edit the whole file as text",
    ),
    (
        "text_saved_as",
        "Tiedosto tallennetaan sellaisenaan. Jos teksti ei ole luettavissa, mitään ei tallenneta ja virhe näytetään rivillään.",
        "Filen sparas som den är. Om texten inte går att läsa sparas ingenting och felet visas på sin rad.",
        "The file is saved as it is. If the text does not read, nothing is saved and the error is shown at its line.",
    ),
    (
        "text_refused",
        "Tekstiä ei tallennettu:",
        "Texten sparades inte:",
        "The text was not saved:",
    ),
    (
        "code_masked",
        "Tiedostossa oli henkilötunnus: se näkyy peitettynä, ja tallentaminen poistaa sen.",
        "Filen innehöll en personbeteckning: den visas maskerad, och när du sparar tas den bort.",
        "The file held a personal identity code: it is shown masked, and saving removes it.",
    ),
    (
        "conflict",
        "Tiedosto on muuttunut",
        "Filen har ändrats",
        "The file has changed",
    ),
    (
        "conflict_why",
        "Tiedostoa meeting.md on muutettu sen jälkeen, kun avasit lomakkeen (toisessa välilehdessä, editorissa tai git pullilla). Mitään ei tallennettu. Valitse, kumpi jää voimaan.",
        "Filen meeting.md har ändrats efter att du öppnade formuläret (i en annan flik, i en editor eller med git pull). Ingenting sparades. Välj vilken version som gäller.",
        "meeting.md was changed after you opened the form (in another tab, an editor or by git pull). Nothing was saved. Choose which version stands.",
    ),
    ("yours", "Sinun tekstisi", "Din text", "Yours"),
    (
        "on_disk",
        "Tiedostossa nyt",
        "I filen nu",
        "In the file now",
    ),
    (
        "changed_both",
        "muuttunut myös tiedostossa",
        "ändrat även i filen",
        "changed in the file too",
    ),
    (
        "keep_disk",
        "Säilytä tiedoston versio (kopioi tekstisi yltä ensin)",
        "Behåll filens version (kopiera din text ovan först)",
        "Keep the file's version (copy your text above first)",
    ),
    (
        "apply_mine",
        "Kirjoita minun muutokseni uuden tiedoston päälle",
        "Skriv mina ändringar över den nya filen",
        "Write my changes onto the new file",
    ),
    (
        "conflict_same",
        "Muuttamasi kentät ovat tiedostossa jo samoin.",
        "Fälten du ändrade är redan likadana i filen.",
        "The fields you changed are already the same in the file.",
    ),
    (
        "conflict_text",
        "Tiedostoa on muutettu sen jälkeen, kun avasit sen. Mitään ei tallennettu. Alla tiedosto nyt; tekstisi on yllä. Jos tallennat uudelleen, tekstisi korvaa tiedoston.",
        "Filen har ändrats efter att du öppnade den. Ingenting sparades. Nedan filen nu; din text finns ovan. Om du sparar igen ersätter din text filen.",
        "The file was changed after you opened it. Nothing was saved. Below is the file now; your text is above. If you save again, your text replaces the file.",
    ),
    ("new_meeting", "Uusi neuvottelu", "Nytt möte", "New meeting"),
    (
        "follow_up_this",
        "Uusi seurantaneuvottelu tälle",
        "Nytt uppföljningsmöte för detta",
        "A follow-up of this meeting",
    ),
    (
        "kind_of_follow_up",
        "(seurattavan neuvottelun laji)",
        "(samma typ som mötet som följs upp)",
        "(the kind of the meeting followed up)",
    ),
    (
        "no_follow_up",
        "(ei seuraa aiempaa neuvottelua)",
        "(följer inte upp ett tidigare möte)",
        "(does not follow up a meeting)",
    ),
    (
        "follows_meeting",
        "Seuraa neuvottelua",
        "Följer upp mötet",
        "Follows up the meeting",
    ),
    ("time", "Alkamisaika", "Starttid", "Start time"),
    (
        "slug",
        "Kansion nimen loppu (oletus: laji)",
        "Mappnamnets slut (standard: typen)",
        "The folder name's end (default: the kind)",
    ),
    (
        "create",
        "Luo neuvottelu",
        "Skapa mötet",
        "Create the meeting",
    ),
    (
        "choose_kind",
        "Valitse neuvottelun laji tai seurattava neuvottelu.",
        "Välj mötets typ eller mötet som följs upp.",
        "Choose the kind of meeting or the meeting it follows up.",
    ),
    (
        "new_refused",
        "Neuvottelua ei luotu:",
        "Mötet skapades inte:",
        "The meeting was not created:",
    ),
    (
        "edit_why_unreadable",
        "Tiedosto ei ole nyt luettavissa: korjaa se tekstinä.",
        "Filen går inte att läsa nu: rätta den som text.",
        "The file does not read now: correct it as text.",
    ),
    (
        "edit_why_anchor",
        "Arvo on kirjoitettu YAML-viittauksena (&nimi tai *nimi), jota muut kohdat voivat toistaa; lsk ei muuta sitä lomakkeelta. Muokkaa sitä tekstinä.",
        "Värdet är skrivet som en YAML-referens (&namn eller *namn) som andra ställen kan upprepa; lsk ändrar det inte från formuläret. Redigera det som text.",
        "The value is written as a YAML reference (&name or *name) that other places may repeat; lsk does not change it from the form. Edit it as text.",
    ),
    (
        "edit_why_style",
        "Arvo on kirjoitettu muodossa, jota lsk ei muuta lomakkeelta (esim. {…} tai […] usealla rivillä, tai tagi !…). Muokkaa sitä tekstinä.",
        "Värdet är skrivet i en form som lsk inte ändrar från formuläret (t.ex. {…} eller […] på flera rader, eller en tagg !…). Redigera det som text.",
        "The value is written in a form lsk does not change from the form (e.g. {…} or […] over several lines, or a tag !…). Edit it as text.",
    ),
    (
        "edit_why_read_back",
        "Tarkistus luki muokatun tiedoston takaisin eikä saanut samaa kuin lomakkeella, joten lsk ei kirjoittanut sitä.",
        "Kontrollen läste tillbaka den ändrade filen och fick inte samma som i formuläret, så lsk skrev den inte.",
        "Reading the edited file back did not give what the form holds, so lsk did not write it.",
    ),
    (
        "edit_why_form",
        "Lomakkeen arvoa ei voi kirjoittaa kenttänä.",
        "Formulärets värde kan inte skrivas som ett fält.",
        "The form's value cannot be written as a field.",
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
    (
        "not_given",
        "(ei vielä tiedossa)",
        "(inte känt ännu)",
        "(not known yet)",
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
