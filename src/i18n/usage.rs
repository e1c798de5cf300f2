//! `--help` in Finnish and Swedish: one table per language, keyed by the
//! command's path (`""` for lsk itself, `"check"`, `"hook run"`) and the
//! argument's id (the clap id: the field's name). English is the `///`
//! doc comments on the clap definitions, used as they are. An argument
//! without a row here is shown in English (`cli::localize` falls back);
//! `cli::localize`'s tests list those rows that are missing.
//!
//! Flags keep their English names in every language: `--date` is typed
//! the same by everyone, and the docs and examples show one spelling.

use crate::model::Lang;

/// A command's texts: a one-line summary, the text of `--help` (with its
/// examples, one per line, each starting with `lsk`), and for lsk itself
/// what follows the options.
pub struct CommandText {
    pub path: &'static str,
    pub about: &'static str,
    pub long_about: &'static str,
    pub after_help: &'static str,
}

/// The words clap prints around the texts.
pub struct Words {
    pub usage: &'static str,
    pub commands: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    /// The `-h, --help` flag.
    pub help_flag: &'static str,
    /// The `-V, --version` flag.
    pub version_flag: &'static str,
    /// The `help` command.
    pub help_command: &'static str,
}

pub fn words(lang: Lang) -> Words {
    match lang {
        Lang::Fi => Words {
            usage: "Käyttö:",
            commands: "Komennot",
            arguments: "Argumentit",
            options: "Valitsimet",
            help_flag: "Näytä ohje (-h tiivistettynä, --help kokonaan)",
            version_flag: "Näytä versio",
            help_command: "Näytä ohje, tai annetun komennon ohje",
        },
        Lang::Sv => Words {
            usage: "Användning:",
            commands: "Kommandon",
            arguments: "Argument",
            options: "Flaggor",
            help_flag: "Visa hjälpen (-h i korthet, --help i sin helhet)",
            version_flag: "Visa versionen",
            help_command: "Visa hjälpen, eller hjälpen för ett givet kommando",
        },
        Lang::En => Words {
            usage: "Usage:",
            commands: "Commands",
            arguments: "Arguments",
            options: "Options",
            help_flag: "Print help (-h for a summary, --help in full)",
            version_flag: "Print version",
            help_command: "Print this message or the help of the given command",
        },
    }
}

/// A command's texts in `lang`; `None` in English (the doc comments) and
/// for a command the table does not have yet.
pub fn command(lang: Lang, path: &str) -> Option<&'static CommandText> {
    let table = match lang {
        Lang::Fi => FI_COMMANDS,
        Lang::Sv => SV_COMMANDS,
        Lang::En => return None,
    };
    table.iter().find(|c| c.path == path)
}

/// An argument's help in `lang`: the command's own row, or the row every
/// command shares (`"*"`, for `--lang` and `--today`).
pub fn arg(lang: Lang, path: &str, id: &str) -> Option<&'static str> {
    let table = match lang {
        Lang::Fi => FI_ARGS,
        Lang::Sv => SV_ARGS,
        Lang::En => return None,
    };
    table
        .iter()
        .find(|(p, i, _)| *p == path && *i == id)
        .or_else(|| table.iter().find(|(p, i, _)| *p == "*" && *i == id))
        .map(|(_, _, help)| *help)
}

/// Every (path, id) the tables of `lang` hold, for the tests.
pub fn arg_rows(lang: Lang) -> &'static [(&'static str, &'static str, &'static str)] {
    match lang {
        Lang::Fi => FI_ARGS,
        Lang::Sv => SV_ARGS,
        Lang::En => &[],
    }
}

/// Every command path the tables of `lang` hold, for the tests.
pub fn command_rows(lang: Lang) -> &'static [CommandText] {
    match lang {
        Lang::Fi => FI_COMMANDS,
        Lang::Sv => SV_COMMANDS,
        Lang::En => &[],
    }
}

const fn c(
    path: &'static str,
    about: &'static str,
    long_about: &'static str,
    after_help: &'static str,
) -> CommandText {
    CommandText {
        path,
        about,
        long_about,
        after_help,
    }
}

const FI_COMMANDS: &[CommandText] = &[
    c(
        "",
        "Lastensuojelun monialaisten neuvottelujen valmistelu, pito ja kirjaaminen",
        "lsk pitää lapsen asian kansiona tavallisia tekstitiedostoja: lsk.yaml ja jokaista neuvottelua kohden kansio, jossa on meeting.md. Se tekee neuvotteluille valmiit pohjat, tarkistaa, että kukin on valmisteltu, pidetty ja kirjattu käytännön mukaisesti, ja kertoo syyn, kun jotain puuttuu.",
        "Esimerkkejä:
  lsk init aino --child Aino --born 2021-03 --worker \"Sanna Virtanen\"
  cd aino && lsk new-meeting --kind daycare --date 24.11.2026 --time 13:00
  lsk check
  lsk check --format json ../team-cases
  lsk explain missing-field
  lsk guide --kind daycare
  lsk render memo meetings/2026-11-24-daycare --html

Käyttöopas: docs/fi/README.md (på svenska docs/sv/README.md, in English docs/en/README.md)",
    ),
    c(
        "init",
        "Aloita asia: kirjoita lsk.yaml ja tyhjä meetings/-kansio",
        "Aloita asia: kirjoita lsk.yaml ja tyhjä meetings/-kansio

Kansioon, jossa on jo lsk.yaml, ei kosketa.

Esimerkki:
  lsk init aino --child Aino --born 2021-03 --worker \"Sanna Virtanen\" --stage client",
        "",
    ),
    c(
        "new-meeting",
        "Luo meetings/<päivä>-<nimi>/meeting.md, jossa on neuvottelun lajin kaikki kentät",
        "Luo meetings/<päivä>-<nimi>/meeting.md, jossa on neuvottelun lajin kaikki kentät

Kentät täytetään lsk.yaml-tiedostosta, missä käytäntö sen sallii, ja kunkin kentän kohdalla on kommentti siitä, mihin se on. Olemassa olevaa neuvottelua ei koskaan korvata. Mennyt päivämäärä hyväksytään (jälkikäteen kirjattu neuvottelu), mutta siitä huomautetaan.

Esimerkkejä:
  lsk new-meeting --kind daycare --date 24.11.2026 --time 13:00
  lsk new-meeting --kind family-group-conference --date 2027-01-15 --slug lahiverkosto
  lsk new-meeting --follow-up 2026-11-24-daycare --date 2027-01-12",
        "",
    ),
    c(
        "check",
        "Tarkista neuvottelut: mitä puuttuu siinä vaiheessa, jossa kukin on, ja miksi",
        "Tarkista neuvottelut: mitä puuttuu siinä vaiheessa, jossa kukin on, ja miksi

POLKU voi olla neuvottelun kansio, asian kansio tai kansio, jossa on monta asiaa; ilman polkua tarkistetaan asia, jonka kansiossa olet. Vaihe tulee neuvottelun päivämäärästä: myöhempi päivä on before, sama päivä during, aiempi after; tuloste kertoo kunkin neuvottelun vaiheen ja syyn. Paluuarvo: 0 ei virheitä (varoituksia voi olla), 1 virheitä löytyi, 2 lsk ei voinut tarkistaa.

Valitsimella --changed-since REVISIO tarkistetaan vain ne neuvottelut, jotka ovat muuttuneet gitin revision jälkeen (ja kokonaan ne asiat, joiden lsk.yaml tai asiakirjapohjat ovat muuttuneet): tiimin CI tarkistaa sen, mihin yhdistämispyyntö koskee. --format junit kirjoittaa JUnit XML:ää CI:tä varten (testijoukko asiaa kohden, testitapaus neuvottelua kohden, epäonnistuminen virhettä kohden).

Esimerkkejä:
  lsk check
  lsk check meetings/2026-11-24-daycare --phase after
  lsk check --format json --today 2026-11-24 ~/cases
  lsk check --format junit --changed-since origin/main > lsk-report.xml",
        "",
    ),
    c(
        "render",
        "Tee neuvottelusta asiakirja: agenda, memo, child-checklist tai invitation",
        "Tee neuvottelusta asiakirja: agenda, memo, child-checklist tai invitation

Kirjoittaa neuvottelun kansioon agenda.md (esityslista), memo.md (muistio), child-checklist.md (lapsen tarkistuslista) tai invitation.md (kutsu), tai valitsimella --for memo.<vastaanottaja>.md (valitsimella --html .html; valitsimella --pdf .pdf, jonka koneen Chromium-perheen selain tai LSK_BROWSER tulostaa; valitsimella --ics invitation.ics, kalenteritiedosto Helsingin ajassa). Muistio tehdään vain neuvottelusta, joka läpäisee jälkeen-vaiheen tarkistuksen, paitsi valitsimella --draft. Kopio vastaanottajalle vaatii perheen suostumuksen kentässä memo_consent.recipients. Asiakirjaa, jota on muokattu käsin sen jälkeen, kun lsk kirjoitti sen, ei korvata ilman valitsinta --force. Kirjoitetun tiedoston nimi tulostuu vakiotulosteeseen; huomautukset, varoitukset ja kieltäytymiset virhetulosteeseen.

Esimerkkejä:
  lsk render agenda meetings/2026-11-24-daycare
  lsk render memo --html
  lsk render memo --for daycare
  lsk render memo --pdf
  lsk render invitation --ics",
        "",
    ),
    c(
        "actions",
        "Luettele sovitut asiat: vastuuhenkilö, määräaika, tehty, myöhässä",
        "Luettele sovitut asiat: vastuuhenkilö, määräaika, tehty, myöhässä

Jokaisen POLUN alla olevan neuvottelun jokainen `agreed`-kohta (neuvottelu, asia tai asioiden kansio; oletus: asia, jonka kansiossa olet). Asia on myöhässä, kun sen määräaika on ennen tätä päivää eikä sitä ole tehty. `!` merkitsee vastuuhenkilön, joka ei ole asian viimeisimmän neuvottelun kutsuttujen joukossa. Neuvottelu, jota ei voi lukea, mainitaan virhetulosteessa, ja paluuarvo on silloin 1: sen sovitut asiat puuttuvat listasta.

Esimerkkejä:
  lsk actions
  lsk actions --overdue ~/cases
  lsk actions --owner \"Sanna Virtanen\" --format json",
        "",
    ),
    c(
        "disclosures",
        "Luettele kopiot, jotka on tehty lastensuojelun ja perheen ulkopuolelle",
        "Luettele kopiot, jotka on tehty lastensuojelun ja perheen ulkopuolelle

Jokainen muistion kopio ulkopuoliselle vastaanottajalle (lsk render --for sekä selaimen tallennus, tulostus ja PDF) kirjataan asian luovutuslokiin disclosures.jsonl: milloin, mistä neuvottelusta ja mikä asiakirja, kenelle, kuka sen teki, kenen suostumuksella ja kopion sha256-tiiviste. Asiakkaalla on oikeus tietää tämä (laki 703/2023, 11 §). Lokin rivi, jota ei voi lukea, näytetään rivinumeroineen, ja paluuarvo on silloin 1.

Esimerkkejä:
  lsk disclosures
  lsk disclosures ~/cases/aino --format json",
        "",
    ),
    c(
        "list",
        "Luettele neuvottelut: päivä, laji, vaihe, virheet, varoitukset, tehdyt asiakirjat",
        "Luettele neuvottelut: päivä, laji, vaihe, virheet, varoitukset, tehdyt asiakirjat

Pidetty neuvottelu, jolla ei vielä ole muistiota, näkyy erääntyneenä. Asiakirja, joka on tehty meeting.md:n aiemmasta versiosta, näkyy vanhentuneena (stale); sen jälkeen käsin muokattu muokattuna (edited). Neuvottelu, jonka meeting.md:tä ei voi lukea, näkyy sellaisena syineen.

Esimerkkejä:
  lsk list
  lsk list --format json ~/cases",
        "",
    ),
    c(
        "schema",
        "Tulosta meeting.md:n (tai lsk.yaml:n) JSON-skeema",
        "Tulosta meeting.md:n (tai lsk.yaml:n) JSON-skeema

Skeema tulee samasta taulukosta, jolla lsk tarkistaa; tuntemattomia kenttiä ei hyväksytä. Uudet neuvottelut ohjaavat editorin siihen rivillä `# yaml-language-server: $schema=...`, ja se kirjoitetaan tiedostoon `<asia>/.lsk/meeting.schema.json`.

Esimerkkejä:
  lsk schema > meeting.schema.json
  lsk schema case",
        "",
    ),
    c(
        "completions",
        "Tulosta komentotulkin täydennysskripti",
        "Tulosta komentotulkin täydennysskripti

Esimerkkejä:
  lsk completions bash > ~/.local/share/bash-completion/completions/lsk
  lsk completions zsh > \"${fpath[1]}/_lsk\"
  lsk completions fish > ~/.config/fish/completions/lsk.fish",
        "",
    ),
    c(
        "man",
        "Tulosta ohjesivu (roff) tai asenna ne kaikki kansioon",
        "Tulosta ohjesivu (roff) tai asenna ne kaikki kansioon

Sivu kutakin komentoa kohden: lsk(1), lsk-check(1), lsk-render(1), ... Valitsimella --dir jokainen sivu kirjoitetaan kansioon (joka luodaan tarvittaessa), jotta kunkin sivun SEE ALSO -kohdassa mainitut sivut ovat myös siellä.

Esimerkkejä:
  lsk man --dir ~/.local/share/man/man1
  lsk man check | man -l -
  lsk man > ~/.local/share/man/man1/lsk.1",
        "",
    ),
    c(
        "hook",
        "Vartioi tallennuksia: gitin pre-commit-koukku tarkistaa täsmälleen sen, mitä tallennetaan",
        "Vartioi tallennuksia: gitin pre-commit-koukku tarkistaa täsmälleen sen, mitä tallennetaan

`lsk hook install` kirjoittaa tiedoston .git/hooks/pre-commit (tai core.hooksPath-asetuksen kansioon). Ennen jokaista tallennusta (git commit) se ajaa komennon `lsk hook run`, joka lukee tallennettavat tiedostot (sen, minkä `git add` kirjasi, ei levyllä olevia tiedostoja) ja estää tallennuksen, jos se veisi tietovarastoon:
  - henkilötunnuksen missä tahansa tallennettavassa tekstitiedostossa, asiassa tai sen ulkopuolella;
  - muistion kopion vastaanottajalle, jolle perhe ei ole antanut lupaa (memo.<vastaanottaja>.md tai .html; sääntö `consent`);
  - tiedoston, jota lsk ei voi lukea tai jossa on jäljellä yhdistämisristiriidan merkintöjä (sääntö `parse-error`).

Muut huomautukset asioissa, joita tallennus koskee, kuten valmisteltavan neuvottelun puuttuvat kentät, tulostetaan, ja tallennus tehdään; `hook: strict` asian lsk.yaml-tiedostossa saa jokaisen virheen estämään sen. Viestit ovat asian kielellä. Komennon `lsk hook run` paluuarvo: 0 tallennus sallitaan, 1 se estetään, 2 tallennettavia tiedostoja ei voitu lukea (tallennus estetään silloinkin).

Sen viereen asennetaan kolme muuta koukkua: `pre-merge-commit` tekee saman tarkistuksen ennen yhdistämistallennusta; `commit-msg` (`lsk hook message TIEDOSTO`) estää tallennuksen, jonka viestissä (jokaisella rivillä, jonka git tallentaa, myös `#`-alkuisilla) tai tekijän tai tallentajan nimessä tai sähköpostiosoitteessa on henkilötunnus; ja `pre-push` (`lsk hook push ETÄ`) tarkistaa jokaisen tallennuksen ja tagin, jonka lähetys palvelimelle (git push) lähettäisi (tallennuksen muuttamat tiedostot, viestin, tekijän ja tallentajan, tagin viestin), jotta ilman pre-commit-tarkistusta syntynyt tallennus (ristiriidan ratkaisu komennoilla `git rebase --continue`, `git merge --continue` tai `git cherry-pick --continue`) ei lähde työasemalta henkilötunnuksen kanssa.

`git commit --no-verify` ohittaa koukut yhden tallennuksen ajaksi. Olemassa olevaa koukkua ei korvata ilman valitsinta --force. pre-commit-kehyksen kanssa käytä tämän projektin .pre-commit-hooks.yaml-tiedoston `lsk-check`-koukkua: se ajaa saman komennon `lsk hook run`.

Esimerkkejä:
  cd my-cases && lsk hook install
  lsk hook install --force
  lsk hook run --today 2026-11-24",
        "",
    ),
    c(
        "hook install",
        "Kirjoita pre-commit-koukku nykyiseen git-tietovarastoon",
        "Kirjoita pre-commit-koukku nykyiseen git-tietovarastoon

Esimerkki:
  lsk hook install",
        "",
    ),
    c(
        "hook run",
        "Tarkista tallennettavat tiedostot nyt, kuten asennettu koukku tekee ennen jokaista tallennusta",
        "Tarkista tallennettavat tiedostot nyt, kuten asennettu koukku tekee ennen jokaista tallennusta

Esimerkki:
  lsk hook run",
        "",
    ),
    c(
        "hook message",
        "Tarkista tallennusviesti (commit-msg-koukku): ei henkilötunnusta",
        "Tarkista tallennusviesti (commit-msg-koukku): ei henkilötunnusta

Esimerkki:
  lsk hook message .git/COMMIT_EDITMSG",
        "",
    ),
    c(
        "hook push",
        "Tarkista, mitä lähetys palvelimelle lähettäisi (pre-push-koukku; gitin luettelo vakiosyötteessä)",
        "Tarkista, mitä lähetys palvelimelle lähettäisi (pre-push-koukku; gitin luettelo vakiosyötteessä)

Esimerkki:
  lsk hook push origin < luettelo.txt",
        "",
    ),
    c(
        "explain",
        "Selitä sääntö: mitä se tarkistaa, miksi se on tärkeä, väärä ja oikea esimerkki",
        "Selitä sääntö: mitä se tarkistaa, miksi se on tärkeä, väärä ja oikea esimerkki

Ilman SÄÄNTÖÄ luettelee kaikki säännöt. Teksti on asian kielellä (kun komento annetaan asian kansiossa) tai valitsimen --lang kielellä.

Esimerkkejä:
  lsk explain double-assurance
  lsk explain missing-field --lang en
  lsk explain",
        "",
    ),
    c(
        "guide",
        "Asian vaiheen roolit ja neuvottelulajin tarkistuslista",
        "Asian vaiheen roolit ja neuvottelulajin tarkistuslista

Asian kansiossa vaihe luetaan lsk.yaml-tiedostosta ja laji viimeisimmästä neuvottelusta; asian ulkopuolella näytetään kaikki vaiheet ja luetellaan lajit.

Esimerkkejä:
  lsk guide
  lsk guide --stage assessment --kind daycare
  lsk guide --kind family-group-conference --lang en",
        "",
    ),
    c(
        "serve",
        "Näytä asia selaimessa: lue, tarkista, esikatsele ja tulosta",
        "Näytä asia selaimessa: lue, tarkista, esikatsele ja tulosta

Kuuntelee vain osoitteessa 127.0.0.1 ja tulostaa ensimmäiselle riville osoitteen kertakäyttöisine avaimineen; avaa sen oletusselaimessa (BROWSER), ellei anneta --no-open. Pysähtyy Ctrl-C:llä tai hetken kuluttua siitä, kun viimeinen sivu suljettiin (LSK_SERVE_IDLE_SECS, oletus 300; 0 ei koskaan).

Esimerkkejä:
  lsk serve
  lsk serve ~/asiat --no-open --port 8080
  lsk serve ~/asiat --shortcut",
        "",
    ),
    c(
        "search",
        "Etsi lapsia, henkilöitä ja sanoja asian tai tiimin kansion neuvotteluista",
        "Etsi lapsia, henkilöitä ja sanoja asian tai tiimin kansion neuvotteluista

Jokaisen annetun sanan on löydyttävä asiasta tai neuvottelusta kokonaan tai sanan alkuna: lapsen nimi, vastuusosiaalityöntekijä, neuvottelun henkilöt (kutsutut, puheenjohtaja, vastuuhenkilöt…) sekä kenttien ja muistiinpanojen sanat. Isoilla kirjaimilla ja ääkkösillä ei ole väliä (\"makela\" löytää Mäkelän). Henkilötunnuksella ei haeta eikä sitä koskaan näytetä. Paluuarvo on 0, kun jotain löytyi, ja 1, kun ei löytynyt mitään.

Esimerkkejä:
  lsk search ~/asiat Aino
  lsk search ~/asiat \"Leena Mäkelä\" --format json",
        "",
    ),
];

const FI_ARGS: &[(&str, &str, &str)] = &[
    (
        "*",
        "lang",
        "Viestien kieli: fi, sv tai en (oletus: asian oma kieli)",
    ),
    (
        "*",
        "today",
        "Pidä tätä päivää tämänpäiväisenä (VVVV-KK-PP tai P.K.VVVV); myös ympäristömuuttuja LSK_TODAY",
    ),
    (
        "*",
        "paths",
        "Neuvottelujen kansioita, asioiden kansioita tai kansioita, joissa on asioita",
    ),
    (
        "init",
        "dir",
        "Asian kansio (luodaan tarvittaessa; oletus: nykyinen kansio)",
    ),
    (
        "init",
        "child",
        "Lapsen nimi sellaisena kuin se on asiakirjoissa (voi olla peitenimi)",
    ),
    (
        "init",
        "born",
        "Lapsen syntymäaika: VVVV, VVVV-KK tai VVVV-KK-PP",
    ),
    ("init", "worker", "Vastuusosiaalityöntekijä"),
    (
        "init",
        "stage",
        "Asian vaihe: support (tuki), assessment (arviointi) tai client (asiakkuus)",
    ),
    (
        "init",
        "permissions",
        "Kuka saa lukea lsk:n luomia tiedostoja: private (vain omistaja, 0600/0700) tai group (myös omistajan ryhmä, 0660/0770)",
    ),
    (
        "new-meeting",
        "kind",
        "daycare, school, family-group-conference tai fgc-follow-up (valitsimen --follow-up kanssa: aiemman neuvottelun laji, tai fgc-follow-up läheisneuvonpidon jälkeen)",
    ),
    (
        "new-meeting",
        "follow_up",
        "Seuraa tätä neuvottelua (sen kansion nimi asiassa tai polku): kopioi sen kutsutut ja roolit ja luettele sen sovitut asiat kohtaan `review`",
    ),
    (
        "new-meeting",
        "date",
        "Neuvottelun päivämäärä: VVVV-KK-PP tai P.K.VVVV",
    ),
    ("new-meeting", "time", "Alkamisaika: HH:MM tai HH.MM"),
    (
        "new-meeting",
        "slug",
        "Kansion nimen loppu päivämäärän jälkeen (oletus: neuvottelun laji)",
    ),
    (
        "new-meeting",
        "case",
        "Asian kansio (oletus: asia, jonka kansiossa olet)",
    ),
    (
        "check",
        "phase",
        "Tarkista tämän vaiheen mukaan (before, during tai after) eikä sen, jonka neuvottelun päivämäärä antaa",
    ),
    (
        "check",
        "format",
        "human (oletus), json tai junit (JUnit XML CI:tä varten)",
    ),
    (
        "check",
        "changed_since",
        "Tarkista vain neuvottelut, jotka ovat muuttuneet tämän gitin revision jälkeen (ja kokonaan asiat, joiden lsk.yaml tai asiakirjapohjat ovat muuttuneet)",
    ),
    (
        "render",
        "doc",
        "agenda (esityslista), memo (muistio), child-checklist (lapsen tarkistuslista) tai invitation (kutsu)",
    ),
    (
        "render",
        "meeting",
        "Neuvottelun kansio tai sen meeting.md (oletus: nykyinen kansio)",
    ),
    (
        "render",
        "recipient",
        "Tee muistion kopio tälle vastaanottajalle (esim. daycare, school)",
    ),
    (
        "render",
        "html",
        "Kirjoita tulostettava HTML-sivu Markdownin sijaan",
    ),
    (
        "render",
        "ics",
        "Kutsun kanssa: kirjoita RFC 5545 -kalenteritiedosto (invitation.ics)",
    ),
    (
        "render",
        "pdf",
        "Kirjoita PDF (A4), jonka Chromium-perheen selain (chromium, google-chrome, microsoft-edge; tai LSK_BROWSER) tulostaa HTML-sivusta",
    ),
    (
        "render",
        "stdout",
        "Tulosta asiakirja tiedostoon kirjoittamisen sijaan",
    ),
    (
        "render",
        "draft",
        "Tee asiakirja, vaikka tarkistus löytää virheitä; se merkitään luonnokseksi",
    ),
    ("render", "force", "Korvaa käsin muokattu asiakirja"),
    (
        "render",
        "templates",
        "Organisaation asiakirjapohjien kansio; myös ympäristömuuttuja LSK_TEMPLATES",
    ),
    (
        "actions",
        "owner",
        "Vain tämän vastuuhenkilön asiat (kirjainkoolla ja välilyönneillä ei ole väliä)",
    ),
    ("actions", "overdue", "Vain myöhässä olevat asiat"),
    ("actions", "format", "table (oletus) tai json"),
    ("list", "format", "table (oletus) tai json"),
    ("disclosures", "format", "table (oletus) tai json"),
    (
        "disclosures",
        "path",
        "Asian kansio tai kansio sen sisällä (oletus: nykyinen kansio)",
    ),
    ("schema", "which", "meeting (oletus) tai case"),
    (
        "completions",
        "shell",
        "bash, zsh, fish, elvish tai powershell",
    ),
    (
        "man",
        "page",
        "Komento, jonka sivu tulostetaan (check, render, hook-install, ...); oletus: lsk:n oma sivu",
    ),
    (
        "man",
        "dir",
        "Kirjoita jokainen sivu tähän kansioon (lsk.1, lsk-check.1, ...)",
    ),
    (
        "hook message",
        "file",
        "Tiedosto, johon git kirjoitti viestin",
    ),
    (
        "hook push",
        "remote",
        "Etätietovaraston nimi (tai osoite) sellaisena kuin git sen antaa; muuten PRE_COMMIT_REMOTE_NAME (pre-commit-kehys)",
    ),
    ("hook push", "url", "Etätietovaraston osoite (ei käytetä)"),
    (
        "hook install",
        "force",
        "Korvaa olemassa oleva pre-commit-koukku",
    ),
    (
        "explain",
        "rule",
        "Säännön tunnus sellaisena kuin se näkyy hakasulkeissa lsk checkin tulosteessa, esim. missing-field",
    ),
    (
        "guide",
        "stage",
        "Asian vaihe: support (I–II), assessment (III) tai client (IV)",
    ),
    (
        "guide",
        "kind",
        "Neuvottelun laji: daycare, school, family-group-conference tai fgc-follow-up",
    ),
    (
        "serve",
        "path",
        "Asian kansio tai asioiden kansio (oletus: asia, jonka kansiossa olet)",
    ),
    (
        "serve",
        "port",
        "Kuuntele tätä porttia (oletus: vapaa portti)",
    ),
    ("serve", "no_open", "Älä avaa selainta, tulosta vain osoite"),
    (
        "serve",
        "shortcut",
        "Tee työpöydälle pikakuvake, joka avaa tämän kansion selaimessa (lsk serve), ja lopeta",
    ),
    ("search", "path", "Asian tai tiimin kansio"),
    ("search", "words", "Etsittävät sanat"),
    ("search", "format", "table (oletus) tai json"),
];

const SV_COMMANDS: &[CommandText] = &[
    c(
        "",
        "Förbered, håll och dokumentera sektorsövergripande möten om ett barn inom barnskyddet",
        "lsk håller ett barns ärende som en mapp med vanliga textfiler: lsk.yaml och en mapp per möte med en meeting.md. Det gör färdiga mallar för möten, kontrollerar att varje möte är förberett, hållet och dokumenterat så som praxis kräver, och säger varför när något saknas.",
        "Exempel:
  lsk init aino --child Aino --born 2021-03 --worker \"Sanna Virtanen\"
  cd aino && lsk new-meeting --kind daycare --date 24.11.2026 --time 13:00
  lsk check
  lsk check --format json ../team-cases
  lsk explain missing-field
  lsk guide --kind daycare
  lsk render memo meetings/2026-11-24-daycare --html

Användarhandbok: docs/sv/README.md (på finska docs/fi/README.md, in English docs/en/README.md)",
    ),
    c(
        "init",
        "Starta ett ärende: skriv lsk.yaml och en tom meetings/-mapp",
        "Starta ett ärende: skriv lsk.yaml och en tom meetings/-mapp

En mapp som redan har en lsk.yaml rörs inte.

Exempel:
  lsk init aino --child Aino --born 2021-03 --worker \"Sanna Virtanen\" --stage client",
        "",
    ),
    c(
        "new-meeting",
        "Skapa meetings/<datum>-<namn>/meeting.md med alla fält för mötestypen",
        "Skapa meetings/<datum>-<namn>/meeting.md med alla fält för mötestypen

Fälten fylls i från lsk.yaml där praxis tillåter det, och vart och ett har en kommentar om vad det är till för. Ett befintligt möte skrivs aldrig över. Ett datum som redan har varit godtas (ett möte som antecknas i efterhand), men det påpekas.

Exempel:
  lsk new-meeting --kind daycare --date 24.11.2026 --time 13:00
  lsk new-meeting --kind family-group-conference --date 2027-01-15 --slug lahiverkosto
  lsk new-meeting --follow-up 2026-11-24-daycare --date 2027-01-12",
        "",
    ),
    c(
        "check",
        "Kontrollera möten: vad som saknas i det skede varje möte är i, och varför",
        "Kontrollera möten: vad som saknas i det skede varje möte är i, och varför

SÖKVÄG kan vara ett mötes mapp, ett ärendes mapp eller en mapp med många ärenden; utan sökväg kontrolleras ärendet vars mapp du står i. Skedet kommer av mötets datum: ett senare datum är before, samma dag during, ett tidigare after; utskriften anger varje mötes skede och varför. Slutstatus: 0 inga fel (varningar tillåtna), 1 fel hittades, 2 lsk kunde inte kontrollera.

Med --changed-since REVISION kontrolleras bara de möten som har ändrats sedan den git-revisionen (och hela ärenden vars lsk.yaml eller mallar har ändrats): ett teams CI kontrollerar det som en sammanslagningsbegäran berör. --format junit skriver JUnit XML för CI (en testsvit per ärende, ett testfall per möte, ett misslyckande per fel).

Exempel:
  lsk check
  lsk check meetings/2026-11-24-daycare --phase after
  lsk check --format json --today 2026-11-24 ~/cases
  lsk check --format junit --changed-since origin/main > lsk-report.xml",
        "",
    ),
    c(
        "render",
        "Gör ett dokument av ett möte: agenda, memo, child-checklist eller invitation",
        "Gör ett dokument av ett möte: agenda, memo, child-checklist eller invitation

Skriver agenda.md (föredragningslista), memo.md (minnesanteckningar), child-checklist.md (barnets checklista) eller invitation.md (inbjudan) i mötets mapp, eller med --for memo.<mottagare>.md (med --html .html; med --pdf .pdf, utskriven av en webbläsare av Chromium-familjen på datorn eller LSK_BROWSER; med --ics invitation.ics, en kalenderfil i Helsingforstid). Minnesanteckningarna görs bara av ett möte som klarar kontrollen för skedet efter, utom med --draft. En kopia till en mottagare kräver familjens samtycke i memo_consent.recipients. Ett dokument som har ändrats för hand sedan lsk skrev det skrivs inte över utan --force. Den skrivna filens namn skrivs till standard ut; anmärkningar, varningar och vägranden till standard fel.

Exempel:
  lsk render agenda meetings/2026-11-24-daycare
  lsk render memo --html
  lsk render memo --for daycare
  lsk render memo --pdf
  lsk render invitation --ics",
        "",
    ),
    c(
        "actions",
        "Lista överenskomna åtgärder: ansvarig, tidsfrist, gjord, försenad",
        "Lista överenskomna åtgärder: ansvarig, tidsfrist, gjord, försenad

Varje `agreed`-punkt i varje möte under SÖKVÄG (ett möte, ett ärende eller en mapp med ärenden; standard: ärendet vars mapp du står i). En åtgärd är försenad när tidsfristen är före i dag och den inte är gjord. `!` markerar en ansvarig som inte finns bland de inbjudna till ärendets senaste möte. Ett möte som inte kan läsas nämns på standard fel, och slutstatus är då 1: dess åtgärder saknas i listan.

Exempel:
  lsk actions
  lsk actions --overdue ~/cases
  lsk actions --owner \"Sanna Virtanen\" --format json",
        "",
    ),
    c(
        "disclosures",
        "Lista kopior som gjorts för någon utanför barnskyddet och familjen",
        "Lista kopior som gjorts för någon utanför barnskyddet och familjen

Varje kopia av minnesanteckningarna för en utomstående mottagare (lsk render --for samt webbläsarens sparande, utskrift och PDF) antecknas i ärendets utlämnandelogg disclosures.jsonl: när, från vilket möte och vilket dokument, till vem, vem som gjorde den, med vems samtycke och kopians sha256. Klienten har rätt att få veta detta (lag 703/2023, 11 §). En rad i loggen som inte kan läsas visas med sitt radnummer, och slutstatus är då 1.

Exempel:
  lsk disclosures
  lsk disclosures ~/cases/aino --format json",
        "",
    ),
    c(
        "list",
        "Lista möten: datum, typ, skede, fel, varningar, gjorda dokument",
        "Lista möten: datum, typ, skede, fel, varningar, gjorda dokument

Ett hållet möte som ännu saknar minnesanteckningar visas som förfallet. Ett dokument som gjorts av en tidigare version av meeting.md visas som inaktuellt (stale); ett som ändrats för hand efteråt som ändrat (edited). Ett möte vars meeting.md inte kan läsas visas som sådant, med orsaken.

Exempel:
  lsk list
  lsk list --format json ~/cases",
        "",
    ),
    c(
        "schema",
        "Skriv ut JSON-schemat för meeting.md (eller för lsk.yaml)",
        "Skriv ut JSON-schemat för meeting.md (eller för lsk.yaml)

Schemat kommer från samma tabell som lsk kontrollerar med; okända fält godtas inte. Nya möten hänvisar redigeraren till det med raden `# yaml-language-server: $schema=...`, och det skrivs till `<ärende>/.lsk/meeting.schema.json`.

Exempel:
  lsk schema > meeting.schema.json
  lsk schema case",
        "",
    ),
    c(
        "completions",
        "Skriv ut ett kompletteringsskript för skalet",
        "Skriv ut ett kompletteringsskript för skalet

Exempel:
  lsk completions bash > ~/.local/share/bash-completion/completions/lsk
  lsk completions zsh > \"${fpath[1]}/_lsk\"
  lsk completions fish > ~/.config/fish/completions/lsk.fish",
        "",
    ),
    c(
        "man",
        "Skriv ut en manualsida (roff), eller installera dem alla i en mapp",
        "Skriv ut en manualsida (roff), eller installera dem alla i en mapp

En sida per kommando: lsk(1), lsk-check(1), lsk-render(1), ... Med --dir skrivs varje sida i den mappen (som skapas vid behov), så att sidorna som var och en nämner under SEE ALSO också finns där.

Exempel:
  lsk man --dir ~/.local/share/man/man1
  lsk man check | man -l -
  lsk man > ~/.local/share/man/man1/lsk.1",
        "",
    ),
    c(
        "hook",
        "Vakta incheckningar: en pre-commit-krok i git kontrollerar exakt det som checkas in",
        "Vakta incheckningar: en pre-commit-krok i git kontrollerar exakt det som checkas in

`lsk hook install` skriver .git/hooks/pre-commit (eller i mappen som core.hooksPath anger). Före varje incheckning (git commit) kör den `lsk hook run`, som läser filerna som ska checkas in (det som `git add` registrerade, inte filerna på disken) och stoppar incheckningen om den skulle föra in i arkivet:
  - en personbeteckning, i vilken textfil som helst som checkas in, i ett ärende eller inte;
  - en kopia av minnesanteckningarna till en mottagare som familjen inte har samtyckt till (memo.<mottagare>.md eller .html; regeln `consent`);
  - en fil som lsk inte kan läsa eller som har kvar markeringar från en sammanslagningskonflikt (regeln `parse-error`).

Andra anmärkningar i ärendena som incheckningen gäller, till exempel de saknade fälten i ett möte som förbereds, skrivs ut, och incheckningen görs; `hook: strict` i ett ärendes lsk.yaml gör att varje fel stoppar den. Meddelandena är på ärendets språk. Slutstatus för `lsk hook run`: 0 incheckningen tillåts, 1 den stoppas, 2 filerna kunde inte läsas (incheckningen stoppas också då).

Tre krokar till installeras bredvid den: `pre-merge-commit` kör samma kontroll före en sammanslagningsincheckning; `commit-msg` (`lsk hook message FIL`) stoppar en incheckning vars meddelande (varje rad som git sparar, även rader som börjar med `#`) eller författares eller incheckares namn eller e-postadress innehåller en personbeteckning; och `pre-push` (`lsk hook push FJÄRR`) kontrollerar varje incheckning och tagg som en överföring till servern (git push) skulle skicka (filerna som incheckningen ändrar, meddelandet, författaren och incheckaren, taggens meddelande), så att en incheckning som gjorts utan pre-commit-kontrollen (en konflikt som lösts med `git rebase --continue`, `git merge --continue` eller `git cherry-pick --continue`) inte lämnar arbetsstationen med en personbeteckning.

`git commit --no-verify` hoppar över krokarna för en incheckning. En befintlig krok ersätts inte utan --force. Med ramverket pre-commit, använd kroken `lsk-check` i projektets .pre-commit-hooks.yaml: den kör samma `lsk hook run`.

Exempel:
  cd my-cases && lsk hook install
  lsk hook install --force
  lsk hook run --today 2026-11-24",
        "",
    ),
    c(
        "hook install",
        "Skriv pre-commit-kroken i det aktuella git-arkivet",
        "Skriv pre-commit-kroken i det aktuella git-arkivet

Exempel:
  lsk hook install",
        "",
    ),
    c(
        "hook run",
        "Kontrollera filerna som ska checkas in nu, så som den installerade kroken gör före varje incheckning",
        "Kontrollera filerna som ska checkas in nu, så som den installerade kroken gör före varje incheckning

Exempel:
  lsk hook run",
        "",
    ),
    c(
        "hook message",
        "Kontrollera ett incheckningsmeddelande (commit-msg-kroken): ingen personbeteckning",
        "Kontrollera ett incheckningsmeddelande (commit-msg-kroken): ingen personbeteckning

Exempel:
  lsk hook message .git/COMMIT_EDITMSG",
        "",
    ),
    c(
        "hook push",
        "Kontrollera vad en överföring till servern skulle skicka (pre-push-kroken; gits lista på standardinmatningen)",
        "Kontrollera vad en överföring till servern skulle skicka (pre-push-kroken; gits lista på standardinmatningen)

Exempel:
  lsk hook push origin < lista.txt",
        "",
    ),
    c(
        "explain",
        "Förklara en regel: vad den kontrollerar, varför den är viktig, ett felaktigt och ett rätt exempel",
        "Förklara en regel: vad den kontrollerar, varför den är viktig, ett felaktigt och ett rätt exempel

Utan REGEL listas alla regler. Texten är på ärendets språk (när kommandot ges i ett ärendes mapp) eller på språket som --lang anger.

Exempel:
  lsk explain double-assurance
  lsk explain missing-field --lang en
  lsk explain",
        "",
    ),
    c(
        "guide",
        "Rollerna i ärendets skede och checklistan för en mötestyp",
        "Rollerna i ärendets skede och checklistan för en mötestyp

I ett ärendes mapp läses skedet från lsk.yaml och mötestypen från det senaste mötet; utanför ett ärende visas alla skeden och typerna listas.

Exempel:
  lsk guide
  lsk guide --stage assessment --kind daycare
  lsk guide --kind family-group-conference --lang en",
        "",
    ),
    c(
        "serve",
        "Visa ärendet i en webbläsare: läs, kontrollera, förhandsvisa och skriv ut",
        "Visa ärendet i en webbläsare: läs, kontrollera, förhandsvisa och skriv ut

Lyssnar bara på 127.0.0.1 och skriver adressen med en engångsnyckel på första raden; öppnar den i standardwebbläsaren (BROWSER) om inte --no-open anges. Stannar med Ctrl-C eller en stund efter att den sista sidan stängts (LSK_SERVE_IDLE_SECS, standard 300; 0 aldrig).

Exempel:
  lsk serve
  lsk serve ~/arenden --no-open --port 8080
  lsk serve ~/arenden --shortcut",
        "",
    ),
    c(
        "search",
        "Sök barn, personer och ord i mötena i ett ärendes eller teams mapp",
        "Sök barn, personer och ord i mötena i ett ärendes eller teams mapp

Varje ord som ges ska finnas i ärendet eller mötet, helt eller som början av ett ord: barnets namn, den ansvariga socialarbetaren, mötets personer (inbjudna, ordförande, ansvariga…) och orden i fälten och anteckningarna. Stora och små bokstäver spelar ingen roll, och inte heller å, ä och ö (\"ostrom\" hittar Öström). Personbeteckningar söks aldrig och visas aldrig. Slutstatus är 0 när något hittades och 1 när ingenting hittades.

Exempel:
  lsk search ~/arenden Aino
  lsk search ~/arenden \"Leena Mäkelä\" --format json",
        "",
    ),
];

const SV_ARGS: &[(&str, &str, &str)] = &[
    (
        "*",
        "lang",
        "Språk för meddelanden: fi, sv eller en (standard: ärendets eget)",
    ),
    (
        "*",
        "today",
        "Använd detta datum som dagens (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ); även miljövariabeln LSK_TODAY",
    ),
    (
        "*",
        "paths",
        "Mötesmappar, ärendemappar eller mappar med ärenden",
    ),
    (
        "init",
        "dir",
        "Ärendets mapp (skapas vid behov; standard: den aktuella mappen)",
    ),
    (
        "init",
        "child",
        "Barnets namn så som det används i dokumenten (kan vara ett täcknamn)",
    ),
    (
        "init",
        "born",
        "Barnets födelsedatum: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
    ),
    ("init", "worker", "Den ansvariga socialarbetaren"),
    (
        "init",
        "stage",
        "Ärendets skede: support (stöd), assessment (bedömning) eller client (klientskap)",
    ),
    (
        "init",
        "permissions",
        "Vem som får läsa filerna som lsk skapar: private (bara ägaren, 0600/0700) eller group (även ägarens grupp, 0660/0770)",
    ),
    (
        "new-meeting",
        "kind",
        "daycare, school, family-group-conference eller fgc-follow-up (med --follow-up: det tidigare mötets typ, eller fgc-follow-up efter ett familjerådslag)",
    ),
    (
        "new-meeting",
        "follow_up",
        "Följ upp detta möte (dess mappnamn i ärendet, eller en sökväg): kopiera dess inbjudna och roller och lista dess överenskomna åtgärder under `review`",
    ),
    (
        "new-meeting",
        "date",
        "Mötets datum: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ",
    ),
    ("new-meeting", "time", "Starttid: TT:MM eller TT.MM"),
    (
        "new-meeting",
        "slug",
        "Mappnamnets slut efter datumet (standard: mötestypen)",
    ),
    (
        "new-meeting",
        "case",
        "Ärendets mapp (standard: ärendet vars mapp du står i)",
    ),
    (
        "check",
        "phase",
        "Kontrollera för detta skede (before, during eller after) i stället för det som mötets datum ger",
    ),
    (
        "check",
        "format",
        "human (standard), json eller junit (JUnit XML för CI)",
    ),
    (
        "check",
        "changed_since",
        "Kontrollera bara de möten som har ändrats sedan denna git-revision (och hela ärenden vars lsk.yaml eller mallar har ändrats)",
    ),
    (
        "render",
        "doc",
        "agenda (föredragningslista), memo (minnesanteckningar), child-checklist (barnets checklista) eller invitation (inbjudan)",
    ),
    (
        "render",
        "meeting",
        "En mötesmapp eller dess meeting.md (standard: den aktuella mappen)",
    ),
    (
        "render",
        "recipient",
        "Gör minnesanteckningarnas kopia för denna mottagare (t.ex. daycare, school)",
    ),
    (
        "render",
        "html",
        "Skriv en fristående HTML-sida för utskrift i stället för Markdown",
    ),
    (
        "render",
        "ics",
        "Med invitation: skriv en RFC 5545-kalenderfil (invitation.ics)",
    ),
    (
        "render",
        "pdf",
        "Skriv en PDF (A4) som en webbläsare av Chromium-familjen (chromium, google-chrome, microsoft-edge; eller LSK_BROWSER) skriver ut från HTML-sidan",
    ),
    (
        "render",
        "stdout",
        "Skriv ut dokumentet i stället för att spara det",
    ),
    (
        "render",
        "draft",
        "Gör dokumentet även när kontrollen hittar fel, märkt som utkast",
    ),
    (
        "render",
        "force",
        "Skriv över ett dokument som har ändrats för hand",
    ),
    (
        "render",
        "templates",
        "En organisations mallmapp; även miljövariabeln LSK_TEMPLATES",
    ),
    (
        "actions",
        "owner",
        "Bara denna ansvarigas åtgärder (stora och små bokstäver och mellanslag spelar ingen roll)",
    ),
    ("actions", "overdue", "Bara försenade åtgärder"),
    ("actions", "format", "table (standard) eller json"),
    ("list", "format", "table (standard) eller json"),
    ("disclosures", "format", "table (standard) eller json"),
    (
        "disclosures",
        "path",
        "Ärendets mapp eller en mapp i den (standard: den aktuella mappen)",
    ),
    ("schema", "which", "meeting (standard) eller case"),
    (
        "completions",
        "shell",
        "bash, zsh, fish, elvish eller powershell",
    ),
    (
        "man",
        "page",
        "Kommandot vars sida skrivs ut (check, render, hook-install, ...); standard: lsk:s egen sida",
    ),
    (
        "man",
        "dir",
        "Skriv varje sida i denna mapp (lsk.1, lsk-check.1, ...)",
    ),
    (
        "hook message",
        "file",
        "Filen som git skrev meddelandet till",
    ),
    (
        "hook push",
        "remote",
        "Fjärrarkivets namn (eller adress) så som git anger det; annars PRE_COMMIT_REMOTE_NAME (ramverket pre-commit)",
    ),
    ("hook push", "url", "Fjärrarkivets adress (används inte)"),
    (
        "hook install",
        "force",
        "Ersätt en befintlig pre-commit-krok",
    ),
    (
        "explain",
        "rule",
        "En regels id så som det visas inom hakparentes i utskriften av lsk check, t.ex. missing-field",
    ),
    (
        "guide",
        "stage",
        "Ärendets skede: support (I–II), assessment (III) eller client (IV)",
    ),
    (
        "guide",
        "kind",
        "Mötestyp: daycare, school, family-group-conference eller fgc-follow-up",
    ),
    (
        "serve",
        "path",
        "Ett ärendes mapp eller en mapp med ärenden (standard: ärendet du står i)",
    ),
    (
        "serve",
        "port",
        "Lyssna på den här porten (standard: en ledig port)",
    ),
    (
        "serve",
        "no_open",
        "Öppna ingen webbläsare, skriv bara adressen",
    ),
    (
        "serve",
        "shortcut",
        "Skapa en genväg på skrivbordet som öppnar mappen i webbläsaren (lsk serve), och avsluta",
    ),
    ("search", "path", "Ärendets eller teamets mapp"),
    ("search", "words", "Orden att söka"),
    ("search", "format", "table (standard) eller json"),
];

/// A mistake in the command line, as clap found it.
pub enum ArgError<'a> {
    UnknownOption {
        arg: &'a str,
        suggestion: Option<&'a str>,
    },
    /// A value no argument takes.
    ExtraValue {
        value: &'a str,
    },
    UnknownCommand {
        name: String,
        suggestion: Option<&'a str>,
    },
    MissingValue {
        arg: &'a str,
    },
    BadValue {
        /// As clap shows it: `--phase <PHASE>`.
        arg: &'a str,
        value: &'a str,
        /// The values it takes, `a, b, c`, when clap knows them.
        valid: Option<&'a str>,
        suggestion: Option<&'a str>,
    },
    /// Required arguments not given.
    Missing {
        args: &'a str,
    },
    /// No command given where one is needed: the ones there are, `a, b`.
    MissingCommand {
        commands: &'a str,
    },
    Conflict {
        arg: &'a str,
        other: Option<String>,
    },
    WrongCount {
        arg: &'a str,
    },
    /// Anything else: clap's English, shown to English readers only.
    Other {
        detail: &'a str,
    },
}

/// What the value of an argument should look like, by its name as clap
/// shows it (`--today <TODAY>`, `<DOC>`), for a value it refused.
fn value_hint(lang: Lang, arg: &str) -> Option<&'static str> {
    let name = arg
        .trim_start_matches('-')
        .split([' ', '='])
        .next()
        .unwrap_or("")
        .trim_matches(['<', '>'])
        .to_lowercase();
    Some(match (lang, name.as_str()) {
        (Lang::Fi, "today" | "date") => {
            "kirjoita päivämäärä VVVV-KK-PP tai P.K.VVVV, esim. 2026-11-24 tai 24.11.2026"
        }
        (Lang::Sv, "today" | "date") => {
            "skriv datumet ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ, t.ex. 2026-11-24 eller 24.11.2026"
        }
        (Lang::En, "today" | "date") => {
            "write the date YYYY-MM-DD or D.M.YYYY, e.g. 2026-11-24 or 24.11.2026"
        }
        (Lang::Fi, "phase") => "käytä before, during tai after",
        (Lang::Sv, "phase") => "använd before, during eller after",
        (Lang::En, "phase") => "use before, during or after",
        (Lang::Fi, "kind") => "käytä daycare, school, family-group-conference tai fgc-follow-up",
        (Lang::Sv, "kind") => "använd daycare, school, family-group-conference eller fgc-follow-up",
        (Lang::En, "kind") => "use daycare, school, family-group-conference or fgc-follow-up",
        (Lang::Fi, "stage") => "käytä support, assessment tai client",
        (Lang::Sv, "stage") => "använd support, assessment eller client",
        (Lang::En, "stage") => "use support, assessment or client",
        (Lang::Fi, "permissions") => "käytä private tai group",
        (Lang::Sv, "permissions") => "använd private eller group",
        (Lang::En, "permissions") => "use private or group",
        (Lang::Fi, "lang") => "käytä fi, sv tai en",
        (Lang::Sv, "lang") => "använd fi, sv eller en",
        (Lang::En, "lang") => "use fi, sv or en",
        (Lang::Fi, "doc") => "käytä agenda, memo, child-checklist tai invitation",
        (Lang::Sv, "doc") => "använd agenda, memo, child-checklist eller invitation",
        (Lang::En, "doc") => "use agenda, memo, child-checklist or invitation",
        _ => return None,
    })
}

/// A mistake in the command line, in lsk's words.
pub fn arg_error(lang: Lang, e: &ArgError) -> String {
    let meant = |s: Option<&str>| {
        s.map(|s| match lang {
            Lang::Fi => format!("; tarkoititko `{s}`?"),
            Lang::Sv => format!("; menade du `{s}`?"),
            Lang::En => format!("; did you mean `{s}`?"),
        })
        .unwrap_or_default()
    };
    match (lang, e) {
        (Lang::Fi, ArgError::UnknownOption { arg, suggestion }) => {
            format!("tuntematon valitsin `{arg}`{}", meant(*suggestion))
        }
        (Lang::Sv, ArgError::UnknownOption { arg, suggestion }) => {
            format!("okänd flagga `{arg}`{}", meant(*suggestion))
        }
        (Lang::En, ArgError::UnknownOption { arg, suggestion }) => {
            format!("unknown option `{arg}`{}", meant(*suggestion))
        }
        (Lang::Fi, ArgError::ExtraValue { value }) => format!(
            "`{value}` on ylimääräinen: komento ei ota tätä arvoa (välilyöntejä sisältävä arvo kirjoitetaan lainausmerkkeihin)"
        ),
        (Lang::Sv, ArgError::ExtraValue { value }) => format!(
            "`{value}` är för mycket: kommandot tar inte det värdet (ett värde med mellanslag skrivs inom citattecken)"
        ),
        (Lang::En, ArgError::ExtraValue { value }) => format!(
            "`{value}` is one too many: the command takes no such value (a value with spaces goes in quotes)"
        ),
        (Lang::Fi, ArgError::UnknownCommand { name, suggestion }) => {
            format!("tuntematon komento `{name}`{}", meant(*suggestion))
        }
        (Lang::Sv, ArgError::UnknownCommand { name, suggestion }) => {
            format!("okänt kommando `{name}`{}", meant(*suggestion))
        }
        (Lang::En, ArgError::UnknownCommand { name, suggestion }) => {
            format!("unknown command `{name}`{}", meant(*suggestion))
        }
        (Lang::Fi, ArgError::MissingValue { arg }) => format!("valitsimelle `{arg}` puuttuu arvo"),
        (Lang::Sv, ArgError::MissingValue { arg }) => format!("`{arg}` saknar ett värde"),
        (Lang::En, ArgError::MissingValue { arg }) => format!("`{arg}` needs a value"),
        (
            lang,
            ArgError::BadValue {
                arg,
                value,
                valid,
                suggestion,
            },
        ) => {
            let head = match lang {
                Lang::Fi => format!("`{value}` ei käy valitsimen `{arg}` arvoksi"),
                Lang::Sv => format!("`{value}` duger inte som värde för `{arg}`"),
                Lang::En => format!("`{value}` is not a value `{arg}` takes"),
            };
            let hint = match (valid, value_hint(lang, arg)) {
                (Some(valid), _) => {
                    let values: Vec<&str> = valid.split(", ").collect();
                    match lang {
                        Lang::Fi => format!(": käytä {}", super::one_of(&values, "tai")),
                        Lang::Sv => format!(": använd {}", super::one_of(&values, "eller")),
                        Lang::En => format!(": use {}", super::one_of(&values, "or")),
                    }
                }
                (None, Some(hint)) => format!(": {hint}"),
                (None, None) => String::new(),
            };
            format!("{head}{hint}{}", meant(*suggestion))
        }
        (Lang::Fi, ArgError::Missing { args }) => format!("pakollinen mutta antamatta: {args}"),
        (Lang::Sv, ArgError::Missing { args }) => format!("obligatoriskt men inte angivet: {args}"),
        (Lang::En, ArgError::Missing { args }) => format!("required but not given: {args}"),
        (lang, ArgError::MissingCommand { commands }) => {
            let names: Vec<&str> = commands.split(", ").filter(|c| !c.is_empty()).collect();
            match lang {
                Lang::Fi => format!("anna komento: {}", super::one_of(&names, "tai")),
                Lang::Sv => format!("ange ett kommando: {}", super::one_of(&names, "eller")),
                Lang::En => format!("give a command: {}", super::one_of(&names, "or")),
            }
        }
        (Lang::Fi, ArgError::Conflict { arg, other }) => match other {
            Some(o) => format!("`{arg}` ja `{o}` eivät käy yhdessä: valitse toinen"),
            None => format!("`{arg}` ei käy yhdessä muiden annettujen valitsimien kanssa"),
        },
        (Lang::Sv, ArgError::Conflict { arg, other }) => match other {
            Some(o) => format!("`{arg}` och `{o}` går inte ihop: välj den ena"),
            None => format!("`{arg}` går inte ihop med de andra flaggorna"),
        },
        (Lang::En, ArgError::Conflict { arg, other }) => match other {
            Some(o) => format!("`{arg}` and `{o}` cannot be used together: choose one"),
            None => format!("`{arg}` cannot be used with the other options given"),
        },
        (Lang::Fi, ArgError::WrongCount { arg }) => {
            format!("valitsimelle `{arg}` on annettu väärä määrä arvoja")
        }
        (Lang::Sv, ArgError::WrongCount { arg }) => format!("`{arg}` har fått fel antal värden"),
        (Lang::En, ArgError::WrongCount { arg }) => {
            format!("`{arg}` was given the wrong number of values")
        }
        (Lang::Fi, ArgError::Other { .. }) => "komentoriviä ei voi lukea".into(),
        (Lang::Sv, ArgError::Other { .. }) => "kommandoraden kan inte läsas".into(),
        (Lang::En, ArgError::Other { detail }) => format!(
            "the command line cannot be read (clap says: {})",
            detail.trim().trim_start_matches("error: ")
        ),
    }
}

/// Where to read more: `lsk check --help`.
pub fn more_help(lang: Lang, command: &str) -> String {
    match lang {
        Lang::Fi => format!("Ohje: {command} --help"),
        Lang::Sv => format!("Hjälp: {command} --help"),
        Lang::En => format!("Help: {command} --help"),
    }
}
