//! The words of the case's record in git (`repo::commit`): what a commit
//! message says changed, and what the worker is told about the commit.

use crate::model::Lang;

/// Key, Finnish, Swedish, English.
const WORDS: &[(&str, &str, &str, &str)] = &[
    ("new_meeting", "uusi neuvottelu", "nytt möte", "new meeting"),
    (
        "follow_up",
        "uusi seurantaneuvottelu (edellinen {day})",
        "nytt uppföljningsmöte (föregående {day})",
        "new follow-up meeting (after {day})",
    ),
    ("new_case", "uusi lapsen asia", "nytt ärende", "new case"),
    (
        "case_details",
        "lapsen asian tiedot",
        "ärendets uppgifter",
        "case details",
    ),
    ("notes", "muistiinpanot", "anteckningar", "notes"),
    ("text", "teksti", "texten", "the text"),
    ("other", "muut tiedot", "övriga uppgifter", "other details"),
    (
        "action_done",
        "sovittu asia merkitty tehdyksi",
        "en överenskommen åtgärd markerad som gjord",
        "an agreed action marked done",
    ),
    (
        "memo",
        "muistio tehty",
        "minnesanteckningar gjorda",
        "memo made",
    ),
    (
        "agenda",
        "esityslista tehty",
        "dagordning gjord",
        "agenda made",
    ),
    (
        "invitation",
        "kutsu tehty",
        "inbjudan gjord",
        "invitation made",
    ),
    (
        "document",
        "asiakirja tehty: {doc}",
        "dokument gjort: {doc}",
        "document made: {doc}",
    ),
    (
        "copy",
        "kopio: {recipient}",
        "kopia: {recipient}",
        "copy: {recipient}",
    ),
    // A meeting's kind as a commit message names it: short, so that the
    // message keeps to one line (the pages keep the long names).
    (
        "kind_daycare",
        "päiväkotineuvottelu",
        "daghemsmöte",
        "daycare meeting",
    ),
    (
        "kind_school",
        "kouluneuvottelu",
        "skolmöte",
        "school meeting",
    ),
    (
        "kind_family-group-conference",
        "läheisneuvonpito",
        "familjerådslag",
        "family group conference",
    ),
    (
        "kind_fgc-follow-up",
        "seurantakokous",
        "uppföljningsmöte",
        "follow-up meeting",
    ),
    // Issue 24: filing and dated corrections.
    (
        "filed",
        "muistio arkistoitu",
        "minnesanteckningarna arkiverade",
        "memo filed",
    ),
    (
        "corrected",
        "arkistoidun muistion korjaus: {fields}",
        "rättelse i de arkiverade minnesanteckningarna: {fields}",
        "correction to the filed memo: {fields}",
    ),
    (
        "notice",
        "korjausilmoitus: {recipient}",
        "meddelande om rättelse: {recipient}",
        "correction notice: {recipient}",
    ),
    (
        "restored",
        "palautettu aiempi versio ({version})",
        "tidigare version återställd ({version})",
        "earlier version restored ({version})",
    ),
    (
        "committed",
        "Tallennettu historiaan: {message}",
        "Sparat i historiken: {message}",
        "Recorded in the history: {message}",
    ),
    (
        "no_author",
        "Ei tallennettu historiaan: tekijä ei ole tiedossa. Aseta nimesi: git config user.name \"Etunimi Sukunimi\" ja git config user.email nimi@esimerkki.fi",
        "Inte sparat i historiken: vem som gjorde ändringen är inte känt. Ange ditt namn: git config user.name \"Förnamn Efternamn\" och git config user.email namn@exempel.fi",
        "Not recorded in the history: who made the change is not known. Set your name: git config user.name \"First Last\" and git config user.email name@example.org",
    ),
    (
        "no_author_page",
        "Ei tallennettu historiaan: tekijä ei ole tiedossa.",
        "Inte sparat i historiken: vem som gjorde ändringen är inte känt.",
        "Not recorded in the history: who made the change is not known.",
    ),
    (
        "refused",
        "Ei tallennettu historiaan: {why}",
        "Inte sparat i historiken: {why}",
        "Not recorded in the history: {why}",
    ),
    (
        "code_in_message",
        "viestissä olisi henkilötunnus",
        "meddelandet skulle innehålla en personbeteckning",
        "the message would hold an identity code",
    ),
    (
        "code_in_author",
        "tekijän nimessä tai sähköpostiosoitteessa on henkilötunnus",
        "upphovspersonens namn eller e-postadress innehåller en personbeteckning",
        "the author's name or e-mail address holds an identity code",
    ),
    (
        "failed",
        "Ei tallennettu historiaan: {why}",
        "Inte sparat i historiken: {why}",
        "Not recorded in the history: {why}",
    ),
    (
        "who_title",
        "Kuka tekee muutokset?",
        "Vem gör ändringarna?",
        "Who is making the changes?",
    ),
    (
        "who_intro",
        "Tämän lapsen asian jokainen muutos tallennetaan historiaan tekijän nimellä. Kirjoita nimesi ja sähköpostiosoitteesi kerran; ne tallennetaan tämän kansion asetuksiin. Muutoksesi odottaa, eikä mitään kirjoittamaasi menetetä.",
        "Varje ändring i barnets ärende sparas i historiken med namnet på den som gjorde den. Skriv ditt namn och din e-postadress en gång; de sparas i den här mappens inställningar. Din ändring väntar, och inget du har skrivit går förlorat.",
        "Every change to this child's case is recorded in its history under the name of who made it. Write your name and e-mail address once; they are kept in this folder's settings. Your change waits, and nothing you typed is lost.",
    ),
    ("who_name", "Nimi", "Namn", "Name"),
    (
        "who_email",
        "Sähköpostiosoite",
        "E-postadress",
        "E-mail address",
    ),
    (
        "who_save",
        "Tallenna ja jatka",
        "Spara och fortsätt",
        "Save and continue",
    ),
    (
        "who_missing",
        "Kirjoita sekä nimi että sähköpostiosoite.",
        "Skriv både namn och e-postadress.",
        "Write both a name and an e-mail address.",
    ),
    (
        "who_code",
        "Nimessä tai sähköpostiosoitteessa on henkilötunnus: sitä ei tallenneta.",
        "Namnet eller e-postadressen innehåller en personbeteckning: den sparas inte.",
        "The name or e-mail address holds an identity code: it is not kept.",
    ),
    (
        "who_gone",
        "Odottavaa muutosta ei enää löydy (lsk on käynnistetty uudelleen). Avaa sivu ja tallenna uudelleen.",
        "Den väntande ändringen finns inte längre (lsk har startats om). Öppna sidan och spara igen.",
        "The waiting change is no longer there (lsk has been started again). Open the page and save again.",
    ),
];

/// The word for `key` in `lang`.
pub fn word(lang: Lang, key: &str) -> &'static str {
    let found = WORDS.iter().find(|w| w.0 == key);
    debug_assert!(found.is_some(), "no record word `{key}` in i18n/record.rs");
    found.map_or("", |(_, fi, sv, en)| match lang {
        Lang::Fi => fi,
        Lang::Sv => sv,
        Lang::En => en,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_word_has_three_languages() {
        for (k, fi, sv, en) in super::WORDS {
            assert!(!fi.is_empty() && !sv.is_empty() && !en.is_empty(), "{k}");
        }
    }
}
