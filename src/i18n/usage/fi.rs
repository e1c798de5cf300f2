//! `--help` in Finnish: the commands' texts and the arguments' help.

use super::{CommandText, c};

pub(super) const FI_COMMANDS: &[CommandText] = &[
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
        "Tee neuvottelusta asiakirja: agenda, memo, child-checklist, child-letter tai invitation",
        "Tee neuvottelusta asiakirja: agenda, memo, child-checklist, child-letter tai invitation

Kirjoittaa neuvottelun kansioon agenda.md (esityslista), memo.md (muistio), child-checklist.md (lapsen tarkistuslista), child-letter.md (kirje lapselle) tai invitation.md (kutsu), tai valitsimella --for memo.<vastaanottaja>.md (valitsimella --html .html; valitsimella --pdf .pdf, jonka koneen Chromium-perheen selain tai LSK_BROWSER tulostaa; valitsimella --ics invitation.ics, kalenteritiedosto Helsingin ajassa). Muistio ja kirje lapselle tehdään vain neuvottelusta, joka läpäisee jälkeen-vaiheen tarkistuksen, paitsi valitsimella --draft; kirje selkokielellä lapsen iän mukaan, ei alle 3-vuotiaalle. Kopio vastaanottajalle vaatii perheen suostumuksen kentässä memo_consent.recipients. Asiakirjaa, jota on muokattu käsin sen jälkeen, kun lsk kirjoitti sen, ei korvata ilman valitsinta --force. Kirjoitetun tiedoston nimi tulostuu vakiotulosteeseen; huomautukset, varoitukset ja kieltäytymiset virhetulosteeseen.

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
        "history",
        "Näytä, kuka muutti lapsen asiassa, neuvottelussa tai tiimin asioissa mitä ja milloin",
        "Näytä, kuka muutti lapsen asiassa, neuvottelussa tai tiimin asioissa mitä ja milloin

Muutokset luetaan asian git-säilöstä uusimmat ensin: milloin, kuka, mikä neuvottelu, mitkä kentät muuttuivat (nimettyinä sanoin), tehdyt asiakirjat, luovutetut kopiot ja uudet neuvottelut. POLKU on asian kansio, neuvottelun kansio tai sen meeting.md, tai tiimin kansio, jonka alla on lasten asioita (silloin jokaisen muutoksen kohdalla on asia, ja näytetään 100 viimeisintä tallennusta, ellei --limit muuta sano). Asialla, joka ei ole gitissä, ei ole muutoshistoriaa: lsk kertoo sen, ja paluuarvo on 2. Henkilötunnusta ei tulosteta koskaan.

Esimerkkejä:
  lsk history
  lsk history meetings/2026-11-24-daycare
  lsk history ~/cases/aino --format json
  lsk history ~/tiimi --limit 20",
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
    c(
        "sync",
        "Jaa muutoksesi tiimin kanssa ja hae heidän muutoksensa",
        "Jaa muutoksesi tiimin kanssa ja hae heidän muutoksensa

Hakee kollegojen muutokset tiimin palvelimelta (git-etävarasto: haaran oma, muuten origin) ja lähettää sinun muutoksesi. Jos sinä ja kollega muutitte samaa meeting.md- tai lsk.yaml-tiedostoa, muutokset yhdistetään kenttä kentältä: kenttä, jota vain toinen muutti, saa sen muutoksen. Kenttä, jota muutitte molemmat, pitää sinun tekstisi, kunnes valitset selaimessa (lsk serve, \"Jaa ja hae muutokset\"): sinun, kollegan tai oma uusi teksti; muutokset yhdistetään, kun olet valinnut. Tiedostoihin ei koskaan jää ristiriitamerkintöjä. Muu tiedosto, jota muutitte molemmat (asiakirja), säilyy kahtena: sinun versiosi paikallaan ja kollegan versio vieressä kollegan nimellä.

Ennen lähettämistä sama tarkistus kuin pre-push-koukussa (lsk hook push) lukee jokaisen tallennuksen: henkilötunnus estää lähettämisen. Ilman yhteyttä mikään ei muutu: muutoksesi pysyvät koneellasi ja jaetaan seuraavalla kerralla.

Paluuarvo: 0 jaettu (tai ei mitään jaettavaa); 1 valinta odottaa tai tarkistus tai palvelin esti lähettämisen; 2 lsk ei voinut toimia (palvelinta ei ole asetettu, nimeä ei ole kerrottu, tallentamattomia tiedostoja); 3 palvelimeen ei saatu yhteyttä.

Esimerkkejä:
  lsk sync
  lsk sync ~/tiimin-asiat --format json",
        "",
    ),
    c(
        "merge-driver",
        "Yhdistämisohjelma, jonka git ajaa meeting.md- ja lsk.yaml-tiedostoille (lsk sync ottaa sen käyttöön)",
        "Yhdistämisohjelma, jonka git ajaa meeting.md- ja lsk.yaml-tiedostoille (lsk sync ottaa sen käyttöön)",
        "",
    ),
    // Issue 24: filing and dated corrections.
    c(
        "file",
        "Arkistoi neuvottelun muistio asiakastietojärjestelmään",
        "Arkistoi neuvottelun muistio asiakastietojärjestelmään

Tarkistaa, että muistio on valmis (kuten lsk render memo) ja että suostumus ja tieto siitä, kuka saa nähdä mitäkin, ovat selvät. Kirjoittaa neuvottelun kansioon archive/ arkistopaketin – muistion PDF-tiedostona kuvailutietoineen (memo.pdf) ja asiakastietojärjestelmää varten kuvailutiedot (memo.json: asiakirjatyyppi, lapsi, palvelutehtävä, päivä, kirjoittaja, rekisterinpitäjä, salassapidon peruste, luovutetut kopiot, PDF:n sha256) – ja merkitsee meeting.md-tiedostoon, kuka muistion arkistoi ja milloin (`filed:`). Sen jälkeen lsk ei kirjoita muistiota uudelleen: sitä muutetaan päivätyllä korjauksella (lsk correct). Korjauksen jälkeen komento arkistoi korjatun muistion alkuperäisen rinnalle. Tarvitsee Chromium-selaimen kuten lsk render --pdf. Jos muistio ei ole valmis, mitään ei muuteta.

Esimerkkejä:
  lsk file meetings/2026-11-24-daycare
  lsk file meetings/2026-11-24-daycare --by \"Sanna Virtanen\"",
        "",
    ),
    c(
        "correct",
        "Korjaa arkistoitua muistiota päivätyllä korjauksella, joka säilyttää alkuperäisen tekstin",
        "Korjaa arkistoitua muistiota päivätyllä korjauksella, joka säilyttää alkuperäisen tekstin

Muuttaa yhtä arkistoidun muistion tekstikohtaa (esim. summary, goal, child_views) ja kirjaa muutoksen meeting.md-tiedostoon päivättynä korjauksena (`corrections:` päivä, korjaaja, kohta, alkuperäinen teksti ja syy). Muistiossa näkyvät sen jälkeen korjaukset ja alkuperäinen teksti. Kaikille, jotka luovutuslokin mukaan ovat saaneet kopion, tarjotaan korjausilmoitusta (lsk render correction-notice --for VASTAANOTTAJA), joka tehdään heidän oman näkymänsä kautta. Jos muistiota ei ole arkistoitu tai syytä ei anneta, mitään ei muuteta.

Esimerkkejä:
  lsk correct meetings/2026-11-24-daycare --field summary --text \"Sovittiin…\" --why \"Päivämäärä oli väärin\"",
        "",
    ),
];

pub(super) const FI_ARGS: &[(&str, &str, &str)] = &[
    (
        "",
        "no_commit",
        "Älä tallenna muutoksia git-historiaan (muuten jokainen lsk:n tekemä muutos tallennetaan sinun nimissäsi)",
    ),
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
        "agenda (esityslista), memo (muistio), child-checklist (lapsen tarkistuslista), child-letter (kirje lapselle) tai invitation (kutsu)",
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
    ("history", "format", "table (oletus) tai json"),
    (
        "history",
        "path",
        "Asian kansio, neuvottelun kansio tai sen meeting.md tai tiimin kansio (oletus: nykyinen kansio)",
    ),
    (
        "history",
        "limit",
        "Vain N viimeisimmän tallennuksen muutokset (0: kaikki; tiimin kansio: 100, ellei toisin anneta)",
    ),
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
    (
        "sync",
        "path",
        "Kansio tiimin versiovarastossa (oletus: nykyinen kansio)",
    ),
    ("sync", "format", "text (oletus) tai json"),
    ("merge-driver", "base", "Yhteisen edeltäjän versio (%O)"),
    (
        "merge-driver",
        "mine",
        "Työntekijän versio, johon tulos kirjoitetaan (%A)",
    ),
    ("merge-driver", "theirs", "Kollegan versio (%B)"),
    (
        "merge-driver",
        "path",
        "Tiedoston polku versiovarastossa (%P)",
    ),
    // Issue 24: filing and dated corrections.
    (
        "file",
        "meeting",
        "Neuvottelun kansio tai sen meeting.md (oletus: nykyinen kansio)",
    ),
    ("file", "by", "Kuka arkistoi (oletus: gitin user.name)"),
    (
        "file",
        "templates",
        "Organisaation asiakirjapohjien kansio; myös ympäristömuuttuja LSK_TEMPLATES",
    ),
    (
        "correct",
        "meeting",
        "Neuvottelun kansio tai sen meeting.md (oletus: nykyinen kansio)",
    ),
    (
        "correct",
        "field",
        "Korjattava kohta meeting.md:n nimellä (summary, goal, …)",
    ),
    ("correct", "text", "Korjattu teksti"),
    ("correct", "why", "Korjauksen syy (pakollinen)"),
    ("correct", "by", "Kuka korjaa (oletus: gitin user.name)"),
];
