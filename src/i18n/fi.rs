//! Suomi.

use super::{Expected, Msg, leaf, one_of};
use crate::case::yaml::{Shape, YamlErrorKind};
use crate::model::Lang;

pub fn message(msg: &Msg) -> (String, String) {
    match msg {
        Msg::Unreadable { detail } => (
            format!("tiedostoa ei voi lukea: {}", super::io_words(Lang::Fi, detail)),
            "tarkista, että tiedosto on olemassa ja että sinulla on lukuoikeus".into(),
        ),
        Msg::Utf16 => (
            "tiedosto on UTF-16-tekstiä eikä UTF-8-tekstiä".into(),
            "se on tallennettu \"Unicode\"-muodossa (UTF-16); avaa se editorissa ja tallenna UTF-8-muodossa".into(),
        ),
        Msg::NotUtf8 { line } => (
            format!("tiedosto ei ole UTF-8-tekstiä (ensimmäinen virheellinen tavu rivillä {line})"),
            "se on luultavasti tallennettu Latin-1- tai Windows-1252-merkistöllä; avaa se editorissa ja tallenna UTF-8-muodossa".into(),
        ),
        Msg::NoFrontmatter => (
            "tiedostosta puuttuvat neuvottelun tiedot (frontmatter)".into(),
            "aloita tiedosto rivillä `---`, kirjoita neuvottelun tiedot ja päätä ne toiseen `---`-riviin; `lsk new-meeting` tekee valmiin pohjan".into(),
        ),
        Msg::UnterminatedFrontmatter => (
            "neuvottelun tietoja ei ole suljettu".into(),
            "päätä tiedot riviin, jolla on pelkkä `---`".into(),
        ),
        Msg::NotAMapping { shape } => (
            format!("tietojen pitää olla `avain: arvo` -rivejä, mutta tämä on {}", shape_fi(*shape)),
            "kirjoita kukin tieto omalle rivilleen muodossa `avain: arvo`, esim. `goal: ...`".into(),
        ),
        Msg::Yaml(kind) => yaml(kind),
        Msg::UnknownField { key, suggestion } => (
            format!("tuntematon kenttä `{key}`"),
            match suggestion {
                Some(s) => format!("tarkoititko `{s}`?"),
                None => "tarkista kirjoitusasu; `lsk new-meeting` näyttää kaikki neuvottelun kentät".into(),
            },
        ),
        Msg::InvalidValue { field, expected, found } => (
            format!("kentän `{field}` arvon pitää olla {}, ei `{found}`", expected_fi(expected)),
            match crate::schema::docs::list_form(field) {
                Some((key, item)) if *expected == Expected::List => format!("kirjoita `{}` omalle rivilleen ja sen alle kukin kohta omalle rivilleen sisennettynä ja viivalla `- ` alkaen: `{item}`", key.trim()),
                _ => example(expected),
            },
        ),
        Msg::MissingField { field, kind } => (
            format!("`{field}` puuttuu: {}", crate::schema::docs::field_doc(Lang::Fi, leaf(field), *kind)),
            match crate::schema::docs::list_form(field) {
                Some((key, item)) => format!("lisää `{}` omalle rivilleen ja sen alle kukin kohta omalle rivilleen sisennettynä ja viivalla `- ` alkaen: `{item}`", key.trim()),
                None => format!("lisää `{}: ...`", leaf(field)),
            },
        ),
        Msg::MissingNextMeeting => (
            "kumpaakaan kentistä `next_meeting` ja `follow_up` ei ole täytetty: seuraavasta tapaamisesta sovitaan ennen kuin osallistujat lähtevät".into(),
            "lisää `next_meeting: VVVV-KK-PP` tai `follow_up: ...`, jossa kerrotaan, miten asioita seurataan".into(),
        ),
        Msg::UnknownPerson { field, name } => (
            match super::list_item(field) {
                Some((list, n, leaf)) => format!("kentän `{list}` {n}. kohdassa (`{leaf}`) mainittu {name} ei ole kutsuttujen joukossa"),
                None => format!("kentässä `{field}` mainittu {name} ei ole kutsuttujen joukossa"),
            },
            format!("lisää {name} kenttään `invitees` rooleineen tai kirjoita nimi täsmälleen niin kuin se siellä on"),
        ),
        Msg::NetworkSize { count, limit, child_present } => (
            if *child_present {
                format!("{count} osallistujaa ja lapsi paikalla: näin iso verkosto toimii huonommin, varsinkin lapsen kannalta (yli {limit})")
            } else {
                format!("{count} osallistujaa: mitä isompi verkosto, sitä huonommin se toimii (yli {limit})")
            },
            "mieti, ketä todella tarvitaan; muut voivat toimittaa kirjallisen tiedon (`absent`)".into(),
        ),
        Msg::ChairIsResponsibleWorker { chair } => (
            format!("{chair} on vastuusosiaalityöntekijä eikä voi toimia läheisneuvonpidon puheenjohtajana"),
            "läheisneuvonpidon puheenjohtaja on ulkopuolinen koollekutsuja; merkitse hänet kenttään `chair` ja kutsuttuihin roolilla `role: convener`".into(),
        ),
        Msg::ChairNotConvener { chair } => (
            format!("puheenjohtajana on {chair}, mutta läheisneuvonpidon puheenjohtaja on ulkopuolinen koollekutsuja"),
            "anna puheenjohtajalle kutsuttujen listassa rooli `role: convener` tai merkitse koollekutsuja kenttään `chair`".into(),
        ),
        Msg::ChairNotSocialWorker { chair, school: true } => (
            format!("puheenjohtajana on {chair}; koulun neuvottelussa puheenjohtajasta sovitaan osallistujien kanssa"),
            "varmista, että puheenjohtajuudesta on sovittu osallistujien kanssa neuvottelua kutsuttaessa; puheenjohtajana voi olla myös lastensuojelun sosiaalityöntekijä".into(),
        ),
        Msg::ChairNotSocialWorker { chair, school: false } => (
            format!("puheenjohtajana on {chair}, mutta yleensä lastensuojelun sosiaalityöntekijä johtaa tätä neuvottelua"),
            "merkitse sosiaalityöntekijä kenttään `chair` tai kirjaa, miksi puhetta johtaa joku muu".into(),
        ),
        Msg::ChildNotPrepared { field, age, acute, fgc } => (
            format!(
                "lasta ({age} v) ei ole valmennettu {}: `{field}` puuttuu{}",
                if *fgc { "kokoukseen" } else { "neuvotteluun" },
                if *acute { " (akuuttineuvonpito: valmistelu on lyhennetty)" } else { "" }
            ),
            if *fgc {
                "lapsen avustaja kertoo lapselle etukäteen, keitä tulee ja mistä puhutaan, ja kysyy, mitä lapsi haluaa sanoa, jottei lapsi kuule asioista ensimmäistä kertaa kokouksessa".into()
            } else {
                "lapsen valmentaja kertoo lapselle etukäteen, keitä tulee ja mistä puhutaan, ja kysyy, mitä lapsi haluaa sanoa, jottei lapsi kuule asioista ensimmäistä kertaa neuvottelussa".into()
            },
        ),
        Msg::DoubleAssurance { count } => (
            match count {
                0 => "ketään ei ole nimetty kertomaan lapselle sovittuja asioita; tarvitaan vähintään kaksi (tuplavarmistus)".into(),
                _ => format!("vain {count} henkilö on nimetty kertomaan lapselle sovitut asiat; tarvitaan vähintään kaksi (tuplavarmistus)"),
            },
            format!("lisää kenttään `informing_child` {}; tavallisesti lapselle kertovat yhdessä vanhempi ja päiväkodin tai koulun työntekijä", if *count == 0 { "kaksi henkilöä" } else { "toinen henkilö" }),
        ),
        Msg::ActionOwner { action } => (
            format!("sovitulla asialla \"{action}\" ei ole vastuuhenkilöä"),
            "lisää `owner:` ja sen kutsutun nimi, joka vastaa asiasta".into(),
        ),
        Msg::Consent { recipient, document } => (
            format!("{document} on tehty vastaanottajalle `{recipient}`, mutta huoltajat eivät ole antaneet suostumusta muistion lähettämiseen tälle vastaanottajalle"),
            format!("poista kopio tai kirjaa perheen suostumus: lisää `{recipient}` kenttään `memo_consent.recipients`"),
        ),
        Msg::IdentityCode => (
            "tiedostossa on henkilötunnus".into(),
            "poista se: asiakirjoissa lapsi ja osallistujat mainitaan ilman henkilötunnusta".into(),
        ),
        Msg::IdentityCodeInName => (
            "tämän tiedoston tai kansion nimessä on henkilötunnus".into(),
            "nimeä se uudelleen ilman tunnusta (gitissä pidettävässä asiassa: `git mv`)".into(),
        ),
        Msg::UnknownRecipient { field, written, suggestion } => (
            format!("kentässä `{field}` on `{written}`, joka ei ole tunnettu vastaanottaja"),
            match suggestion {
                Some(s) => format!("tarkoititko `{s}`? Vastaanottajia ovat `daycare` (päiväkoti), `school` (koulu), `family-work` (perhetyö), `health-care` (terveydenhuolto), `all-participants` (kaikki osallistujat), rooli kuten `parent` sekä kutsutun organisaatio niin kuin se on kirjoitettu kenttään `invitees`"),
                None => "kirjoita `daycare` (päiväkoti), `school` (koulu), `family-work` (perhetyö), `health-care` (terveydenhuolto), `all-participants` (kaikki osallistujat), rooli kuten `parent` tai kutsutun organisaatio niin kuin se on kirjoitettu kenttään `invitees`".into(),
            },
        ),
        Msg::UnclearNotFor { field } => (
            format!("kentästä `{field}` ei voi päätellä, keneltä asia on rajattu pois, joten kopiota ei tehdä"),
            "kirjoita kohtaan itseensä `not_for:` ja vastaanottajien luettelo, esimerkiksi `not_for: [school]`".into(),
        ),
        Msg::FamilyCopyMissing => (
            "muistiossa on asioita, joita ei kerrota perheelle, mutta perheen omaa kappaletta ei ole tehty: muistio on lastensuojelun arkistokappale, jota ei anneta perheelle".into(),
            "tee perheelle oma kappale: lsk render memo --for family (memo.family.md)".into(),
        ),
        Msg::EarlierUnclear { meeting } => (
            format!("aiempaa neuvottelua `{meeting}`, jota tämä seuraa, ei voi lukea täsmällisesti, ja sen sisältö (sovitut asiat, suunnitelma, mitä keneltäkin on rajattu pois) tulee tämän neuvottelun asiakirjoihin, joten asiakirjaa ei tehdä"),
            format!("korjaa ensin tiedoston meetings/{meeting}/meeting.md havainnot (`lsk check`)"),
        ),
        Msg::CopyForChildWelfare { written } => (
            format!("`{written}` on lastensuojelu itse: muistio on sen oma asiakirja, joten sille ei tehdä kopiota"),
            "muistio itse on lastensuojelun arkistokappale; perheelle kirjoita `--for family`, muille heidän organisaationsa (`--for daycare`)".into(),
        ),
        Msg::CutByComment { field, kept } => (
            format!("kentässä `{field}` merkin ` #` jälkeinen teksti luetaan kommentiksi ja jää pois: jäljelle jää vain \"{kept}\""),
            "kirjoita koko teksti lainausmerkkeihin, esimerkiksi `place: \"huone #3\"`, tai kirjoita `nro 3` merkinnän `#3` sijaan".into(),
        ),
        Msg::StaleRender { document, command } => (
            format!("{document} on vanhentunut: neuvottelun tietoja on muutettu sen tekemisen jälkeen"),
            // A filed memo is corrected, not silently made again; an
            // agenda or invitation is made again only if not yet sent.
            if document.starts_with("memo.") {
                format!("jos muistiota ei ole vielä tallennettu asiakastietoihin, tee se uudelleen: `{command}`; jo tallennettuun muistioon tehdään sen sijaan päivätty korjaus")
            } else if document.starts_with("agenda.") || document.starts_with("invitation.") {
                format!("jos sitä ei ole vielä lähetetty, tee se uudelleen: `{command}`")
            } else {
                format!("tee se uudelleen: `{command}`")
            },
        ),
        Msg::CaseFileNotStaged => (
            "tämän neuvottelun asialla ei ole tallennuksessa lsk.yaml-tiedostoa, joten mikään ei voi tarkistaa sitä".into(),
            "lisää asian lsk.yaml samaan tallennukseen (`git add lsk.yaml`) tai säilytä se, jos poistit sen vahingossa".into(),
        ),
        Msg::ConflictMarkers => (
            "tiedostossa on jäljellä gitin yhdistämisristiriidan merkintöjä (<<<<<<<, =======, >>>>>>>)".into(),
            "valitse, kumpi versio jää voimaan, poista merkintärivit ja lisää tiedosto uudelleen komennolla `git add`".into(),
        ),
        Msg::MisnamedCaseFile { name } => (
            format!("`{name}` näyttää asian tiedostolta, mutta lsk lukee vain tiedoston `lsk.yaml`: tätä asiaa ei tarkisteta"),
            "nimeä tiedosto uudelleen: `lsk.yaml` (pienin kirjaimin, ilman `.txt`-päätettä ja välilyöntejä)".into(),
        ),
        Msg::NoCaseFile => (
            "kansiossa on neuvotteluja mutta ei tiedostoa `lsk.yaml`: sitä ei tarkisteta asiana".into(),
            "luo kansioon asian tiedosto: `lsk init KANSIO --child NIMI --born VVVV-KK --worker NIMI` (neuvottelut säilyvät)".into(),
        ),
        Msg::LinkedCase { target } => (
            "symbolinen linkki asiaan tai asioiden kansioon: lsk ei seuraa linkkejä asioiden kansiossa, joten linkin takana olevaa ei tarkisteta tässä".into(),
            format!("tarkista se omassa paikassaan: `lsk check {target}`"),
        ),
        Msg::ConsentWithoutGuardian { given_by, guardians } => (
            match (given_by.is_empty(), guardians.is_empty()) {
                (true, _) => "muistion jakamiseen kirjattu suostumus ei nimeä ketään lapsen huoltajista".into(),
                (false, true) => format!("muistion jakamiseen on kirjattu suostumuksen antajaksi {}, mutta kenenkään kutsutun kohdalla ei ole merkitty, että hän on lapsen huoltaja (`guardian: true`)", given_by.join(", ")),
                (false, false) => format!("muistion jakamiseen on kirjattu suostumuksen antajaksi {}, mutta kukaan heistä ei ole lapsen huoltaja (huoltajiksi on merkitty {})", given_by.join(", "), guardians.join(", ")),
            },
            match guardians.first() {
                None => "alle 18-vuotiaan lapsen tietojen jakamiseen suostumus on huoltajien: merkitse huoltajat kutsuttujen luetteloon (`guardian: true`) ja kirjaa heidät kenttään `memo_consent.given_by`".into(),
                Some(g) => format!("suostumus on huoltajien: kirjaa huoltaja kenttään `memo_consent.given_by`, esim. `given_by: [{g}]`, tai merkitse oikea kutsuttu `guardian: true`"),
            },
        ),
        Msg::ConsentOldShape { decided_with, named } => (
            format!("`decided_with: {decided_with}` on suostumuksen vanha kirjaustapa; sen tekstiä ei enää tulosteta asiakirjoihin"),
            format!("kirjaa nimeltä, kuka suostumuksen antoi ja milloin: `given_by: [{}]` ja `date: VVVV-KK-PP`, ja poista `decided_with`", if named.is_empty() { "huoltajan nimi".to_owned() } else { named.join(", ") }),
        ),
        Msg::ConsentEcho { field, word, recipient } => (
            format!("”{}” toistaa sanan ”{word}” asiasta, jota ei kerrota vastaanottajalle {}; siksi se jätetään pois tämän kopiosta", super::fields::field_label(Lang::Fi, field).unwrap_or(field), super::words(Lang::Fi).recipients.of(recipient).unwrap_or(recipient)),
            "merkitse tämäkin kohta jätettäväksi pois tämän vastaanottajan kopiosta tai muotoile se niin, ettei se kerro pois jätettyä asiaa".into(),
        ),
        Msg::CopyWithoutConsent { recipient } => (
            if recipient == crate::recipient::ALL_PARTICIPANTS { "Kopiota kaikille osallistujille ei voi tehdä: huoltajat eivät ole antaneet suostumusta.".to_owned() } else { format!("Kopiota vastaanottajalle ”{}” ei voi tehdä: huoltajat eivät ole antaneet suostumusta.", super::words(Lang::Fi).recipients.of(recipient).unwrap_or(recipient)) },
            "Kopio tehdään vasta, kun huoltajien suostumus on kirjattu neuvottelun sivulle kohtaan ”Suostumus muistion jakamiseen”.".into(),
        ),
        Msg::ConsenterNotInvited { name } => (
            format!("suostumuksen antajaksi on kirjattu {name}, jota ei ole kutsuttujen luettelossa"),
            "kirjaa suostumuksen antaja samalla nimellä kuin kutsuttujen luettelossa (`invitees`), tai lisää hänet sinne; muuten hänen nimeään ei tulosteta kopioihin".into(),
        ),
        Msg::ConsentWithdrawn { document, date, by } => {
            let date = date.map(|d| super::dates::date(Lang::Fi, d));
            (
                format!("suostumus muistion jakamiseen on peruttu{}{}, joten kopiota {document} ei tehdä", date.as_ref().map(|d| format!(" {d}")).unwrap_or_default(), by.as_ref().map(|b| format!(" ({b})")).unwrap_or_default()),
                "perumisen jälkeen kopioita ei tehdä; jo lähetetyt kopiot näkyvät luovutuslokissa (`lsk disclosures`). Jos perhe antaa uuden suostumuksen, kirjaa se (`given_by`, `date`) ja poista `withdrawn`".into(),
            )
        }
        // -- issue 24 (rules24) --
        Msg::FollowUpNotInvited { conference, names } => (
            format!(
                "{} {} läheisneuvonpitoon{}, mutta {} seurantakokouksen kutsuttujen joukossa",
                names_fi(names),
                if names.len() == 1 { "osallistui" } else { "osallistuivat" },
                conference.map(|c| format!(" {}", d(c))).unwrap_or_default(),
                if names.len() == 1 { "ei ole" } else { "eivät ole" },
            ),
            "läheisneuvonpitoon osallistuneet arvioivat seurantakokouksessa, miten suunnitelma on toiminut: lisää heidät kutsuttuihin (`invitees`); jos joku ei pääse tulemaan, merkitse hänet poissaolevaksi (`absent`) ja kirjaa hänen terveisensä (`update`)".into(),
        ),
        Msg::ChildWishesInPlan => (
            "muistiosta puuttuu, miten lapsen toiveet on otettu huomioon läheisten suunnitelmassa".into(),
            "kirjaa kenttään `child_wishes_in_plan`, mitä lapsi toivoi ja miten se näkyy suunnitelmassa; jos lapsen toive ei toteudu, kirjaa myös miksi".into(),
        ),
        Msg::ContactDetails { contact, organisation } => (
            match (contact, organisation) {
                (true, true) => "tapauksen tiedoista (lsk.yaml) puuttuvat sekä vastuusosiaalityöntekijän yhteystiedot että organisaatio: kutsussa ei ole puhelinnumeroa eikä sähköpostiosoitetta, eikä siitä näe, kuka asiakirjat pitää".into(),
                (true, false) => "tapauksen tiedoista (lsk.yaml) puuttuvat vastuusosiaalityöntekijän yhteystiedot: kutsu pyytää ilmoittamaan esteestä tai tulkin tarpeesta, mutta ei kerro, miten".into(),
                _ => "tapauksen tiedoista (lsk.yaml) puuttuu organisaatio: kutsusta ja muistiosta ei näe, kuka asiakirjat pitää".into(),
            },
            "lisää lsk.yaml-tiedostoon `organisation:` (esim. hyvinvointialue ja yksikkö) ja `contact:` (`phone:` ja `email:`) ennen kuin kutsu lähetetään".into(),
        ),
        Msg::TopicWithoutDiscussion { topic } => (
            format!("käsitellyn asian ”{topic}” alle ei ole kirjattu, mitä siitä keskusteltiin"),
            "kirjaa kenttään `discussion`, mitä asiasta puhuttiin ja mihin päädyttiin; jos asiaa ei ehditty käsitellä, poista se käsitellyistä asioista tai siirrä se seuraavaan neuvotteluun".into(),
        ),
        Msg::MergeConflict => (
            "gitin yhdistämisristiriita (merge conflict): tiedostossa on kaksi versiota rivien `<<<<<<<`, `=======` ja `>>>>>>>` välissä".into(),
            "säilytä oikeat rivit, poista kolme merkkiriviä ja tallenna tulos gittiin (`git add`, `git commit`)".into(),
        ),
        Msg::CommaInBraces { key, field, kept, fixed } => (
            format!("`{key}` luetaan kentän nimeksi: `{{…}}`-merkintöjen sisällä pilkku päättää tekstin, joten kentän `{field}` arvoksi jää vain \"{kept}\""),
            format!("kirjoita koko teksti lainausmerkkeihin: `{fixed}`"),
        ),
        Msg::NotAnAnswer { field, found, partly, leading } => (
            if *partly {
                format!("kentän `{field}` arvon pitää olla `yes`, `no` tai `partly` (kyllä, ei tai osittain), ei `{found}`")
            } else {
                format!("`{field}` on kyllä/ei-kysymys, eikä `{found}` ole vastaus, jonka lsk osaa lukea")
            },
            match leading {
                Some(word) => format!("kirjoita tähän pelkkä `{}`; muu teksti kirjoitetaan muistiinpanoihin tietojen alle", answer_fi(word)),
                None if leaf(field).starts_with("told_") => "kysymykseen vastataan kyllä tai ei: kirjoita `kyllä`, kun lapselle on kerrottu, ja `ei` siihen asti; mitä kerrottiin, kirjataan muistiinpanoihin".into(),
                None if *partly => "kirjoita `kyllä`, `ei` tai `osittain` (myös `yes`, `no` ja `partly` käyvät, isoin tai pienin kirjaimin)".into(),
                None => "kirjoita `kyllä` tai `ei` (myös `yes`/`no` ja `true`/`false` käyvät, isoin tai pienin kirjaimin)".into(),
            },
        ),
        Msg::DateWrittenAs { field, found, iso } => (
            format!("kentän `{field}` päivämäärä on kirjoitettu `{found}`; lsk lukee päivämäärät muodossa VVVV-KK-PP"),
            format!("kirjoita `{iso}`"),
        ),
        Msg::NoSuchDay { field, found, year, month, days } => (
            format!(
                "kentässä `{field}`: päivää `{found}` ei ole: {} on {days} päivää",
                if *month == 2 {
                    format!("helmikuussa {year}")
                } else {
                    super::month_name(Lang::Fi, *month).to_owned()
                }
            ),
            "tarkista päivämäärä ja kirjoita se muodossa VVVV-KK-PP".into(),
        ),
        Msg::NoSuchMonth { field, found, month } => (
            format!("kentässä `{field}`: päivämäärässä `{found}` ei ole kuukautta {month}"),
            "vuodessa on 12 kuukautta: kirjoita päivämäärä muodossa VVVV-KK-PP, esim. `2026-11-24` on 24.11.2026".into(),
        ),
        Msg::UnknownChoice { field, options, found, suggestion } => (
            format!("kentän `{field}` arvon pitää olla {}, ei `{found}`", one_of(options, "tai")),
            match suggestion {
                Some(s) => format!("kirjoita `{s}`"),
                None => "kirjoita jokin niistä täsmälleen näin: lsk lukee nämä tunnisteet englanniksi asian kielestä riippumatta".into(),
            },
        ),
        // Fitting the tools around lsk (issue 14).
        // Päivämäärät, jotka eivät voi pitää paikkaansa (issue 22).
        Msg::WrittenBeforeMeeting { field, meeting, today } => (
            format!("`{field}` on täytetty, vaikka neuvottelu on {} ja tänään on {}: se kirjataan neuvottelun jälkeen", d(*meeting), d(*today)),
            format!("jos neuvottelun päivämäärä on oikein, täytä `{field}` vasta neuvottelun jälkeen (luonnoksen voi pitää muistiinpanoissa kenttien alla); jos päivämäärä on väärin, korjaa `date`"),
        ),
        Msg::MemoBeforeMeeting { written, meeting } => (
            format!("muistion päiväys on {}, ennen neuvottelua {}", d(*written), d(*meeting)),
            "muistio kirjoitetaan neuvottelun jälkeen: korjaa `memo_date` (tai neuvottelun `date`)".into(),
        ),
        Msg::DueBeforeMeeting { action, due, meeting } => (
            format!("sovitun toimenpiteen ”{action}” määräaika {} on ennen neuvottelua {}, jossa se sovittiin", d(*due), d(*meeting)),
            "korjaa kentän `due` vuosi tai kuukausi: neuvottelussa sovitun toimenpiteen määräaika on aikaisintaan neuvottelupäivänä".into(),
        ),
        Msg::FollowsLater { follows, earlier, meeting } => (
            format!("tämä neuvottelu {} seuraa neuvottelua `{follows}`, joka on myöhemmin, {}", d(*meeting), d(*earlier)),
            "seurantaneuvottelu pidetään seurattavan neuvottelun jälkeen: korjaa tämän neuvottelun `date` tai nimeä kenttään `follows` oikea aiempi neuvottelu".into(),
        ),
        Msg::ClockChange { date, time, skipped: true } => (
            format!("kellonaikaa {time} ei ole Suomessa {date}: kellot siirretään silloin tunnilla eteenpäin (klo 3.00 → 4.00)"),
            "valitse toinen aika; kalenteri siirtäisi neuvottelua tunnilla".into(),
        ),
        Msg::ClockChange { date, time, skipped: false } => (
            format!("kellonaika {time} on Suomessa {date} kahdesti: kellot siirretään silloin tunnilla taaksepäin (klo 4.00 → 3.00)"),
            "valitse toinen aika, jottei kukaan tule tuntia liian aikaisin tai myöhään".into(),
        ),
    }
}

/// A yes/no answer's id as a Finnish word.
fn answer_fi(id: &str) -> &'static str {
    match id {
        "yes" => "kyllä",
        "partly" => "osittain",
        _ => "ei",
    }
}

fn shape_fi(shape: Shape) -> &'static str {
    match shape {
        Shape::Empty => "tyhjä",
        Shape::Scalar => "yksittäinen arvo",
        Shape::List => "luettelo",
        Shape::Mapping => "joukko kenttiä",
    }
}

fn yaml(kind: &YamlErrorKind) -> (String, String) {
    match kind {
        YamlErrorKind::Syntax(_) => (
            "tietoja ei voi lukea tästä kohdasta eteenpäin".into(),
            "tarkista tämä rivi ja sen yläpuolinen: kukin tieto on omalla rivillään muodossa `avain: arvo` ja sisennetty kuten viereiset tiedot; teksti, jossa on `: `, ` #` tai pilkku `{…}`-merkintöjen sisällä, kirjoitetaan lainausmerkkeihin".into(),
        ),
        YamlErrorKind::DuplicateKey { key, first_line } => (
            format!("`{key}` on annettu kahdesti (ensin rivillä {first_line}), joten lsk ei tiedä, kumpi on tarkoitettu"),
            format!("säilytä oikea: yhdistä tekstit yhteen kenttään `{key}` ja poista toinen rivi; jos tämä rivi aloittaa luettelon uuden kohdan, aloita se merkinnällä `- `"),
        ),
        YamlErrorKind::MissingDash { key, first_line, fixed } => (
            format!("`{key}` tulee toisen kerran samassa luettelon kohdassa (ensin rivillä {first_line}): seuraavan kohdan aloittavalta riviltä puuttuu `- `, joten kaksi kohtaa luetaan yhdeksi"),
            format!("aloita uusi kohta merkinnällä `- `: kirjoita rivi muotoon `{fixed}`"),
        ),
        YamlErrorKind::NotListItem { item, inside } => (
            "rivi on luettelon kohtien tasolla mutta ei ala merkinnällä `- `".into(),
            format!("kirjoita `{item}`, jos rivi aloittaa uuden kohdan, tai sisennä se kuten yläpuolisen kohdan muut rivit: `{inside}`"),
        ),
        YamlErrorKind::ColonInValue { key, fixed } => (
            format!("kentän `{key}` tekstissä on `: `, jonka YAML lukee uuden kentän aluksi"),
            format!("kirjoita teksti lainausmerkkeihin: `{fixed}`"),
        ),
        YamlErrorKind::TypographicQuotes { quote, fixed } => (
            format!("teksti on typografisissa lainausmerkeissä {quote}…, joita YAML ei lue lainausmerkeiksi (automaattinen korjaus vaihtaa \"-merkit niihin)"),
            format!("kirjoita tilalle suorat lainausmerkit `\"` (Shift+2; ota editorin älykkäät lainausmerkit pois käytöstä): `{fixed}`"),
        ),
        YamlErrorKind::SpecialSpace { code } => (
            format!("rivillä on näkymätön erikoisvälilyönti (U+{code:04X}, {}) kohdassa, jossa YAML vaatii tavallisen välilyönnin", super::space_name(Lang::Fi, *code)),
            "poista se ja kirjoita tilalle tavallinen välilyönti (sitova välilyönti syntyy näppäimillä AltGr+välilyönti tai tekstinkäsittelyohjelmasta kopioidun tekstin mukana)".into(),
        ),
        YamlErrorKind::NoSpaceAfterColon { key, fixed } => (
            format!("kaksoispisteen jälkeen ei ole välilyöntiä (`{key}:`), joten YAML ei lue riviä kentäksi"),
            format!("lisää välilyönti kaksoispisteen jälkeen: `{fixed}`"),
        ),
        YamlErrorKind::Indented { above, fixed } => (
            format!("rivi on sisennetty enemmän kuin rivi {above}, joten se luetaan sen rivin tekstin jatkoksi"),
            format!("sisennä se kuten rivi {above}: `{fixed}`; jos se jatkaa sitä tekstiä, kirjoita koko teksti lainausmerkkeihin"),
        ),
        YamlErrorKind::Outdented { like, spaces, fixed } => (
            format!("tämän kentän sisennys on kadonnut: sen ympärillä olevat kentät (rivi {like} ja alla oleva rivi) kuuluvat samaan luettelon kohtaan ja on sisennetty {spaces} välilyönnillä"),
            format!("sisennä se kuten rivi {like}, {spaces} välilyönnillä: `{fixed}`"),
        ),
        YamlErrorKind::Misaligned { spaces, levels } => (
            format!("rivi on sisennetty {spaces} välilyönnillä, mikä ei vastaa yhtäkään yläpuolisten kenttien sisennystä ({})", super::levels(levels, "tai")),
            "sisennä rivi täsmälleen yhtä monella välilyönnillä kuin kentät, joihin se kuuluu".into(),
        ),
        YamlErrorKind::ListHere => (
            "luettelon kohta (`- `) kohdassa, jossa pitäisi olla kenttä".into(),
            "luettelo kirjoitetaan sisennettynä sellaisen kentän alle, jonka kaksoispisteen jälkeen ei ole mitään: `invitees:` omalle rivilleen ja `  - name: ...` sen alle".into(),
        ),
        YamlErrorKind::NoColon => (
            "rivi ei ole muotoa `avain: arvo`: kentän nimen jälkeen ei ole kaksoispistettä".into(),
            "kirjoita kenttä muotoon `nimi: arvo` (kaksoispiste ja välilyönti); jos rivi jatkaa yläpuolista tekstiä, sisennä se tai kirjoita koko teksti lainausmerkkeihin".into(),
        ),
        YamlErrorKind::Unclosed { bracket } => (
            format!("tässä avattua merkkiä `{bracket}` ei suljeta merkillä `{}`", super::closing(*bracket)),
            "sulje se kohdan lopussa; teksti, jossa on pilkku tai kaksoispiste `{…}`- tai `[…]`-merkintöjen sisällä, kirjoitetaan lainausmerkkeihin".into(),
        ),
        YamlErrorKind::StrayBracket { bracket } => (
            format!("merkki `{bracket}` ei sulje mitään"),
            "poista se tai kirjoita teksti lainausmerkkeihin".into(),
        ),
        YamlErrorKind::UnclosedQuote { quote } => (
            format!("tässä alkavaa lainausmerkkiä `{quote}` ei suljeta tällä rivillä"),
            "päätä teksti samalla lainausmerkillä; teksti, jossa itsessään on se merkki, kirjoitetaan toisenlaisiin lainausmerkkeihin: `\"Eeva's\"`, `'hän sanoi \"hei\"'`".into(),
        ),
        YamlErrorKind::TextAfterQuote { fixed } => (
            "loppulainausmerkin jälkeen on vielä tekstiä: tekstin sisällä oleva lainausmerkki päätti sen liian aikaisin".into(),
            match fixed {
                Some(fixed) => format!("kirjoita koko teksti toisenlaisiin lainausmerkkeihin: `{fixed}`"),
                None => "kirjoita koko teksti toisenlaisiin lainausmerkkeihin".into(),
            },
        ),
        YamlErrorKind::AfterBrackets { fixed } => (
            "sulkevan hakasulkeen tai aaltosulkeen jälkeen on vielä tekstiä: `[…]`- tai `{…}`-arvon pitää päättyä siihen".into(),
            format!("jos se on yksi teksti, kirjoita se kokonaan lainausmerkkeihin: `{fixed}`"),
        ),
        YamlErrorKind::BadStart { ch } => (
            format!("rivi alkaa merkillä {}, jonka YAML lukee välimerkiksi eikä kentän nimen osaksi", super::char_shown(*ch)),
            "poista se, jos se on lyöntivirhe; kenttä kirjoitetaan rivin alusta muodossa `nimi: arvo`".into(),
        ),
        YamlErrorKind::Reserved { ch, fixed } => (
            format!("arvo ei voi alkaa merkillä {}: YAML varaa sen omaan käyttöönsä", super::char_shown(*ch)),
            match fixed {
                Some(fixed) => format!("kirjoita teksti lainausmerkkeihin: `{fixed}`"),
                None => "kirjoita teksti lainausmerkkeihin".into(),
            },
        ),
        YamlErrorKind::ComplexKey => (
            "kentän nimen pitää olla yksinkertainen sana".into(),
            "kirjoita `avain: arvo`".into(),
        ),
        YamlErrorKind::UnknownTag(tag) => (
            format!("tuntematon YAML-tunniste `{tag}`"),
            "poista tunniste; lsk lukee tavallisia arvoja".into(),
        ),
        YamlErrorKind::TooDeep => (
            "tiedot on sisennetty liian moneen tasoon".into(),
            "neuvottelun tiedoissa on enintään muutama taso; tarkista sisennykset".into(),
        ),
        YamlErrorKind::TooLarge => (
            "tiedot laajenevat liian moneksi arvoksi (viittauksia viittausten sisällä)".into(),
            "kirjoita arvot auki `&ankkureiden` ja `*viittausten` sijaan".into(),
        ),
        YamlErrorKind::TooManyValues => (
            "tiedostossa on enemmän arvoja kuin lsk lukee (miljoona); neuvottelussa niitä on muutama sata".into(),
            "tämä ei ole ihmisen kirjoittama neuvottelutiedosto: tarkista, että kansiossa on oikea tiedosto".into(),
        ),
        YamlErrorKind::MultipleDocuments => (
            "tiedoissa on useampi kuin yksi YAML-dokumentti".into(),
            "poista ylimääräinen `---`-rivi".into(),
        ),
        YamlErrorKind::Tab => (
            "sisennyksessä on sarkain".into(),
            "sisennä välilyönnein (kaksi tasoa kohden); YAML ei salli sarkaimia".into(),
        ),
    }
}

fn expected_fi(expected: &Expected) -> String {
    match expected {
        Expected::Date => "päivämäärä muodossa VVVV-KK-PP".into(),
        Expected::BirthDate => "syntymäaika muodossa VVVV, VVVV-KK tai VVVV-KK-PP".into(),
        Expected::Time => "kellonaika muodossa TT:MM tai TT.MM".into(),
        Expected::Minutes => "positiivinen kokonaisluku minuutteina".into(),
        Expected::Bool => "`true` tai `false`".into(),
        Expected::Text => "tekstiä".into(),
        Expected::Person => "yksi nimi kutsuttujen (`invitees`) joukosta".into(),
        Expected::List => "luettelo (rivit alkavat `- `)".into(),
        Expected::Mapping => "joukko `avain: arvo` -kenttiä".into(),
        Expected::OneOf(options) => one_of(options, "tai"),
        Expected::YesNo => "`yes` tai `no` (kyllä tai ei)".into(),
        Expected::Meeting => "saman asian aiemman neuvottelun kansion nimi".into(),
    }
}

fn example(expected: &Expected) -> String {
    match expected {
        Expected::Date => "esimerkiksi `2026-11-24`".into(),
        Expected::BirthDate => "esimerkiksi `2021-03`".into(),
        Expected::Time => "esimerkiksi `13:00` tai `9.30`".into(),
        Expected::Minutes => "esimerkiksi `90`, kun aikaa on puolitoista tuntia".into(),
        Expected::Bool => "kirjoita `true` tai `false`".into(),
        Expected::Person => "kirjoita nimi niin kuin se on kentässä `invitees`".into(),
        Expected::YesNo => "kysymykseen vastataan kyllä tai ei: kirjoita `yes`, kun lapselle on kerrottu, ja `no` siihen asti; mitä kerrottiin, kirjataan muistiinpanoihin".into(),
        Expected::Meeting => "esimerkiksi `2026-10-01-family-group-conference`".into(),
        _ => String::new(),
    }
}

/// A date in words, for the date-order messages.
fn d(day: jiff::civil::Date) -> String {
    super::dates::date(Lang::Fi, day)
}

/// A finding as a page says it (`i18n::page_text`): fields by their names
/// on the page (`label`), what to do in the page's terms. `None`: the
/// command line's words, with field keys named by `page_text`.
pub fn page_message(msg: &Msg, label: &dyn Fn(&str) -> String) -> Option<(String, String)> {
    const FORM: &str = "täytä se lomakkeella (Muokkaa neuvottelua)";
    Some(match msg {
        Msg::MissingField { field, kind } => (
            format!("{} puuttuu", label(field)),
            match super::plain_doc(crate::schema::docs::page_doc(Lang::Fi, leaf(field), *kind)) {
                Some(doc) => format!("{FORM}: {doc}"),
                None => FORM.to_owned(),
            },
        ),
        Msg::InvalidValue { field, expected, found } => (
            format!("kohdan {} arvo ”{found}” ei kelpaa: tähän tulee {}", label(field), expected_page_fi(expected)),
            "korjaa se lomakkeella (Muokkaa neuvottelua)".into(),
        ),
        Msg::UnknownField { key, .. } => (
            format!("tiedostossa on kohta ”{key}”, jota lsk ei tunne, joten sitä ei näytetä asiakirjoissa"),
            "korjaa sen nimi tai poista se tekstinä muokkaamalla (Muokkaa koko tiedostoa tekstinä)".into(),
        ),
        Msg::UnknownPerson { field, name } => (
            format!("kohdassa {} mainittu {name} ei ole kutsuttujen joukossa", label(field)),
            format!("lisää {name} kutsuttuihin tai valitse nimi kutsuttujen listasta lomakkeella (Muokkaa neuvottelua)"),
        ),
        Msg::NotAnAnswer { field, found, partly, .. } => (
            format!("kohtaan {} vastataan {}; ”{found}” ei ole vastaus", label(field), if *partly { "kyllä, ei tai osittain" } else { "kyllä tai ei" }),
            "valitse vastaus lomakkeella; muu teksti kuuluu muistiinpanoihin".into(),
        ),
        Msg::UnknownChoice { field, found, .. } => (
            format!("kohdan {} arvo ”{found}” ei ole mikään vaihtoehdoista", label(field)),
            "valitse vaihtoehto lomakkeella (Muokkaa neuvottelua)".into(),
        ),
        Msg::UnknownRecipient { field, written, .. } => (
            format!("kohdassa {} oleva ”{written}” ei ole tunnettu vastaanottaja", label(field)),
            "valitse vastaanottajat lomakkeen luettelosta (Muokkaa neuvottelua)".into(),
        ),
        Msg::DateWrittenAs { field, found, .. } => (
            format!("kohdan {} päivämäärää ”{found}” ei voi lukea varmasti", label(field)),
            "kirjoita päivämäärä lomakkeelle, esim. 24.11.2026".into(),
        ),
        Msg::ChildNotPrepared { field, age, acute, fgc } => (
            format!(
                "lasta ({age} v) ei ole valmennettu {}: {} puuttuu{}",
                if *fgc { "kokoukseen" } else { "neuvotteluun" },
                label(field),
                if *acute { " (akuuttineuvonpito: valmistelu on lyhennetty)" } else { "" }
            ),
            message(msg).1,
        ),
        Msg::DoubleAssurance { .. } => (
            message(msg).0,
            format!("lisää kohtaan {} toinen henkilö; tavallisesti lapselle kertovat yhdessä vanhempi ja päiväkodin tai koulun työntekijä", label("informing_child")),
        ),
        Msg::ActionOwner { action } => (
            format!("sovitulla asialla ”{action}” ei ole vastuuhenkilöä"),
            format!("valitse kohtaan {} kutsuttu, joka vastaa asiasta", label("owner")),
        ),
        Msg::MissingNextMeeting => (
            format!("{} ja {} puuttuvat: seuraavasta tapaamisesta sovitaan ennen kuin osallistujat lähtevät", label("next_meeting"), label("follow_up")),
            "täytä jompikumpi lomakkeella (Muokkaa neuvottelua)".into(),
        ),
        Msg::FamilyCopyMissing => (
            message(msg).0,
            "tee perheelle oma kappale: avaa muistion esikatselu ja valitse perheen kopio".into(),
        ),
        Msg::CopyForChildWelfare { written } => (
            format!("”{written}” on lastensuojelu itse: muistio on sen oma asiakirja, joten sille ei tehdä kopiota"),
            "valitse muistion esikatselussa perheen tai yhteistyötahon kopio".into(),
        ),
        Msg::MergeConflict | Msg::ConflictMarkers => (
            "tiedostossa on kaksi versiota samasta kohdasta (yhdistämisristiriita)".into(),
            "avaa Muokkaa koko tiedostoa tekstinä, säilytä oikeat rivit ja poista merkkirivit (<<<<<<<, =======, >>>>>>>), tai pyydä apua".into(),
        ),
        Msg::StaleRender { document, .. } => (
            format!("{} on tehty ennen neuvottelun tietojen viimeisimpiä muutoksia", super::document_in_words(Lang::Fi, document)),
            String::new(),
        ),
        // rules24: no file name on a page.
        Msg::ContactDetails { contact, organisation } => (
            match (contact, organisation) {
                (true, true) => "lapsen asian tiedoista puuttuvat sekä vastuusosiaalityöntekijän yhteystiedot että organisaatio: kutsussa ei ole puhelinnumeroa eikä sähköpostiosoitetta, eikä siitä näe, kuka asiakirjat pitää".into(),
                (true, false) => "lapsen asian tiedoista puuttuvat vastuusosiaalityöntekijän yhteystiedot: kutsu pyytää ilmoittamaan esteestä tai tulkin tarpeesta, mutta ei kerro, miten".into(),
                _ => "lapsen asian tiedoista puuttuu organisaatio: kutsusta ja muistiosta ei näe, kuka asiakirjat pitää".into(),
            },
            "täydennä organisaatio, puhelin ja sähköposti asian sivulla (Muokkaa asian tietoja) ennen kuin kutsu lähetetään".into(),
        ),
        _ => return None,
    })
}

fn expected_page_fi(expected: &Expected) -> String {
    match expected {
        Expected::Date => "päivämäärä, esim. 24.11.2026".into(),
        Expected::BirthDate => "syntymävuosi, -kuukausi tai -päivä, esim. 2022-05".into(),
        Expected::Time => "kellonaika, esim. 13.00".into(),
        Expected::Minutes => "minuutit numeroina, esim. 60".into(),
        Expected::Bool | Expected::YesNo => "kyllä tai ei".into(),
        Expected::Text => "tekstiä".into(),
        Expected::Person => "yksi kutsutuista".into(),
        Expected::List => "luettelo".into(),
        Expected::Mapping => "lomakkeen kohdat".into(),
        Expected::OneOf(_) => "jokin lomakkeen vaihtoehdoista".into(),
        Expected::Meeting => "saman asian aiempi neuvottelu".into(),
    }
}

/// Names as a sentence lists them: "A, B ja C" (rules24).
fn names_fi(names: &[String]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} ja {last}", rest.join(", ")),
    }
}
