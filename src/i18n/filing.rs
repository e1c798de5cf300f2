//! The words of filing a memo into the client information system and of
//! dated corrections (issue 24): `lsk file`, `lsk correct`, the refusal
//! to render a filed memo again, and the correction notice's refusals.

use crate::model::Lang;

pub enum Filing<'a> {
    /// `lsk file`: the memo was filed; the package's folder.
    Filed {
        date: &'a str,
        by: &'a str,
        folder: &'a str,
    },
    /// `lsk file` again after corrections: the corrected record's package.
    CorrectionFiled { folder: &'a str, pdf: &'a str },
    /// `lsk file` on a memo already filed, with no correction since.
    AlreadyFiled {
        date: &'a str,
        by: &'a str,
        folder: &'a str,
        meeting: &'a str,
    },
    /// `lsk file` refused: the memo is not complete (findings above).
    Incomplete,
    /// `lsk file` refused: the consent or who may see what is unclear.
    ConsentProblems,
    /// A filed memo is not rendered again.
    NotRewritten {
        file: &'a str,
        date: &'a str,
        by: &'a str,
        meeting: &'a str,
    },
    /// `lsk correct` on a memo that is not filed.
    NotFiled,
    /// A correction without a reason.
    NoReason,
    /// A field a correction cannot change.
    NotCorrectable { field: &'a str, fields: &'a str },
    /// The corrected text is the text already there.
    Unchanged { field: &'a str },
    /// The correction was recorded.
    Corrected {
        field: &'a str,
        date: &'a str,
        by: &'a str,
    },
    /// After a correction: the corrected record goes to the archive.
    FileAgain { command: &'a str },
    /// After a correction: someone got a copy before; the notice for them.
    OfferNotice {
        recipient: &'a str,
        date: &'a str,
        command: &'a str,
    },
    /// A correction notice names its recipient.
    NoticeNeedsRecipient,
    /// Nothing corrected that this recipient may see.
    NoticeNothing { recipient: &'a str },
    /// Filing or correcting needs a name for who does it.
    NoName,
    /// The package or the correction would carry an identity code.
    IdentityCode,
}

/// The message in `lang`.
pub fn say(lang: Lang, what: Filing) -> String {
    use Filing as F;
    match (lang, what) {
        (Lang::Fi, F::Filed { date, by, folder }) => format!("Muistio arkistoitu {date} ({by}). Arkistopaketti on kansiossa {folder}: muistio PDF-tiedostona (memo.pdf) ja sen kuvailutiedot (memo.json). Vie ne asiakastietojärjestelmään. Tästä lähtien muistiota muutetaan vain päivätyllä korjauksella."),
        (Lang::Sv, F::Filed { date, by, folder }) => format!("Minnesanteckningarna arkiverades {date} ({by}). Arkivpaketet finns i mappen {folder}: minnesanteckningarna som PDF (memo.pdf) och deras beskrivning (memo.json). För in dem i klientdatasystemet. Från och med nu ändras minnesanteckningarna bara genom en daterad rättelse."),
        (Lang::En, F::Filed { date, by, folder }) => format!("Memo filed on {date} ({by}). The archive package is in {folder}: the memo as a PDF (memo.pdf) and its description (memo.json). Take them into the client information system. From now on the memo is changed only by a dated correction."),
        (Lang::Fi, F::CorrectionFiled { folder, pdf }) => format!("Korjattu muistio arkistoitu kansioon {folder} ({pdf} ja sen kuvailutiedot). Vie ne asiakastietojärjestelmään alkuperäisen muistion rinnalle."),
        (Lang::Sv, F::CorrectionFiled { folder, pdf }) => format!("De rättade minnesanteckningarna arkiverades i mappen {folder} ({pdf} med beskrivning). För in dem i klientdatasystemet bredvid de ursprungliga."),
        (Lang::En, F::CorrectionFiled { folder, pdf }) => format!("The corrected memo was filed in {folder} ({pdf} and its description). Take them into the client information system beside the original."),
        (Lang::Fi, F::AlreadyFiled { date, by, folder, meeting }) => format!("muistio on jo arkistoitu {date} ({by}), eikä siihen ole tehty korjauksia sen jälkeen; arkistopaketti on kansiossa {folder}. Mitään ei muutettu. Arkistoitua muistiota korjataan päivätyllä korjauksella: `lsk correct {meeting} --field KENTTÄ --text \"uusi teksti\" --why \"syy\"`"),
        (Lang::Sv, F::AlreadyFiled { date, by, folder, meeting }) => format!("minnesanteckningarna arkiverades redan {date} ({by}) och har inte rättats sedan dess; arkivpaketet finns i mappen {folder}. Ingenting ändrades. Arkiverade minnesanteckningar rättas med en daterad rättelse: `lsk correct {meeting} --field FÄLT --text \"ny text\" --why \"skäl\"`"),
        (Lang::En, F::AlreadyFiled { date, by, folder, meeting }) => format!("the memo was already filed on {date} ({by}) and has not been corrected since; the archive package is in {folder}. Nothing was changed. A filed memo is corrected by a dated correction: `lsk correct {meeting} --field FIELD --text \"new text\" --why \"reason\"`"),
        (Lang::Fi, F::Incomplete) => "muistiota ei arkistoitu, koska se ei ole valmis: korjaa yllä luetellut kohdat ja arkistoi sitten. Mitään ei muutettu.".into(),
        (Lang::Sv, F::Incomplete) => "minnesanteckningarna arkiverades inte, eftersom de inte är färdiga: rätta det som anges ovan och arkivera sedan. Ingenting ändrades.".into(),
        (Lang::En, F::Incomplete) => "the memo was not filed because it is not complete: fix what is listed above, then file it. Nothing was changed.".into(),
        (Lang::Fi, F::ConsentProblems) => "muistiota ei arkistoitu, koska suostumuksessa tai siinä, kuka saa nähdä mitäkin, on yllä luetellut epäselvyydet: arkistoitu muistio kertoo, kenelle se on luovutettu ja kenen suostumuksella. Mitään ei muutettu.".into(),
        (Lang::Sv, F::ConsentProblems) => "minnesanteckningarna arkiverades inte, eftersom samtycket eller vem som får se vad är oklart (se ovan): arkiverade minnesanteckningar visar till vem de lämnats ut och med vems samtycke. Ingenting ändrades.".into(),
        (Lang::En, F::ConsentProblems) => "the memo was not filed because the consent, or who may see what, is unclear (listed above): a filed memo says to whom it was disclosed and on whose consent. Nothing was changed.".into(),
        (Lang::Fi, F::NotRewritten { file, date, by, meeting }) => format!("tiedostoa {file} ei kirjoitettu: muistio on arkistoitu {date} ({by}), eikä lsk tee arkistoitua muistiota uudelleen. Arkistoitua muistiota korjataan päivätyllä korjauksella, joka säilyttää alkuperäisen tekstin: `lsk correct {meeting} --field KENTTÄ --text \"uusi teksti\" --why \"syy\"` tai selaimessa muistion korjauslomakkeella."),
        (Lang::Sv, F::NotRewritten { file, date, by, meeting }) => format!("{file} skrevs inte: minnesanteckningarna arkiverades {date} ({by}), och lsk gör inte arkiverade minnesanteckningar på nytt. De rättas med en daterad rättelse som bevarar den ursprungliga texten: `lsk correct {meeting} --field FÄLT --text \"ny text\" --why \"skäl\"` eller med rättelseformuläret i webbläsaren."),
        (Lang::En, F::NotRewritten { file, date, by, meeting }) => format!("{file} was not written: the memo was filed on {date} ({by}), and lsk does not make a filed memo again. A filed memo is corrected by a dated correction that keeps the original text: `lsk correct {meeting} --field FIELD --text \"new text\" --why \"reason\"`, or with the correction form in the browser."),
        (Lang::Fi, F::NotFiled) => "muistiota ei ole arkistoitu, joten sitä ei korjata korjauksena: muuta neuvottelun tietoja tavalliseen tapaan (meeting.md tai selaimen lomake). Mitään ei muutettu.".into(),
        (Lang::Sv, F::NotFiled) => "minnesanteckningarna har inte arkiverats, så de rättas inte med en rättelse: ändra mötets uppgifter som vanligt (meeting.md eller formuläret i webbläsaren). Ingenting ändrades.".into(),
        (Lang::En, F::NotFiled) => "the memo has not been filed, so it is not changed by a correction: edit the meeting as usual (meeting.md or the form in the browser). Nothing was changed.".into(),
        (Lang::Fi, F::NoReason) => "korjaukselle tarvitaan syy: kirjaa, miksi arkistoitua muistiota korjataan. Mitään ei muutettu.".into(),
        (Lang::Sv, F::NoReason) => "rättelsen behöver ett skäl: skriv varför de arkiverade minnesanteckningarna rättas. Ingenting ändrades.".into(),
        (Lang::En, F::NoReason) => "a correction needs a reason: say why the filed memo is corrected. Nothing was changed.".into(),
        (Lang::Fi, F::NotCorrectable { field, fields }) => format!("kohtaa `{field}` ei voi korjata korjauksena; korjattavia ovat muistion tekstikohdat: {fields}. Mitään ei muutettu."),
        (Lang::Sv, F::NotCorrectable { field, fields }) => format!("`{field}` kan inte ändras med en rättelse; det som kan rättas är minnesanteckningarnas textfält: {fields}. Ingenting ändrades."),
        (Lang::En, F::NotCorrectable { field, fields }) => format!("`{field}` cannot be changed by a correction; what can be corrected are the memo's text fields: {fields}. Nothing was changed."),
        (Lang::Fi, F::Unchanged { field }) => format!("kohdan ”{field}” teksti on jo tämä; korjausta ei kirjattu. Mitään ei muutettu."),
        (Lang::Sv, F::Unchanged { field }) => format!("texten i ”{field}” är redan denna; ingen rättelse antecknades. Ingenting ändrades."),
        (Lang::En, F::Unchanged { field }) => format!("“{field}” already reads so; no correction was recorded. Nothing was changed."),
        (Lang::Fi, F::Corrected { field, date, by }) => format!("Korjaus kirjattu: {field} ({date}, {by}). Alkuperäinen teksti säilyy muistion korjausosassa."),
        (Lang::Sv, F::Corrected { field, date, by }) => format!("Rättelsen antecknades: {field} ({date}, {by}). Den ursprungliga texten finns kvar i minnesanteckningarnas avsnitt om rättelser."),
        (Lang::En, F::Corrected { field, date, by }) => format!("Correction recorded: {field} ({date}, {by}). The original text is kept in the memo's corrections section."),
        (Lang::Fi, F::FileAgain { command }) => format!("Vie korjattu muistio arkistoon: `{command}`"),
        (Lang::Sv, F::FileAgain { command }) => format!("För de rättade minnesanteckningarna till arkivet: `{command}`"),
        (Lang::En, F::FileAgain { command }) => format!("Take the corrected memo to the archive: `{command}`"),
        (Lang::Fi, F::OfferNotice { recipient, date, command }) => format!("Kopion sai {recipient} ({date}); lähetä korjausilmoitus: `{command}`"),
        (Lang::Sv, F::OfferNotice { recipient, date, command }) => format!("En kopia gick till {recipient} ({date}); skicka ett meddelande om rättelsen: `{command}`"),
        (Lang::En, F::OfferNotice { recipient, date, command }) => format!("{recipient} received a copy ({date}); send them a correction notice: `{command}`"),
        (Lang::Fi, F::NoticeNeedsRecipient) => "korjausilmoitus tehdään yhdelle vastaanottajalle, joka on saanut muistion kopion: anna --for VASTAANOTTAJA".into(),
        (Lang::Sv, F::NoticeNeedsRecipient) => "ett meddelande om rättelse görs för en mottagare som fått en kopia: ange --for MOTTAGARE".into(),
        (Lang::En, F::NoticeNeedsRecipient) => "a correction notice is made for one recipient who received a copy: give --for RECIPIENT".into(),
        (Lang::Fi, F::NoticeNothing { recipient }) => format!("vastaanottajalle {recipient} ei ole kerrottavaa korjausta: muistiota ei ole korjattu, tai korjaus koskee kohtaa, jota hänen kopiossaan ei ole. Mitään ei kirjoitettu."),
        (Lang::Sv, F::NoticeNothing { recipient }) => format!("det finns ingen rättelse att meddela {recipient}: minnesanteckningarna har inte rättats, eller rättelsen gäller något som inte finns i mottagarens kopia. Ingenting skrevs."),
        (Lang::En, F::NoticeNothing { recipient }) => format!("there is no correction to tell {recipient}: the memo has not been corrected, or the correction concerns something their copy does not hold. Nothing was written."),
        (Lang::Fi, F::NoName) => "kuka arkistoi tai korjaa? Anna nimi valitsimella --by tai aseta gitin user.name. Mitään ei muutettu.".into(),
        (Lang::Sv, F::NoName) => "vem arkiverar eller rättar? Ange namnet med --by eller ställ in gits user.name. Ingenting ändrades.".into(),
        (Lang::Fi, F::IdentityCode) => "arkistoon tai korjaukseen päätyisi henkilötunnus; mitään ei kirjoitettu. Poista tunnus ja yritä uudelleen.".into(),
        (Lang::Sv, F::IdentityCode) => "en personbeteckning skulle hamna i arkivet eller i rättelsen; ingenting skrevs. Ta bort beteckningen och försök igen.".into(),
        (Lang::En, F::IdentityCode) => "an identity code would go into the archive or the correction; nothing was written. Remove the code and try again.".into(),
        (Lang::En, F::NoName) => "who files or corrects? Give the name with --by or set git's user.name. Nothing was changed.".into(),
    }
}
