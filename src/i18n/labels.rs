//! The names of meeting kinds and roles in each language, as documents
//! and pages show them.

use crate::model::{Kind, Lang, Role};

pub fn kind_label(lang: Lang, kind: Kind) -> &'static str {
    match (lang, kind) {
        // 003: a meeting of three parties, the family first.
        (Lang::Fi, Kind::Daycare) => "Perheen, varhaiskasvatuksen ja lastensuojelun neuvottelu",
        (Lang::Fi, Kind::School) => "Perheen, koulun ja lastensuojelun neuvottelu",
        (Lang::Fi, Kind::FamilyGroupConference) => "Läheisneuvonpito",
        (Lang::Fi, Kind::FgcFollowUp) => "Läheisneuvonpidon seurantakokous",
        (Lang::Sv, Kind::Daycare) => "Möte mellan familjen, småbarnspedagogiken och barnskyddet",
        (Lang::Sv, Kind::School) => "Möte mellan familjen, skolan och barnskyddet",
        (Lang::Sv, Kind::FamilyGroupConference) => "Familjerådslag",
        (Lang::Sv, Kind::FgcFollowUp) => "Familjerådslagets uppföljningsmöte",
        (Lang::En, Kind::Daycare) => "Meeting of the family, daycare and child welfare",
        (Lang::En, Kind::School) => "Meeting of the family, school and child welfare",
        (Lang::En, Kind::FamilyGroupConference) => "Family group conference",
        (Lang::En, Kind::FgcFollowUp) => "Family group conference follow-up meeting",
    }
}

pub fn role_label(lang: Lang, role: Role) -> &'static str {
    let i = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
    match lang {
        Lang::Fi => [
            "sosiaalityöntekijä",
            "sosiaaliohjaaja",
            "perhetyöntekijä",
            "vanhempi",
            "lapsi",
            "läheinen",
            "varhaiskasvatuksen henkilöstö",
            "koulun henkilöstö",
            "koollekutsuja",
            "muu",
        ][i],
        Lang::Sv => [
            "socialarbetare",
            "socialhandledare",
            "familjearbetare",
            "förälder",
            "barn",
            "närstående",
            "personal inom småbarnspedagogiken",
            "skolpersonal",
            "sammankallare",
            "annan",
        ][i],
        Lang::En => [
            "social worker",
            "social counsellor",
            "family worker",
            "parent",
            "child",
            "family or friend",
            "daycare staff",
            "school staff",
            "convener",
            "other",
        ][i],
    }
}

/// A kind's title, "Akuuttineuvonpito" for an acute conference.
pub fn meeting_title(lang: Lang, kind: Kind, acute: bool) -> &'static str {
    match (lang, acute && kind == Kind::FamilyGroupConference) {
        (Lang::Fi, true) => "Akuuttineuvonpito",
        (Lang::Sv, true) => "Akut familjerådslag",
        (Lang::En, true) => "Acute family group conference",
        (_, false) => kind_label(lang, kind),
    }
}
