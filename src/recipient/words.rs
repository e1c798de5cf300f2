//! The recipient vocabulary: the ids that are not roles, and the words
//! people write for them in Finnish, Swedish and English.

// Kept here for code written before `text`.
pub use crate::text::key;

use crate::model::Role;

pub const ALL_PARTICIPANTS: &str = "all-participants";
/// The family's own copy: the guardians, and the child from 12.
pub const FAMILY: &str = "family";
pub(super) const FAMILY_WORK: &str = "family-work";

/// Recipient ids that are not roles.
pub(super) const IDS: &[&str] = &[
    "daycare",
    "school",
    FAMILY_WORK,
    "health-care",
    ALL_PARTICIPANTS,
    FAMILY,
];

/// Whether a copy for `id` is the family's own copy: the family, a parent
/// or guardian, the child.
pub fn is_family(id: &str) -> bool {
    matches!(id, FAMILY | "parent" | "child")
}

/// Whether `id` is child welfare itself, whose record the memo is: the
/// responsible worker, a social counsellor, the convener it commissions
/// (H1 of the 2026-12 review: a copy "for the social worker" is
/// meaningless).
pub fn is_child_welfare(id: &str) -> bool {
    matches!(id, "social-worker" | "social-instructor" | "convener")
}

/// Words people write for the ids, in Finnish, Swedish and English, as
/// [`key`] makes them.
pub(super) const ALIASES: &[(&str, &str)] = &[
    ("päiväkoti", "daycare"),
    ("päiväkodille", "daycare"),
    ("varhaiskasvatus", "daycare"),
    ("päivähoito", "daycare"),
    ("daghem", "daycare"),
    ("daghemmet", "daycare"),
    ("småbarnspedagogik", "daycare"),
    ("småbarnspedagogiken", "daycare"),
    ("day-care", "daycare"),
    ("daycare-centre", "daycare"),
    ("early-childhood-education", "daycare"),
    ("ecec", "daycare"),
    ("koulu", "school"),
    ("koululle", "school"),
    ("skola", "school"),
    ("skolan", "school"),
    ("perhetyö", FAMILY_WORK),
    ("familjearbete", FAMILY_WORK),
    ("familjearbetet", FAMILY_WORK),
    ("family-work", FAMILY_WORK),
    ("terveydenhuolto", "health-care"),
    ("neuvola", "health-care"),
    ("kouluterveydenhuolto", "health-care"),
    ("hälsovård", "health-care"),
    ("hälsovården", "health-care"),
    ("healthcare", "health-care"),
    ("kaikki-osallistujat", ALL_PARTICIPANTS),
    ("kaikki", ALL_PARTICIPANTS),
    ("alla-deltagare", ALL_PARTICIPANTS),
    ("alla", ALL_PARTICIPANTS),
    ("all", ALL_PARTICIPANTS),
    ("sosiaalityöntekijä", "social-worker"),
    ("socialarbetare", "social-worker"),
    ("sosiaaliohjaaja", "social-instructor"),
    ("socialhandledare", "social-instructor"),
    ("perhetyöntekijä", "family-worker"),
    ("familjearbetare", "family-worker"),
    ("vanhempi", "parent"),
    ("vanhemmat", "parent"),
    ("förälder", "parent"),
    ("föräldrar", "parent"),
    ("huoltaja", "parent"),
    ("vårdnadshavare", "parent"),
    ("lapsi", "child"),
    ("barn", "child"),
    ("barnet", "child"),
    ("läheinen", "relative"),
    ("läheiset", "relative"),
    ("närstående", "relative"),
    ("koollekutsuja", "convener"),
    ("sammankallare", "convener"),
    ("muu", "other"),
    ("annan", "other"),
    ("perhe", FAMILY),
    ("perheelle", FAMILY),
    ("perheen", FAMILY),
    ("huoltajat", FAMILY),
    ("huoltajille", FAMILY),
    ("familj", FAMILY),
    ("familjen", FAMILY),
    ("vårdnadshavarna", FAMILY),
    ("guardians", FAMILY),
    ("guardian", FAMILY),
    ("the-family", FAMILY),
];

/// The id a folded name is, if any: an id, a role or a word for one.
pub(super) fn id_of(k: &str) -> Option<&'static str> {
    if let Some(id) = IDS.iter().find(|id| **id == k) {
        return Some(id);
    }
    if let Some(role) = Role::parse(k) {
        return Some(role.as_str());
    }
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == k)
        .map(|(_, id)| *id)
}

/// Every name lsk knows as a recipient without looking at the invitees:
/// the ids, the role ids and the words people write for them, in the form
/// [`key`] gives (the JSON Schema offers and accepts these).
pub fn known_names() -> impl Iterator<Item = &'static str> {
    IDS.iter()
        .copied()
        .chain(Role::NAMES.iter().copied())
        .chain(ALIASES.iter().map(|(alias, _)| *alias))
}

pub(super) fn role_id(text: &str) -> Option<&'static str> {
    Role::parse(&key(text)).map(Role::as_str)
}

/// `family-work` (the service) and `family-worker` (the role) are the same
/// recipient.
pub(super) fn same_id(a: &str, b: &str) -> bool {
    a == b
        || matches!(
            (a, b),
            (FAMILY_WORK, "family-worker") | ("family-worker", FAMILY_WORK)
        )
}
