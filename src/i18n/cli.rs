//! Messages of the commands themselves (not findings), in each language.

use crate::model::Lang;

pub enum Say<'a> {
    CaseExists(&'a str),
    Created(&'a str),
    MeetingExists(&'a str),
    NotInCase(&'a str),
    BadDate(&'a str),
    BadBorn(&'a str),
    BadTime(&'a str),
    BadSlug(&'a str),
    Empty(&'a str),
    CannotWrite(&'a str, &'a str),
    NothingToCheck(&'a str),
    NotFound(&'a str),
    NoFollowUpTarget,
    HandEdited(&'a str),
    NotAMeeting(&'a str),
    RecipientNotForDoc,
    Symlink(&'a str),
    /// A folder that resolves (through links) outside the case.
    OutsideCase(&'a str),
    Template(&'a str),
    NoGit,
    IcsNotForDoc,
    HookExists(&'a str),
    UnknownRule {
        rule: &'a str,
        closest: Option<&'a str>,
        all: &'a str,
    },
    /// lsk.yaml has findings that stop any write (shown above the message).
    CaseBlocked(&'a str),
    /// Meetings (or cases) that could not be read, listed above: what they
    /// hold is missing from the output.
    LeftOut(usize),
}

pub fn say(lang: Lang, what: Say) -> String {
    match (lang, what) {
        (lang, Say::UnknownRule { rule, closest, all }) => {
            let (unknown, meant, rules) = match lang {
                Lang::Fi => ("sääntöä ei ole", "tarkoititko", "säännöt"),
                Lang::Sv => ("ingen sådan regel", "menade du", "reglerna"),
                Lang::En => ("no such rule", "did you mean", "the rules"),
            };
            match closest {
                Some(c) => format!("`{rule}`: {unknown}; {meant} `{c}`? ({rules}: {all})"),
                None => format!("`{rule}`: {unknown} ({rules}: {all})"),
            }
        }
        (Lang::Fi, Say::CaseBlocked(p)) => format!("{p} on korjattava ensin (ks. yllä); mitään ei kirjoitettu"),
        (Lang::Sv, Say::CaseBlocked(p)) => format!("{p} måste rättas först (se ovan); ingenting skrevs"),
        (Lang::En, Say::CaseBlocked(p)) => format!("{p} must be fixed first (see above); nothing was written"),
        (Lang::Fi, Say::LeftOut(n)) => format!("lukematta jäi {n} (ks. yllä), joten niiden sisältö puuttuu tästä listasta; `lsk check` kertoo, miten kukin korjataan"),
        (Lang::Sv, Say::LeftOut(n)) => format!("{n} lästes inte (se ovan), så deras innehåll saknas i listan; `lsk check` visar hur var och en rättas"),
        (Lang::En, Say::LeftOut(n)) => format!("not read: {n} (above), so what they hold is missing from this list; `lsk check` shows how to fix each"),
        (Lang::Fi, Say::CaseExists(p)) => format!("{p} on jo olemassa; lsk ei korvaa sitä"),
        (Lang::Sv, Say::CaseExists(p)) => format!("{p} finns redan; lsk skriver inte över den"),
        (Lang::En, Say::CaseExists(p)) => format!("{p} already exists; lsk does not overwrite it"),
        (Lang::Fi, Say::Created(p)) => format!("luotu {p}"),
        (Lang::Sv, Say::Created(p)) => format!("skapade {p}"),
        (Lang::En, Say::Created(p)) => format!("created {p}"),
        (Lang::Fi, Say::MeetingExists(p)) => format!(
            "{p} on jo olemassa; lsk ei korvaa sitä. Valitse toinen nimi: --slug NIMI"
        ),
        (Lang::Sv, Say::MeetingExists(p)) => format!(
            "{p} finns redan; lsk skriver inte över den. Välj ett annat namn: --slug NAMN"
        ),
        (Lang::En, Say::MeetingExists(p)) => format!(
            "{p} already exists; lsk does not overwrite it. Choose another name: --slug NAME"
        ),
        (Lang::Fi, Say::NotInCase(p)) => format!(
            "{p} ei ole asian kansiossa: lsk.yaml-tiedostoa ei löydy täältä eikä yläkansioista. Luo asia komennolla `lsk init`"
        ),
        (Lang::Sv, Say::NotInCase(p)) => format!(
            "{p} ligger inte i en ärendemapp: ingen lsk.yaml här eller ovanför. Skapa ärendet med `lsk init`"
        ),
        (Lang::En, Say::NotInCase(p)) => format!(
            "{p} is not in a case folder: no lsk.yaml here or above. Create the case with `lsk init`"
        ),
        (Lang::Fi, Say::BadDate(v)) => format!("päivämäärä `{v}` ei kelpaa: kirjoita VVVV-KK-PP, esim. 2026-11-24"),
        (Lang::Sv, Say::BadDate(v)) => format!("datumet `{v}` duger inte: skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-24"),
        (Lang::En, Say::BadDate(v)) => format!("`{v}` is not a date: write YYYY-MM-DD, e.g. 2026-11-24"),
        (Lang::Fi, Say::BadBorn(v)) => format!("syntymäaika `{v}` ei kelpaa: kirjoita VVVV, VVVV-KK tai VVVV-KK-PP"),
        (Lang::Sv, Say::BadBorn(v)) => format!("födelsedatumet `{v}` duger inte: skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD"),
        (Lang::En, Say::BadBorn(v)) => format!("`{v}` is not a birth date: write YYYY, YYYY-MM or YYYY-MM-DD"),
        (Lang::Fi, Say::BadTime(v)) => format!("kellonaika `{v}` ei kelpaa: kirjoita HH:MM tai HH.MM, esim. 13:00"),
        (Lang::Sv, Say::BadTime(v)) => format!("tiden `{v}` duger inte: skriv TT:MM eller TT.MM, t.ex. 13:00"),
        (Lang::En, Say::BadTime(v)) => format!("`{v}` is not a time: write HH:MM or HH.MM, e.g. 13:00"),
        (Lang::Fi, Say::BadSlug(v)) => format!("nimestä `{v}` ei saa kansion nimeä: käytä kirjaimia a–z ja numeroita"),
        (Lang::Sv, Say::BadSlug(v)) => format!("namnet `{v}` ger inget mappnamn: använd bokstäverna a–z och siffror"),
        (Lang::En, Say::BadSlug(v)) => format!("`{v}` gives no folder name: use letters a–z and digits"),
        (Lang::Fi, Say::Empty(o)) => format!("{o} ei voi olla tyhjä"),
        (Lang::Sv, Say::Empty(o)) => format!("{o} får inte vara tomt"),
        (Lang::En, Say::Empty(o)) => format!("{o} cannot be empty"),
        (Lang::Fi, Say::CannotWrite(p, e)) => format!("tiedostoa {p} ei voi kirjoittaa: {e}"),
        (Lang::Sv, Say::CannotWrite(p, e)) => format!("filen {p} kan inte skrivas: {e}"),
        (Lang::En, Say::CannotWrite(p, e)) => format!("cannot write {p}: {e}"),
        (Lang::Fi, Say::NothingToCheck(p)) => format!("{p}: ei neuvotteluja tarkistettavaksi"),
        (Lang::Sv, Say::NothingToCheck(p)) => format!("{p}: inga möten att kontrollera"),
        (Lang::En, Say::NothingToCheck(p)) => format!("{p}: no meetings to check"),
        (Lang::Fi, Say::NotFound(p)) => format!("{p}: tiedostoa tai kansiota ei ole"),
        (Lang::Sv, Say::NotFound(p)) => format!("{p}: filen eller mappen finns inte"),
        (Lang::En, Say::NotFound(p)) => format!("{p}: no such file or folder"),
        (Lang::Fi, Say::HandEdited(p)) => format!("{p} on muutettu käsin sen jälkeen, kun lsk teki sen; lsk ei korvaa sitä. Tallenna muutoksesi muualle tai korvaa tiedosto valitsimella --force"),
        (Lang::Sv, Say::HandEdited(p)) => format!("{p} har ändrats för hand sedan lsk gjorde den; lsk skriver inte över den. Spara dina ändringar någon annanstans eller skriv över med --force"),
        (Lang::En, Say::HandEdited(p)) => format!("{p} was edited by hand since lsk wrote it; lsk does not overwrite it. Save your changes elsewhere, or overwrite with --force"),
        (Lang::Fi, Say::NotAMeeting(p)) => format!("{p} ei ole neuvottelun kansio: siinä ei ole meeting.md-tiedostoa"),
        (Lang::Sv, Say::NotAMeeting(p)) => format!("{p} är ingen mötesmapp: där finns ingen meeting.md"),
        (Lang::En, Say::NotAMeeting(p)) => format!("{p} is not a meeting folder: it has no meeting.md"),
        (Lang::Fi, Say::RecipientNotForDoc) => "--for koskee vain muistiota: lsk render memo --for VASTAANOTTAJA".into(),
        (Lang::Sv, Say::RecipientNotForDoc) => "--for gäller bara minnesanteckningarna: lsk render memo --for MOTTAGARE".into(),
        (Lang::En, Say::RecipientNotForDoc) => "--for is for the memo only: lsk render memo --for RECIPIENT".into(),
        (Lang::Fi, Say::Symlink(p)) => format!("{p} on symbolinen linkki; lsk ei kirjoita linkin kautta"),
        (Lang::Sv, Say::Symlink(p)) => format!("{p} är en symbolisk länk; lsk skriver inte genom länkar"),
        (Lang::En, Say::Symlink(p)) => format!("{p} is a symbolic link; lsk does not write through links"),
        (Lang::Fi, Say::OutsideCase(p)) => format!("{p} johtaa linkin kautta asian kansion ulkopuolelle; lsk kirjoittaa vain asian kansioon. Siirrä kansio asian kansioon linkin tilalle"),
        (Lang::Sv, Say::OutsideCase(p)) => format!("{p} leder via en länk ut ur ärendets mapp; lsk skriver bara i ärendets mapp. Flytta mappen in i ärendets mapp i stället för länken"),
        (Lang::En, Say::OutsideCase(p)) => format!("{p} leads through a link outside the case folder; lsk writes only inside the case folder. Move the folder into the case folder instead of the link"),
        (Lang::Fi, Say::Template(d)) => format!("asiakirjapohjaa ei voi käyttää: {d}"),
        (Lang::Sv, Say::Template(d)) => format!("dokumentmallen kan inte användas: {d}"),
        (Lang::En, Say::Template(d)) => format!("the template cannot be used: {d}"),
        (Lang::Fi, Say::IcsNotForDoc) => "--ics koskee vain kutsua: lsk render invitation --ics".into(),
        (Lang::Sv, Say::IcsNotForDoc) => "--ics gäller bara inbjudan: lsk render invitation --ics".into(),
        (Lang::En, Say::IcsNotForDoc) => "--ics is for the invitation only: lsk render invitation --ics".into(),
        (Lang::Fi, Say::NoGit) => "tämä ei ole git-tietovarasto (tai git puuttuu): siirry asian tai tiimin kansioon, joka on gitissä".into(),
        (Lang::Sv, Say::NoGit) => "detta är inget git-arkiv (eller git saknas): gå till ärendets eller teamets mapp som finns i git".into(),
        (Lang::En, Say::NoGit) => "this is not a git repository (or git is missing): go to the case or team folder that is in git".into(),
        (Lang::Fi, Say::HookExists(p)) => format!("{p} on jo olemassa; lsk ei korvaa sitä. Lisää siihen rivi `lsk check` itse tai korvaa se valitsimella --force"),
        (Lang::Sv, Say::HookExists(p)) => format!("{p} finns redan; lsk skriver inte över den. Lägg själv till `lsk check` i den eller skriv över med --force"),
        (Lang::En, Say::HookExists(p)) => format!("{p} already exists; lsk does not replace it. Add `lsk check` to it yourself, or replace it with --force"),
        (Lang::Fi, Say::NoFollowUpTarget) => "asiassa ei ole läheisneuvonpitoa, jota seurantakokous seuraisi; täytä `follows` itse".into(),
        (Lang::Sv, Say::NoFollowUpTarget) => "ärendet har inget familjerådslag som uppföljningsmötet kunde följa; fyll i `follows` själv".into(),
        (Lang::En, Say::NoFollowUpTarget) => "the case has no family group conference for the follow-up to follow; fill in `follows` yourself".into(),
    }
}
