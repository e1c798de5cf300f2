//! Swedish.

use super::*;

pub const SV: Words = Words {
    kinds: Kinds {
        daycare: "Möte mellan familjen, småbarnspedagogiken och barnskyddet",
        school: "Möte mellan familjen, skolan och barnskyddet",
        family_group_conference: "Familjerådslag",
        fgc_follow_up: "Familjerådslagets uppföljningsmöte",
    },
    acute_conference: "Akut familjerådslag",
    meeting: "Möte",
    roles: Roles {
        social_worker: "socialarbetare",
        social_instructor: "socialhandledare",
        family_worker: "familjearbetare",
        parent: "förälder",
        child: "barn",
        relative: "närstående",
        daycare: "personal inom småbarnspedagogiken",
        school: "skolpersonal",
        convener: "sammankallare",
        other: "annan",
    },
    recipients: Recipients {
        daycare: "daghemmet",
        school: "skolan",
        family_work: "familjearbetet",
        all_participants: "alla deltagare",
        health_care: "hälsovården",
        family: "familjen",
    },
    preparation: Preparation {
        plan_topics: "planens frågor (beredningsavtalet)",
        family_views: "att höra familjens önskemål och synpunkter",
        child_attendance_reason: "övervägandet av barnets deltagande",
        child_support_person: "att utse och introducera barnets assistent",
        child_preparation: "barnets förberedelse inför mötet",
    },
    documents: Documents {
        agenda: "Dagordning",
        memo: "Minnesanteckningar",
        child_checklist: "Barnets förberedelse och information",
        child_letter: "Brev till barnet",
        invitation: "Inbjudan",
        correction_notice: "Meddelande om rättelse i minnesanteckningarna",
    },
    worker: "Ansvarig socialarbetare",
    header: Header {
        mark: "Sekretessbelagd (OffL 24 § 1 mom. 25 p.)",
        draft: "UTKAST",
        draft_memo: "minnesanteckningarna är inte färdiga och skickas inte vidare.",
        draft_other: "uppgifterna är inte färdiga och kan ännu ändras.",
        phone: "tfn",
        copy: "Kopia till:",
    },
    status: Status {
        done: "gjord",
        open: "pågår",
        overdue: "försenad",
        due: "senast",
    },
    scaffold: Scaffold {
        header: "Mötets uppgifter. `lsk check` berättar vad som ännu saknas och varför.",
        long_text: "Lång text: skriv `nyckel: |` och texten indragen på raderna därefter.",
        child_welfare: "Barnskyddet",
        worker_relation: "ansvarig socialarbetare",
        notes: "Anteckningar",
        roles: "roller",
        example_item: "exempel",
    },
    schema: Schema {
        kept_out: "textavsnitt som lämnas bort ur de namngivna mottagarnas kopior",
        recipient: "mottagare av minnesanteckningarna: daycare, school, family-work, health-care, all-participants, en roll, ett finskt eller svenskt ord (daghem, skola, ...) eller en inbjudens organisation",
        fill_in: "Fyll i det här fältet: lsk check berättar vad som ska stå här.",
        meeting_title: "lsk: fälten i meeting.md",
        case_title: "lsk: ärendefilen (lsk.yaml)",
    },
    shortcut: Shortcut {
        title: "lsk: möten i webbläsaren",
        keep_open: "lsk öppnar mötena i webbläsaren. Låt fönstret vara öppet; stäng det när du är klar.",
    },
    list: List {
        header: ["DATUM", "TYP", "SKEDE", "FEL", "VARNINGAR", "DOKUMENT"],
        memo_due: "minnesanteckningar saknas",
        cannot_read: "KAN INTE LÄSAS",
    },
    actions: Actions {
        header: ["TILL NÄR", "LÄGE", "ANSVARIG", "ÅTGÄRD", "MÖTE"],
        not_in_latest: "den ansvariga finns inte bland de inbjudna till ärendets senaste möte: behövs en ny ansvarig?",
    },
    guide: Guide {
        kinds: "## Checklistor för mötena",
        show_one: "Visa en:",
        check_with: "Kontrollera:",
    },
};
