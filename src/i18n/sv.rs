//! Svenska.

use super::{Expected, Msg, leaf, one_of};
use crate::case::yaml::{Shape, YamlErrorKind};
use crate::model::Lang;

pub fn message(msg: &Msg) -> (String, String) {
    match msg {
        Msg::Unreadable { detail } => (
            format!("filen kan inte läsas: {}", super::io_words(Lang::Sv, detail)),
            "kontrollera att filen finns och att du har läsrätt".into(),
        ),
        Msg::Utf16 => (
            "filen är UTF-16-text, inte UTF-8".into(),
            "den har sparats som \"Unicode\" (UTF-16); öppna den i din editor och spara den med kodningen UTF-8".into(),
        ),
        Msg::NotUtf8 { line } => (
            format!("filen är inte UTF-8-text (första felaktiga byte på rad {line})"),
            "den har troligen sparats som Latin-1 eller Windows-1252; öppna den i din editor och spara den med kodningen UTF-8".into(),
        ),
        Msg::NoFrontmatter => (
            "filen saknar mötets uppgifter (frontmatter)".into(),
            "börja filen med en rad `---`, skriv mötets uppgifter och avsluta med en till `---`-rad; `lsk new-meeting` skriver en färdig mall".into(),
        ),
        Msg::UnterminatedFrontmatter => (
            "mötets uppgifter är inte avslutade".into(),
            "avsluta uppgifterna med en rad som bara innehåller `---`".into(),
        ),
        Msg::NotAMapping { shape } => (
            format!("uppgifterna ska vara rader med `nyckel: värde`, men detta är {}", shape_sv(*shape)),
            "skriv varje uppgift på en egen rad som `nyckel: värde`, t.ex. `goal: ...`".into(),
        ),
        Msg::Yaml(kind) => yaml(kind),
        Msg::UnknownField { key, suggestion } => (
            format!("okänt fält `{key}`"),
            match suggestion {
                Some(s) => format!("menade du `{s}`?"),
                None => "kontrollera stavningen; `lsk new-meeting` visar alla fält ett möte har".into(),
            },
        ),
        Msg::InvalidValue { field, expected, found } => (
            format!("`{field}` ska vara {}, inte `{found}`", expected_sv(expected)),
            match crate::schema::docs::list_form(field) {
                Some((key, item)) if *expected == Expected::List => format!("skriv `{}` på en egen rad och under den varje punkt på en egen rad, indragen och med `- ` först: `{item}`", key.trim()),
                _ => example(expected),
            },
        ),
        Msg::MissingField { field, kind } => (
            format!("`{field}` saknas: {}", crate::schema::docs::field_doc(Lang::Sv, leaf(field), *kind)),
            match crate::schema::docs::list_form(field) {
                Some((key, item)) => format!("lägg till `{}` på en egen rad och under den varje punkt på en egen rad, indragen och med `- ` först: `{item}`", key.trim()),
                None => format!("lägg till `{}: ...`", leaf(field)),
            },
        ),
        Msg::MissingNextMeeting => (
            "varken `next_meeting` eller `follow_up` är ifyllt: kom överens om nästa möte innan mötet avslutas".into(),
            "lägg till `next_meeting: ÅÅÅÅ-MM-DD` eller `follow_up: ...` som säger hur saken följs upp".into(),
        ),
        Msg::UnknownPerson { field, name } => (
            match super::list_item(field) {
                Some((list, n, leaf)) => format!("punkt {n} i `{list}` (`{leaf}`) nämner {name}, som inte finns bland de inbjudna"),
                None => format!("`{field}` nämner {name}, som inte finns bland de inbjudna"),
            },
            format!("lägg till {name} i `invitees` med en roll, eller skriv namnet exakt som det står där"),
        ),
        Msg::NetworkSize { count, limit, child_present } => (
            if *child_present {
                format!("{count} deltagare och barnet närvarande: ett så stort nätverk fungerar sämre, särskilt för barnet (fler än {limit})")
            } else {
                format!("{count} deltagare: ju större nätverk, desto sämre fungerar det (fler än {limit})")
            },
            "fundera på vem som verkligen behövs; andra kan i förväg skicka skriftligt det de vill ta upp (`absent`)".into(),
        ),
        Msg::ChairIsResponsibleWorker { chair } => (
            format!("{chair} är ansvarig socialarbetare och kan inte vara ordförande för familjerådslaget"),
            "den utomstående sammankallaren är ordförande; ange hen i `chair` och bland de inbjudna med `role: convener`".into(),
        ),
        Msg::ChairNotConvener { chair } => (
            format!("{chair} är ordförande, men familjerådslaget leds av den utomstående sammankallaren"),
            "ge ordföranden `role: convener` i `invitees`, eller ange sammankallaren som `chair`".into(),
        ),
        Msg::ChairNotSocialWorker { chair, school: true } => (
            format!("{chair} är ordförande; i ett skolmöte kommer deltagarna överens om vem som är ordförande"),
            "kontrollera att ordförandeskapet har överenskommits med deltagarna när mötet sammankallades; också barnskyddets socialarbetare kan vara ordförande".into(),
        ),
        Msg::ChairNotSocialWorker { chair, school: false } => (
            format!("{chair} är ordförande, men vanligen leder barnskyddets socialarbetare detta möte"),
            "ange socialarbetaren som `chair`, eller skriv varför någon annan är ordförande".into(),
        ),
        Msg::ChildNotPrepared { field, age, acute, fgc } => (
            format!(
                "barnet ({age} år) är inte förberett: `{field}` saknas{}",
                if *acute { " (akut familjerådslag: förkortad beredning)" } else { "" }
            ),
            if *fgc {
                "barnets assistent berättar i förväg för barnet vilka som kommer och vad som ska diskuteras, och frågar vad barnet vill säga, så att barnet inte hör något för första gången på rådslaget".into()
            } else {
                "den som stöder barnet inför mötet berättar i förväg för barnet vilka som kommer och vad som ska diskuteras, och frågar vad barnet vill säga, så att barnet inte hör något för första gången på mötet".into()
            },
        ),
        Msg::DoubleAssurance { count } => (
            match count {
                0 => "ingen är utsedd att berätta för barnet vad man kom överens om; minst två behövs (dubbelkoll)".into(),
                _ => format!("bara {count} person är utsedd att berätta för barnet vad man kom överens om; minst två behövs (dubbelkoll)"),
            },
            format!("lägg till {} i `informing_child`; vanligen berättar en förälder och en anställd på daghemmet eller i skolan tillsammans", if *count == 0 { "två personer" } else { "en andra person" }),
        ),
        Msg::ActionOwner { action } => (
            format!("den överenskomna åtgärden \"{action}\" har ingen ansvarig"),
            "lägg till `owner:` med namnet på den inbjudna som ansvarar för den".into(),
        ),
        Msg::Consent { recipient, document } => (
            format!("{document} är gjord för `{recipient}`, men vårdnadshavarna har inte samtyckt till att minnesanteckningarna delas med denna mottagare"),
            format!("radera kopian, eller anteckna familjens samtycke: lägg till `{recipient}` i `memo_consent.recipients`"),
        ),
        Msg::IdentityCode => (
            "filen innehåller en personbeteckning".into(),
            "ta bort den: dokumenten nämner barnet och deltagarna utan personbeteckning".into(),
        ),
        Msg::IdentityCodeInName => (
            "namnet på den här filen eller mappen innehåller en personbeteckning".into(),
            "byt namn utan beteckningen (i ett ärende som hålls i git: `git mv`)".into(),
        ),
        Msg::UnknownRecipient { field, written, suggestion } => (
            format!("`{field}` anger `{written}`, som inte är en känd mottagare"),
            match suggestion {
                Some(s) => format!("menade du `{s}`? Mottagare är `daycare` (daghem), `school` (skola), `family-work` (familjearbete), `health-care` (hälsovård), `all-participants` (alla deltagare), en roll som `parent` eller en inbjudens organisation så som den är skriven i `invitees`"),
                None => "skriv `daycare` (daghem), `school` (skola), `family-work` (familjearbete), `health-care` (hälsovård), `all-participants` (alla deltagare), en roll som `parent` eller en inbjudens organisation så som den är skriven i `invitees`".into(),
            },
        ),
        Msg::UnclearNotFor { field } => (
            format!("av `{field}` går det inte att avgöra för vem detta ska utelämnas, så ingen kopia görs"),
            "skriv `not_for:` på själva punkten som en lista över mottagare, till exempel `not_for: [school]`".into(),
        ),
        Msg::FamilyCopyMissing => (
            "minnesanteckningarna innehåller uppgifter som inte lämnas ut till familjen, men familjens eget exemplar har inte gjorts: minnesanteckningarna är barnskyddets arkivexemplar och lämnas inte ut till familjen".into(),
            "gör familjens eget exemplar: lsk render memo --for family (memo.family.md)".into(),
        ),
        Msg::EarlierUnclear { meeting } => (
            format!("det tidigare mötet `{meeting}`, som detta följer upp, kan inte läsas exakt, och dess innehåll (överenskomna åtgärder, planen, vad som utelämnas för vem) kommer med i detta mötes dokument, så inget dokument görs"),
            format!("rätta först det som sägs om meetings/{meeting}/meeting.md (`lsk check`)"),
        ),
        Msg::CopyForChildWelfare { written } => (
            format!("`{written}` är barnskyddet självt: minnesanteckningarna är dess egen handling, så ingen kopia görs för det"),
            "minnesanteckningarna är barnskyddets arkivexemplar; för familjen skriv `--for family`, för andra deras organisation (`--for daycare`)".into(),
        ),
        Msg::CutByComment { field, kept } => (
            format!("i `{field}` läses texten efter ` #` som en kommentar och faller bort: bara \"{kept}\" blir kvar"),
            "skriv hela texten inom citattecken, till exempel `place: \"rum #3\"`, eller skriv `nr 3` i stället för `#3`".into(),
        ),
        Msg::StaleRender { document, command } => (
            format!("{document} är inaktuellt: mötets uppgifter har ändrats sedan det gjordes"),
            // A filed memo is corrected, not silently made again; an
            // agenda or invitation is made again only if not yet sent.
            if document.starts_with("memo.") {
                format!("om minnesanteckningarna ännu inte har sparats i klientuppgifterna, gör dem på nytt: `{command}`; i anteckningar som redan har sparats görs i stället en daterad rättelse")
            } else if document.starts_with("agenda.") || document.starts_with("invitation.") {
                format!("om det ännu inte har skickats, gör det på nytt: `{command}`")
            } else {
                format!("gör det på nytt: `{command}`")
            },
        ),
        Msg::CaseFileNotStaged => (
            "mötets ärende har ingen lsk.yaml i incheckningen, så ingenting kan kontrollera det".into(),
            "lägg till ärendets lsk.yaml i samma incheckning (`git add lsk.yaml`), eller behåll den om du tog bort den av misstag".into(),
        ),
        Msg::ConflictMarkers => (
            "filen innehåller kvarlämnade markeringar från en sammanslagningskonflikt i git (<<<<<<<, =======, >>>>>>>)".into(),
            "välj vilken version som ska gälla, ta bort markeringsraderna och lägg till filen igen med `git add`".into(),
        ),
        Msg::MisnamedCaseFile { name } => (
            format!("`{name}` ser ut som en ärendefil, men lsk läser bara `lsk.yaml`: ärendet kontrolleras inte"),
            "byt namn på filen till `lsk.yaml` (små bokstäver, utan `.txt` och utan mellanslag)".into(),
        ),
        Msg::NoCaseFile => (
            "mappen har möten men ingen `lsk.yaml`: den kontrolleras inte som ett ärende".into(),
            "skapa ärendefilen i mappen: `lsk init MAPP --child NAMN --born ÅÅÅÅ-MM --worker NAMN` (mötena finns kvar)".into(),
        ),
        Msg::LinkedCase { target } => (
            "en symbolisk länk till ett ärende eller en mapp med ärenden: lsk följer inte länkar i en mapp med ärenden, så det som finns bakom länken kontrolleras inte här".into(),
            format!("kontrollera det där det finns: `lsk check {target}`"),
        ),
        Msg::ConsentWithoutGuardian { given_by, guardians } => (
            match (given_by.is_empty(), guardians.is_empty()) {
                (true, _) => "samtycket till att dela minnesanteckningarna nämner ingen av barnets vårdnadshavare".into(),
                (false, true) => format!("samtycket till att dela minnesanteckningarna är antecknat som givet av {}, men ingen av de inbjudna är antecknad som barnets vårdnadshavare (`guardian: true`)", given_by.join(", ")),
                (false, false) => format!("samtycket till att dela minnesanteckningarna är antecknat som givet av {}, som inte är någon av barnets vårdnadshavare (antecknade som vårdnadshavare: {})", given_by.join(", "), guardians.join(", ")),
            },
            match guardians.first() {
                None => "för ett barn under 18 år ges samtycket av vårdnadshavarna: märk vårdnadshavarna bland de inbjudna med `guardian: true` och skriv dem i `memo_consent.given_by`".into(),
                Some(g) => format!("samtycket ges av vårdnadshavarna: skriv dem i `memo_consent.given_by`, t.ex. `given_by: [{g}]`, eller märk rätt inbjuden med `guardian: true`"),
            },
        ),
        Msg::ConsentOldShape { decided_with, named } => (
            format!("`decided_with: {decided_with}` är det gamla sättet att anteckna samtycket; texten skrivs inte längre ut i något dokument"),
            format!("anteckna med namn vem som gav samtycket och när: `given_by: [{}]` och `date: ÅÅÅÅ-MM-DD`, och ta bort `decided_with`", if named.is_empty() { "vårdnadshavarens namn".to_owned() } else { named.join(", ") }),
        ),
        Msg::ConsentEcho { field, word, recipient } => (
            format!("”{}” upprepar ordet ”{word}” ur något som inte lämnas ut till {}; därför lämnas det bort ur den mottagarens kopia", super::fields::field_label(Lang::Sv, field).unwrap_or(field), super::words(Lang::Sv).recipients.of(recipient).unwrap_or(recipient)),
            "markera också detta ställe som något som lämnas bort ur den mottagarens kopia, eller formulera om det så att det inte berättar det som hålls undan".into(),
        ),
        Msg::CopyWithoutConsent { recipient } => (
            if recipient == crate::recipient::ALL_PARTICIPANTS { "Kopian till alla deltagare kan inte göras: vårdnadshavarna har inte gett sitt samtycke.".to_owned() } else { format!("Kopian till ”{}” kan inte göras: vårdnadshavarna har inte gett sitt samtycke.", super::words(Lang::Sv).recipients.of(recipient).unwrap_or(recipient)) },
            "Kopian görs först när vårdnadshavarnas samtycke har antecknats på mötets sida under ”Samtycke till att dela minnesanteckningarna”.".into(),
        ),
        Msg::ConsenterNotInvited { name } => (
            format!("{name} är antecknad som den som gav samtycket men finns inte bland de inbjudna"),
            "skriv namnet så som det står bland de inbjudna (`invitees`), eller lägg till personen där; annars skrivs namnet inte ut i kopiorna".into(),
        ),
        Msg::ConsentWithdrawn { document, date, by } => {
            let date = date.map(|d| super::dates::date(Lang::Sv, d));
            (
                format!("samtycket till att dela minnesanteckningarna har återkallats{}{}, så kopian {document} görs inte", date.as_ref().map(|d| format!(" {d}")).unwrap_or_default(), by.as_ref().map(|b| format!(" ({b})")).unwrap_or_default()),
                "efter återkallelsen görs inga kopior; kopior som redan skickats syns i utlämnandeloggen (`lsk disclosures`). Om familjen ger ett nytt samtycke, anteckna det (`given_by`, `date`) och ta bort `withdrawn`".into(),
            )
        }
        // -- issue 24 (rules24) --
        Msg::FollowUpNotInvited { conference, names } => (
            format!(
                "{} deltog i familjerådslaget{} men finns inte bland de inbjudna till uppföljningsmötet",
                names_sv(names),
                conference.map(|c| format!(" {}", d(c))).unwrap_or_default(),
            ),
            "de som deltog i familjerådslaget bedömer på uppföljningsmötet hur planen har fungerat: lägg till dem bland de inbjudna (`invitees`); om någon inte kan komma, anteckna personen som frånvarande (`absent`) och skriv in vad personen vill framföra (`update`)".into(),
        ),
        Msg::ChildWishesInPlan => (
            "minnesanteckningarna saknar hur barnets önskemål har beaktats i de närståendes plan".into(),
            "skriv i fältet `child_wishes_in_plan` vad barnet önskade och hur det syns i planen; om barnets önskemål inte uppfylls, skriv också varför".into(),
        ),
        Msg::ContactDetails { contact, organisation } => (
            match (contact, organisation) {
                (true, true) => "ärendets uppgifter (lsk.yaml) saknar både den ansvariga socialarbetarens kontaktuppgifter och organisationen: inbjudan har varken telefonnummer eller e-postadress, och den visar inte vem som för handlingarna".into(),
                (true, false) => "ärendets uppgifter (lsk.yaml) saknar den ansvariga socialarbetarens kontaktuppgifter: inbjudan ber mottagaren meddela förhinder eller behov av tolk men säger inte hur".into(),
                _ => "ärendets uppgifter (lsk.yaml) saknar organisationen: inbjudan och minnesanteckningarna visar inte vem som för handlingarna".into(),
            },
            "lägg till `organisation:` (t.ex. välfärdsområdet och enheten) och `contact:` (`phone:` och `email:`) i lsk.yaml innan inbjudan skickas".into(),
        ),
        Msg::TopicWithoutDiscussion { topic } => (
            format!("under punkten ”{topic}” har det inte antecknats vad som sades"),
            "skriv i fältet `discussion` vad som sades om saken och vad man kom fram till; om punkten inte hanns med, ta bort den från de behandlade punkterna eller flytta den till nästa möte".into(),
        ),
        Msg::MergeConflict => (
            "en sammanslagningskonflikt i git (merge conflict): filen har två versioner mellan raderna `<<<<<<<`, `=======` och `>>>>>>>`".into(),
            "behåll de rätta raderna, ta bort de tre markeringsraderna och spara resultatet i git (`git add`, `git commit`)".into(),
        ),
        Msg::CommaInBraces { key, field, kept, fixed } => (
            format!("`{key}` läses som ett fältnamn: inom `{{…}}` avslutar ett kommatecken texten, så `{field}` blir bara \"{kept}\""),
            format!("skriv hela texten inom citattecken: `{fixed}`"),
        ),
        Msg::NotAnAnswer { field, found, partly, leading } => (
            if *partly {
                format!("`{field}` måste vara `yes`, `no` eller `partly` (ja, nej eller delvis), inte `{found}`")
            } else {
                format!("`{field}` är en ja/nej-fråga, och `{found}` är inget svar som lsk kan läsa")
            },
            match leading {
                Some(word) => format!("skriv bara `{}` här; resten skrivs i anteckningarna under uppgifterna", answer_sv(word)),
                None if leaf(field).starts_with("told_") => "frågan besvaras med ja eller nej: skriv `ja` när barnet har fått veta, och `nej` fram till dess; vad som sades antecknas i anteckningarna".into(),
                None if *partly => "skriv `ja`, `nej` eller `delvis` (även `yes`, `no` och `partly` går bra, med stora eller små bokstäver)".into(),
                None => "skriv `ja` eller `nej` (även `yes`/`no` och `true`/`false` går bra, med stora eller små bokstäver)".into(),
            },
        ),
        Msg::DateWrittenAs { field, found, iso } => (
            format!("`{field}` är skrivet `{found}`; lsk läser datum som ÅÅÅÅ-MM-DD"),
            format!("skriv `{iso}`"),
        ),
        Msg::NoSuchDay { field, found, year, month, days } => (
            format!(
                "`{field}`: dagen `{found}` finns inte: {} har {days} dagar",
                if *month == 2 {
                    format!("februari {year}")
                } else {
                    super::month_name(Lang::Sv, *month).to_owned()
                }
            ),
            "kontrollera datumet och skriv det som ÅÅÅÅ-MM-DD".into(),
        ),
        Msg::NoSuchMonth { field, found, month } => (
            format!("`{field}`: datumet `{found}` har ingen månad {month}"),
            "ett år har 12 månader: skriv datumet som ÅÅÅÅ-MM-DD, t.ex. `2026-11-24` för 24.11.2026".into(),
        ),
        Msg::UnknownChoice { field, options, found, suggestion } => (
            format!("`{field}` måste vara {}, inte `{found}`", one_of(options, "eller")),
            match suggestion {
                Some(s) => format!("skriv `{s}`"),
                None => "skriv något av dem exakt så: lsk läser dessa id:n på engelska oavsett ärendets språk".into(),
            },
        ),
        // Fitting the tools around lsk (issue 14).
        // Datum som inte kan stämma (issue 22).
        Msg::WrittenBeforeMeeting { field, meeting, today } => (
            format!("`{field}` är ifyllt, fast mötet är {} och i dag är det {}: det skrivs efter mötet", d(*meeting), d(*today)),
            format!("om mötets datum är rätt, fyll i `{field}` först efter mötet (ett utkast kan hållas i anteckningarna under fälten); om datumet är fel, rätta `date`"),
        ),
        Msg::MemoBeforeMeeting { written, meeting } => (
            format!("minnesanteckningarna är daterade {}, före mötet {}", d(*written), d(*meeting)),
            "minnesanteckningarna skrivs efter mötet: rätta `memo_date` (eller mötets `date`)".into(),
        ),
        Msg::DueBeforeMeeting { action, due, meeting } => (
            format!("den överenskomna åtgärden ”{action}” ska vara klar {}, före mötet {} där man kom överens om den", d(*due), d(*meeting)),
            "rätta året eller månaden i `due`: en åtgärd som man kommit överens om på mötet ska vara klar tidigast på mötesdagen".into(),
        ),
        Msg::FollowsLater { follows, earlier, meeting } => (
            format!("detta möte {} följer upp mötet `{follows}`, som hålls senare, {}", d(*meeting), d(*earlier)),
            "ett uppföljningsmöte hålls efter mötet det följer upp: rätta detta mötes `date` eller ange rätt tidigare möte i `follows`".into(),
        ),
        Msg::ClockChange { date, time, skipped: true } => (
            format!("klockan {time} finns inte i Finland {date}: klockan ställs då fram en timme (kl. 3.00 → 4.00)"),
            "välj en annan tid; en kalender skulle flytta mötet en timme".into(),
        ),
        Msg::ClockChange { date, time, skipped: false } => (
            format!("klockan {time} inträffar två gånger i Finland {date}: klockan ställs då tillbaka en timme (kl. 4.00 → 3.00)"),
            "välj en annan tid, så att ingen kommer en timme för tidigt eller för sent".into(),
        ),
    }
}

/// A yes/no answer's id as a Swedish word.
fn answer_sv(id: &str) -> &'static str {
    match id {
        "yes" => "ja",
        "partly" => "delvis",
        _ => "nej",
    }
}

fn shape_sv(shape: Shape) -> &'static str {
    match shape {
        Shape::Empty => "tomt",
        Shape::Scalar => "ett enskilt värde",
        Shape::List => "en lista",
        Shape::Mapping => "en uppsättning fält",
    }
}

fn yaml(kind: &YamlErrorKind) -> (String, String) {
    match kind {
        YamlErrorKind::Syntax(_) => (
            "uppgifterna kan inte läsas härifrån".into(),
            "kontrollera den här raden och raden ovanför: varje uppgift står på en egen rad som `nyckel: värde`, indragen som uppgifterna bredvid; text med `: `, ` #` eller ett kommatecken inom `{…}` skrivs inom citattecken".into(),
        ),
        YamlErrorKind::DuplicateKey { key, first_line } => (
            format!("`{key}` anges två gånger (första gången på rad {first_line}), så lsk vet inte vilken som avses"),
            format!("behåll den rätta: slå ihop texterna till ett `{key}` och ta bort den andra raden; om raden inleder en ny punkt i en lista, börja den med `- `"),
        ),
        YamlErrorKind::MissingDash { key, first_line, fixed } => (
            format!("`{key}` kommer en andra gång i samma punkt i listan (första gången på rad {first_line}): raden som inleder nästa punkt saknar `- `, så två punkter läses som en"),
            format!("börja den nya punkten med `- `: skriv raden som `{fixed}`"),
        ),
        YamlErrorKind::NotListItem { item, inside } => (
            "raden står på samma nivå som listans punkter men börjar inte med `- `".into(),
            format!("skriv `{item}` om raden inleder en ny punkt, eller dra in den som de andra raderna i punkten ovanför: `{inside}`"),
        ),
        YamlErrorKind::ColonInValue { key, fixed } => (
            format!("texten i `{key}` innehåller `: `, som YAML läser som början på ett nytt fält"),
            format!("skriv texten inom citattecken: `{fixed}`"),
        ),
        YamlErrorKind::TypographicQuotes { quote, fixed } => (
            format!("texten står inom typografiska citattecken {quote}…, som YAML inte läser som citattecken (autokorrigeringen byter ut \" mot dem)"),
            format!("skriv raka citattecken `\"` i stället (stäng av smarta citattecken i redigeraren): `{fixed}`"),
        ),
        YamlErrorKind::SpecialSpace { code } => (
            format!("ett osynligt specialmellanslag (U+{code:04X}, {}) där YAML kräver ett vanligt mellanslag", super::space_name(Lang::Sv, *code)),
            "ta bort det och skriv ett vanligt mellanslag (ett hårt mellanslag kommer från AltGr+mellanslag eller med text som kopierats från ett ordbehandlingsprogram)".into(),
        ),
        YamlErrorKind::NoSpaceAfterColon { key, fixed } => (
            format!("inget mellanslag efter `{key}:`, så YAML läser inte raden som ett fält"),
            format!("sätt ett mellanslag efter kolonet: `{fixed}`"),
        ),
        YamlErrorKind::Indented { above, fixed } => (
            format!("raden är indragen mer än rad {above} och läses därför som fortsättningen på den radens text"),
            format!("dra in den som rad {above}: `{fixed}`; om den fortsätter den texten, skriv hela texten inom citattecken"),
        ),
        YamlErrorKind::Outdented { like, spaces, fixed } => (
            format!("det här fältet har tappat sitt indrag: fälten runt det (rad {like} och raden nedanför) hör till samma punkt i listan och är indragna med {spaces} mellanslag"),
            format!("dra in det som rad {like}, med {spaces} mellanslag: `{fixed}`"),
        ),
        YamlErrorKind::Misaligned { spaces, levels } => (
            format!("raden är indragen med {spaces} mellanslag, vilket inte motsvarar någon av nivåerna för fälten ovanför ({})", super::levels(levels, "eller")),
            "dra in raden med exakt lika många mellanslag som fälten den hör till".into(),
        ),
        YamlErrorKind::ListHere => (
            "en punkt i en lista (`- `) där ett fält borde stå".into(),
            "en lista skrivs indragen under ett fält som inte har något efter kolonet: `invitees:` på en egen rad och `  - name: ...` under den".into(),
        ),
        YamlErrorKind::NoColon => (
            "raden är inte `nyckel: värde`: det finns inget kolon efter fältets namn".into(),
            "skriv fältet som `namn: värde` (kolon och mellanslag); om raden fortsätter texten ovanför, dra in den eller skriv hela texten inom citattecken".into(),
        ),
        YamlErrorKind::Unclosed { bracket } => (
            format!("`{bracket}` här stängs aldrig med `{}`", super::closing(*bracket)),
            "stäng den i slutet av punkten; text med kommatecken eller kolon inom `{…}` eller `[…]` skrivs inom citattecken".into(),
        ),
        YamlErrorKind::StrayBracket { bracket } => (
            format!("ett `{bracket}` som inte stänger något"),
            "ta bort det eller skriv texten inom citattecken".into(),
        ),
        YamlErrorKind::UnclosedQuote { quote } => (
            format!("citattecknet `{quote}` här avslutas inte på den här raden"),
            "avsluta texten med samma citattecken; en text som själv innehåller det tecknet skrivs inom det andra slaget: `\"Eva's\"`, `'hon sa \"hej\"'`".into(),
        ),
        YamlErrorKind::TextAfterQuote { fixed } => (
            "det står text efter det avslutande citattecknet: ett citattecken inne i texten avslutade den för tidigt".into(),
            match fixed {
                Some(fixed) => format!("skriv hela texten inom det andra slaget citattecken: `{fixed}`"),
                None => "skriv hela texten inom det andra slaget citattecken".into(),
            },
        ),
        YamlErrorKind::AfterBrackets { fixed } => (
            "det står text efter den avslutande klammern: ett värde inom `[…]` eller `{…}` måste sluta där".into(),
            format!("om det är en enda text, skriv den helt inom citattecken: `{fixed}`"),
        ),
        YamlErrorKind::BadStart { ch } => (
            format!("raden börjar med {}, som YAML läser som ett skiljetecken och inte som en del av fältets namn", super::char_shown(*ch)),
            "ta bort det om det är ett slag fel; ett fält skrivs från radens början som `namn: värde`".into(),
        ),
        YamlErrorKind::Reserved { ch, fixed } => (
            format!("ett värde kan inte börja med {}: YAML reserverar tecknet", super::char_shown(*ch)),
            match fixed {
                Some(fixed) => format!("skriv texten inom citattecken: `{fixed}`"),
                None => "skriv texten inom citattecken".into(),
            },
        ),
        YamlErrorKind::ComplexKey => (
            "ett fältnamn ska vara ett enkelt ord".into(),
            "skriv `nyckel: värde`".into(),
        ),
        YamlErrorKind::UnknownTag(tag) => (
            format!("okänd YAML-tagg `{tag}`"),
            "ta bort taggen; lsk läser vanliga värden".into(),
        ),
        YamlErrorKind::TooDeep => (
            "uppgifterna är indragna i för många nivåer".into(),
            "mötets uppgifter har högst några nivåer; kontrollera indragen".into(),
        ),
        YamlErrorKind::TooLarge => (
            "uppgifterna expanderar till för många värden (alias inuti alias)".into(),
            "skriv ut värdena i stället för att använda `&ankare` och `*alias`".into(),
        ),
        YamlErrorKind::TooManyValues => (
            "filen innehåller fler värden än lsk läser (en miljon); ett möte har några hundra".into(),
            "detta är ingen mötesfil som en människa skrivit: kontrollera att rätt fil ligger här".into(),
        ),
        YamlErrorKind::MultipleDocuments => (
            "uppgifterna innehåller mer än ett YAML-dokument".into(),
            "ta bort den extra `---`-raden".into(),
        ),
        YamlErrorKind::Tab => (
            "ett tabbtecken används för indrag".into(),
            "dra in med mellanslag (två per nivå); YAML tillåter inte tabbar".into(),
        ),
    }
}

fn expected_sv(expected: &Expected) -> String {
    match expected {
        Expected::Date => "ett datum skrivet ÅÅÅÅ-MM-DD".into(),
        Expected::BirthDate => "ett födelsedatum skrivet ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD".into(),
        Expected::Time => "en tid skriven TT:MM eller TT.MM".into(),
        Expected::Minutes => "ett positivt heltal minuter".into(),
        Expected::Bool => "`true` eller `false`".into(),
        Expected::Text => "text".into(),
        Expected::Person => "ett namn bland de inbjudna (`invitees`)".into(),
        Expected::List => "en lista (rader som börjar med `- `)".into(),
        Expected::Mapping => "en uppsättning `nyckel: värde`-fält".into(),
        Expected::OneOf(options) => one_of(options, "eller"),
        Expected::YesNo => "`yes` eller `no` (ja eller nej)".into(),
        Expected::Meeting => "mappnamnet för ett tidigare möte i samma ärende".into(),
    }
}

fn example(expected: &Expected) -> String {
    match expected {
        Expected::Date => "till exempel `2026-11-24`".into(),
        Expected::BirthDate => "till exempel `2021-03`".into(),
        Expected::Time => "till exempel `13:00` eller `9.30`".into(),
        Expected::Minutes => "till exempel `90` för en och en halv timme".into(),
        Expected::Bool => "skriv `true` eller `false`".into(),
        Expected::Person => "skriv namnet som det står i `invitees`".into(),
        Expected::YesNo => "frågan besvaras med ja eller nej: skriv `yes` när barnet har fått veta, `no` tills dess; vad som sades skrivs i anteckningarna".into(),
        Expected::Meeting => "till exempel `2026-10-01-family-group-conference`".into(),
        _ => String::new(),
    }
}

/// A date in words, for the date-order messages.
fn d(day: jiff::civil::Date) -> String {
    super::dates::date(Lang::Sv, day)
}

/// A finding as a page says it (`i18n::page_text`): fields by their names
/// on the page (`label`), what to do in the page's terms. `None`: the
/// command line's words, with field keys named by `page_text`.
pub fn page_message(msg: &Msg, label: &dyn Fn(&str) -> String) -> Option<(String, String)> {
    const FORM: &str = "fyll i det i formuläret (Redigera mötet)";
    Some(match msg {
        Msg::MissingField { field, kind } => (
            format!("{} saknas", label(field)),
            match super::plain_doc(crate::schema::docs::page_doc(Lang::Sv, leaf(field), *kind)) {
                Some(doc) => format!("{FORM}: {doc}"),
                None => FORM.to_owned(),
            },
        ),
        Msg::InvalidValue { field, expected, found } => (
            format!("värdet ”{found}” i {} duger inte: här ska stå {}", label(field), expected_page_sv(expected)),
            "rätta det i formuläret (Redigera mötet)".into(),
        ),
        Msg::UnknownField { key, .. } => (
            format!("filen har uppgiften ”{key}”, som lsk inte känner till, så den visas inte i dokumenten"),
            "rätta namnet eller ta bort uppgiften genom att redigera filen som text (Redigera hela filen som text)".into(),
        ),
        Msg::UnknownPerson { field, name } => (
            format!("{name}, som nämns i {}, finns inte bland de inbjudna", label(field)),
            format!("lägg till {name} bland de inbjudna eller välj namnet i listan över inbjudna i formuläret (Redigera mötet)"),
        ),
        Msg::NotAnAnswer { field, found, partly, .. } => (
            format!("{} besvaras med {}; ”{found}” är inget svar", label(field), if *partly { "ja, nej eller delvis" } else { "ja eller nej" }),
            "välj svaret i formuläret; annan text hör till anteckningarna".into(),
        ),
        Msg::UnknownChoice { field, found, .. } => (
            format!("värdet ”{found}” i {} är inget av alternativen", label(field)),
            "välj ett alternativ i formuläret (Redigera mötet)".into(),
        ),
        Msg::UnknownRecipient { field, written, .. } => (
            format!("”{written}” i {} är ingen känd mottagare", label(field)),
            "välj mottagarna i formulärets lista (Redigera mötet)".into(),
        ),
        Msg::DateWrittenAs { field, found, .. } => (
            format!("datumet ”{found}” i {} kan inte läsas säkert", label(field)),
            "skriv datumet i formuläret, t.ex. 24.11.2026".into(),
        ),
        Msg::ChildNotPrepared { field, age, acute, .. } => (
            format!(
                "barnet ({age} år) är inte förberett: {} saknas{}",
                label(field),
                if *acute { " (akut familjerådslag: beredningen har förkortats)" } else { "" }
            ),
            message(msg).1,
        ),
        Msg::DoubleAssurance { .. } => (
            message(msg).0,
            format!("lägg till en andra person i {}; vanligen berättar en förälder och någon från daghemmet eller skolan tillsammans", label("informing_child")),
        ),
        Msg::ActionOwner { action } => (
            format!("åtgärden ”{action}” har ingen ansvarig"),
            format!("välj i {} den inbjudna som ansvarar för åtgärden", label("owner")),
        ),
        Msg::MissingNextMeeting => (
            format!("{} och {} saknas: nästa steg bestäms innan mötet slutar", label("next_meeting"), label("follow_up")),
            "fyll i det ena av dem i formuläret (Redigera mötet)".into(),
        ),
        Msg::FamilyCopyMissing => (
            message(msg).0,
            "gör familjens eget exemplar: öppna förhandsvisningen av minnesanteckningarna och välj familjens kopia".into(),
        ),
        Msg::CopyForChildWelfare { written } => (
            format!("”{written}” är barnskyddet självt: minnesanteckningarna är dess eget dokument, så ingen kopia görs"),
            "välj familjens eller en samarbetspartners kopia i förhandsvisningen".into(),
        ),
        Msg::MergeConflict | Msg::ConflictMarkers => (
            "filen har två versioner av samma ställe (sammanslagningskonflikt)".into(),
            "öppna Redigera hela filen som text, behåll de rätta raderna och ta bort markeringsraderna (<<<<<<<, =======, >>>>>>>), eller be om hjälp".into(),
        ),
        Msg::StaleRender { document, .. } => (
            format!("{} gjordes före de senaste ändringarna i mötets uppgifter", super::document_in_words(Lang::Sv, document)),
            String::new(),
        ),
        // rules24: no file name on a page.
        Msg::ContactDetails { contact, organisation } => (
            match (contact, organisation) {
                (true, true) => "ärendets uppgifter saknar både den ansvariga socialarbetarens kontaktuppgifter och organisationen: inbjudan har varken telefonnummer eller e-postadress, och den visar inte vem som för handlingarna".into(),
                (true, false) => "ärendets uppgifter saknar den ansvariga socialarbetarens kontaktuppgifter: inbjudan ber mottagaren meddela förhinder eller behov av tolk men säger inte hur".into(),
                _ => "ärendets uppgifter saknar organisationen: inbjudan och minnesanteckningarna visar inte vem som för handlingarna".into(),
            },
            "fyll i organisationen, telefon och e-post på ärendets sida (Redigera ärendets uppgifter) innan inbjudan skickas".into(),
        ),
        _ => return None,
    })
}

fn expected_page_sv(expected: &Expected) -> String {
    match expected {
        Expected::Date => "ett datum, t.ex. 24.11.2026".into(),
        Expected::BirthDate => "födelseår, -månad eller -dag, t.ex. 2022-05".into(),
        Expected::Time => "en tid, t.ex. 13.00".into(),
        Expected::Minutes => "minuter som siffror, t.ex. 60".into(),
        Expected::Bool | Expected::YesNo => "ja eller nej".into(),
        Expected::Text => "text".into(),
        Expected::Person => "en av de inbjudna".into(),
        Expected::List => "en lista".into(),
        Expected::Mapping => "formulärets uppgifter".into(),
        Expected::OneOf(_) => "ett av formulärets alternativ".into(),
        Expected::Meeting => "ett tidigare möte i samma ärende".into(),
    }
}

/// Names as a sentence lists them: "A, B och C" (rules24).
fn names_sv(names: &[String]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} och {last}", rest.join(", ")),
    }
}
