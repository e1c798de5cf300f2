//! Finnish.

use super::*;

pub const FI: Words = Words {
    kinds: Kinds {
        // 003: a meeting of three parties, the family first.
        daycare: "Perheen, varhaiskasvatuksen ja lastensuojelun neuvottelu",
        school: "Perheen, koulun ja lastensuojelun neuvottelu",
        family_group_conference: "Läheisneuvonpito",
        fgc_follow_up: "Läheisneuvonpidon seurantakokous",
    },
    acute_conference: "Akuuttineuvonpito",
    meeting: "Neuvottelu",
    roles: Roles {
        social_worker: "sosiaalityöntekijä",
        social_instructor: "sosiaaliohjaaja",
        family_worker: "perhetyöntekijä",
        parent: "vanhempi",
        child: "lapsi",
        relative: "läheinen",
        daycare: "varhaiskasvatuksen henkilöstö",
        school: "koulun henkilöstö",
        convener: "koollekutsuja",
        other: "muu",
    },
    recipients: Recipients {
        daycare: "päiväkoti",
        school: "koulu",
        family_work: "perhetyö",
        all_participants: "kaikki osallistujat",
        health_care: "terveydenhuolto",
        family: "perhe",
    },
    preparation: Preparation {
        plan_topics: "suunnitelman kysymykset (valmistelusopimus)",
        family_views: "perheen toiveiden ja näkemysten kuuleminen",
        child_attendance_reason: "lapsen osallistumisen harkinta",
        child_support_person: "lapsen avustajan nimeäminen ja perehdytys",
        child_preparation: "lapsen valmentaminen kokoukseen",
    },
    documents: Documents {
        agenda: "Esityslista",
        memo: "Muistio",
        child_checklist: "Lapsen valmentaminen ja lapselle kertominen",
        child_letter: "Kirje lapselle",
        invitation: "Kutsu",
        correction_notice: "Ilmoitus muistion korjauksesta",
    },
    worker: "Vastuusosiaalityöntekijä",
    header: Header {
        mark: "Salassa pidettävä (JulkL 24.1 § 25 k)",
        draft: "LUONNOS",
        draft_memo: "muistio on keskeneräinen eikä sitä lähetetä eteenpäin.",
        draft_other: "tiedot ovat vielä keskeneräisiä ja voivat muuttua.",
        phone: "puh.",
        copy: "Kopio:",
    },
    status: Status {
        done: "tehty",
        open: "kesken",
        overdue: "myöhässä",
        due: "määräaika",
    },
    scaffold: Scaffold {
        header: "Neuvottelun tiedot. `lsk check` kertoo, mitä vielä puuttuu ja miksi.",
        long_text: "Pitkä teksti: kirjoita `avain: |` ja teksti sisennettynä seuraaville riveille.",
        child_welfare: "Lastensuojelu",
        worker_relation: "vastuusosiaalityöntekijä",
        notes: "Muistiinpanot",
        roles: "roolit",
        example_item: "esimerkki",
    },
    schema: Schema {
        kept_out: "tekstiosio, joka jätetään pois nimettyjen vastaanottajien kopioista",
        recipient: "muistion vastaanottaja: daycare, school, family-work, health-care, all-participants, rooli, suomen- tai ruotsinkielinen sana (päiväkoti, koulu, ...) tai kutsutun organisaatio",
        fill_in: "Täytä tämä kenttä: lsk check kertoo, mitä siihen kirjoitetaan.",
        meeting_title: "lsk: meeting.md-tiedoston kentät",
        case_title: "lsk: asian tiedosto (lsk.yaml)",
    },
    shortcut: Shortcut {
        title: "lsk: neuvottelut selaimessa",
        keep_open: "lsk avaa neuvottelut selaimessa. Pidä tämä ikkuna auki; sulje se, kun lopetat.",
    },
    list: List {
        header: [
            "PÄIVÄ",
            "LAJI",
            "VAIHE",
            "VIRHEET",
            "VAROITUKSET",
            "ASIAKIRJAT",
        ],
        memo_due: "muistio puuttuu",
        cannot_read: "EI VOI LUKEA",
    },
    actions: Actions {
        header: ["MÄÄRÄAIKA", "TILA", "VASTUU", "SOVITTU ASIA", "NEUVOTTELU"],
        not_in_latest: "vastuuhenkilö ei ole asian viimeisimmän neuvottelun kutsuttujen joukossa: sovitaanko uusi vastuuhenkilö?",
    },
    guide: Guide {
        kinds: "## Neuvottelujen tarkistuslistat",
        show_one: "Näytä yksi:",
        check_with: "Tarkista:",
    },
};
