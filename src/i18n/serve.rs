//! The words of `lsk serve`'s pages, in fi, sv and en.

use std::collections::BTreeMap;

use super::words::{EN, FI, SV};
use crate::model::Lang;

/// (key, fi, sv, en)
const WORDS: &[(&str, &str, &str, &str)] = &[
    ("case", "Lapsen asia", "Ärende", "Case"),
    (
        "team",
        "Tiimin lasten asiat",
        "Teamets ärenden",
        "The team's cases",
    ),
    ("child", "Lapsi", "Barn", "Child"),
    ("born", "Syntymäaika", "Födelsedatum", "Date of birth"),
    (
        "stage",
        "Lapsen asian vaihe",
        "Ärendets skede",
        "Stage of the case",
    ),
    // The documents' header says it too: one word in `words/`.
    ("worker", FI.worker, SV.worker, EN.worker),
    // The language links at the top: each language by its own name, the
    // same on every page (the link carries `lang`, so a screen reader says
    // it right). `lang_*` below names a language in the page's language.
    ("lang_link_fi", "suomi", "suomi", "suomi"),
    ("lang_link_sv", "svenska", "svenska", "svenska"),
    ("lang_link_en", "English", "English", "English"),
    ("meetings", "Neuvottelut", "Möten", "Meetings"),
    ("date", "Päivämäärä", "Datum", "Date"),
    ("kind", "Laji", "Typ", "Kind"),
    ("phase", "Vaihe", "Skede", "Phase"),
    ("status", "Tila", "Status", "Status"),
    ("document", "Asiakirja", "Dokument", "Document"),
    (
        "this_meeting",
        "(tämä neuvottelu)",
        "(det här mötet)",
        "(this meeting)",
    ),
    (
        "fill_in_field",
        "täytä kenttä",
        "fyll i fältet",
        "fill in the field",
    ),
    (
        "fill_in_next",
        "täytä seuraavan neuvottelun päivä tai kerro, miten asioita seurataan",
        "fyll i datum för nästa möte eller skriv hur saker följs upp",
        "fill in the next meeting's date or say how things are followed up",
    ),
    ("errors", "Virheet", "Fel", "Errors"),
    ("warnings", "Varoitukset", "Varningar", "Warnings"),
    ("documents", "Asiakirjat", "Dokument", "Documents"),
    // `lsk list` says it too.
    (
        "memo_due",
        FI.list.memo_due,
        SV.list.memo_due,
        EN.list.memo_due,
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
        "Överenskomna åtgärder",
        "Agreed actions",
    ),
    (
        "open_actions",
        "Avoimet tehtävät",
        "Öppna åtgärder",
        "Open actions",
    ),
    // `lsk actions` says it too.
    (
        "overdue",
        FI.status.overdue,
        SV.status.overdue,
        EN.status.overdue,
    ),
    (
        "overdue_actions",
        "Myöhässä olevat tehtävät",
        "Försenade åtgärder",
        "Overdue actions",
    ),
    ("owner", "Vastuuhenkilö", "Ansvarig", "Owner"),
    ("due", "Määräpäivä", "Tidsfrist", "Due"),
    ("action", "Tehtävä", "Åtgärd", "Action"),
    (
        "no_actions",
        "Ei avoimia tehtäviä.",
        "Inga öppna åtgärder.",
        "No open actions.",
    ),
    (
        "no_meetings",
        "Ei neuvotteluja.",
        "Inga möten.",
        "No meetings.",
    ),
    ("cases", "Asiat", "Ärenden", "Cases"),
    ("meeting", "Neuvottelu", "Möte", "Meeting"),
    ("findings", "Havainnot", "Anmärkningar", "Findings"),
    (
        "general",
        "Koko neuvottelua koskevat havainnot",
        "Anmärkningar som gäller hela mötet",
        "Findings about the whole meeting",
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
    ("preview", "Esikatselu", "Förhandsvisning", "Preview"),
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
        "not_applied_withheld",
        "Ei tallenneta: tiedostossa tämä on nyt rajattu pois joltakin vastaanottajalta, ja omasi poistaisi rajauksen. Kopioi tekstisi lomakkeelle uudelleen.",
        "Sparas inte: i filen utelämnas detta nu för en mottagare, och din version skulle häva den begränsningen. Kopiera din text till formuläret på nytt.",
        "Not applied: in the file this is now kept from a recipient, and yours would drop that. Copy your text into the form again.",
    ),
    ("copies", "Kenelle:", "För vem:", "For whom:"),
    (
        "whole_memo",
        "Koko muistio (lastensuojelun kappale)",
        "Hela minnesanteckningarna (barnskyddets exemplar)",
        "The whole memo (child welfare's copy)",
    ),
    ("copy_for", "Kopio:", "Kopia:", "Copy:"),
    (
        "copy_hint",
        "Kopion tulostus, PDF ja tallennus sisältävät vain sen, minkä tämä vastaanottaja saa nähdä. Ulkopuoliselle tehty kopio kirjataan luovutuslokiin.",
        "Utskrift, PDF och sparande av kopian innehåller bara det som denna mottagare får se. En kopia till en utomstående förs in i utlämnandeloggen.",
        "Printing, the PDF and saving a copy hold only what this recipient may see. A copy for someone outside is entered in the disclosure log.",
    ),
    (
        "refused",
        "Asiakirjaa ei voi tehdä:",
        "Dokumentet kan inte göras:",
        "The document cannot be made:",
    ),
    ("written", "tallennettiin.", "sparades.", "was saved."),
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
        "Tämä selain ei ole nyt kirjautunut lsk:hon. Näin käy, kun lsk on käynnistetty uudelleen sivun avaamisen jälkeen tai sivu avataan toisessa selaimessa. Paina alla olevaa painiketta: lsk avaa selaimeen uuden välilehden, jossa asiat ovat auki. Voit myös käynnistää lsk:n työpöydän lsk-kuvakkeesta.",
        "Den här webbläsaren är inte inloggad i lsk just nu. Det händer när lsk har startats om sedan sidan öppnades, eller när sidan öppnas i en annan webbläsare. Tryck på knappen nedan: lsk öppnar en ny flik i webbläsaren där ärendena är öppna. Du kan också starta lsk från lsk-ikonen på skrivbordet.",
        "This browser is not signed in to lsk just now. That happens when lsk has been started again since the page was opened, or when the page is opened in another browser. Press the button below: lsk opens a new tab in your browser with the cases open. You can also start lsk from the lsk icon on your desktop.",
    ),
    ("open_lsk", "Avaa lsk", "Öppna lsk", "Open lsk"),
    (
        "door",
        "Avaa lsk uudelleen",
        "Öppna lsk igen",
        "Open lsk again",
    ),
    (
        "door_opened",
        "lsk avasi selaimeen uuden välilehden, jossa asiat ovat auki. Voit sulkea tämän välilehden.",
        "lsk öppnade en ny flik i webbläsaren där ärendena är öppna. Du kan stänga den här fliken.",
        "lsk has opened a new tab in your browser with the cases open. You can close this tab.",
    ),
    (
        "door_printed",
        "lsk kirjoitti uuden avausosoitteen omaan ikkunaansa (päätteeseen, jossa lsk serve on käynnissä). Avaa se osoite tässä selaimessa; se toimii kerran.",
        "lsk skrev en ny adress i sitt eget fönster (terminalen där lsk serve körs). Öppna den adressen i den här webbläsaren; den fungerar en gång.",
        "lsk has written a new address in its own window (the terminal where lsk serve runs). Open that address in this browser; it works once.",
    ),
    (
        "token_used",
        "Tämä avausosoite on jo käytetty: jokainen avausosoite toimii vain kerran. Jos lsk on jo auki tässä selaimessa, jatka etusivulle. Muuten paina alla olevaa painiketta, niin lsk avaa selaimeen uuden välilehden.",
        "Den här adressen har redan använts: varje adress att öppna lsk fungerar bara en gång. Om lsk redan är öppet i den här webbläsaren, fortsätt till startsidan. Tryck annars på knappen nedan, så öppnar lsk en ny flik i webbläsaren.",
        "This opening address has already been used: each one works only once. If lsk is already open in this browser, go on to the home page. Otherwise press the button below and lsk opens a new tab in your browser.",
    ),
    ("entering", "Avataan lsk…", "lsk öppnas …", "Opening lsk…"),
    ("continue", "Jatka", "Fortsätt", "Continue"),
    (
        "kept",
        "Mitään ei tallennettu: lomake on lsk:n aiemmasta käynnistyksestä (lsk on käynnistetty uudelleen sen jälkeen, kun sivu avattiin). Kirjoittamasi teksti on alla. Kopioi se, avaa sivu uudelleen ja liitä teksti lomakkeeseen.",
        "Ingenting sparades: formuläret kommer från en tidigare start av lsk (lsk har startats om sedan sidan öppnades). Det du skrev finns nedan. Kopiera det, öppna sidan igen och klistra in texten i formuläret.",
        "Nothing was saved: the form comes from an earlier start of lsk (lsk has been started again since the page was opened). What you typed is below. Copy it, open the page again and paste the text into the form.",
    ),
    ("kept_text", "Kirjoittamasi teksti", "Din text", "Your text"),
    (
        "server_gone",
        "Tallennusta ei lähetetty: lsk ei vastaa, tai sen tilalla on nyt toinen ohjelma tai uusi lsk:n käynnistys. Kirjoittamasi teksti on tallessa tällä sivulla, ja se palautuu, vaikka lataisit sivun uudelleen. Käynnistä lsk työpöydän lsk-kuvakkeesta, palaa tälle välilehdelle, lataa sivu uudelleen ja tallenna.",
        "Det du sparade skickades inte: lsk svarar inte, eller så finns ett annat program eller en ny start av lsk i dess ställe. Det du skrivit finns kvar på den här sidan och kommer tillbaka även om du laddar om sidan. Starta lsk från lsk-ikonen på skrivbordet, gå tillbaka till den här fliken, ladda om sidan och spara.",
        "Your save was not sent: lsk is not answering, or another program or a new start of lsk is there in its place. What you typed is kept on this page and comes back even if you reload it. Start lsk from the lsk icon on your desktop, come back to this tab, reload the page and save.",
    ),
    (
        "restored",
        "Tallentamaton tekstisi on palautettu lomakkeeseen. Tarkista se ja tallenna.",
        "Din osparade text har lagts tillbaka i formuläret. Kontrollera den och spara.",
        "Your unsaved text has been put back in the form. Check it and save.",
    ),
    (
        "changed",
        "Tiedostoja on muutettu: sivu päivitetään.",
        "Filerna ändrades på disken: sidan uppdateras.",
        "The files changed on disk: the page updates.",
    ),
    ("current", "ajan tasalla", "aktuell", "up to date"),
    ("stale", "vanhentunut", "föråldrad", "out of date"),
    (
        "edited",
        "muokattu käsin",
        "handredigerad",
        "edited by hand",
    ),
    ("missing", "puuttuu", "saknas", "missing"),
    ("follow_up", "Seurantaketju", "Uppföljning", "Follow-up"),
    ("explain", "Selitys", "Förklaring", "Explanation"),
    (
        "main",
        "Siirry sisältöön",
        "Hoppa till innehållet",
        "Skip to content",
    ),
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
        "Tallennettu. Alla ovat tallennetun tiedoston tarkistuksen tulokset.",
        "Sparat. Nedan visas kontrollens resultat för den sparade filen.",
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
    ("text_itself", "Teksti", "Text", "Text"),
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
        "Muut, pilkulla erotettuina",
        "Andra, åtskilda med komma",
        "Others, separated by commas",
    ),
    ("no_one", "ei kenellekään", "till ingen", "no one"),
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
        "Neuvottelun tietoja ei voi nyt lukea, joten niitä ei voi muokata lomakkeella. Korjaa ne tekstinä: virhe näkyy rivillään.",
        "Mötets uppgifter kan inte läsas nu, så de kan inte redigeras i formuläret. Rätta dem som text: felet visas på sin rad.",
        "The meeting's details cannot be read now, so they cannot be edited in the form. Correct them as text: the error is shown at its line.",
    ),
    (
        "draft_gone",
        "Tallentamattomat muutokset eivät ole enää tallessa (lsk on käynnistetty uudelleen tai lomake on ollut auki liian kauan). Lomakkeella näkyy nyt tiedostoon tallennettu sisältö.",
        "Det osparade formuläret finns inte längre kvar (lsk har startats om eller formuläret har varit öppet för länge). Formuläret visar nu filens innehåll.",
        "The unsaved form is no longer kept (lsk was restarted or the form is too old). The form now shows what the file holds.",
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
        "The file is saved as it is. If lsk cannot read the text, nothing is saved and the error is shown at its line.",
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
        "Neuvottelun tietoja on muutettu sen jälkeen, kun avasit lomakkeen (toisessa välilehdessä tai toisella ohjelmalla). Mitään ei tallennettu. Valitse, kumpi jää voimaan.",
        "Mötets uppgifter har ändrats efter att du öppnade formuläret (i en annan flik eller i ett annat program). Ingenting sparades. Välj vilken version som gäller.",
        "The meeting's details were changed after you opened the form (in another tab or another program). Nothing was saved. Choose which version stands.",
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
        "Vie omat muutokseni tiedoston nykyiseen versioon",
        "För in mina ändringar i filens nuvarande version",
        "Apply my changes to the current file",
    ),
    (
        "conflict_merged",
        "Sinä ja tiedostoa muuttanut henkilö muutitte eri rivejä tai kohtia. Kun viet omat muutoksesi, kummankin muutokset säilyvät.",
        "Du och den som ändrade filen ändrade olika rader eller delar. När du för in dina ändringar behålls bådas ändringar.",
        "You and whoever changed the file changed different rows or parts. Applying your changes keeps both.",
    ),
    (
        "conflict_overwrites",
        "Samaa kohtaa on muutettu myös tiedostossa. Jos viet omat muutoksesi, kenttään tallentuu alla näkyvä arvo: tiedostossa tehdyt muutokset, jotka eivät näy siinä, menetetään.",
        "Samma del har ändrats även i filen. Om du för in dina ändringar får fältet värdet som visas nedan: ändringar i filen som inte syns där går förlorade.",
        "The same part was changed in the file too. If you apply your changes, this field will hold what is shown below: the file's changes to it that are not shown there are lost.",
    ),
    (
        "conflict_result",
        "Tiedostoon tallentuu:",
        "I filen sparas:",
        "The file will hold:",
    ),
    (
        "conflict_notes_both",
        "Myös tiedoston muistiinpanoja on muutettu. Jos viet omat muutoksesi, tiedoston muistiinpanot korvautuvat sinun muistiinpanoillasi.",
        "Även anteckningarna i filen har ändrats. Om du för in dina ändringar ersätts filens anteckningar av dina.",
        "The notes in the file were changed too. If you apply your changes, the file's notes are replaced by yours.",
    ),
    (
        "conflict_base_unknown",
        "lsk ei enää tiedä, millainen tiedosto oli, kun avasit lomakkeen (lomake avattiin kauan sitten tai lsk serve on käynnistetty uudelleen). Siksi se ei voi erottaa sinun muutoksiasi tiedoston muutoksista eikä vie niitä tiedostoon. Kopioi arvosi alta, valitse tiedoston versio ja kirjoita arvosi lomakkeeseen uudelleen.",
        "lsk vet inte längre hur filen såg ut när du öppnade formuläret (formuläret öppnades för länge sedan eller lsk serve har startats om). Därför kan lsk inte skilja dina ändringar från filens och för inte in dem i filen. Kopiera dina värden nedan, välj filens version och skriv in dina värden i formuläret igen.",
        "lsk no longer knows what the file was when you opened the form (the form was opened long ago, or lsk serve was restarted), so it cannot tell your changes from the file's and does not apply them. Copy your values below, keep the file's version and type your values into the form again.",
    ),
    (
        "not_applied",
        "Ei viedä tiedostoon",
        "Förs inte in i filen",
        "Not applied",
    ),
    (
        "conflict_same",
        "Muuttamasi kentät ovat tiedostossa jo samoin.",
        "Fälten du ändrade är redan likadana i filen.",
        "The fields you changed are already the same in the file.",
    ),
    (
        "conflict_text",
        "Tiedostoa on muutettu sen jälkeen, kun avasit sen. Mitään ei tallennettu. Alla on tiedosto sellaisena kuin se nyt on; oma tekstisi on yllä. Jos tallennat uudelleen, tekstisi korvaa tiedoston.",
        "Filen har ändrats efter att du öppnade den. Ingenting sparades. Nedan visas filen som den är nu; din text finns ovan. Om du sparar igen ersätter din text filen.",
        "The file was changed after you opened it. Nothing was saved. Below is the file now; your text is above. If you save again, your text replaces the file.",
    ),
    ("new_meeting", "Uusi neuvottelu", "Nytt möte", "New meeting"),
    (
        "follow_up_this",
        "Uusi seurantaneuvottelu",
        "Nytt uppföljningsmöte",
        "New follow-up meeting",
    ),
    (
        "kind_of_follow_up",
        "(sama kuin seurattavassa neuvottelussa)",
        "(samma typ som mötet som följs upp)",
        "(same kind as the meeting followed up)",
    ),
    (
        "no_follow_up",
        "(ei seuraa aiempaa neuvottelua)",
        "(följer inte upp ett tidigare möte)",
        "(does not follow up a meeting)",
    ),
    (
        "follows_meeting",
        "Seurattava neuvottelu",
        "Möte som följs upp",
        "Meeting it follows up",
    ),
    ("time", "Alkamisaika", "Starttid", "Start time"),
    (
        "slug",
        "Kansion nimen loppuosa (vapaaehtoinen)",
        "Mappnamnets slut (frivilligt)",
        "The folder name's end (optional)",
    ),
    (
        "folder_more",
        "Kansion nimi",
        "Mappens namn",
        "The folder's name",
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
        "The file cannot be read now: correct it as text.",
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
        "The value is written in a way lsk does not change through the form (e.g. {…} or […] over several lines, or a tag !…). Edit it as text.",
    ),
    (
        "edit_why_read_back",
        "Kun lsk luki muokatun tiedoston takaisin, se ei vastannut lomaketta, joten lsk ei tallentanut sitä.",
        "Kontrollen läste tillbaka den ändrade filen och fick inte samma som i formuläret, så lsk skrev den inte.",
        "Reading the edited file back did not give what the form holds, so lsk did not write it.",
    ),
    (
        "edit_why_form",
        "Lomakkeen arvoa ei voi kirjoittaa kenttänä.",
        "Formulärets värde kan inte skrivas som ett fält.",
        "The form's value cannot be written as a field.",
    ),
    (
        "pdf",
        "PDF-tiedostona",
        "Ladda ner som PDF",
        "As a PDF file",
    ),
    (
        "no_cases",
        "Ei vielä lapsen asioita. Aloita valitsemalla Uusi lapsen asia.",
        "Inga ärenden ännu. Börja med Nytt ärende.",
        "No cases yet. Start with New case.",
    ),
    // The team page in windows (case_page.rs): `{first}`, `{last}`,
    // `{total}`, `{n}`, `{shown}`, `{read}` are numbers.
    (
        "team_window",
        "Näytetään lasten asiat {first}–{last}, kaikkiaan {total}.",
        "Ärendena {first}–{last} av {total} visas.",
        "Showing cases {first}–{last} of {total}.",
    ),
    (
        "team_pages",
        "Tiimin lasten asiat sivu kerrallaan",
        "Teamets ärenden en sida i taget",
        "The team's cases, one page at a time",
    ),
    (
        "team_prev",
        "Edelliset lasten asiat",
        "Föregående sida",
        "Previous cases",
    ),
    (
        "team_next",
        "Seuraavat lasten asiat",
        "Nästa sida",
        "Next cases",
    ),
    (
        "cases_unreadable",
        "Näitä lapsen asioita ei voi lukea nyt ({n}). Avaa asia, niin näet syyn:",
        "{n} ärenden kan inte läsas nu. Öppna ett ärende för att se varför:",
        "{n} cases cannot be read now. Open a case to see why:",
    ),
    (
        "cases_unreadable_one",
        "Yhtä lapsen asiaa ei voi lukea nyt. Avaa asia, niin näet syyn:",
        "Ett ärende kan inte läsas nu. Öppna ärendet för att se varför:",
        "One case cannot be read now. Open it to see why:",
    ),
    (
        "overdue_total",
        "Myöhässä olevia tehtäviä on kaikkiaan {total}. Tässä näkyvät niistä ne {shown}, joiden määräaika umpeutui aikaisimmin.",
        "Det finns sammanlagt {total} försenade åtgärder. Här visas de {shown} vars tidsfrist gick ut först.",
        "There are {total} overdue actions in all. These are the {shown} whose due dates passed first.",
    ),
    (
        "overdue_all",
        "Kaikki myöhässä olevat tehtävät",
        "Alla försenade åtgärder",
        "All overdue actions",
    ),
    (
        "overdue_window",
        "Näytetään myöhässä olevat tehtävät {first}–{last}, kaikkiaan {total}, lapsen asioiden järjestyksessä.",
        "Försenade åtgärder {first}–{last} av {total} visas, ordnade efter ärende.",
        "Showing overdue actions {first}–{last} of {total}, in the order of the cases.",
    ),
    (
        "overdue_pages",
        "Myöhässä olevat tehtävät sivu kerrallaan",
        "De försenade åtgärderna en sida i taget",
        "The overdue actions, one page at a time",
    ),
    (
        "overdue_prev",
        "Edelliset tehtävät",
        "Föregående sida",
        "Previous actions",
    ),
    (
        "overdue_next",
        "Seuraavat tehtävät",
        "Nästa sida",
        "Next actions",
    ),
    (
        "gathered_notice",
        "Myöhässä olevat tehtävät on koottu. Lataa sivu uudelleen nähdäksesi ne; tälle sivulle kirjoittamasi tallentamaton teksti katoaa.",
        "De försenade åtgärderna har samlats in. Ladda om sidan för att se dem; det du har skrivit här och inte sparat försvinner.",
        "The overdue actions have been gathered. Reload the page to see them; what you have typed here and not saved will be lost.",
    ),
    (
        "gathering",
        "Myöhässä olevia tehtäviä kootaan vielä: lapsen asioista on luettu {read}/{total}. Luettelo tulee tähän, kun kaikki asiat on luettu.",
        "De försenade åtgärderna samlas fortfarande in: {read} av {total} ärenden har lästs. Listan visas här när alla har lästs.",
        "The overdue actions are still being gathered: {read} of {total} cases read. The list appears here once all are read.",
    ),
    (
        "no_overdue",
        "Ei myöhässä olevia tehtäviä.",
        "Inga försenade åtgärder.",
        "No overdue actions.",
    ),
    (
        "rule_title.stale-render",
        "asiakirja on tehty ennen viimeisimpiä muutoksia",
        "dokumentet gjordes före de senaste ändringarna",
        "the document was made before the latest changes",
    ),
    (
        "stale_help_page",
        "Jos asiakirjaa ei ole vielä lähetetty tai arkistoitu, avaa se alta ja valitse Tallenna asiakirja. Arkistoituun muistioon tehdään päivätty korjaus.",
        "Om dokumentet ännu inte har skickats eller arkiverats, öppna det nedan och välj Spara dokumentet. Arkiverade minnesanteckningar rättas med en daterad rättelse.",
        "If the document has not been sent or filed yet, open it below and choose Save the document. A memo already filed gets a dated correction.",
    ),
    (
        "bad_born",
        "Syntymäaikaa ”{born}” ei voi käyttää: kirjoita VVVV, VVVV-KK tai VVVV-KK-PP.",
        "Födelsedatumet ”{born}” kan inte användas: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.",
        "The birth date “{born}” cannot be used: write YYYY, YYYY-MM or YYYY-MM-DD.",
    ),
    // A new case from the browser (the team page).
    ("new_case", "Uusi lapsen asia", "Nytt ärende", "New case"),
    (
        "new_case_intro",
        "lsk tekee lapsen asialle oman kansion, jossa on asian tiedot ja kansio neuvotteluille. Älä kirjoita henkilötunnusta mihinkään kenttään: lsk ei tallenna henkilötunnuksia.",
        "lsk skapar en egen mapp för ärendet, med ärendets uppgifter och en mapp för mötena. Skriv ingen personbeteckning i något fält: lsk sparar inga personbeteckningar.",
        "lsk makes a folder for the case, with the case's details and a folder for its meetings. Do not write a personal identity code in any field: lsk does not save one.",
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
        "Jos jätät kentän tyhjäksi, kansio nimetään lapsen nimen mukaan. Ei henkilötunnusta.",
        "Om du lämnar fältet tomt får mappen barnets namn. Ingen personbeteckning.",
        "Left empty, the folder is named after the child's name. No personal identity code.",
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
        "en mapp med samma namn finns redan, och lsk skriver inte över den: välj ett annat namn.",
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
        "lastensuojelun avohuollon asiakkuus (IV)",
        "klientskap inom barnskyddets öppenvård (IV)",
        "open-care child-welfare client (IV)",
    ),
    // The case's details edited in the browser, and an action marked done
    // (serve/case_edit.rs).
    (
        "case_details",
        "Lapsen asian tiedot",
        "Ärendets uppgifter",
        "The case's details",
    ),
    (
        "edit_case_details",
        "Muokkaa asian tietoja",
        "Redigera ärendets uppgifter",
        "Edit the case's details",
    ),
    (
        "case_details_intro",
        "Nämä tiedot näkyvät asiakirjoissa: organisaatio ylätunnisteessa, puhelin ja sähköposti kutsun yhteystiedoissa.",
        "Uppgifterna syns i dokumenten: organisationen i sidhuvudet, telefon och e-post i inbjudans kontaktuppgifter.",
        "These details show in the documents: the organisation in the header, the phone and e-mail in the invitation's contact details.",
    ),
    (
        "organisation",
        "Organisaatio",
        "Organisation",
        "Organisation",
    ),
    (
        "organisation_hint",
        "esim. hyvinvointialue ja yksikkö",
        "t.ex. välfärdsområde och enhet",
        "e.g. the wellbeing services county and unit",
    ),
    (
        "phone",
        "Vastuusosiaalityöntekijän puhelin",
        "Den ansvariga socialarbetarens telefon",
        "The allocated social worker's phone",
    ),
    (
        "email",
        "Vastuusosiaalityöntekijän sähköposti",
        "Den ansvariga socialarbetarens e-post",
        "The allocated social worker's e-mail",
    ),
    (
        "save_case_details",
        "Tallenna tiedot",
        "Spara uppgifterna",
        "Save the details",
    ),
    ("cancel_case_details", "Peruuta", "Avbryt", "Cancel"),
    (
        "case_details_unreadable",
        "Asian tietoja ei voi nyt lukea, joten niitä ei voi muokata täällä. Korjaa tiedosto tai pyydä apua; mitään ei muutettu.",
        "Ärendets uppgifter kan inte läsas nu och kan därför inte redigeras här. Rätta filen eller be om hjälp; inget ändrades.",
        "The case's details cannot be read now, so they cannot be edited here. Fix the file or ask for help; nothing was changed.",
    ),
    (
        "case_details_cannot_edit",
        "Tiedot on kirjoitettu tiedostoon tavalla, jota lomake ei osaa muuttaa turvallisesti; mitään ei muutettu. Pyydä apua tiedoston muokkaamiseen.",
        "Uppgifterna är skrivna i filen på ett sätt som formuläret inte kan ändra säkert; inget ändrades. Be om hjälp med att redigera filen.",
        "The details are written in the file in a way the form cannot change safely; nothing was changed. Ask for help editing the file.",
    ),
    (
        "case_details_bad_choice",
        "Valitse vaihtoehto listasta.",
        "Välj ett alternativ i listan.",
        "Choose an option from the list.",
    ),
    (
        "case_details_conflict",
        "Joku muu muutti asian tietoja sillä välin. Tallennettu versio näkyy alla, ja sen alla sinun kirjoittamasi tiedot. Tarkista ne ja tallenna uudelleen.",
        "Någon annan ändrade ärendets uppgifter under tiden. Den sparade versionen visas nedan och under den det du skrev. Kontrollera och spara igen.",
        "Someone else changed the case's details meanwhile. The saved version is below, and under it what you typed. Check them and save again.",
    ),
    (
        "case_details_on_disk",
        "Tallennettu versio",
        "Den sparade versionen",
        "The saved version",
    ),
    (
        "case_details_yours",
        "Sinun tietosi",
        "Dina uppgifter",
        "Your details",
    ),
    ("table", "Taulukko", "Tabell", "Table"),
    (
        "page_fix_help",
        "Korjaa se lomakkeella (Muokkaa neuvottelua) tai tekstinä (Muokkaa koko tiedostoa tekstinä).",
        "Rätta det i formuläret (Redigera mötet) eller som text (Redigera hela filen som text).",
        "Correct it on the form (Edit the meeting) or as text (Edit the whole file as text).",
    ),
    (
        "rule_details",
        "Lisätietoja tiedostoa muokkaaville",
        "Mer information för den som redigerar filen",
        "More for those who edit the file",
    ),
    ("rule_id", "säännön tunnus", "regelns kod", "rule id"),
    (
        "mark_done",
        "Merkitse tehdyksi",
        "Markera som gjord",
        "Mark done",
    ),
    // A meeting folder whose name holds an identity code: no page, no
    // "done" button (the address would carry the code).
    (
        "code_in_folder_name",
        "Tämän neuvottelun kansion nimessä on henkilötunnus, joten neuvottelulla ei ole omaa sivua eikä sen tehtäviä voi merkitä täällä tehdyiksi. Poista tunnus kansion nimestä.",
        "Namnet på det här mötets mapp innehåller en personbeteckning. Därför har mötet ingen egen sida, och dess åtgärder kan inte markeras som gjorda här. Ta bort personbeteckningen ur mappens namn.",
        "This meeting's folder has a personal identity code in its name, so the meeting has no page of its own and its actions cannot be marked done here. Rename the folder without the code.",
    ),
    (
        "action_not_found",
        "Tätä sovittua asiaa ei enää löydy; sivu on ehkä vanhentunut. Palaa lapsen asian sivulle.",
        "Den överenskomna åtgärden finns inte längre; sidan kan vara föråldrad. Gå tillbaka till ärendets sida.",
        "This agreed action is no longer there; the page may be out of date. Go back to the case page.",
    ),
    (
        "action_not_recorded",
        "Tehdyksi merkitsemistä ei voitu tallentaa: tiedostoa ei voi nyt lukea tai kirjoittaa. Mitään ei muutettu.",
        "Markeringen kunde inte sparas: filen kan inte läsas eller skrivas nu. Inget ändrades.",
        "Marking it done could not be saved: the file cannot be read or written now. Nothing was changed.",
    ),
    (
        "contact",
        "Yhteystiedot",
        "Kontaktuppgifter",
        "Contact details",
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
        "Luo lapsen asia",
        "Skapa ärendet",
        "Create the case",
    ),
    (
        "changed_unsaved",
        "Tiedostot ovat muuttuneet levyllä. Lataa sivu uudelleen nähdäksesi muutokset; tälle sivulle kirjoittamasi tallentamaton teksti katoaa.",
        "Filerna har ändrats på disken. Ladda om sidan för att se ändringarna; det du har skrivit här och inte sparat försvinner.",
        "The files have changed on disk. Reload the page to see the changes; what you have typed here and not saved will be lost.",
    ),
    (
        "reload",
        "Lataa sivu uudelleen",
        "Ladda om sidan",
        "Reload the page",
    ),
    (
        "row_last_good",
        "Rivillä näkyy neuvottelu sellaisena kuin se viimeksi luettiin.",
        "Raden visar mötet så som det senast lästes.",
        "The row shows the meeting as it was last read.",
    ),
    (
        "case_last_good",
        "Asian tietoja ei voi nyt lukea: alla ovat asian tiedot sellaisina kuin ne viimeksi luettiin.",
        "Ärendets uppgifter kan inte läsas nu: nedan visas ärendets uppgifter så som de senast lästes.",
        "The case's details cannot be read now: below are the case's details as they were last read.",
    ),
    // Issue 23 §2: the history pages.
    (
        "history",
        "Muutoshistoria",
        "Ändringshistorik",
        "History of changes",
    ),
    (
        "history_intro_meeting",
        "Kaikki tämän neuvottelun tietoihin tehdyt muutokset uusimmat ensin: kuka muutti, milloin ja mitä. Aiemman version voi palauttaa; palauttaminen tallentuu uutena muutoksena, eikä mitään menetetä.",
        "Alla ändringar i mötets uppgifter, den senaste först: vem som ändrade, när och vad. En tidigare version kan återställas; återställningen sparas som en ny ändring och ingenting går förlorat.",
        "Every change to this meeting's details, newest first: who changed what and when. An earlier version can be restored; the restore is kept as a new change, and nothing is lost.",
    ),
    (
        "history_intro_case",
        "Kaikki tämän lapsen asiaan tehdyt muutokset uusimmat ensin: kuka muutti, milloin ja mitä. Neuvottelun aiemman version voi palauttaa neuvottelun omalta muutoshistoriasivulta.",
        "Alla ändringar i barnets ärende, den senaste först: vem som ändrade, när och vad. En tidigare version av ett möte kan återställas på mötets egen sida för ändringshistorik.",
        "Every change to this child's case, newest first: who changed what and when. An earlier version of a meeting can be restored from that meeting's own history page.",
    ),
    (
        "history_none",
        "Muutoksia ei ole vielä kirjattu.",
        "Inga ändringar har registrerats ännu.",
        "No changes have been recorded yet.",
    ),
    (
        "history_not_in_git",
        "Tämä asia ei ole tiimin versionhallinnassa, joten sen muutoksia ei ole tallessa. Pyydä tiimin yhteyshenkilöä liittämään asia tiimin yhteiseen säilöön.",
        "Det här ärendet är inte under teamets versionshantering, så dess ändringar har inte sparats. Be teamets kontaktperson att lägga ärendet i teamets gemensamma förråd.",
        "This case is not under the team's version control, so its changes are not kept. Ask the team's contact person to put the case in the team's shared repository.",
    ),
    (
        "history_current",
        "(nykyinen versio)",
        "(nuvarande version)",
        "(the current version)",
    ),
    ("history_removed", "Poistettu", "Borttaget", "Removed"),
    ("history_added", "Lisätty", "Tillagt", "Added"),
    (
        "history_reordered",
        "Kohtien järjestys muuttui.",
        "Punkternas ordning ändrades.",
        "The order of the items changed.",
    ),
    ("history_became", "uusi arvo:", "nytt värde:", "new value:"),
    (
        "history_restore",
        "Palauta tämä versio",
        "Återställ den här versionen",
        "Restore this version",
    ),
    (
        "history_restore_hint",
        "Neuvottelun tiedot palautetaan sellaisiksi kuin ne olivat tämän muutoksen jälkeen. Nykyinen versio säilyy historiassa.",
        "Mötets uppgifter återställs så som de var efter den här ändringen. Den nuvarande versionen finns kvar i historiken.",
        "The meeting's details go back to what they were after this change. The current version stays in the history.",
    ),
    (
        "history_restored",
        "Versio on palautettu ja tallennettu uutena muutoksena. Edellinen versio säilyy historiassa.",
        "Versionen har återställts och sparats som en ny ändring. Den föregående versionen finns kvar i historiken.",
        "The version has been restored and recorded as a new change. The previous version stays in the history.",
    ),
    (
        "history_restore_same",
        "Tämä versio on jo nykyinen: mitään ei muutettu.",
        "Den här versionen är redan den nuvarande: ingenting ändrades.",
        "This version is already the current one: nothing was changed.",
    ),
    (
        "history_restore_unsaved",
        "Neuvottelussa on muutoksia, joita ei ole vielä kirjattu historiaan. Versiota ei palautettu, jotta niitä ei menetetä.",
        "Mötet har ändringar som ännu inte har registrerats i historiken. Versionen återställdes inte, så att de inte går förlorade.",
        "The meeting has changes not yet recorded in its history. The version was not restored, so that they are not lost.",
    ),
    (
        "history_restore_refused",
        "Versiota ei voitu palauttaa: se ei läpäise tallennuksen tarkistusta (siinä on esimerkiksi henkilötunnus), tai muutosta ei voitu kirjata. Mitään ei muutettu.",
        "Versionen kunde inte återställas: den klarar inte kontrollen vid sparandet (den innehåller till exempel en personbeteckning), eller ändringen kunde inte registreras. Ingenting ändrades.",
        "The version could not be restored: it does not pass the check made on saving (it holds an identity code, for example), or the change could not be recorded. Nothing was changed.",
    ),
    (
        "history_restore_withheld",
        "Versiota ei palautettu: nykyisessä versiossa osa tiedoista jätetään pois joidenkin vastaanottajien kopioista, ja tässä vanhemmassa versiossa niitä ei jätetä pois. Palautus antaisi ne kopioihin, joten mitään ei muutettu. Muokkaa sen sijaan nykyistä versiota.",
        "Versionen återställdes inte: i den nuvarande versionen lämnas vissa uppgifter bort ur kopian till en del mottagare, men i den här äldre versionen gör de inte det. Återställningen skulle ge dem i kopiorna, så ingenting ändrades. Redigera den nuvarande versionen i stället.",
        "The version was not restored: the current version keeps some details from certain recipients' copies, and this earlier version does not. Restoring it would give those details in the copies, so nothing was changed. Edit the current version instead.",
    ),
    (
        "history_restore_failed",
        "Versiota ei löytynyt tai sitä ei voitu lukea. Mitään ei muutettu.",
        "Versionen hittades inte eller kunde inte läsas. Ingenting ändrades.",
        "The version was not found or could not be read. Nothing was changed.",
    ),
    (
        "history_restore_no_author",
        "Versiota ei palautettu: palautus kirjataan historiaan tekijän nimellä, eikä tekijä ole tiedossa. Kerro ensin nimesi tallentamalla lomake.",
        "Versionen återställdes inte: återställningen registreras i historiken med upphovspersonens namn, och den är inte känd. Ange först ditt namn genom att spara formuläret.",
        "The version was not restored: a restore is recorded in the history under its author's name, and the author is not known. First give your name by saving the form.",
    ),
    (
        "history_restored_unrecorded",
        "Versio on palautettu. Muutoksia ei tallenneta tässä asiassa historiaan, mutta edellinen versio on historiassa tallessa.",
        "Versionen har återställts. Ändringar sparas inte i historiken i det här ärendet, men den föregående versionen finns kvar i historiken.",
        "The version has been restored. Changes are not recorded in the history for this case, but the previous version is kept in it.",
    ),
    // Issue 20 §6: the disclosure log on the case page.
    (
        "disclosures",
        "Kenelle tietoja on luovutettu",
        "Till vem uppgifter har lämnats ut",
        "To whom data were disclosed",
    ),
    (
        "disclosures_intro",
        "Jokainen muistion kopio, joka tehdään lastensuojelun ja perheen ulkopuolelle, kirjataan tähän: milloin, mistä neuvottelusta, mikä asiakirja, kenelle, kuka sen teki ja kenen suostumuksella. Asiakkaalla on oikeus saada tietää, kenelle hänen tietojaan on luovutettu ja millä perusteella (laki 703/2023, 11 §).",
        "Varje kopia av minnesanteckningarna som görs för någon utanför barnskyddet och familjen antecknas här: när, från vilket möte, vilket dokument, till vem, vem som gjorde den och med vems samtycke. Klienten har rätt att få veta till vem hens uppgifter har lämnats ut och på vilken grund (lag 703/2023, 11 §).",
        "Every copy of a memo made for someone outside child welfare and the family is entered here: when, from which meeting, which document, to whom, who made it and on whose consent. The client has the right to know to whom their data were disclosed and on what basis (Act 703/2023, s. 11).",
    ),
    (
        "no_disclosures",
        "Kopioita ei ole tehty lastensuojelun ja perheen ulkopuolelle.",
        "Inga kopior har gjorts för någon utanför barnskyddet och familjen.",
        "No copy has been made for anyone outside child welfare and the family.",
    ),
    ("disclosed_when", "Milloin", "När", "When"),
    ("disclosed_meeting", "Neuvottelu", "Möte", "Meeting"),
    ("disclosed_document", "Asiakirja", "Dokument", "Document"),
    ("disclosed_to", "Kenelle", "Till vem", "To whom"),
    ("disclosed_by", "Kuka teki", "Gjord av", "Made by"),
    (
        "disclosed_consent",
        "Kenen suostumuksella",
        "Med vems samtycke",
        "On whose consent",
    ),
    (
        "disclosure_unreadable",
        "Lokin riviä ei voi lukea; tarkista se käsin",
        "Loggens rad kan inte läsas; granska den för hand",
        "This line of the log cannot be read; check it by hand",
    ),
    // The search (search box on the team and case pages, the results page).
    ("search", "Haku", "Sökning", "Search"),
    (
        "search_label",
        "Hae lapsen tai henkilön nimellä tai sanalla",
        "Sök på barnets eller en persons namn eller på ett ord",
        "Search by the child's or a person's name, or by a word",
    ),
    ("search_button", "Hae", "Sök", "Search"),
    (
        "search_help",
        "Haku näyttää lapset ja neuvottelut, joiden tiedoissa on jokainen kirjoittamasi sana tai sanan alku. Isoilla kirjaimilla ja ääkkösillä ei ole väliä: ”makela” löytää myös Mäkelän. Henkilötunnuksella ei voi hakea.",
        "Sökningen hittar barn och möten där varje ord du skriver finns, helt eller som början av ett ord. Stora och små bokstäver spelar ingen roll, och inte heller å, ä och ö: ”ostrom” hittar också Öström. Det går inte att söka med personbeteckning.",
        "Search finds the children and meetings in which every word you type appears, whole or as the start of a word. Capitals and accents do not matter: “makela” also finds Mäkelä. Identity codes cannot be searched for.",
    ),
    (
        "search_found_in",
        "Löytyi kohdasta",
        "Hittades i",
        "Found in",
    ),
    (
        "search_none",
        "Ei osumia.",
        "Inga träffar.",
        "Nothing found.",
    ),
    (
        "search_count",
        "Osumia: {n}.",
        "Träffar: {n}.",
        "Found: {n}.",
    ),
    (
        "search_more",
        "Osumia: {n}. Näytetään ensimmäiset {shown}: lisää sana, niin haku tarkentuu.",
        "Träffar: {n}. De första {shown} visas: lägg till ett ord för att avgränsa sökningen.",
        "Found: {n}. The first {shown} are shown: add a word to narrow the search.",
    ),
    (
        "search_code",
        "Henkilötunnuksella ei voi hakea. Hae nimellä tai sanalla.",
        "Det går inte att söka med personbeteckning. Sök på ett namn eller ett ord.",
        "Identity codes cannot be searched for. Search by a name or a word.",
    ),
    // Sharing with the team (serve/sync.rs): no git words.
    (
        "sync_title",
        "Jakaminen tiimin kanssa",
        "Dela med teamet",
        "Sharing with the team",
    ),
    (
        "sync_button",
        "Jaa ja hae muutokset",
        "Dela och hämta ändringar",
        "Share and get changes",
    ),
    (
        "sync_choose_link",
        "Valitse, kumpi muutos jää",
        "Välj vilken ändring som blir kvar",
        "Choose which change stays",
    ),
    (
        "sync_choose_title",
        "Sinä ja kollega muutitte samaa kohtaa",
        "Du och en kollega ändrade samma uppgift",
        "You and a colleague changed the same item",
    ),
    (
        "sync_choose_why",
        "Valitse kustakin kohdasta, kumpi teksti jää, tai kirjoita oma. Tiimin muutokset yhdistetään ja jaetaan vasta, kun olet valinnut; siihen asti tiedostossa on sinun tekstisi.",
        "Välj för varje uppgift vilken text som blir kvar, eller skriv en egen. Teamets ändringar sammanförs och delas först när du har valt; tills dess finns din text i filen.",
        "Choose for each item which text stays, or write your own. The team's changes are merged and shared only once you have chosen; until then your text is in the file.",
    ),
    ("sync_mine", "Sinun tekstisi", "Din text", "Your text"),
    (
        "sync_theirs",
        "Kollegan teksti",
        "Kollegans text",
        "The colleague's text",
    ),
    (
        "sync_own",
        "Kirjoitan oman",
        "Jag skriver en egen",
        "I write my own",
    ),
    (
        "sync_own_text",
        "Oma tekstisi",
        "Din egen text",
        "Your own text",
    ),
    (
        "sync_choose_submit",
        "Tallenna valinnat ja jaa",
        "Spara valen och dela",
        "Save the choices and share",
    ),
    (
        "sync_failed",
        "Jakaminen ei onnistunut; mitään ei menetetty. Yritä uudelleen.",
        "Delningen lyckades inte; inget gick förlorat. Försök igen.",
        "Sharing did not work; nothing was lost. Try again.",
    ),
    (
        "sync_choose_each",
        "Valitse jokaisesta kohdasta, kumpi teksti jää. Tekemäsi valinnat on tallennettu.",
        "Välj för varje uppgift vilken text som blir kvar. De val du gjort är sparade.",
        "Choose for each item which text stays. The choices you made are saved.",
    ),
    // Issue 24: filing a memo and correcting a filed one (serve/filing.rs).
    ("filed_banner", "Arkistoitu", "Arkiverad", "Filed"),
    // A restore, as the history page tells the change (issue 23).
    (
        "history_restore_change",
        "Palautettu aiempi versio ({version})",
        "Återställd tidigare version ({version})",
        "Earlier version restored ({version})",
    ),
    // A document's status: the memo filed, its archive PDF made.
    ("archived", "arkistoitu", "arkiverad", "filed"),
    (
        "archive_package",
        "Arkistopaketti",
        "Arkivpaketet",
        "Archive package",
    ),
    (
        "archive_package_help",
        "Vie nämä tiedostot asiakastietojärjestelmään. Ne ovat tapauksen kansiossa, neuvottelun archive-kansiossa.",
        "För in de här filerna i klientdatasystemet. De finns i ärendets mapp, i mötets mapp archive.",
        "Take these files into the client information system. They are in the case's folder, in the meeting's archive folder.",
    ),
    (
        "archive_pdf",
        "Muistio PDF-tiedostona",
        "Minnesanteckningarna som PDF",
        "The memo as a PDF",
    ),
    (
        "archive_json",
        "Muistion kuvailutiedot",
        "Minnesanteckningarnas beskrivning",
        "The memo's description",
    ),
    (
        "not_saved",
        "Korjausta ei kirjattu",
        "Rättelsen antecknades inte",
        "The correction was not recorded",
    ),
    (
        "file_memo",
        "Arkistoi muistio",
        "Arkivera minnesanteckningarna",
        "File the memo",
    ),
    (
        "file_memo_help",
        "Tarkistaa, että muistio on valmis, tekee arkistopaketin (muistio PDF-tiedostona ja sen kuvailutiedot) asiakastietojärjestelmään vietäväksi ja merkitsee muistion arkistoiduksi. Sen jälkeen muistiota muutetaan vain päivätyllä korjauksella.",
        "Kontrollerar att minnesanteckningarna är färdiga, gör ett arkivpaket (minnesanteckningarna som PDF och deras beskrivning) att föra in i klientdatasystemet och märker dem som arkiverade. Därefter ändras de bara genom en daterad rättelse.",
        "Checks that the memo is complete, makes the archive package (the memo as a PDF and its description) to take into the client information system, and marks the memo as filed. After that the memo is changed only by a dated correction.",
    ),
    (
        "file_correction",
        "Arkistoi korjattu muistio",
        "Arkivera de rättade minnesanteckningarna",
        "File the corrected memo",
    ),
    (
        "correct_memo",
        "Korjaa muistiota",
        "Rätta minnesanteckningarna",
        "Correct the memo",
    ),
    (
        "correction_title",
        "Arkistoidun muistion korjaus",
        "Rättelse av arkiverade minnesanteckningar",
        "Correcting the filed memo",
    ),
    (
        "correction_intro",
        "Muistio on arkistoitu asiakastietojärjestelmään. Jokainen muutos kirjataan päivättynä korjauksena: alkuperäinen teksti säilyy, ja muistiossa näkyy korjaajan nimi, päivä ja syy.",
        "Minnesanteckningarna är arkiverade i klientdatasystemet. Varje ändring antecknas som en daterad rättelse: den ursprungliga texten finns kvar, och minnesanteckningarna visar vem som rättade, när och varför.",
        "The memo has been filed in the client information system. Every change is recorded as a dated correction: the original text is kept, and the memo shows who corrected it, when and why.",
    ),
    (
        "correction_reason",
        "Korjauksen syy (pakollinen)",
        "Skälet till rättelsen (obligatoriskt)",
        "Reason for the correction (required)",
    ),
    (
        "correction_kept",
        "(ei näy niiden kopioissa, joilta asia on rajattu pois; ei myöskään korjaus)",
        "(syns inte i kopiorna till dem som detta har undantagits från; inte heller rättelsen)",
        "(not in the copies of those it is kept from; nor is the correction)",
    ),
    (
        "save_correction",
        "Kirjaa korjaus",
        "Anteckna rättelsen",
        "Record the correction",
    ),
    (
        "correction_no_change",
        "Mikään kohta ei muuttunut, joten korjausta ei kirjattu.",
        "Inget ändrades, så ingen rättelse antecknades.",
        "Nothing was changed, so no correction was recorded.",
    ),
    (
        "not_filed",
        "Muistiota ei arkistoitu",
        "Minnesanteckningarna arkiverades inte",
        "The memo was not filed",
    ),
    (
        "filed_already",
        "Muistio on jo arkistoitu, eikä siihen ole tehty korjauksia sen jälkeen.",
        "Minnesanteckningarna är redan arkiverade och har inte rättats sedan dess.",
        "The memo was already filed and has not been corrected since.",
    ),
    (
        "filed_form_refused",
        "Muistio on arkistoitu, joten sen tietoja ei muuteta tällä lomakkeella. Tee muutos päivättynä korjauksena (Korjaa muistiota). Kirjoittamasi teksti on tallessa tällä sivulla.",
        "Minnesanteckningarna är arkiverade, så uppgifterna ändras inte med det här formuläret. Gör ändringen som en daterad rättelse (Rätta minnesanteckningarna). Det du skrev finns kvar på den här sidan.",
        "The memo has been filed, so its details are not changed with this form. Make the change as a dated correction (Correct the memo). What you typed is kept on this page.",
    ),
    (
        "correction_notices",
        "Korjausilmoitukset",
        "Meddelanden om rättelse",
        "Correction notices",
    ),
    (
        "correction_notices_help",
        "Nämä vastaanottajat saivat muistion kopion ennen korjausta (luovutusloki). Tee kullekin korjausilmoitus: se tehdään vastaanottajan oman kopion tiedoista, joten siinä ei näy korjausta asiaan, jota hänen kopiossaan ei ole.",
        "Dessa mottagare fick en kopia av minnesanteckningarna före rättelsen (utlämningsloggen). Gör ett meddelande för var och en: det görs av uppgifterna i mottagarens egen kopia och visar alltså ingen rättelse av något som inte finns i den.",
        "These recipients received a copy of the memo before the correction (the disclosure log). Make a notice for each: it is made from what their own copy holds, so it shows no correction of something their copy does not have.",
    ),
    (
        "correction_notice_for",
        "Korjausilmoitus",
        "Meddelande om rättelse",
        "Correction notice",
    ),
    (
        "copy_received",
        "kopio annettu",
        "kopian lämnad",
        "copy given",
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

/// One word of the pages. A key without a row is a mistake in lsk: it
/// panics in debug builds (every test), and is an empty string in a
/// release build rather than a page that fails; the tests below check
/// every key the pages and the server's code name.
pub fn word(lang: Lang, key: &str) -> &'static str {
    let found = WORDS.iter().find(|w| w.0 == key);
    debug_assert!(found.is_some(), "no page word `{key}` in i18n/serve.rs");
    found.map_or("", |(_, fi, sv, en)| match lang {
        Lang::Fi => fi,
        Lang::Sv => sv,
        Lang::En => en,
    })
}

/// Whether the pages have a word for `key`.
pub fn has(key: &str) -> bool {
    WORDS.iter().any(|w| w.0 == key)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::model::{Access, Phase, Stage};

    /// A page names no file, path or command to a worker in Finnish or
    /// Swedish (the new user's walk, fault 6).
    #[test]
    fn no_finnish_or_swedish_page_word_names_a_file() {
        for (key, fi, sv, _) in WORDS {
            for w in [fi, sv] {
                for file in ["meeting.md", "lsk.yaml", "git pull", "agenda.md", "memo.md"] {
                    assert!(!w.contains(file), "{key}: {w}");
                }
            }
        }
    }

    fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, ext, out);
            } else if path.extension().is_some_and(|e| e == ext) {
                out.push(path);
            }
        }
    }

    fn src(sub: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub)
    }

    fn ident(c: char) -> bool {
        c.is_ascii_alphanumeric() || c == '_'
    }

    /// Every key a template names: `t.KEY`, `t["KEY"]`, and for a key
    /// made from a value (`t[d.status]`, `t["stage_" ~ case.stage]`)
    /// every value of its vocabulary. A dynamic key not in the table
    /// below fails the test until its vocabulary is added.
    fn template_keys(text: &str) -> Result<Vec<String>, String> {
        let with = |prefix: &str, names: &[&str]| -> Vec<String> {
            names.iter().map(|n| format!("{prefix}{n}")).collect()
        };
        let statuses = ["current", "stale", "edited", "missing", "archived"];
        let mut groups: Vec<&str> = Phase::NAMES.to_vec();
        groups.push("other");
        let dynamic: Vec<(&str, Vec<String>)> = vec![
            ("f.severity", with("", &["error", "warning"])),
            ("meeting.phase", with("", Phase::NAMES)),
            ("m.phase", with("", Phase::NAMES)),
            ("d.status", with("", &statuses)),
            ("g.id", with("", &groups)),
            ("\"stage_\" ~ case.stage", with("stage_", Stage::NAMES)),
            ("\"stage_\" ~ theirs.stage", with("stage_", Stage::NAMES)),
            ("\"permissions_\" ~ a", with("permissions_", Access::NAMES)),
            ("\"lang_\" ~ l", with("lang_", Lang::NAMES)),
            ("\"lang_\" ~ theirs.case_lang", with("lang_", Lang::NAMES)),
            ("\"lang_link_\" ~ l", with("lang_link_", Lang::NAMES)),
        ];
        let mut keys = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            if c != 't' || (i > 0 && (ident(chars[i - 1].1) || chars[i - 1].1 == '.')) {
                continue;
            }
            let rest = &text[at + 1..];
            if let Some(r) = rest.strip_prefix('.') {
                let key: String = r.chars().take_while(|c| ident(*c)).collect();
                keys.push(key);
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else {
                    return Err(format!("unclosed t[ in {rest:.40}"));
                };
                let inner = r[..end].trim();
                let literal = inner
                    .strip_prefix('"')
                    .and_then(|i| i.strip_suffix('"'))
                    .filter(|i| !i.contains('"'));
                match (literal, dynamic.iter().find(|(e, _)| *e == inner)) {
                    (Some(key), _) => keys.push(key.to_owned()),
                    (None, Some((_, all))) => keys.extend(all.iter().cloned()),
                    (None, None) => {
                        return Err(format!("t[{inner}]: add its vocabulary to this test"));
                    }
                }
            }
        }
        Ok(keys)
    }

    #[test]
    fn every_key_a_template_names_has_words() {
        let mut templates = Vec::new();
        files(&src("serve/templates"), "html", &mut templates);
        assert!(templates.len() >= 10, "{templates:?}");
        let mut seen = 0;
        for path in &templates {
            let text = std::fs::read_to_string(path).unwrap();
            let keys = template_keys(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            for key in keys {
                assert!(has(&key), "{}: no page word `{key}`", path.display());
                seen += 1;
            }
        }
        assert!(seen > 100, "only {seen} keys found: is the scan broken?");
    }

    #[test]
    fn the_scan_finds_keys_and_refuses_unknown_dynamic_ones() {
        let keys = template_keys("{{ t.case }} {{ t[\"team\"] }} {{ t[m.phase] }} {{ ft.x }}");
        assert_eq!(
            keys.unwrap(),
            ["case", "team", "before", "during", "after"].map(String::from)
        );
        assert!(template_keys("{{ t[m.mystery] }}").is_err());
    }

    /// Every `word(lang, "KEY")` in the server's code.
    #[test]
    fn every_key_the_server_names_has_words() {
        let mut sources = Vec::new();
        files(&src("serve"), "rs", &mut sources);
        let mut seen = 0;
        for path in &sources {
            let text = std::fs::read_to_string(path).unwrap();
            for (at, _) in text.match_indices("word(") {
                if text[..at].chars().next_back().is_some_and(ident) {
                    continue;
                }
                let args = &text[at + 5..];
                let Some(comma) = args.find(',') else {
                    continue;
                };
                let Some(lit) = args[comma + 1..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let Some(end) = lit.find('"') else { continue };
                if !lit[end + 1..].trim_start().starts_with(')') {
                    continue;
                }
                let key = &lit[..end];
                assert!(has(key), "{}: no page word `{key}`", path.display());
                seen += 1;
            }
        }
        assert!(seen > 20, "only {seen} keys found: is the scan broken?");
    }

    #[test]
    fn every_row_is_one_key_with_words_in_every_language() {
        let mut keys: Vec<&str> = WORDS.iter().map(|w| w.0).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "a key twice");
        for lang in Lang::ALL {
            for (key, text) in words(*lang) {
                assert!(!text.trim().is_empty(), "{lang}: `{key}` has no words");
            }
        }
    }

    #[test]
    #[should_panic(expected = "no page word")]
    fn an_unknown_key_is_loud() {
        word(Lang::Fi, "no-such-key");
    }
}
