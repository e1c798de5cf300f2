//! The words of sharing through the team's server (`lsk sync`, the
//! browser's "share and get changes"): no git words on a worker's page.

use crate::model::Lang;

/// What a sync says, as data (the front ends map `repo::sync::Outcome`).
pub enum SyncSay<'a> {
    /// Shared and got: commits sent, commits got.
    Done(usize, usize),
    Offline,
    NoRemote,
    Detached,
    NoAccess,
    NoAuthor,
    /// Files changed but not recorded.
    Unsaved(&'a [String]),
    /// Fields changed on both sides, waiting for a choice.
    Choose(usize),
    /// The guard refused: how many places.
    Refused(usize),
    /// The server refused: what it said.
    ServerRefused(&'a str),
    Busy,
    /// git failed: what it said.
    Failed(&'a str),
    /// A file changed on both sides: the file, the colleague's copy beside it.
    KeptBoth(&'a str, &'a str),
    /// How to choose from the command line.
    ChooseHow,
    /// A field changed on both sides is kept from these recipients (in
    /// words) whichever is chosen.
    KeptWhichever(&'a str),
    NotInGit,
}

pub fn say(lang: Lang, s: SyncSay) -> String {
    use SyncSay as S;
    match (lang, s) {
        (Lang::Fi, S::Done(0, 0)) => "Kaikki on jo jaettu: ei jaettavaa eikä haettavaa.".into(),
        (Lang::Sv, S::Done(0, 0)) => "Allt är redan delat: inget att dela eller hämta.".into(),
        (Lang::En, S::Done(0, 0)) => "Everything is shared already: nothing to share or to get.".into(),
        (Lang::Fi, S::Done(sent, 0)) => format!("Muutoksesi on jaettu tiimin kanssa ({}).", fi_changes(sent)),
        (Lang::Sv, S::Done(sent, 0)) => format!("Dina ändringar är delade med teamet ({}).", sv_changes(sent)),
        (Lang::En, S::Done(sent, 0)) => format!("Your changes are shared with the team ({}).", en_changes(sent)),
        (Lang::Fi, S::Done(0, got)) => format!("Tiimin muutokset on haettu ({}).", fi_changes(got)),
        (Lang::Sv, S::Done(0, got)) => format!("Teamets ändringar är hämtade ({}).", sv_changes(got)),
        (Lang::En, S::Done(0, got)) => format!("The team's changes are here ({}).", en_changes(got)),
        (Lang::Fi, S::Done(sent, got)) => format!(
            "Muutoksesi on jaettu ({}) ja tiimin muutokset haettu ({}).",
            fi_changes(sent),
            fi_changes(got)
        ),
        (Lang::Sv, S::Done(sent, got)) => format!(
            "Dina ändringar är delade ({}) och teamets hämtade ({}).",
            sv_changes(sent),
            sv_changes(got)
        ),
        (Lang::En, S::Done(sent, got)) => format!(
            "Your changes are shared ({}) and the team's are here ({}).",
            en_changes(sent),
            en_changes(got)
        ),
        (Lang::Fi, S::Offline) => "Muutoksia ei voitu jakaa nyt (ei yhteyttä palvelimeen). Ne on tallennettu koneellesi ja jaetaan, kun yhteys palaa.".into(),
        (Lang::Sv, S::Offline) => "Ändringarna kunde inte delas nu (ingen förbindelse till servern). De är sparade på din dator och delas när förbindelsen är tillbaka.".into(),
        (Lang::En, S::Offline) => "Your changes could not be shared now (no connection to the server). They are saved on your computer and will be shared when the connection is back.".into(),
        (Lang::Fi, S::NoRemote) => "Tällä kansiolla ei ole tiimin palvelinta, jonka kautta muutokset jaetaan. Tietohallinto antaa palvelimen osoitteen; ota se käyttöön kerran komennolla\n  git remote add origin OSOITE\nja jaa sitten: lsk sync".into(),
        (Lang::Sv, S::NoRemote) => "Den här mappen är inte kopplad till någon teamserver som ändringarna kan delas via. IT-förvaltningen ger dig serverns adress; ta den i bruk en gång med\n  git remote add origin ADRESS\noch dela sedan: lsk sync".into(),
        (Lang::En, S::NoRemote) => "This folder has no team server to share changes through. IT gives you the server's address; set it once with\n  git remote add origin ADDRESS\nand then share: lsk sync".into(),
        (Lang::Fi, S::Detached) => "Kansiossa on auki aiempi versio eikä ajantasainen työ, joten muutoksia ei voi jakaa. Palaa ajantasaiseen versioon (git switch main) ja jaa sitten.".into(),
        (Lang::Sv, S::Detached) => "I mappen är en tidigare version öppen, inte det aktuella arbetet, så ändringarna kan inte delas. Gå tillbaka till den aktuella versionen (git switch main) och dela sedan.".into(),
        (Lang::En, S::Detached) => "An earlier version is open in this folder, not the current work, so changes cannot be shared. Go back to the current version (git switch main), then share.".into(),
        (Lang::Fi, S::NoAccess) => "Palvelin ei hyväksynyt tunnuksiasi tai sinulla ei ole pääsyä tiimin palvelimelle. Muutoksesi ovat tallessa koneellasi. Pyydä tietohallinnolta pääsy.".into(),
        (Lang::Sv, S::NoAccess) => "Servern godtog inte dina inloggningsuppgifter, eller så har du ingen åtkomst till teamets server. Dina ändringar är sparade på din dator. Be IT om åtkomst.".into(),
        (Lang::En, S::NoAccess) => "The server did not accept your credentials, or you have no access to the team's server. Your changes are saved on your computer. Ask IT for access.".into(),
        (Lang::Fi, S::NoAuthor) => "Tiimin muutosten yhdistäminen tallennetaan sinun nimissäsi, mutta nimeäsi ei ole vielä kerrottu. Kerro se kerran:\n  git config --global user.name \"Etunimi Sukunimi\"\n  git config --global user.email etunimi.sukunimi@kunta.fi".into(),
        (Lang::Sv, S::NoAuthor) => "Sammanförandet av teamets ändringar sparas i ditt namn, men ditt namn är inte angett ännu. Ange det en gång:\n  git config --global user.name \"Förnamn Efternamn\"\n  git config --global user.email fornamn.efternamn@kommun.fi".into(),
        (Lang::En, S::NoAuthor) => "Merging the team's changes is recorded in your name, but your name has not been given yet. Give it once:\n  git config --global user.name \"First Last\"\n  git config --global user.email first.last@municipality.fi".into(),
        (Lang::Fi, S::Unsaved(paths)) => format!("Näitä tiedostoja on muutettu koneellasi, mutta muutoksia ei ole tallennettu versiohistoriaan: {}. Tiimin muutoksia ei haettu, jotta mitään ei katoa. Tallenna tai peru ne ensin.", paths.join(", ")),
        (Lang::Sv, S::Unsaved(paths)) => format!("De här filerna har ändrats på din dator men ändringarna är inte sparade i versionshistoriken: {}. Teamets ändringar hämtades inte, så att inget går förlorat. Spara eller ångra dem först.", paths.join(", ")),
        (Lang::En, S::Unsaved(paths)) => format!("These files were changed on your computer but the changes are not recorded in the version history: {}. The team's changes were not fetched, so that nothing is lost. Record or undo them first.", paths.join(", ")),
        (Lang::Fi, S::Choose(1)) => "Sinä ja kollega muutitte samaa kohtaa. Valitse, kumpi jää; siihen asti tiimin muutoksia ei yhdistetä, ja sinun tekstisi on tiedostossa.".into(),
        (Lang::Fi, S::Choose(n)) => format!("Sinä ja kollega muutitte samoja kohtia ({n}). Valitse kustakin, kumpi jää; siihen asti tiimin muutoksia ei yhdistetä, ja sinun tekstisi on tiedostoissa."),
        (Lang::Sv, S::Choose(1)) => "Du och en kollega ändrade samma uppgift. Välj vilken som blir kvar; tills dess sammanförs inte teamets ändringar, och din text finns i filen.".into(),
        (Lang::Sv, S::Choose(n)) => format!("Du och en kollega ändrade samma uppgifter ({n}). Välj för var och en vilken som blir kvar; tills dess sammanförs inte teamets ändringar, och din text finns i filerna."),
        (Lang::En, S::Choose(1)) => "You and a colleague changed the same item. Choose which one stays; until then the team's changes are not merged, and your text is in the file.".into(),
        (Lang::En, S::Choose(n)) => format!("You and a colleague changed the same items ({n}). Choose for each which one stays; until then the team's changes are not merged, and your text is in the files."),
        (Lang::Fi, S::ChooseHow) => "Valitse selaimessa (lsk serve): Jaa ja hae muutokset.".into(),
        (Lang::Sv, S::ChooseHow) => "Välj i webbläsaren (lsk serve): Dela och hämta ändringar.".into(),
        (Lang::En, S::ChooseHow) => "Choose in the browser (lsk serve): Share and get changes.".into(),
        (Lang::Fi, S::KeptWhichever(who)) => format!("Valitsitpa kumman tahansa, tämä jätetään pois näiden vastaanottajien kopiosta: {who}."),
        (Lang::Sv, S::KeptWhichever(who)) => format!("Vilken du än väljer lämnas detta bort ur kopian till: {who}."),
        (Lang::En, S::KeptWhichever(who)) => format!("Whichever you choose, this is kept from: {who}."),
        (Lang::Fi, S::Refused(n)) => format!("Muutoksia ei lähetetty: lähetettävissä tallennuksissa on henkilötunnus ({n} kohdassa). Poista tunnus, tallenna uudelleen ja jaa sitten. Muutokset ovat tallessa koneellasi."),
        (Lang::Sv, S::Refused(n)) => format!("Ändringarna skickades inte: det som skulle skickas innehåller en personbeteckning ({n} ställen). Ta bort beteckningen, spara igen och dela sedan. Ändringarna är sparade på din dator."),
        (Lang::En, S::Refused(n)) => format!("The changes were not sent: what would be sent holds a personal identity code ({n} places). Remove the code, save again and then share. The changes are saved on your computer."),
        (Lang::Fi, S::ServerRefused(why)) => format!("Palvelin ei ottanut muutoksia vastaan ({why}). Muutokset ovat tallessa koneellasi; kysy tietohallinnolta."),
        (Lang::Sv, S::ServerRefused(why)) => format!("Servern tog inte emot ändringarna ({why}). Ändringarna är sparade på din dator; fråga IT."),
        (Lang::En, S::ServerRefused(why)) => format!("The server did not accept the changes ({why}). They are saved on your computer; ask IT."),
        (Lang::Fi, S::Busy) => "Tiimin palvelimelle tuli koko ajan uusia muutoksia, joten muutoksiasi ei vielä jaettu. Mitään ei menetetty; yritä hetken kuluttua uudelleen.".into(),
        (Lang::Sv, S::Busy) => "Teamets server tog hela tiden emot nya ändringar, så dina ändringar har inte delats ännu. Inget gick förlorat; försök igen om en stund.".into(),
        (Lang::En, S::Busy) => "The team's server kept receiving new changes, so yours have not been shared yet. Nothing was lost; try again in a moment.".into(),
        (Lang::Fi, S::Failed(why)) => format!("Muutosten jakaminen ei onnistunut; mitään ei menetetty. Syy: {why}"),
        (Lang::Sv, S::Failed(why)) => format!("Ändringarna kunde inte delas; inget gick förlorat. Orsak: {why}"),
        (Lang::En, S::Failed(why)) => format!("The changes could not be shared; nothing was lost. Reason: {why}"),
        (Lang::Fi, S::KeptBoth(file, beside)) => format!("Sekä sinä että kollega muutitte tiedostoa {file}: sinun versiosi on paikallaan ja kollegan versio tallennettiin viereen nimellä {beside}."),
        (Lang::Sv, S::KeptBoth(file, beside)) => format!("Både du och en kollega ändrade filen {file}: din version finns kvar och kollegans version sparades bredvid som {beside}."),
        (Lang::En, S::KeptBoth(file, beside)) => format!("Both you and a colleague changed {file}: your version is kept in its place and the colleague's was saved beside it as {beside}."),
        (Lang::Fi, S::NotInGit) => "Kansio ei ole versiohistoriassa (git), joten sitä ei jaeta tiimin palvelimen kautta. Tiimikansion ottamisesta käyttöön kerrotaan ohjeessa docs/fi/tiimi.md.".into(),
        (Lang::Sv, S::NotInGit) => "Mappen har ingen versionshistorik (git), så den delas inte genom teamets server. Hur en teammapp tas i bruk står i docs/sv/team.md.".into(),
        (Lang::En, S::NotInGit) => "This folder has no version history (git), so it is not shared through the team's server. docs/en/team.md tells how to set up a team folder.".into(),
    }
}

/// What there is to share and to get, quietly (every page of a case).
pub fn counts(lang: Lang, to_share: usize, to_get: usize) -> String {
    match (lang, to_share, to_get) {
        (Lang::Fi, 0, 0) => "Kaikki muutokset on jaettu tiimin kanssa.".into(),
        (Lang::Sv, 0, 0) => "Alla ändringar är delade med teamet.".into(),
        (Lang::En, 0, 0) => "All changes are shared with the team.".into(),
        (Lang::Fi, s, g) => join(
            [
                (s > 0).then(|| format!("jaettavana {}", fi_changes(s))),
                (g > 0).then(|| format!("tiimiltä haettavana {}", fi_changes(g))),
            ],
            "Sinulla on ",
        ),
        (Lang::Sv, s, g) => join(
            [
                (s > 0).then(|| format!("{} att dela", sv_changes(s))),
                (g > 0).then(|| format!("{} att hämta från teamet", sv_changes(g))),
            ],
            "Du har ",
        ),
        (Lang::En, s, g) => join(
            [
                (s > 0).then(|| format!("{} to share", en_changes(s))),
                (g > 0).then(|| format!("{} to get from the team", en_changes(g))),
            ],
            "You have ",
        ),
    }
}

fn join(parts: [Option<String>; 2], start: &str) -> String {
    let parts: Vec<String> = parts.into_iter().flatten().collect();
    let sep = match start {
        "Sinulla on " => " ja ",
        "Du har " => " och ",
        _ => " and ",
    };
    format!("{start}{}.", parts.join(sep))
}

/// The merge commit's message.
pub fn merge_message(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "Tiimin muutokset yhdistetty",
        Lang::Sv => "Teamets ändringar sammanförda",
        Lang::En => "The team's changes merged",
    }
}

fn fi_changes(n: usize) -> String {
    if n == 1 {
        "1 muutos".into()
    } else {
        format!("{n} muutosta")
    }
}

fn sv_changes(n: usize) -> String {
    if n == 1 {
        "1 ändring".into()
    } else {
        format!("{n} ändringar")
    }
}

fn en_changes(n: usize) -> String {
    if n == 1 {
        "1 change".into()
    } else {
        format!("{n} changes")
    }
}
