//! The documents' sentences about consent (issue 20 §4): who consented, by
//! name, with "guardian" only for invitees recorded as guardians, and a
//! withdrawal. Never the old free-text `decided_with`.

use crate::model::Lang;

/// Who consented, as the documents say it.
pub struct Who<'a> {
    pub guardians: &'a [String],
    /// The child (12–17), consenting for their own information.
    pub child: Option<&'a str>,
    pub others: &'a [String],
}

impl Who<'_> {
    fn count(&self) -> usize {
        self.guardians.len() + usize::from(self.child.is_some()) + self.others.len()
    }
}

fn join(lang: Lang, parts: &[String]) -> String {
    let and = match lang {
        Lang::Fi => "ja",
        Lang::Sv => "och",
        Lang::En => "and",
    };
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// "huoltaja Karin Nyström", "the guardians Marja Korpela and Jukka
/// Korpela, and Eetu Korpela": guardians first, with their title.
pub fn who(lang: Lang, who: &Who) -> String {
    let mut parts = Vec::new();
    if !who.guardians.is_empty() {
        let title = match (lang, who.guardians.len()) {
            (Lang::Fi, 1) => "huoltaja",
            (Lang::Fi, _) => "huoltajat",
            (Lang::Sv, 1) => "vårdnadshavaren",
            (Lang::Sv, _) => "vårdnadshavarna",
            (Lang::En, 1) => "the guardian",
            (Lang::En, _) => "the guardians",
        };
        parts.push(format!("{title} {}", join(lang, who.guardians)));
    }
    let group = parts.len();
    // From 12 the child consents for their own information only.
    parts.extend(who.child.map(|c| match lang {
        Lang::Fi => format!("{c} (omien tietojensa osalta)"),
        Lang::Sv => format!("{c} (för sina egna uppgifter)"),
        Lang::En => format!("{c} (for their own information)"),
    }));
    parts.extend(who.others.iter().cloned());
    // "huoltajat A ja B sekä C": the guardians' own "ja" is not repeated.
    if who.guardians.len() > 1 && parts.len() > group {
        let rest = join(lang, &parts[group..]);
        let also = match lang {
            Lang::Fi => "sekä",
            Lang::Sv => "samt",
            Lang::En => "as well as",
        };
        return format!("{} {also} {rest}", parts[0]);
    }
    join(lang, &parts)
}

/// The sentence a document states its ground with: "Muistio jaetaan
/// suostumuksella, jonka huoltaja Karin Nyström antoi 10.11.2026." When
/// nobody the reader may see is named, the consent is said to be on file,
/// never whose it is.
pub fn sentence(lang: Lang, adult: bool, who: &Who, date: Option<&str>) -> String {
    if adult {
        return match lang {
            Lang::Fi => "Muistio jaetaan täysi-ikäisen nuoren oman suostumuksen perusteella.",
            Lang::Sv => "Minnesanteckningarna delas med den myndiga unga personens eget samtycke.",
            Lang::En => "Shared with the young adult's own consent.",
        }
        .to_owned();
    }
    if who.count() == 0 {
        return match lang {
            Lang::Fi => "Muistio jaetaan suostumuksella, joka on kirjattu lastensuojelun asiakastietoihin.",
            Lang::Sv => "Minnesanteckningarna delas med ett samtycke som har antecknats i barnskyddets klientuppgifter.",
            Lang::En => "Shared with consent recorded in child welfare's client records.",
        }
        .to_owned();
    }
    let by = self::who(lang, who);
    let plural = who.count() > 1;
    match lang {
        Lang::Fi => format!(
            "Muistio jaetaan suostumuksella, jonka {by} {}{}.",
            if plural { "antoivat" } else { "antoi" },
            date.map(|d| format!(" {d}")).unwrap_or_default()
        ),
        Lang::Sv => format!(
            "Minnesanteckningarna delas med det samtycke som {by} gav{}.",
            date.map(|d| format!(" den {d}")).unwrap_or_default()
        ),
        Lang::En => format!(
            "Shared with the consent of {by}{}.",
            date.map(|d| format!(", given on {d}")).unwrap_or_default()
        ),
    }
}

/// The full memo's note of a withdrawal.
pub fn withdrawn(lang: Lang, date: Option<&str>, by: Option<&str>) -> String {
    let on = |pre: &str| date.map(|d| format!(" {pre}{d}")).unwrap_or_default();
    match (lang, by) {
        (Lang::Fi, Some(b)) => format!(
            "{b} peruutti suostumuksen{}. Sen jälkeen muistiota ei lähetetä lastensuojelun ja perheen ulkopuolelle.",
            on("")
        ),
        (Lang::Fi, None) => format!(
            "Suostumus peruttiin{}. Sen jälkeen muistiota ei lähetetä lastensuojelun ja perheen ulkopuolelle.",
            on("")
        ),
        (Lang::Sv, Some(b)) => format!(
            "{b} återkallade samtycket{}. Därefter skickas minnesanteckningarna inte utanför barnskyddet och familjen.",
            on("den ")
        ),
        (Lang::Sv, None) => format!(
            "Samtycket återkallades{}. Därefter skickas minnesanteckningarna inte utanför barnskyddet och familjen.",
            on("den ")
        ),
        (Lang::En, Some(b)) => format!(
            "{b} withdrew the consent{}. From then on the record is not sent beyond child welfare and the family.",
            on("on ")
        ),
        (Lang::En, None) => format!(
            "Consent was withdrawn{}. From then on the record is not sent beyond child welfare and the family.",
            on("on ")
        ),
    }
}

/// The disclosure log's column heads: when, meeting, document, to whom,
/// by whom, on whose consent.
pub fn log_header(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Fi => [
            "MILLOIN",
            "NEUVOTTELU",
            "ASIAKIRJA",
            "KENELLE",
            "TEKIJÄ",
            "SUOSTUMUS",
        ],
        Lang::Sv => [
            "NÄR", "MÖTE", "DOKUMENT", "TILL VEM", "GJORD AV", "SAMTYCKE",
        ],
        Lang::En => [
            "WHEN", "MEETING", "DOCUMENT", "TO WHOM", "MADE BY", "CONSENT",
        ],
    }
}

/// A logged document in words: `memo` is a copy of the memo.
pub fn document_word(lang: Lang, document: &str) -> String {
    match (lang, document) {
        (Lang::Fi, "memo") => "muistion kopio".into(),
        (Lang::Sv, "memo") => "kopia av minnesanteckningarna".into(),
        (Lang::En, "memo") => "copy of the memo".into(),
        (_, other) => other.to_owned(),
    }
}

/// The disclosure log's consent when the record named no one.
pub fn no_one_named(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "(suostumuksen antajaa ei ole kirjattu)",
        Lang::Sv => "(den som gav samtycket har inte antecknats)",
        Lang::En => "(no one recorded as giving consent)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_names_who_consented_and_calls_only_guardians_guardians() {
        let g = vec!["Karin Nyström".to_owned()];
        let none: Vec<String> = Vec::new();
        let who_g = Who {
            guardians: &g,
            child: None,
            others: &none,
        };
        assert_eq!(
            sentence(Lang::Fi, false, &who_g, Some("10.11.2026")),
            "Muistio jaetaan suostumuksella, jonka huoltaja Karin Nyström antoi 10.11.2026."
        );
        let who_o = Who {
            guardians: &none,
            child: None,
            others: &g,
        };
        assert_eq!(
            sentence(Lang::En, false, &who_o, None),
            "Shared with the consent of Karin Nyström."
        );
        let two = vec!["Marja Korpela".to_owned(), "Jukka Korpela".to_owned()];
        let who_2 = Who {
            guardians: &two,
            child: Some("Eetu Korpela"),
            others: &none,
        };
        assert_eq!(
            sentence(Lang::Sv, false, &who_2, None),
            "Minnesanteckningarna delas med det samtycke som vårdnadshavarna Marja Korpela och Jukka Korpela samt Eetu Korpela (för sina egna uppgifter) gav."
        );
    }
}
