//! English.

use super::*;

pub const EN: Words = Words {
    kinds: Kinds {
        daycare: "Meeting of the family, daycare and child welfare",
        school: "Meeting of the family, school and child welfare",
        family_group_conference: "Family group conference",
        fgc_follow_up: "Family group conference follow-up meeting",
    },
    acute_conference: "Acute family group conference",
    meeting: "Meeting",
    roles: Roles {
        social_worker: "social worker",
        social_instructor: "social counsellor",
        family_worker: "family worker",
        parent: "parent",
        child: "child",
        relative: "family or friend",
        daycare: "daycare staff",
        school: "school staff",
        convener: "convener",
        other: "other",
    },
    recipients: Recipients {
        daycare: "the daycare centre",
        school: "the school",
        family_work: "family work",
        all_participants: "all participants",
        health_care: "health care",
        family: "the family",
    },
    preparation: Preparation {
        plan_topics: "the plan's questions (preparation agreement)",
        family_views: "hearing the family's wishes and views",
        child_attendance_reason: "deciding whether the child attends",
        child_support_person: "naming and briefing the child's assistant",
        child_preparation: "preparing the child for the conference",
    },
    documents: Documents {
        agenda: "Agenda",
        memo: "Meeting record",
        child_checklist: "Preparing and informing the child",
        child_letter: "Letter to the child",
        invitation: "Invitation",
        correction_notice: "Notice of a correction to the meeting record",
    },
    worker: "Allocated social worker",
    header: Header {
        mark: "Confidential (Act on the Openness of Government Activities 621/1999, s. 24(1)(25))",
        draft: "DRAFT",
        draft_memo: "the record is not complete and is not sent on.",
        draft_other: "the details are not complete and may still change.",
        phone: "tel.",
        copy: "Copy for",
    },
    status: Status {
        done: "done",
        open: "open",
        overdue: "overdue",
        due: "due",
    },
    scaffold: Scaffold {
        header: "The meeting's details. `lsk check` tells what is still missing and why.",
        long_text: "Long text: write `key: |` and the text indented on the lines below.",
        child_welfare: "Child welfare",
        worker_relation: "allocated social worker",
        notes: "Notes",
        roles: "roles",
        example_item: "example",
    },
    schema: Schema {
        kept_out: "text section kept out of the named recipients' copies",
        recipient: "a recipient of the memo: daycare, school, family-work, health-care, all-participants, a role, a Finnish or Swedish word (päiväkoti, skola, ...) or an invitee's organisation",
        fill_in: "Fill in this field: lsk check says what it needs.",
        meeting_title: "lsk meeting.md frontmatter",
        case_title: "lsk case file (lsk.yaml)",
    },
    shortcut: Shortcut {
        title: "lsk: meetings in the browser",
        keep_open: "lsk opens the meetings in your browser. Keep this window open; close it when you are done.",
    },
    list: List {
        header: ["DATE", "KIND", "PHASE", "ERRORS", "WARNINGS", "DOCUMENTS"],
        memo_due: "memo due",
        cannot_read: "CANNOT BE READ",
    },
    actions: Actions {
        header: ["DUE", "STATE", "OWNER", "ACTION", "MEETING"],
        not_in_latest: "the owner is not among the invitees of the case's latest meeting: does the action need a new owner?",
    },
    guide: Guide {
        kinds: "## Checklists of the meetings",
        show_one: "Show one:",
        check_with: "Check with",
    },
};
