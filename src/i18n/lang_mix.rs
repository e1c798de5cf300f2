//! A document made in another language than its case's (`lsk render
//! --lang`, a page in another language): lsk's fixed texts come in the
//! chosen language and the meeting's content stays as it was written. Such
//! a document looks translated and is not (the review of 2026-12, M11;
//! Language Act 423/2003). It carries a line saying what language its
//! content is in, and the worker is told, in the case's language, what to
//! do instead.

use crate::model::Lang;

/// The line at the top of a document whose fixed texts are in `doc` and
/// whose content is written in `content`, in `doc`'s language.
pub fn content_note(doc: Lang, content: Lang) -> &'static str {
    match (doc, content) {
        (Lang::Fi, Lang::Sv) => "Sisältö on kirjoitettu ruotsiksi.",
        (Lang::Fi, Lang::En) => "Sisältö on kirjoitettu englanniksi.",
        (Lang::Sv, Lang::Fi) => "Innehållet är skrivet på finska.",
        (Lang::Sv, Lang::En) => "Innehållet är skrivet på engelska.",
        (Lang::En, Lang::Fi) => "The content is written in Finnish.",
        (Lang::En, Lang::Sv) => "The content is written in Swedish.",
        (Lang::Fi, Lang::Fi) | (Lang::Sv, Lang::Sv) | (Lang::En, Lang::En) => "",
    }
}

/// Where the warning is read: the command line names its option, a page
/// its choice of language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    Command,
    Page,
}

/// What the worker is told, in the case's language (`content`), when a
/// document is made with its fixed texts in `doc`.
pub fn warning(doc: Lang, content: Lang, at: Where) -> String {
    match content {
        Lang::Fi => {
            let (ess, nom) = match doc {
                Lang::Sv => ("ruotsiksi", "ruotsi"),
                Lang::En => ("englanniksi", "englanti"),
                Lang::Fi => ("suomeksi", "suomi"),
            };
            let tail = match at {
                Where::Command => "Suomenkielinen asiakirja tehdään ilman valintaa --lang.",
                Where::Page => {
                    "Suomenkielinen asiakirja näytetään, kun sivun kieleksi valitaan suomi."
                }
            };
            format!(
                "Asiakirjan vakiotekstit ovat {ess}, mutta kokouksen tiedot on kirjoitettu suomeksi: asiakirja on kahdella kielellä eikä ole käännös, ja sen alkuun on merkitty sisällön kieli. Jos perhe tarvitsee asiakirjan {ess}, myös sisältö on käännettävä: kirjoita kokouksen tiedot {ess} ja vaihda tapauksen kieleksi {nom}, tai teetä asiakirjasta käännös. {tail}"
            )
        }
        Lang::Sv => {
            let name = match doc {
                Lang::Fi => "finska",
                Lang::En => "engelska",
                Lang::Sv => "svenska",
            };
            let tail = match at {
                Where::Command => "En svensk handling görs utan valet --lang.",
                Where::Page => "En svensk handling visas när sidans språk är svenska.",
            };
            format!(
                "Handlingens fasta texter är på {name}, men mötets uppgifter är skrivna på svenska: handlingen är på två språk och ingen översättning, och i början anges innehållets språk. Om familjen behöver handlingen på {name} måste också innehållet översättas: skriv mötets uppgifter på {name} och byt ärendets språk till {name}, eller låt översätta handlingen. {tail}"
            )
        }
        Lang::En => {
            let name = match doc {
                Lang::Fi => "Finnish",
                Lang::Sv => "Swedish",
                Lang::En => "English",
            };
            let tail = match at {
                Where::Command => "An English document is made without --lang.",
                Where::Page => "An English document is shown when the page's language is English.",
            };
            format!(
                "The document's fixed texts are in {name}, but the meeting's details are written in English: the document is in two languages and is not a translation, and its first lines say what language the content is in. If the family needs the document in {name}, the content must be translated too: write the meeting's details in {name} and change the case's language to {name}, or have the document translated. {tail}"
            )
        }
    }
}
