//! Who may receive a copy of the memo: one vocabulary, used the same way by
//! `memo_consent.recipients`, `not_for`, `lsk render memo --for` and
//! `lsk check` (FORMAT.md, "Recipients"). What render allows, check
//! accepts, and the reverse, because both ask this module.
//!
//! Where lsk cannot tell whether an item is kept from a recipient, the copy
//! is not made: [`problems`] lists every such place.
//!
//! The parts: `words.rs` the vocabulary (the ids and the words people
//! write for them), this file a meeting's [`Recipients`] (organisations,
//! resolution, consent coverage), `problems.rs` where a `not_for` cannot be
//! read, `redact.rs` what a reader's copy shows.

mod problems;
mod redact;
mod words;

use crate::case::validate::within;
use crate::case::yaml::Node;
use crate::model::Role;
use words::{ALIASES, IDS, id_of, role_id, same_id};

pub use problems::{kept_from, no_not_for, problems, unclear_in};
pub use redact::{echoes, redact_for_family, redact_named};
pub use words::{ALL_PARTICIPANTS, FAMILY, is_child_welfare, is_family, key, known_names};

/// Whether an item whose `not_for` names `not_for` is kept from the
/// family's own copy: kept from the family, a parent, the child, or
/// everyone. The family's copy is read by the guardians and by the child
/// from 12, so what is kept from either is kept from it.
pub fn withheld_from_family(not_for: &[Recipient]) -> bool {
    not_for.iter().any(|r| match r {
        Recipient::Id(id) => is_family(id) || *id == ALL_PARTICIPANTS,
        Recipient::Org(_) => false,
    })
}

/// A recipient of a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    /// A known id: `school`, `health-care`, a role id, `all-participants`.
    Id(&'static str),
    /// An invitee's organisation, by its index among [`Recipients`]' orgs.
    Org(usize),
}

/// An invitee's organisation as a recipient.
#[derive(Debug)]
struct Org {
    /// As written (trimmed), the first time it was.
    name: String,
    /// The name folded to a folder name (`Päiväkoti Leppis` →
    /// `paivakoti-leppis`): two spellings that fold alike are one
    /// organisation, so that what is kept from one is kept from the other.
    fold: String,
    /// The copy's file name part: `memo.<slug>.md`. The fold, unless that
    /// is already an id's or another organisation's.
    slug: String,
    /// The id the name folds to, when it is one (`School.` folds to
    /// `school`): the organisation may be that recipient.
    reserved: Option<&'static str>,
    /// The roles of the invitees from this organisation.
    roles: Vec<&'static str>,
}

/// Roles that say which service an organisation is: one with none of them
/// (only `other`, say) might be any recipient.
const SERVICE_ROLES: &[&str] = &[
    "daycare",
    "school",
    "family-worker",
    "social-worker",
    "social-instructor",
    "convener",
];

impl Org {
    fn classified(&self) -> bool {
        self.roles.iter().any(|r| SERVICE_ROLES.contains(r))
    }
}

/// The recipients a meeting knows: the fixed ids and its invitees'
/// organisations.
#[derive(Debug, Default)]
pub struct Recipients {
    orgs: Vec<Org>,
    /// The roles of all invitees.
    roles: Vec<&'static str>,
    /// Roles held by an invitee with no organisation: a copy for the role
    /// may reach them, so consent named by organisation does not cover it.
    roles_without_org: Vec<&'static str>,
}

impl Recipients {
    /// The recipients of the meeting whose frontmatter is `fm`.
    pub fn of(fm: &Node) -> Recipients {
        let mut out = Recipients::default();
        for invitee in fm.get("invitees").map(Node::items).unwrap_or_default() {
            let role = invitee.get("role").and_then(Node::scalar).and_then(role_id);
            if let Some(role) = role
                && !out.roles.contains(&role)
            {
                out.roles.push(role);
            }
            let Some(name) = invitee
                .get("organisation")
                .and_then(Node::text)
                .map(str::trim)
                .filter(|n| !n.is_empty())
            else {
                if let Some(role) = role
                    && !out.roles_without_org.contains(&role)
                {
                    out.roles_without_org.push(role);
                }
                continue;
            };
            let folded = key(name);
            let fold = crate::text::slug(&folded);
            let at = match out
                .orgs
                .iter()
                .position(|o| o.fold == fold && !fold.is_empty())
            {
                Some(at) => at,
                None => {
                    let reserved = id_of(&folded).or_else(|| id_of(&fold));
                    // A file name of its own: not an id's, not another's.
                    let mut slug = fold.clone();
                    let mut n = 1;
                    while slug.is_empty()
                        || id_of(&slug).is_some()
                        || out.orgs.iter().any(|o| o.slug == slug)
                    {
                        n += 1;
                        slug = match fold.as_str() {
                            "" => format!("organisation-{n}"),
                            f => format!("{f}-organisation-{n}"),
                        };
                    }
                    out.orgs.push(Org {
                        name: name.to_owned(),
                        fold,
                        slug,
                        reserved,
                        roles: Vec::new(),
                    });
                    out.orgs.len() - 1
                }
            };
            if let Some(role) = role
                && !out.orgs[at].roles.contains(&role)
            {
                out.orgs[at].roles.push(role);
            }
        }
        out
    }

    /// What a form offers to choose from, as written in a file: the
    /// invitees' roles, their organisations as written, and
    /// `all-participants`.
    pub fn choices(&self) -> Vec<String> {
        let mut out: Vec<String> = self.roles.iter().map(|r| (*r).to_owned()).collect();
        for org in &self.orgs {
            if !out.contains(&org.name) {
                out.push(org.name.clone());
            }
        }
        out.push(ALL_PARTICIPANTS.to_owned());
        out
    }

    /// The recipient `text` names: an id, a Finnish or Swedish word for
    /// one, or an invitee's organisation (as written, folded, or as its
    /// copy's file-name form).
    pub fn resolve(&self, text: &str) -> Option<Recipient> {
        let k = key(text);
        if k.is_empty() {
            return None;
        }
        if let Some(id) = id_of(&k) {
            return Some(Recipient::Id(id));
        }
        let fold = crate::text::slug(&k);
        self.orgs
            .iter()
            .position(|o| o.slug == k || (!fold.is_empty() && o.fold == fold))
            .map(Recipient::Org)
    }

    /// The recipient a misspelt name probably means, as it is written in
    /// a file: `schools` → `school`, `koulut` → `school`.
    pub fn suggest(&self, text: &str) -> Option<String> {
        let k: String = key(text)
            .chars()
            .filter(|c| !crate::hetu::invisible(*c))
            .collect();
        let ids = IDS
            .iter()
            .copied()
            .chain(Role::NAMES.iter().copied())
            .map(|id| (id.to_owned(), id.to_owned()));
        let aliases = ALIASES
            .iter()
            .map(|(alias, id)| ((*alias).to_owned(), (*id).to_owned()));
        let orgs = self.orgs.iter().map(|o| (key(&o.name), o.name.clone()));
        ids.chain(aliases)
            .chain(orgs)
            .filter_map(|(candidate, shown)| {
                let max = (candidate.chars().count() / 3).max(2);
                Some((within(&k, &candidate, max)?, shown))
            })
            .min_by_key(|(d, _)| *d)
            .map(|(_, shown)| shown)
    }

    /// The id a copy for `r` is named by: `memo.<id>.md`.
    pub fn id(&self, r: &Recipient) -> String {
        match r {
            Recipient::Id(id) => (*id).to_owned(),
            Recipient::Org(i) => self.orgs[*i].slug.clone(),
        }
    }

    /// `r` for people: the id, or the organisation as written.
    pub fn name(&self, r: &Recipient) -> String {
        match r {
            Recipient::Id(id) => (*id).to_owned(),
            Recipient::Org(i) => self.orgs[*i].name.clone(),
        }
    }

    /// The invitees' organisations a recipient id stands for: for
    /// `daycare`, the daycare the daycare staff come from. Empty for an
    /// organisation itself and for `all-participants`.
    pub fn organisations_of(&self, r: &Recipient) -> Vec<&str> {
        match r {
            Recipient::Id(id) if *id != ALL_PARTICIPANTS => self
                .orgs
                .iter()
                .filter(|o| o.roles.iter().any(|role| same_id(role, id)))
                .map(|o| o.name.as_str())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether `r` is child welfare itself: one of its roles, or an
    /// invitee's organisation someone in a child-welfare role comes from.
    pub fn is_child_welfare(&self, r: &Recipient) -> bool {
        match r {
            Recipient::Id(id) => is_child_welfare(id),
            Recipient::Org(i) => self.orgs[*i]
                .roles
                .iter()
                .any(|role| is_child_welfare(role)),
        }
    }

    /// Whether the invitees include `r`: a role one of them has, or an
    /// organisation one of them is from.
    fn participates(&self, r: &Recipient) -> bool {
        match r {
            Recipient::Id(id) => self.roles.iter().any(|role| same_id(role, id)),
            Recipient::Org(_) => true,
        }
    }

    /// Whether the organisation `i` is `id`, as far as lsk can tell: an
    /// invitee from it has that role.
    fn org_is(&self, i: usize, id: &str) -> bool {
        self.orgs[i].roles.iter().any(|role| same_id(role, id))
    }

    /// Whether `a` and `b` may be the same recipient: the same id; an
    /// organisation and the role of an invitee from it; an organisation
    /// whose invitees' roles do not say what it is (`other`: it may be the
    /// health centre) and any id; an organisation whose name is an id.
    fn may_be_same(&self, a: &Recipient, b: &Recipient) -> bool {
        match (a, b) {
            (Recipient::Id(x), Recipient::Id(y)) => same_id(x, y),
            (Recipient::Org(i), Recipient::Org(j)) => i == j,
            (Recipient::Org(i), Recipient::Id(id)) | (Recipient::Id(id), Recipient::Org(i)) => {
                let org = &self.orgs[*i];
                // Someone from it whose role does not say which service
                // (`other`: the school nurse, say) may be any recipient.
                self.org_is(*i, id)
                    || !org.classified()
                    || org.roles.contains(&"other")
                    || org.reserved.is_some_and(|r| same_id(r, id))
            }
        }
    }

    /// Whether an item whose `not_for` names `not_for` is kept from the
    /// copy for `r`. Where the two may be the same recipient, it is: an
    /// item kept from `school` is kept from the copy for the school's own
    /// organisation, and the reverse. `all-participants` keeps it from
    /// every copy; a copy for all participants leaves out every item that
    /// is kept from anyone.
    pub fn withheld(&self, not_for: &[Recipient], r: &Recipient) -> bool {
        if *r == Recipient::Id(ALL_PARTICIPANTS) {
            return !not_for.is_empty();
        }
        not_for
            .iter()
            .any(|n| *n == Recipient::Id(ALL_PARTICIPANTS) || self.may_be_same(n, r))
    }

    /// Whether the family's consent (`memo_consent.recipients`, resolved)
    /// covers a copy for `r`: `r` is named; or the organisation's role is;
    /// or, for a role, every organisation with that role is and everyone
    /// with the role has one; or `all-participants` is named and `r` is
    /// among the invitees.
    pub fn covers(&self, consent: &[Recipient], r: &Recipient) -> bool {
        let named = |x: &Recipient| consent.iter().any(|c| c == x);
        if consent.iter().any(|c| match (c, r) {
            (Recipient::Id(x), Recipient::Id(y)) => same_id(x, y),
            (Recipient::Org(i), Recipient::Org(j)) => i == j,
            (Recipient::Id(x), Recipient::Org(j)) => self.org_is(*j, x),
            (Recipient::Org(_), Recipient::Id(_)) => false,
        }) {
            return true;
        }
        if let Recipient::Id(id) = r {
            let orgs: Vec<usize> = (0..self.orgs.len())
                .filter(|i| self.org_is(*i, id))
                .collect();
            if !orgs.is_empty()
                && orgs.iter().all(|i| named(&Recipient::Org(*i)))
                && !self.roles_without_org.iter().any(|role| same_id(role, id))
            {
                return true;
            }
        }
        named(&Recipient::Id(ALL_PARTICIPANTS))
            && *r != Recipient::Id(ALL_PARTICIPANTS)
            && self.participates(r)
    }

    /// The recipients `memo_consent.recipients` names; unknown names are
    /// left out (they are `invalid-value` findings).
    pub fn consent(&self, fm: &Node) -> Vec<Recipient> {
        fm.get("memo_consent")
            .and_then(|c| c.get("recipients"))
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(Node::scalar)
            .filter_map(|r| self.resolve(r))
            .collect()
    }
}

/// The recipient a document was made for, from its name
/// `memo.<recipient>.<ext>` in any case and with any extension: Markdown,
/// HTML, a PDF printed from one (`memo.school.md.pdf`), a word processor's
/// file. `memo.md.bak` and the like are the memo itself, saved again.
pub fn of_document(name: &str) -> Option<&str> {
    let rest = name
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("memo."))
        .map(|_| &name[5..])?;
    let (r, ext) = rest.split_once('.')?;
    if r.is_empty() || ext.is_empty() {
        return None;
    }
    let saved_again = [
        "md", "html", "htm", "pdf", "docx", "doc", "odt", "rtf", "txt", "pages", "bak", "orig",
        "old", "tmp",
    ];
    if saved_again.iter().any(|e| r.eq_ignore_ascii_case(e)) {
        return None;
    }
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::words::FAMILY_WORK;
    use super::*;
    use crate::case::yaml::parse;

    const FM: &str = "invitees:\n  - name: A\n    role: school\n    organisation: Kirkonkylän koulu\n  - name: B\n    role: daycare\n    organisation: Päiväkoti Pikkukäpälä\n";

    #[test]
    fn one_name_many_spellings() {
        let fm = parse(FM).unwrap();
        let v = Recipients::of(&fm);
        for text in [
            "school",
            "School",
            " SCHOOL ",
            "koulu",
            "skolan",
            "ｓｃｈｏｏｌ",
        ] {
            assert_eq!(v.resolve(text), Some(Recipient::Id("school")), "{text}");
        }
        let nfd = "pa\u{308}iva\u{308}koti";
        assert_eq!(v.resolve(nfd), Some(Recipient::Id("daycare")));
        assert_eq!(v.resolve("Kirkonkylän  KOULU"), Some(Recipient::Org(0)));
        assert_eq!(v.resolve("kirkonkylan-koulu"), Some(Recipient::Org(0)));
        for text in ["schools", "sch\u{200b}ool", "sch\u{43e}ol", "koulut", ""] {
            assert_eq!(v.resolve(text), None, "{text}");
        }
        assert_eq!(v.suggest("schools").as_deref(), Some("school"));
        assert_eq!(v.suggest("sch\u{200b}ool").as_deref(), Some("school"));
        assert_eq!(v.suggest("sch\u{43e}ol").as_deref(), Some("school"));
        assert_eq!(v.suggest("koulut").as_deref(), Some("school"));
    }

    #[test]
    fn withheld_across_role_and_organisation() {
        let fm = parse(FM).unwrap();
        let v = Recipients::of(&fm);
        let school = Recipient::Id("school");
        let org = Recipient::Org(0);
        assert!(v.withheld(std::slice::from_ref(&school), &org));
        assert!(v.withheld(std::slice::from_ref(&org), &school));
        assert!(!v.withheld(&[Recipient::Id("daycare")], &school));
        assert!(v.withheld(&[Recipient::Id(ALL_PARTICIPANTS)], &school));
        assert!(v.withheld(
            &[Recipient::Id("daycare")],
            &Recipient::Id(ALL_PARTICIPANTS)
        ));
    }

    #[test]
    fn consent_covers() {
        let fm = parse(FM).unwrap();
        let v = Recipients::of(&fm);
        let all = [Recipient::Id(ALL_PARTICIPANTS)];
        assert!(v.covers(&all, &Recipient::Id("school")));
        assert!(v.covers(&all, &Recipient::Org(1)));
        assert!(!v.covers(&all, &Recipient::Id("health-care")));
        assert!(!v.covers(&all, &Recipient::Id("parent")));
        assert!(v.covers(&[Recipient::Id("school")], &Recipient::Org(0)));
        assert!(v.covers(&[Recipient::Org(0)], &Recipient::Id("school")));
        assert!(!v.covers(&[Recipient::Id("school")], &Recipient::Id("daycare")));
        assert!(v.covers(
            &[Recipient::Id(FAMILY_WORK)],
            &Recipient::Id("family-worker")
        ));
    }

    #[test]
    fn problems_and_redaction() {
        let text = format!(
            "{FM}agreed:\n  - action: a\n    not_for: [School]\n  - action: b\n    not_for: [schools]\n  - action: c\n    Not_for: [school]\n  - action: d\n    not_for: {{x: 1}}\nnot_for: [daycare]\n"
        );
        let fm = parse(&text).unwrap();
        let v = Recipients::of(&fm);
        let found: Vec<String> = problems(&fm, &v).iter().map(|p| p.field.clone()).collect();
        assert_eq!(
            found,
            [
                "agreed[1].not_for[0]",
                "agreed[2].Not_for",
                "agreed[3].not_for",
                "not_for"
            ]
        );
        let text = format!("{FM}agreed:\n  - action: a\n    not_for: koulu\n  - action: b\n");
        let fm = parse(&text).unwrap();
        let v = Recipients::of(&fm);
        assert!(problems(&fm, &v).is_empty());
        let copy = redact_named(&fm, &v, &|nf| v.withheld(nf, &Recipient::Org(0)), &[]);
        assert_eq!(copy.get("agreed").unwrap().items().len(), 1);
    }

    #[test]
    fn documents() {
        assert_eq!(of_document("memo.daycare.md"), Some("daycare"));
        assert_eq!(of_document("memo.school.pdf"), Some("school"));
        assert_eq!(of_document("memo.md"), None);
        assert_eq!(of_document("memo.md.bak"), None);
        assert_eq!(of_document("Memo.school.md"), Some("school"));
        assert_eq!(of_document("memo.school.md.pdf"), Some("school"));
        assert_eq!(of_document("memo.school.pages"), Some("school"));
        assert_eq!(of_document("agenda.md"), None);
    }
}
