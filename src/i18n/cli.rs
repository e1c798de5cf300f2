//! Messages of the commands themselves (not findings), in each language.

use crate::model::Lang;

pub enum Say<'a> {
    CaseExists(&'a str),
    /// `serve --shortcut`: the shortcut written, and the folder it opens.
    ShortcutMade(&'a str, &'a str),
    /// `lsk serve`'s window, beside its address: keep it open.
    KeepOpen,
    /// `serve --shortcut`: no desktop folder to put it in.
    NoDesktop,
    /// `serve --shortcut`: a path the launcher cannot carry.
    ShortcutUnquotable(&'a str),
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
    /// `render child-letter`: lsk.yaml has no birth date for the child.
    ChildLetterNoBirthDate,
    /// `render child-letter`: the child (name, age) is under three.
    ChildLetterUnderThree(&'a str, i32),
    /// `render child-letter`: the young person (name, age) is an adult.
    ChildLetterAdult(&'a str, i32),
    /// `render child-letter`: an agreed action quoted as written (the
    /// action, its words, the most words of a sentence for the child's
    /// age: the count is told when it is over).
    ChildLetterQuoted(&'a str, usize, usize),
    /// `render child-letter`: the letter quotes none of what was agreed.
    ChildLetterNoActions,
    Symlink(&'a str),
    /// A folder that resolves (through links) outside the case.
    OutsideCase(&'a str),
    Template(&'a str),
    NoGit,
    IcsNotForDoc,
    HookExists(&'a str),
    /// An identity code in what `init` or `new-meeting` would write.
    IdentityCodeGiven,
    /// `--follow-up` names a meeting of another case.
    FollowUpOtherCase(&'a str),
    /// `--follow-up` names a meeting whose `not_for` cannot be read.
    FollowUpUnclear(&'a str),
    /// The commit message holds an identity code.
    MessageHasCode,
    /// The commit's author or committer holds an identity code.
    IdentHasCode,
    // `lsk hook push`: the pre-push check of what a push sends.
    /// The push was stopped: this many places hold a code.
    PushRefused(usize),
    /// A file of a commit: (commit, path:line).
    PushInFile(&'a str, &'a str),
    /// A path's name (or a link's target) in a commit: (commit, path).
    PushInName(&'a str, &'a str),
    /// A commit's message: the commit.
    PushInMessage(&'a str),
    /// A commit's author or committer: the commit.
    PushInIdent(&'a str),
    /// An annotated tag's message: the tag.
    PushInTag(&'a str),
    /// How to get the push through.
    PushRefusedFix,
    /// The commits could not be read: git's or the system's words.
    PushCannotCheck(&'a str),
    UnknownRule {
        rule: &'a str,
        closest: Option<&'a str>,
        all: &'a str,
    },
    // `lsk hook run`: the pre-commit check of the staged files.
    /// The staged files could not be read: git's or the system's words.
    HookCannotCheck(&'a str),
    /// The installed hook cannot find lsk (written into the hook script).
    HookNoLsk,
    /// The commit was stopped by this many findings.
    CommitRefused(usize),
    /// What always stops a commit.
    CommitRefusedWhy,
    /// The case (a repository path) has `hook: strict`.
    CommitStrict(&'a str),
    /// How to get the commit through.
    CommitRefusedFix,
    /// Findings that do not stop the commit, after a refusal.
    CommitAlsoUnfinished(usize),
    /// The commit goes through with this many findings.
    CommitAllowedUnfinished(usize),
    /// lsk.yaml has findings that stop any write (shown above the message).
    CaseBlocked(&'a str),
    /// Meetings (or cases) that could not be read, listed above: what they
    /// hold is missing from the output.
    LeftOut(usize),
    // Issue 13.
    /// `new-meeting --date` before today: (the date, today), as shown.
    DateInPast(&'a str, &'a str),
    /// `lsk render` refused (findings above): the file not written, and
    /// the command for a draft when `--draft` would make one.
    NotRendered {
        file: &'a str,
        draft: Option<&'a str>,
    },
    // Fitting the tools around lsk (issue 14).
    /// A calendar made without an organizer's address.
    IcsNoOrganizer,
    /// `render --pdf`: no Chromium-family browser found.
    NoBrowser,
    /// `render --pdf`: the browser did not print; its words.
    BrowserFailed(&'a str),
    /// `--changed-since` with a revision that starts with `-`.
    BadRevision(&'a str),
    /// `--changed-since`: a git submodule changed under the PATHs.
    SubmoduleChanged(&'a str),
    /// `--changed-since`: git could not say what changed; its words.
    ChangedSinceGit(&'a str),
    /// `--changed-since` with a PATH outside the first PATH's repository.
    OutsideRepository(&'a str),
    // Issue 20 §6: the disclosure log.
    /// A copy was made but its disclosure could not be logged: (the copy,
    /// why); the copy was removed.
    DisclosureNotLogged(&'a str, &'a str),
    /// `lsk disclosures`: the log is empty (the log's path).
    NoDisclosures(&'a str),
    /// `lsk disclosures`: lines of the log that could not be read.
    DisclosuresBroken(usize),
    /// `lsk disclosures`: the log could not be read (path, why).
    DisclosuresUnreadable(&'a str, &'a str),
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
        (Lang::Fi, Say::NotRendered { file, draft: Some(cmd) }) => format!("tiedostoa {file} ei kirjoitettu: muistio tehdään vain neuvottelusta, joka läpäisee jälkeen-vaiheen tarkistuksen. Korjaa yllä luetellut kohdat ja tee muistio uudelleen, tai tee luonnokseksi merkitty muistio: `{cmd}`"),
        (Lang::Sv, Say::NotRendered { file, draft: Some(cmd) }) => format!("{file} skrevs inte: minnesanteckningarna görs bara av ett möte som klarar kontrollen för skedet efter. Rätta det som anges ovan och gör dem på nytt, eller gör ett utkast som märks som utkast: `{cmd}`"),
        (Lang::En, Say::NotRendered { file, draft: Some(cmd) }) => format!("{file} was not written: the memo is made only from a meeting that passes the after-phase check. Fix what is listed above and render it again, or make a draft, marked as such: `{cmd}`"),
        (Lang::Fi, Say::NotRendered { file, draft: None }) => format!("tiedostoa {file} ei kirjoitettu; mitään ei muutettu. Korjaa yllä luetellut kohdat ja tee asiakirja uudelleen"),
        (Lang::Sv, Say::NotRendered { file, draft: None }) => format!("{file} skrevs inte; ingenting ändrades. Rätta det som anges ovan och gör dokumentet på nytt"),
        (Lang::En, Say::NotRendered { file, draft: None }) => format!("{file} was not written; nothing was changed. Fix what is listed above and render it again"),
        (Lang::Fi, Say::DateInPast(d, t)) => format!("huomaa: {d} on mennyt päivä (tänään on {t}), joten `lsk check` pitää neuvottelua jo pidettynä ja kysyy muistion tietoja. Jos neuvottelu on tulossa, tarkista päivämäärä ja nimeä kansio uudelleen"),
        (Lang::Sv, Say::DateInPast(d, t)) => format!("observera: {d} har redan varit (i dag är det {t}), så `lsk check` tar mötet som hållet och frågar efter minnesanteckningarnas uppgifter. Om mötet är kommande, kontrollera datumet och byt namn på mappen"),
        (Lang::En, Say::DateInPast(d, t)) => format!("note: {d} is in the past (today is {t}), so `lsk check` takes the meeting as held and asks for the memo's fields. If the meeting is still to come, check the date and rename the folder"),
        (Lang::Fi, Say::ShortcutMade(_, d)) => format!("Työpöydälle tehtiin pikakuvake lsk. Kaksoisnapsauta sitä, niin kansion ”{d}” lasten asiat avautuvat selaimeen."),
        (Lang::Sv, Say::ShortcutMade(_, d)) => format!("Genvägen lsk skapades på skrivbordet. Dubbelklicka på den, så öppnas barnens ärenden i mappen ”{d}” i webbläsaren."),
        (Lang::En, Say::ShortcutMade(_, d)) => format!("The desktop shortcut lsk was made. Double-click it, and the children's cases in the folder “{d}” open in the browser."),
        (Lang::Fi, Say::KeepOpen) => "Pidä tämä ikkuna auki, kun käytät lsk:ta selaimessa.".into(),
        (Lang::Sv, Say::KeepOpen) => "Låt det här fönstret vara öppet medan du använder lsk i webbläsaren.".into(),
        (Lang::En, Say::KeepOpen) => "Keep this window open while you use lsk in the browser.".into(),
        (Lang::Fi, Say::NoDesktop) => "työpöytäkansiota ei löytynyt (XDG_DESKTOP_DIR tai kotikansion Desktop), joten pikakuvaketta ei tehty".into(),
        (Lang::Sv, Say::NoDesktop) => "ingen skrivbordsmapp hittades (XDG_DESKTOP_DIR eller Desktop i hemmappen), så ingen genväg skapades".into(),
        (Lang::En, Say::NoDesktop) => "no desktop folder found (XDG_DESKTOP_DIR or Desktop in the home folder), so no shortcut was made".into(),
        (Lang::Fi, Say::ShortcutUnquotable(p)) => format!("kansion {p} nimessä on merkki (rivinvaihto, ohjausmerkki tai Windowsissa lainausmerkki), jota pikakuvake ei voi välittää, joten pikakuvaketta ei tehty: nimeä kansio uudelleen"),
        (Lang::Sv, Say::ShortcutUnquotable(p)) => format!("namnet på mappen {p} har ett tecken (radbrytning, styrtecken eller på Windows citattecken) som genvägen inte kan föra vidare, så ingen genväg skapades: byt namn på mappen"),
        (Lang::En, Say::ShortcutUnquotable(p)) => format!("the name of {p} holds a character (a line break, a control character, or on Windows a quotation mark) a shortcut cannot carry, so no shortcut was made: rename the folder"),
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
        (Lang::Fi, Say::BadTime(v)) => format!("kellonaika `{v}` ei kelpaa: kirjoita TT:MM tai TT.MM, esim. 13:00"),
        (Lang::Sv, Say::BadTime(v)) => format!("tiden `{v}` duger inte: skriv TT:MM eller TT.MM, t.ex. 13:00"),
        (Lang::En, Say::BadTime(v)) => format!("`{v}` is not a time: write HH:MM or HH.MM, e.g. 13:00"),
        (Lang::Fi, Say::BadSlug(v)) => format!("nimestä `{v}` ei saa kansion nimeä: käytä kirjaimia a–z ja numeroita"),
        (Lang::Sv, Say::BadSlug(v)) => format!("namnet `{v}` ger inget mappnamn: använd bokstäverna a–z och siffror"),
        (Lang::En, Say::BadSlug(v)) => format!("`{v}` gives no folder name: use letters a–z and digits"),
        (Lang::Fi, Say::Empty(o)) => format!("{o} ei voi olla tyhjä"),
        (Lang::Sv, Say::Empty(o)) => format!("{o} får inte vara tomt"),
        (Lang::En, Say::Empty(o)) => format!("{o} cannot be empty"),
        (Lang::Fi, Say::DisclosureNotLogged(p, e)) => format!("kopiota {p} ei voitu kirjata luovutuslokiin ({e}), joten se poistettiin: kopiota ei saa luovuttaa kirjaamatta. Korjaa syy ja tee kopio uudelleen"),
        (Lang::Sv, Say::DisclosureNotLogged(p, e)) => format!("kopian {p} kunde inte antecknas i utlämnandeloggen ({e}), så den togs bort: ingen kopia lämnas ut utan att antecknas. Rätta orsaken och gör kopian på nytt"),
        (Lang::En, Say::DisclosureNotLogged(p, e)) => format!("the copy {p} could not be entered in the disclosure log ({e}), so it was removed: no copy leaves without being logged. Fix the cause and make the copy again"),
        (Lang::Fi, Say::NoDisclosures(p)) => format!("luovutuslokissa ({p}) ei ole merkintöjä: asian tiedoista ei ole tehty kopioita ulkopuolisille"),
        (Lang::Sv, Say::NoDisclosures(p)) => format!("utlämnandeloggen ({p}) har inga anteckningar: inga kopior av ärendets uppgifter har gjorts för utomstående"),
        (Lang::En, Say::NoDisclosures(p)) => format!("the disclosure log ({p}) has no entries: no copy of the case's data has been made for anyone outside"),
        (Lang::Fi, Say::DisclosuresBroken(n)) => format!("luovutuslokissa on {n} rivi(ä), joita ei voi lukea (ks. yllä); niitä ei ole jätetty pois, vaan ne on tarkistettava käsin"),
        (Lang::Sv, Say::DisclosuresBroken(n)) => format!("utlämnandeloggen har {n} rad(er) som inte kan läsas (se ovan); de har inte lämnats bort utan ska granskas för hand"),
        (Lang::En, Say::DisclosuresBroken(n)) => format!("the disclosure log has {n} line(s) that cannot be read (above); they are not left out but must be checked by hand"),
        (Lang::Fi, Say::DisclosuresUnreadable(p, e)) => format!("luovutuslokia {p} ei voi lukea: {e}"),
        (Lang::Sv, Say::DisclosuresUnreadable(p, e)) => format!("utlämnandeloggen {p} kan inte läsas: {e}"),
        (Lang::En, Say::DisclosuresUnreadable(p, e)) => format!("cannot read the disclosure log {p}: {e}"),
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
        (Lang::Fi, Say::ChildLetterNoBirthDate) => "kirjettä lapselle ei tehty: lapsen syntymäaikaa ei ole kirjattu tiedostoon lsk.yaml (child: born). Kirjeen sanat valitaan lapsen iän mukaan, joten syntymäaika tarvitaan".into(),
        (Lang::Sv, Say::ChildLetterNoBirthDate) => "brevet till barnet gjordes inte: barnets födelsedatum finns inte i filen lsk.yaml (child: born). Brevets ord väljs efter barnets ålder, så födelsedatumet behövs".into(),
        (Lang::En, Say::ChildLetterNoBirthDate) => "the letter to the child was not made: lsk.yaml has no birth date for the child (child: born). The letter's words are chosen by the child's age, so the birth date is needed".into(),
        (Lang::Fi, Say::ChildLetterUnderThree(name, age)) => format!("kirjettä lapselle ei tehdä alle kolmevuotiaalle: {name} on neuvottelupäivänä {age}-vuotias. Tuttu aikuinen kertoo hänelle sovituista asioista omalla tavallaan, muutamalla yksinkertaisella sanalla, kun ne muuttavat hänen arkeaan; lapsen tarkistuslista (lsk render child-checklist) kertoo, kuka"),
        (Lang::Sv, Say::ChildLetterUnderThree(name, age)) => format!("inget brev görs till ett barn under tre år: {name} är {age} år på mötesdagen. En vuxen som barnet känner berättar med några enkla ord om det som bestämdes, när det ändrar barnets vardag; barnets checklista (lsk render child-checklist) säger vem"),
        (Lang::En, Say::ChildLetterUnderThree(name, age)) => format!("no letter is made for a child under three: {name} is {age} on the day of the meeting. A familiar adult tells them about what was agreed in their own way, in a few simple words, when it changes their everyday life; the child checklist (lsk render child-checklist) says who"),
        (Lang::Fi, Say::ChildLetterAdult(name, age)) => format!("kirjettä lapselle ei tehdä täysi-ikäiselle: {name} on neuvottelupäivänä {age}-vuotias. Hän saa muistion itse (lsk render memo --for family)"),
        (Lang::Sv, Say::ChildLetterAdult(name, age)) => format!("inget brev görs till en vuxen: {name} är {age} år på mötesdagen och får själv minnesanteckningarna (lsk render memo --for family)"),
        (Lang::En, Say::ChildLetterAdult(name, age)) => format!("no letter to the child is made for an adult: {name} is {age} on the day of the meeting, and reads the memo themself (lsk render memo --for family)"),
        (Lang::Fi, Say::ChildLetterQuoted(action, words, most)) => format!("kirje lapselle lainaa sovitun asian sellaisenaan: ”{action}”{}. Lue se ennen kuin kirje annetaan: kirjoita se lapselle sopivin sanoin sinä-muodossa, ja jätä pois, mitä lapselle ei ole sovittu kerrottavaksi", if words > most { format!(" ({words} sanaa; tämän ikäiselle enintään {most})") } else { String::new() }),
        (Lang::Sv, Say::ChildLetterQuoted(action, words, most)) => format!("brevet till barnet citerar det överenskomna som det står: ”{action}”{}. Läs det innan brevet ges: skriv om det med ord som barnet förstår, i du-form, och stryk det som man inte har kommit överens om att berätta för barnet", if words > most { format!(" ({words} ord; för den här åldern högst {most})") } else { String::new() }),
        (Lang::En, Say::ChildLetterQuoted(action, words, most)) => format!("the letter to the child quotes an agreed action as written: “{action}”{}. Read it before the letter is handed over: put it in words the child understands, speaking to the child as “you”, and leave out what it was not agreed to tell the child", if words > most { format!(" ({words} words; at most {most} for this age)") } else { String::new() }),
        (Lang::Fi, Say::ChildLetterNoActions) => "kirjeessä lapselle ei ole yhtään sovittua asiaa: siihen tulevat vain asiat, joista lapsi itse vastaa tai joissa hänet mainitaan nimeltä. Kirjoita kirjeeseen lapselle sopivin sanoin, mitä häntä koskien sovittiin".to_owned(),
        (Lang::Sv, Say::ChildLetterNoActions) => "brevet till barnet tar inte upp något av det som man kom överens om: bara det som barnet själv ansvarar för eller där barnet nämns vid namn kommer med. Skriv in i brevet, med ord som barnet förstår, det som man kom överens om och som gäller barnet".to_owned(),
        (Lang::En, Say::ChildLetterNoActions) => "the letter to the child tells none of what was agreed: only what the child is responsible for, or where the child is named, goes in it. Write in the letter, in words the child understands, what was agreed that concerns the child".to_owned(),
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
        (Lang::Fi, Say::HookExists(p)) => format!("{p} on jo olemassa; lsk ei korvaa sitä. Lisää siihen rivi `lsk hook run` itse tai korvaa se valitsimella --force"),
        (Lang::Sv, Say::HookExists(p)) => format!("{p} finns redan; lsk skriver inte över den. Lägg själv till `lsk hook run` i den eller skriv över med --force"),
        (Lang::En, Say::HookExists(p)) => format!("{p} already exists; lsk does not replace it. Add `lsk hook run` to it yourself, or replace it with --force"),
        (Lang::Fi, Say::IdentityCodeGiven) => "annetuissa tiedoissa on henkilötunnus. Sitä ei kirjoiteta asian tiedostoihin eikä kansioiden nimiin, joten mitään ei kirjoitettu: jätä tunnus pois".into(),
        (Lang::Sv, Say::IdentityCodeGiven) => "uppgifterna innehåller en personbeteckning. Den skrivs inte i ärendets filer eller mappnamn, så ingenting skrevs: lämna bort beteckningen".into(),
        (Lang::En, Say::IdentityCodeGiven) => "what you gave holds a personal identity code (henkilötunnus). It is never written into a case's files or folder names, so nothing was written: leave the code out".into(),
        (Lang::Fi, Say::MessageHasCode) => "Tallennusta (git commit) ei tehty: viestissä on henkilötunnus. Kirjoita viesti ilman sitä – viesti jää historiaan pysyvästi.".into(),
        (Lang::Sv, Say::MessageHasCode) => "Incheckningen (git commit) gjordes inte: meddelandet innehåller en personbeteckning. Skriv meddelandet utan den – meddelandet blir kvar i historiken för alltid.".into(),
        (Lang::En, Say::MessageHasCode) => "The commit was not made: its message holds a personal identity code. Write the message without it – a message stays in the history for good.".into(),
        (Lang::Fi, Say::IdentHasCode) => "Tallennusta (git commit) ei tehty: tekijän tai tallentajan nimessä tai sähköpostiosoitteessa on henkilötunnus. Korjaa nimi (git config user.name, --author) – se jää historiaan pysyvästi.".into(),
        (Lang::Sv, Say::IdentHasCode) => "Incheckningen (git commit) gjordes inte: författarens eller incheckarens namn eller e-postadress innehåller en personbeteckning. Rätta namnet (git config user.name, --author) – det blir kvar i historiken för alltid.".into(),
        (Lang::En, Say::IdentHasCode) => "The commit was not made: the author's or committer's name or e-mail holds a personal identity code. Correct the name (git config user.name, --author) – it stays in the history for good.".into(),
        (Lang::Fi, Say::PushRefused(1)) => "Lähetystä palvelimelle (git push) ei tehty: lähetettävissä tallennuksissa on henkilötunnus 1 kohdassa:".into(),
        (Lang::Fi, Say::PushRefused(n)) => format!("Lähetystä palvelimelle (git push) ei tehty: lähetettävissä tallennuksissa on henkilötunnus {n} kohdassa:"),
        (Lang::Sv, Say::PushRefused(1)) => "Överföringen till servern (git push) gjordes inte: incheckningarna som skulle skickas innehåller en personbeteckning på 1 ställe:".into(),
        (Lang::Sv, Say::PushRefused(n)) => format!("Överföringen till servern (git push) gjordes inte: incheckningarna som skulle skickas innehåller en personbeteckning på {n} ställen:"),
        (Lang::En, Say::PushRefused(1)) => "The push (git push) was not made: the commits it would send hold a personal identity code in 1 place:".into(),
        (Lang::En, Say::PushRefused(n)) => format!("The push (git push) was not made: the commits it would send hold a personal identity code in {n} places:"),
        (Lang::Fi, Say::PushInFile(c, p)) => format!("tallennus {c}: tiedosto {p}"),
        (Lang::Sv, Say::PushInFile(c, p)) => format!("incheckning {c}: filen {p}"),
        (Lang::En, Say::PushInFile(c, p)) => format!("commit {c}: the file {p}"),
        (Lang::Fi, Say::PushInName(c, p)) => format!("tallennus {c}: tiedoston tai kansion nimi {p} (tai linkin kohde)"),
        (Lang::Sv, Say::PushInName(c, p)) => format!("incheckning {c}: namnet på filen eller mappen {p} (eller länkens mål)"),
        (Lang::En, Say::PushInName(c, p)) => format!("commit {c}: the name of the file or folder {p} (or where the link points)"),
        (Lang::Fi, Say::PushInMessage(c)) => format!("tallennus {c}: viesti"),
        (Lang::Sv, Say::PushInMessage(c)) => format!("incheckning {c}: meddelandet"),
        (Lang::En, Say::PushInMessage(c)) => format!("commit {c}: its message"),
        (Lang::Fi, Say::PushInIdent(c)) => format!("tallennus {c}: tekijän tai tallentajan nimi tai sähköpostiosoite"),
        (Lang::Sv, Say::PushInIdent(c)) => format!("incheckning {c}: författarens eller incheckarens namn eller e-postadress"),
        (Lang::En, Say::PushInIdent(c)) => format!("commit {c}: the author's or committer's name or e-mail"),
        (Lang::Fi, Say::PushInTag(t)) => format!("tagi {t}: sen viesti tai tekijä"),
        (Lang::Sv, Say::PushInTag(t)) => format!("taggen {t}: dess meddelande eller skapare"),
        (Lang::En, Say::PushInTag(t)) => format!("tag {t}: its message or tagger"),
        (Lang::Fi, Say::PushRefusedFix) => "Poista tunnus näistä tallennuksista ennen lähettämistä: viimeisimmästä komennolla `git commit --amend`, aiemmista komennolla `git rebase -i`. Jos tunnus on jo palvelimella, kerro siitä tietovaraston ylläpitäjälle.".into(),
        (Lang::Sv, Say::PushRefusedFix) => "Ta bort beteckningen ur dessa incheckningar innan du skickar dem: ur den senaste med `git commit --amend`, ur tidigare med `git rebase -i`. Om beteckningen redan finns på servern, meddela den som förvaltar arkivet.".into(),
        (Lang::En, Say::PushRefusedFix) => "Remove the code from those commits before pushing: from the last one with `git commit --amend`, from earlier ones with `git rebase -i`. If the code is already on the server, tell the repository's administrator.".into(),
        (lang, Say::PushCannotCheck(detail)) => match lang {
            Lang::Fi => format!("lähetystä palvelimelle (git push) ei tehty, koska lähetettäviä tallennuksia ei voitu tarkistaa: {detail}"),
            Lang::Sv => format!("överföringen till servern (git push) gjordes inte, eftersom incheckningarna som skulle skickas inte kunde kontrolleras: {detail}"),
            Lang::En => format!("the push (git push) was not made, because the commits it would send could not be checked: {detail}"),
        },
        (Lang::Fi, Say::FollowUpUnclear(p)) => format!("neuvottelusta {p} ei voi lukea, keneltä sen kutsuttuja tai sovittuja asioita on rajattu pois (tuntematon kenttä tai `not_for`). Korjaa se ensin – `lsk check` näyttää kohdan. Mitään ei kirjoitettu"),
        (Lang::Sv, Say::FollowUpUnclear(p)) => format!("i mötet {p} går det inte att läsa för vem dess inbjudna eller överenskommelser ska utelämnas (okänt fält eller `not_for`). Rätta det först – `lsk check` visar var. Ingenting skrevs"),
        (Lang::En, Say::FollowUpUnclear(p)) => format!("in the meeting {p}, lsk cannot read whom its invitees or agreed actions are kept from (an unknown field or `not_for`). Fix it first – `lsk check` shows where. Nothing was written"),
        (Lang::Fi, Say::FollowUpOtherCase(p)) => format!("{p} ei ole tämän asian neuvottelu; seurantaan voi ottaa vain saman lapsen asian neuvottelun, jottei toisen lapsen tietoja kopioidu tähän asiaan. Mitään ei kirjoitettu"),
        (Lang::Sv, Say::FollowUpOtherCase(p)) => format!("{p} är inte ett möte i detta ärende; bara möten i samma barns ärende kan följas upp, så att ett annat barns uppgifter inte kopieras hit. Ingenting skrevs"),
        (Lang::En, Say::FollowUpOtherCase(p)) => format!("{p} is not a meeting of this case; only meetings of the same child's case can be followed up, so that another child's details are never copied here. Nothing was written"),
        (Lang::Fi, Say::NoFollowUpTarget) => "asiassa ei ole läheisneuvonpitoa, jota seurantakokous seuraisi; täytä `follows` itse".into(),
        (Lang::Sv, Say::NoFollowUpTarget) => "ärendet har inget familjerådslag som uppföljningsmötet kunde följa; fyll i `follows` själv".into(),
        (Lang::En, Say::NoFollowUpTarget) => "the case has no family group conference for the follow-up to follow; fill in `follows` yourself".into(),
        (lang, Say::HookCannotCheck(detail)) => match lang {
            Lang::Fi => format!("tallennusta (git commit) ei tehty, koska tallennettavia tiedostoja ei voitu tarkistaa: {detail}"),
            Lang::Sv => format!("incheckningen (git commit) gjordes inte, eftersom filerna som skulle checkas in inte kunde kontrolleras: {detail}"),
            Lang::En => format!("the commit (git commit) was not made, because the staged files could not be checked: {detail}"),
        },
        (Lang::Fi, Say::HookNoLsk) => "lsk: lsk-ohjelmaa ei löydy, joten tallennusta (git commit) ei tehty. Asenna lsk ja aja `lsk hook install --force` uudelleen".into(),
        (Lang::Sv, Say::HookNoLsk) => "lsk: programmet lsk hittades inte, så incheckningen (git commit) gjordes inte. Installera lsk och kör `lsk hook install --force` igen".into(),
        (Lang::En, Say::HookNoLsk) => "lsk: the lsk program was not found, so the commit (git commit) was not made. Install lsk and run `lsk hook install --force` again".into(),
        (Lang::Fi, Say::CommitRefused(1)) => "Tallennusta (git commit) ei tehty: tallennettavissa tiedostoissa on 1 kohta, jota ei saa tallentaa gitiin.".into(),
        (Lang::Fi, Say::CommitRefused(n)) => format!("Tallennusta (git commit) ei tehty: tallennettavissa tiedostoissa on {n} kohtaa, joita ei saa tallentaa gitiin."),
        (Lang::Sv, Say::CommitRefused(1)) => "Incheckningen (git commit) gjordes inte: filerna som skulle checkas in har 1 punkt som inte får sparas i git.".into(),
        (Lang::Sv, Say::CommitRefused(n)) => format!("Incheckningen (git commit) gjordes inte: filerna som skulle checkas in har {n} punkter som inte får sparas i git."),
        (Lang::En, Say::CommitRefused(1)) => "The commit (git commit) was not made: the staged files have 1 problem that must not be committed.".into(),
        (Lang::En, Say::CommitRefused(n)) => format!("The commit (git commit) was not made: the staged files have {n} problems that must not be committed."),
        (Lang::Fi, Say::CommitRefusedWhy) => "Henkilötunnus, muistion kopio vastaanottajalle, jolle huoltajat eivät ole antaneet suostumusta, tai tiedosto, jota ei voi lukea, estää aina tallennuksen.".into(),
        (Lang::Sv, Say::CommitRefusedWhy) => "En personbeteckning, en kopia av minnesanteckningarna till en mottagare som familjen inte har samtyckt till eller en fil som inte kan läsas stoppar alltid incheckningen.".into(),
        (Lang::En, Say::CommitRefusedWhy) => "An identity code, a copy of the memo for a recipient the family has not agreed to, or a file that cannot be read always stops the commit.".into(),
        (Lang::Fi, Say::CommitStrict(case)) => format!("Asian {case} lsk.yaml-tiedostossa on `hook: strict`, joten myös jokainen muu virhe estää tallennuksen."),
        (Lang::Sv, Say::CommitStrict(case)) => format!("Ärendet {case} har `hook: strict` i lsk.yaml, så även alla andra fel stoppar incheckningen."),
        (Lang::En, Say::CommitStrict(case)) => format!("The case {case} has `hook: strict` in lsk.yaml, so every other error stops the commit too."),
        (Lang::Fi, Say::CommitRefusedFix) => "Korjaa yllä mainitut kohdat, lisää korjatut tiedostot uudelleen komennolla `git add` ja tallenna sitten uudelleen. Tarkistus lukee sen version, joka on lisätty komennolla `git add`, ei sitä, joka näkyy editorissa.".into(),
        (Lang::Sv, Say::CommitRefusedFix) => "Rätta det som anges ovan, lägg till de rättade filerna igen med `git add` och checka sedan in på nytt. Kontrollen läser den version som lagts till med `git add`, inte den som syns i redigeraren.".into(),
        (Lang::En, Say::CommitRefusedFix) => "Fix what is listed above, stage the fixed files again with `git add`, and commit again. The check reads the version staged with `git add`, not the one your editor shows.".into(),
        (Lang::Fi, Say::CommitAlsoUnfinished(1)) => "Lisäksi 1 kohta on vielä kesken (se ei estä tallennusta):".into(),
        (Lang::Fi, Say::CommitAlsoUnfinished(n)) => format!("Lisäksi {n} kohtaa on vielä kesken (ne eivät estä tallennusta):"),
        (Lang::Sv, Say::CommitAlsoUnfinished(1)) => "Dessutom är 1 punkt ännu inte klar (den stoppar inte incheckningen):".into(),
        (Lang::Sv, Say::CommitAlsoUnfinished(n)) => format!("Dessutom är {n} punkter ännu inte klara (de stoppar inte incheckningen):"),
        (Lang::En, Say::CommitAlsoUnfinished(1)) => "Also 1 thing still to finish (it does not stop the commit):".into(),
        (Lang::En, Say::CommitAlsoUnfinished(n)) => format!("Also {n} things still to finish (they do not stop the commit):"),
        (Lang::Fi, Say::CommitAllowedUnfinished(1)) => "Tallennus (git commit) sallitaan; 1 kohta on vielä kesken:".into(),
        (Lang::Fi, Say::CommitAllowedUnfinished(n)) => format!("Tallennus (git commit) sallitaan; {n} kohtaa on vielä kesken:"),
        (Lang::Sv, Say::CommitAllowedUnfinished(1)) => "Incheckningen (git commit) tillåts; 1 punkt är ännu inte klar:".into(),
        (Lang::Sv, Say::CommitAllowedUnfinished(n)) => format!("Incheckningen (git commit) tillåts; {n} punkter är ännu inte klara:"),
        (Lang::En, Say::CommitAllowedUnfinished(1)) => "Commit allowed; 1 thing still to finish:".into(),
        (Lang::En, Say::CommitAllowedUnfinished(n)) => format!("Commit allowed; {n} things still to finish:"),
        // Fitting the tools around lsk (issue 14).
        (Lang::Fi, Say::IcsNoOrganizer) => "kalenteritiedostossa ei ole järjestäjää, koska kutsujalla (invited_by) ei ole sähköpostiosoitetta kutsuttujen joukossa eikä lsk.yaml-tiedostossa ole yhteystietoa `contact: {email: ...}`; kutsutut voivat lisätä neuvottelun kalenteriinsa mutta eivät vastata kutsuun. Lisää osoite ja tee tiedosto uudelleen".into(),
        (Lang::Sv, Say::IcsNoOrganizer) => "kalenderfilen har ingen organisatör, eftersom den som bjuder in (invited_by) inte har någon e-postadress bland de inbjudna och lsk.yaml saknar `contact: {email: ...}`; de inbjudna kan lägga in mötet i sin kalender men inte svara på inbjudan. Lägg till adressen och gör filen på nytt".into(),
        (Lang::En, Say::IcsNoOrganizer) => "the calendar file has no organizer, because the inviter (invited_by) has no email among the invitees and lsk.yaml has no `contact: {email: ...}`; invitees can add the meeting to their calendars but cannot answer the invitation. Add the address and render again".into(),
        (Lang::Fi, Say::NoBrowser) => "PDF-tiedostoa ei voi tehdä: koneelta ei löydy Chromium-selainta (chromium, google-chrome tai microsoft-edge). Asenna jokin niistä tai kerro selaimen polku muuttujassa LSK_BROWSER; `--html` tekee tulostettavan sivun ilman selainta".into(),
        (Lang::Sv, Say::NoBrowser) => "PDF-filen kan inte göras: ingen Chromium-webbläsare hittades (chromium, google-chrome eller microsoft-edge). Installera en av dem eller ange webbläsarens sökväg i LSK_BROWSER; `--html` gör en sida att skriva ut utan webbläsare".into(),
        (Lang::En, Say::NoBrowser) => "cannot make the PDF: no Chromium-family browser found (chromium, google-chrome or microsoft-edge). Install one, or give its path in LSK_BROWSER; `--html` makes a page to print without a browser".into(),
        (Lang::Fi, Say::BrowserFailed(d)) => format!("selain ei tulostanut PDF-tiedostoa: {d}"),
        (Lang::Sv, Say::BrowserFailed(d)) => format!("webbläsaren skrev inte ut PDF-filen: {d}"),
        (Lang::En, Say::BrowserFailed(d)) => format!("the browser did not print the PDF: {d}"),
        (Lang::Fi, Say::BadRevision(r)) => format!("`{r}` ei ole gitin versio: anna haara, tunniste tai tallennuksen tunnus, esim. --changed-since origin/main"),
        (Lang::Sv, Say::BadRevision(r)) => format!("`{r}` är ingen git-version: ange en gren, en tagg eller en incheckning, t.ex. --changed-since origin/main"),
        (Lang::En, Say::BadRevision(r)) => format!("`{r}` is not a git revision: give a branch, a tag or a commit, e.g. --changed-since origin/main"),
        (Lang::Fi, Say::SubmoduleChanged(p)) => format!("{p} on muuttunut git-alimoduuli, jonka tiedostot ovat toisessa tietovarastossa, joten sen muutoksia ei saada täältä (--changed-since). Tarkista se erikseen: lsk check {p}"),
        (Lang::Sv, Say::SubmoduleChanged(p)) => format!("{p} är en ändrad git-undermodul vars filer finns i ett annat arkiv, så git kan inte härifrån ange vad som har ändrats i den (--changed-since). Kontrollera den separat: lsk check {p}"),
        (Lang::En, Say::SubmoduleChanged(p)) => format!("{p} is a changed git submodule, whose files are in another repository, so git cannot say from here what changed in it (--changed-since). Check it on its own: lsk check {p}"),
        (Lang::Fi, Say::ChangedSinceGit(d)) => format!("muuttuneita tiedostoja ei saatu gitistä (--changed-since): {d}"),
        (Lang::Sv, Say::ChangedSinceGit(d)) => format!("git kunde inte ange vilka filer som ändrats (--changed-since): {d}"),
        (Lang::En, Say::ChangedSinceGit(d)) => format!("git could not say what changed (--changed-since): {d}"),
        (Lang::Fi, Say::OutsideRepository(p)) => format!("{p} ei ole samassa git-tietovarastossa kuin muut tarkistettavat polut, joten sen muutoksia ei saada gitistä (--changed-since). Tarkista se erikseen."),
        (Lang::Sv, Say::OutsideRepository(p)) => format!("{p} finns inte i samma git-arkiv som de andra sökvägarna som ska kontrolleras, så git kan inte ange vad som har ändrats i den (--changed-since). Kontrollera den separat."),
        (Lang::En, Say::OutsideRepository(p)) => format!("{p}: not in the same git repository as the other paths, so its changes cannot be read (--changed-since). Check it on its own."),
    }
}
