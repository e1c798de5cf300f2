//! `--help` in Swedish: the commands' texts and the arguments' help.

use super::{CommandText, c};

pub(super) const SV_COMMANDS: &[CommandText] = &[
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
        "Gör ett dokument av ett möte: agenda, memo, child-checklist, child-letter eller invitation",
        "Gör ett dokument av ett möte: agenda, memo, child-checklist, child-letter eller invitation

Skriver agenda.md (föredragningslista), memo.md (minnesanteckningar), child-checklist.md (barnets checklista), child-letter.md (brev till barnet) eller invitation.md (inbjudan) i mötets mapp, eller med --for memo.<mottagare>.md (med --html .html; med --pdf .pdf, utskriven av en webbläsare av Chromium-familjen på datorn eller LSK_BROWSER; med --ics invitation.ics, en kalenderfil i Helsingforstid). Minnesanteckningarna och brevet till barnet görs bara av ett möte som klarar kontrollen för skedet efter, utom med --draft; brevet på lättläst svenska efter barnets ålder, inte för ett barn under 3 år. En kopia till en mottagare kräver familjens samtycke i memo_consent.recipients. Ett dokument som har ändrats för hand sedan lsk skrev det skrivs inte över utan --force. Den skrivna filens namn skrivs till standard ut; anmärkningar, varningar och vägranden till standard fel.

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
        "history",
        "Visa vem som ändrade vad och när i ett ärende, ett möte eller teamets ärenden",
        "Visa vem som ändrade vad och när i ett ärende, ett möte eller teamets ärenden

Ändringarna läses ur ärendets git-förråd, den senaste först: när, vem, vilket möte, vilka fält som ändrades (med namn i ord), gjorda dokument, utlämnade kopior och nya möten. SÖKVÄG är en ärendemapp, ett mötes mapp eller dess meeting.md, eller teamets mapp med ärenden under sig (då anges ärendet vid varje ändring, och de 100 senaste sparningarna visas om inte --limit anger annat). Ett ärende utanför git har ingen ändringshistorik: lsk säger det, och slutstatus är 2. En personbeteckning skrivs aldrig ut.

Exempel:
  lsk history
  lsk history meetings/2026-11-24-daycare
  lsk history ~/cases/aino --format json
  lsk history ~/team --limit 20",
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
    c(
        "sync",
        "Dela dina ändringar med teamet och hämta deras",
        "Dela dina ändringar med teamet och hämta deras

Hämtar kollegernas ändringar från teamets server (git-fjärrarkivet: grenens eget, annars origin) och skickar dina. Om du och en kollega ändrade samma meeting.md eller lsk.yaml sammanförs ändringarna fält för fält: ett fält som bara den ena ändrade får den ändringen. Ett fält som ni båda ändrade behåller din text tills du väljer i webbläsaren (lsk serve, \"Dela och hämta ändringar\"): din, kollegans eller en ny egen text; ändringarna sammanförs när du har valt. Inga konfliktmarkeringar lämnas någonsin i en fil. En annan fil som ni båda ändrade (ett dokument) bevaras två gånger: din version på sin plats och kollegans bredvid, med kollegans namn.

Innan något skickas läser samma kontroll som pre-push-kroken (lsk hook push) varje incheckning: en personbeteckning stoppar sändningen. Utan förbindelse ändras ingenting: dina ändringar stannar på din dator och delas nästa gång.

Slutstatus: 0 delat (eller inget att göra); 1 ett val väntar, eller kontrollen eller servern stoppade sändningen; 2 lsk kunde inte köras (ingen server angiven, inget namn angivet, filer som inte sparats); 3 servern kunde inte nås.

Exempel:
  lsk sync
  lsk sync ~/teamets-arenden --format json",
        "",
    ),
    c(
        "merge-driver",
        "Sammanföringsprogrammet som git kör för meeting.md och lsk.yaml (lsk sync tar det i bruk)",
        "Sammanföringsprogrammet som git kör för meeting.md och lsk.yaml (lsk sync tar det i bruk)",
        "",
    ),
    // Issue 24: filing and dated corrections.
    c(
        "file",
        "Arkivera mötets minnesanteckningar i klientdatasystemet",
        "Arkivera mötets minnesanteckningar i klientdatasystemet

Kontrollerar att minnesanteckningarna är färdiga (som lsk render memo) och att samtycket och vem som får se vad är klart. Skriver ett arkivpaket i mötets mapp archive/ – minnesanteckningarna som PDF med metadata (memo.pdf) och en beskrivning för klientdatasystemet (memo.json: dokumenttyp, barn, serviceuppgift, datum, författare, registeransvarig, grund för sekretess, utlämnade kopior, PDF-filens sha256) – och antecknar i meeting.md vem som arkiverade och när (`filed:`). Därefter skriver lsk inte om minnesanteckningarna: de ändras genom en daterad rättelse (lsk correct). Efter en rättelse arkiverar kommandot de rättade minnesanteckningarna bredvid originalet. Behöver en Chromium-webbläsare, som lsk render --pdf. Är minnesanteckningarna inte färdiga ändras ingenting.

Exempel:
  lsk file meetings/2026-11-24-daghem
  lsk file meetings/2026-11-24-daghem --by \"Karin Nyström\"",
        "",
    ),
    c(
        "correct",
        "Rätta arkiverade minnesanteckningar med en daterad rättelse som bevarar originaltexten",
        "Rätta arkiverade minnesanteckningar med en daterad rättelse som bevarar originaltexten

Ändrar ett textfält i arkiverade minnesanteckningar (t.ex. summary, goal, child_views) och antecknar ändringen i meeting.md som en daterad rättelse (`corrections:` datum, vem, fält, den ursprungliga texten och skälet). Minnesanteckningarna visar sedan rättelserna och originaltexten. Alla som enligt utlämningsloggen har fått en kopia erbjuds ett meddelande om rättelsen (lsk render correction-notice --for MOTTAGARE), som görs genom deras egen vy. Är minnesanteckningarna inte arkiverade, eller anges inget skäl, ändras ingenting.

Exempel:
  lsk correct meetings/2026-11-24-daghem --field summary --text \"Man kom överens om…\" --why \"Datumet var fel\"",
        "",
    ),
];

pub(super) const SV_ARGS: &[(&str, &str, &str)] = &[
    (
        "",
        "no_commit",
        "Spara inte ändringarna i git-historiken (annars sparas varje ändring lsk gör i ditt namn)",
    ),
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
        "agenda (föredragningslista), memo (minnesanteckningar), child-checklist (barnets checklista), child-letter (brev till barnet) eller invitation (inbjudan)",
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
    ("history", "format", "table (standard) eller json"),
    (
        "history",
        "path",
        "En ärendemapp, ett mötes mapp eller dess meeting.md, eller teamets mapp (standard: den aktuella mappen)",
    ),
    (
        "history",
        "limit",
        "Bara ändringarna i de N senaste sparningarna (0: alla; teamets mapp: 100 om inget annat anges)",
    ),
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
    (
        "sync",
        "path",
        "En mapp i teamets versionsarkiv (standard: den aktuella mappen)",
    ),
    ("sync", "format", "text (standard) eller json"),
    (
        "merge-driver",
        "base",
        "Den gemensamma föregångarens version (%O)",
    ),
    (
        "merge-driver",
        "mine",
        "Arbetstagarens version, som resultatet skrivs i (%A)",
    ),
    ("merge-driver", "theirs", "Kollegans version (%B)"),
    (
        "merge-driver",
        "path",
        "Filens sökväg i versionsarkivet (%P)",
    ),
    // Issue 24: filing and dated corrections.
    (
        "file",
        "meeting",
        "En mötesmapp eller dess meeting.md (standard: den aktuella mappen)",
    ),
    ("file", "by", "Vem som arkiverar (standard: gits user.name)"),
    (
        "file",
        "templates",
        "En organisations mallmapp; även miljövariabeln LSK_TEMPLATES",
    ),
    (
        "correct",
        "meeting",
        "En mötesmapp eller dess meeting.md (standard: den aktuella mappen)",
    ),
    (
        "correct",
        "field",
        "Fältet som rättas, med namnet i meeting.md (summary, goal, …)",
    ),
    ("correct", "text", "Den rättade texten"),
    ("correct", "why", "Skälet till rättelsen (obligatoriskt)"),
    ("correct", "by", "Vem som rättar (standard: gits user.name)"),
];
