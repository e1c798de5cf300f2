//! What each field means, in Suomi: the comments of a new
//! meeting.md, the forms' help, the JSON Schema's descriptions.

pub fn field(key: &str, fgc: bool) -> &'static str {
    field_fi(key, fgc)
}

fn field_fi(key: &str, fgc: bool) -> &'static str {
    match key {
        "kind" => "neuvottelun laji",
        "acute" => {
            "järjestetään nopealla aikataululla (akuuttineuvonpito): puuttuva valmistelu on varoitus"
        }
        "follows" => "aiempi neuvottelu, jota tämä seuraa (sen kansion nimi)",
        "date" => "neuvottelun päivämäärä",
        "time" => "alkamisaika",
        "duration_min" => "käytettävissä oleva aika minuutteina",
        "place" => "missä neuvottelu pidetään",
        "goal" => "neuvottelun tavoite, jotta kaikki tietävät, miksi ollaan koolla",
        "invited_by" => "kuka kutsuu",
        "chair" if fgc => {
            "puheenjohtaja: ulkopuolinen koollekutsuja, ei koskaan vastuusosiaalityöntekijä"
        }
        "chair" => {
            "puheenjohtaja: päiväkodin neuvottelussa yleensä lastensuojelun sosiaalityöntekijä; koulun neuvottelussa puheenjohtajasta sovitaan osallistujien kanssa"
        }
        "note_taker" => "kuka kirjoittaa muistion",
        "child_support_person" if fgc => "lapsen avustaja läheisten joukosta",
        "child_support_person" => {
            "lapsen valmentaja (tukena neuvottelussa), mieluiten lapselle läheisin ihminen"
        }
        "invitees" => "kaikki kutsutut: nimi, rooli, organisaatio ja suhde lapseen",
        "child_attends" => "osallistuuko lapsi: yes, no tai partly",
        "child_attendance_reason" => {
            "miksi lapsi osallistuu tai ei osallistu; arvioidaan tilannekohtaisesti"
        }
        "child_preparation" => "miten lapsi valmennetaan neuvotteluun etukäteen",
        "family_views" => "perheen omat toivomukset ja näkemykset",
        "plan_topics" => "asiat, joista suunnitelma laaditaan (sovittu valmisteluvaiheessa)",
        "bottom_lines" => {
            "mitä suunnitelman on vähintään täytettävä; työntekijät kertovat etukäteen"
        }
        "observe" => "mihin päiväkoti kiinnittää huomiota lapsen arjessa (tukitoimi)",
        "topics" => "kunkin osallistujan tärkeinä pitämät asiat: esityslista",
        "memo_consent" => "kenelle muistion saa lähettää; sovitaan perheen kanssa",
        "child_views" => "lapsen puheenvuoro, myös kun lapsi ei ole paikalla",
        "absent" => "kutsutut, jotka eivät päässeet paikalle, ja heidän kirjallinen viestinsä",
        "review" => "aiemmassa neuvottelussa sovittujen asioiden läpikäynti",
        "summary" => "yhteenveto sovituista asioista",
        "agreed" => "sovitut asiat: mitä, kuka vastaa ja mihin mennessä",
        "informing_child" => {
            "kuka kertoo lapselle sovitut asiat, miten ja milloin: vähintään kaksi"
        }
        "evaluation" if fgc => "arvio siitä, miten kokous sujui",
        "evaluation" => "arvio siitä, miten neuvottelu sujui",
        "dissent" => "osallistujan eriävä näkemys nimellä kirjattuna",
        "plan" => "läheisten suunnitelma",
        "plan_lead" => "kuka läheisistä vastaa suunnitelman toteutumisesta",
        "next_meeting" => "seuraavan neuvottelun päivämäärä",
        "follow_up" => "miten asioita seurataan, jos päivää ei ole sovittu",
        "going_well" => "mikä sujuu hyvin: lapsen ja perheen vahvuudet ja voimavarat",
        "contingency" => {
            "miten toimitaan, jos ennakoitavissa oleva ongelmatilanne syntyy (esim. vanhempi tulee hakemaan lasta päihtyneenä)"
        }
        "situation" => "ennakoitavissa oleva ongelmatilanne",
        "cooperation" => "sovitut yhteistyön ja yhteydenpidon tavat",
        "ecec_plan" => "mitä kirjataan lapsen varhaiskasvatussuunnitelmaan perheen suostumuksella",
        "plan_evaluation" => {
            "sosiaalityöntekijän arvio suunnitelmasta: hyväksytäänkö se, miksi ja miten lastensuojelu tukee sitä"
        }
        "child_wishes_in_plan" => "miten lapsen toiveet näkyvät suunnitelmassa",
        "memo_date" => "muistion kirjoituspäivä (VVVV-KK-PP; oletus: tulostuspäivä)",
        "guardian" => {
            "kutsuttu on lapsen huoltaja (true): suostumuksesta tietojen jakamiseen sovitaan huoltajien kanssa"
        }
        "interpreter" => "kieli, jolle kutsuttu tarvitsee tulkkausta",
        "discussion" => "mitä asiasta puhuttiin ja sovittiin",
        "contact" => {
            "miten perhe ja yhteistyötahot tavoittavat vastuusosiaalityöntekijän: puhelin, sähköposti"
        }
        "phone" => "puhelinnumero",
        "name" => "nimi",
        "role" => "rooli neuvottelussa",
        "invitee.organisation" => "mistä organisaatiosta kutsuttu tulee (esim. päiväkoti, koulu)",
        "organisation" => {
            "organisaatio (lsk.yaml-tiedostossa: kuka pitää asiakirjaa; näkyy jokaisen asiakirjan ylätunnisteessa)"
        }
        "relation" => "miksi paikalla, suhde lapseen",
        "email" => "sähköpostiosoite (kutsua varten)",
        "by" => "kuka",
        "told_who_is_coming" => "lapselle on kerrottu, keitä neuvotteluun tulee",
        "told_topics" => "lapselle on kerrottu, mistä neuvottelussa puhutaan",
        "child_wants_to_talk_about" => "mistä lapsi haluaa puhua",
        "child_wants_adults_to_discuss" => "mistä lapsen mielestä aikuisten pitäisi puhua",
        "topic" => "asia",
        "decided_with" => {
            "vanha kirjaustapa: kirjaa sen sijaan `given_by` (tätä tekstiä ei tulosteta)"
        }
        "given_by" => {
            "kuka suostumuksen antoi, nimeltä kuten kutsutuissa (huoltajat; omista tiedoistaan 12 vuotta täyttänyt lapsi)"
        }
        "consent.date" => "milloin suostumus annettiin (VVVV-KK-PP)",
        "withdrawn" => {
            "suostumus peruttu: `{date: VVVV-KK-PP, by: nimi}`; siitä päivästä alkaen kopioita ei tehdä"
        }
        "may_share_answers" => {
            "lapsi on antanut luvan näyttää vastauksensa kaikille kutsutuille ennen neuvottelua: kyllä tai ei"
        }
        "recipients" => "kenelle muistion saa lähettää (`[]` = ei kenellekään)",
        "update" => "kirjallinen viesti",
        "action" => "sovittu asia",
        "owner" => "kuka vastaa",
        "status" => "tilanne",
        "due" => "mihin mennessä (VVVV-KK-PP)",
        "done" => "tehty: kyllä tai ei",
        "who" => "kuka",
        "how" => "miten",
        "when" => "milloin",
        "view" => "näkemys",
        "text" => "teksti",
        "not_for" => "vastaanottajat, joiden kopiosta tämä jätetään pois",
        "child" => "lapsi",
        "born" => "lapsen syntymäaika: VVVV, VVVV-KK tai VVVV-KK-PP",
        "responsible_worker" => "vastuusosiaalityöntekijä",
        "language" => "asiakirjojen ja viestien kieli: fi, sv tai en",
        "stage" => "lapsen asian vaihe: support, assessment tai client",
        "permissions" => {
            "kuka saa lukea lsk:n luomia tiedostoja: private (vain sinä) tai group (myös käyttäjäryhmäsi)"
        }
        "filed" => {
            "muistio arkistoitu asiakastietojärjestelmään: `{date: VVVV-KK-PP, by: nimi}`; lsk kirjoittaa tämän (lsk file), sen jälkeen muistiota korjataan vain päivätyllä korjauksella"
        }
        "corrections" => {
            "arkistoidun muistion päivätyt korjaukset: päivä, korjaaja, kenttä, alkuperäinen teksti ja syy; lsk kirjoittaa nämä"
        }
        "field" => "korjattu kohta",
        "was" => "teksti ennen korjausta",
        "why" => "korjauksen syy",
        "actions_done" => {
            "tehdyiksi merkityt sovitut asiat, joita mikään myöhempi neuvottelu ei vielä käy läpi: neuvottelu, asia ja päivä"
        }
        "meeting" => "neuvottelu, jossa asiasta sovittiin (sen kansion nimi)",
        "hook" => {
            "mitä gitin tallennuksen tarkistus (lsk hook run) estää: normal (henkilötunnukset, muistion kopiot ilman lupaa ja tiedostot, joita ei voi lukea) tai strict (kaikki virheet)"
        }
        _ => "",
    }
}

/// Mitä kenttä tarkoittaa läheisneuvonpidon seurantakokouksessa, kun se
/// eroaa neuvonpidosta.
pub fn follow_up_field(key: &str) -> Option<&'static str> {
    match key {
        "plan" => Some(
            "tässä kokouksessa suunnitelmaan tehdyt muutokset (itse suunnitelma luetaan `follows`-kokouksesta)",
        ),
        "plan_evaluation" => {
            Some("sosiaalityöntekijän uusi arvio suunnitelmasta sellaisena kuin se nyt on")
        }
        _ => None,
    }
}

/// Kentän sanat lomakkeella, kun tiedoston ohje puhuu tiedoston
/// koodeilla (`yes`, `true`, `[]`, VVVV-KK-PP): samat asiat ilman niitä.
pub fn page_field(key: &str) -> Option<&'static str> {
    Some(match key {
        "child_attends" => "osallistuuko lapsi neuvotteluun",
        "memo_date" => "muistion kirjoituspäivä (jos tyhjä: tulostuspäivä)",
        "guardian" => {
            "kutsuttu on lapsen huoltaja: suostumuksesta tietojen jakamiseen sovitaan huoltajien kanssa"
        }
        "decided_with" => {
            "vanha kirjaustapa: kirjaa sen sijaan, kuka suostumuksen antoi (tätä tekstiä ei tulosteta)"
        }
        "consent.date" => "milloin suostumus annettiin",
        "withdrawn" => {
            "suostumus peruttu: milloin ja kuka; siitä päivästä alkaen kopioita ei tehdä"
        }
        "recipients" => "kenelle muistion saa lähettää",
        "due" => "mihin mennessä",
        "born" => "lapsen syntymäaika",
        "language" => "asiakirjojen ja viestien kieli",
        "stage" => "lapsen asian vaihe",
        _ => return None,
    })
}

/// Seurantakokouksen suunnitelma lomakkeella.
pub fn page_follow_up_field(key: &str) -> Option<&'static str> {
    (key == "plan").then_some(
        "tässä kokouksessa suunnitelmaan tehdyt muutokset (itse suunnitelma luetaan neuvonpidosta, jota tämä seuraa)",
    )
}
