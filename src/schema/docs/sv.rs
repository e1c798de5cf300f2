//! What each field means, in Svenska: the comments of a new
//! meeting.md, the forms' help, the JSON Schema's descriptions.

pub fn field(key: &str, fgc: bool) -> &'static str {
    field_sv(key, fgc)
}

fn field_sv(key: &str, fgc: bool) -> &'static str {
    match key {
        "kind" => "typ av möte",
        "acute" => "hålls med kort varsel (akut familjerådslag): bristande beredning är en varning",
        "follows" => "det tidigare möte som detta följer upp (dess mappnamn)",
        "date" => "mötets datum",
        "time" => "starttid",
        "duration_min" => "tillgänglig tid i minuter",
        "place" => "var mötet hålls",
        "goal" => "mötets mål, så att alla vet varför man möts",
        "invited_by" => "vem som bjuder in",
        "chair" if fgc => {
            "ordförande: den utomstående sammankallaren, aldrig den ansvariga socialarbetaren"
        }
        "chair" => {
            "ordförande: på ett daghemsmöte vanligen barnskyddets socialarbetare; på ett skolmöte kommer deltagarna överens om ordföranden"
        }
        "note_taker" => "vem som skriver minnesanteckningarna (sekreterare)",
        "child_support_person" if fgc => "assistent för barnet, bland de närstående",
        "child_support_person" => {
            "barnets stöd inför och under mötet, helst den som står barnet närmast"
        }
        "invitees" => "alla inbjudna: namn, roll, organisation och relation till barnet",
        "child_attends" => "om barnet deltar: yes, no eller partly",
        "child_attendance_reason" => "varför barnet deltar eller inte, bedömt från fall till fall",
        "child_preparation" => "hur barnet förbereds i förväg",
        "family_views" => "familjens egna önskemål och synpunkter",
        "plan_topics" => "vad planen ska omfatta (överenskommet i beredningen)",
        "bottom_lines" => "vad planen minst måste uppfylla; yrkespersonerna meddelar det i förväg",
        "observe" => "vad daghemmet följer i barnets vardag (stödåtgärd)",
        "topics" => "varje deltagares frågor: dagordningen",
        "memo_consent" => "vem som får minnesanteckningarna, överenskommet med familjen",
        "child_views" => "barnets röst, också när barnet inte är med",
        "absent" => "inbjudna som inte kunde komma, och deras skriftliga meddelande",
        "review" => "genomgång av det förra mötets överenskomna åtgärder",
        "summary" => "sammanfattning av det man kom överens om",
        "agreed" => "överenskomna åtgärder: vad, vem ansvarar och till när",
        "informing_child" => {
            "vem berättar för barnet vad man kom överens om, hur och när: minst två"
        }
        "evaluation" => "hur mötet gick",
        "dissent" => "en deltagares avvikande mening, antecknad med namn",
        "plan" => "familjens plan",
        "plan_lead" => "vem av de närstående som ansvarar för att planen genomförs",
        "next_meeting" => "nästa mötes datum",
        "follow_up" => "hur saken följs upp när inget datum är satt",
        "going_well" => "det som går bra: barnets och familjens styrkor och resurser",
        "contingency" => {
            "hur man gör om en förutsebar svårighet uppstår (t.ex. en förälder kommer berusad för att hämta barnet)"
        }
        "situation" => "den förutsebara svårigheten",
        "cooperation" => "överenskomna sätt att samarbeta och hålla kontakt",
        "ecec_plan" => {
            "vad som skrivs in i barnets plan för småbarnspedagogik, med familjens samtycke"
        }
        "plan_evaluation" => {
            "socialarbetarens bedömning av planen: godkänns den, varför och hur barnskyddet stöder den"
        }
        "child_wishes_in_plan" => "hur barnets önskemål syns i planen",
        "memo_date" => {
            "den dag minnesanteckningarna skrevs (ÅÅÅÅ-MM-DD; annars den dag de skrivs ut)"
        }
        "guardian" => {
            "den inbjudna är barnets vårdnadshavare (true): samtycket till att dela uppgifter ges av vårdnadshavarna"
        }
        "interpreter" => "språk som den inbjudna behöver tolkning till",
        "discussion" => "vad man diskuterade och kom överens om",
        "contact" => {
            "hur familjen och samarbetsparterna når den ansvariga socialarbetaren: telefon, e-post"
        }
        "phone" => "telefonnummer",
        "name" => "namn",
        "role" => "roll på mötet",
        "invitee.organisation" => {
            "vilken organisation den inbjudna kommer från (t.ex. daghem, skola)"
        }
        "organisation" => {
            "organisation (i lsk.yaml: vem som för handlingen; syns i varje dokuments sidhuvud)"
        }
        "relation" => "varför de är med, relation till barnet",
        "email" => "e-postadress (för inbjudan)",
        "by" => "vem",
        "told_who_is_coming" => "barnet har fått veta vilka som kommer",
        "told_topics" => "barnet har fått veta vad som ska diskuteras",
        "child_wants_to_talk_about" => "vad barnet vill tala om",
        "child_wants_adults_to_discuss" => "vad barnet tycker att de vuxna borde tala om",
        "topic" => "fråga",
        "decided_with" => "gammalt sätt: skriv `given_by` i stället (texten skrivs inte ut)",
        "given_by" => {
            "vem som gav samtycket, med namn som bland de inbjudna (vårdnadshavarna; för sina egna uppgifter barnet från 12 år)"
        }
        "consent.date" => "när samtycket gavs (ÅÅÅÅ-MM-DD)",
        "withdrawn" => {
            "samtycket återkallat: `{date: ÅÅÅÅ-MM-DD, by: namn}`; från den dagen görs inga kopior"
        }
        "may_share_answers" => {
            "barnet har gått med på att svaren får visas för alla inbjudna före mötet: ja eller nej"
        }
        "recipients" => "vem som får minnesanteckningarna (`[]` = ingen)",
        "update" => "skriftligt meddelande",
        "action" => "åtgärd",
        "owner" => "vem ansvarar",
        "status" => "läge",
        "due" => "till när (ÅÅÅÅ-MM-DD)",
        "done" => "gjort: ja eller nej",
        "who" => "vem",
        "how" => "hur",
        "when" => "när",
        "view" => "synpunkt",
        "text" => "text",
        "not_for" => "mottagare vars kopia inte får innehålla detta",
        "child" => "barnet",
        "born" => "barnets födelsedatum: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
        "responsible_worker" => "ansvarig socialarbetare",
        "language" => "språk för dokument och meddelanden: fi, sv eller en",
        "stage" => "ärendets skede: support, assessment eller client",
        "permissions" => {
            "vem som får läsa filerna lsk skapar: private (bara du) eller group (även din användargrupp)"
        }
        "filed" => {
            "minnesanteckningarna arkiverade i klientdatasystemet: `{date: ÅÅÅÅ-MM-DD, by: namn}`; lsk skriver detta (lsk file), därefter rättas de bara med en daterad rättelse"
        }
        "corrections" => {
            "daterade rättelser av arkiverade minnesanteckningar: dag, vem som rättade, fält, den ursprungliga texten och skälet; lsk skriver dem"
        }
        "field" => "det som rättades",
        "was" => "texten före rättelsen",
        "why" => "skälet till rättelsen",
        "actions_done" => {
            "överenskomna åtgärder som markerats som gjorda innan något senare möte går igenom dem: möte, åtgärd och dag"
        }
        "meeting" => "mötet där man kom överens om åtgärden (mappens namn)",
        "hook" => {
            "vad kontrollen vid git-incheckning (lsk hook run) stoppar: normal (personbeteckningar, kopior av minnesanteckningarna utan samtycke och filer som inte kan läsas) eller strict (alla fel)"
        }
        _ => "",
    }
}

/// Vad en nyckel betyder i familjerådslagets uppföljningsmöte, där det
/// skiljer sig från rådslaget.
pub fn follow_up_field(key: &str) -> Option<&'static str> {
    match key {
        "plan" => {
            Some("ändringar i familjens plan vid detta möte (själva planen läses från `follows`)")
        }
        "plan_evaluation" => Some("socialarbetarens nya bedömning av planen som den nu är"),
        _ => None,
    }
}

/// Fältets ord i formuläret, när filens hjälp talar med filens koder
/// (`yes`, `true`, `[]`, ÅÅÅÅ-MM-DD): samma sak utan dem.
pub fn page_field(key: &str) -> Option<&'static str> {
    Some(match key {
        "child_attends" => "om barnet deltar i mötet",
        "memo_date" => "den dag minnesanteckningarna skrevs (om tomt: den dag de skrivs ut)",
        "guardian" => {
            "den inbjudna är barnets vårdnadshavare: samtycket till att dela uppgifter ges av vårdnadshavarna"
        }
        "decided_with" => {
            "gammalt sätt: skriv i stället vem som gav samtycket (texten skrivs inte ut)"
        }
        "consent.date" => "när samtycket gavs",
        "withdrawn" => "samtycket återkallat: när och av vem; från den dagen görs inga kopior",
        "recipients" => "vem som får minnesanteckningarna",
        "due" => "till när",
        "born" => "barnets födelsedatum",
        "language" => "språk för dokument och meddelanden",
        "stage" => "ärendets skede",
        _ => return None,
    })
}

/// Uppföljningsmötets plan i formuläret.
pub fn page_follow_up_field(key: &str) -> Option<&'static str> {
    (key == "plan").then_some(
        "ändringar i familjens plan vid detta möte (själva planen läses från det möte detta följer upp)",
    )
}
