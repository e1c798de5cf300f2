//! The one reader view: what one reader of a document may see of a meeting
//! and of the meetings it follows. Every document lsk makes — the agenda,
//! the memo and its copies, the child checklist, the invitation and its
//! calendar file, as Markdown, HTML or PDF, from `lsk render` or from the
//! browser — is made from a [`View`], and a `View` is made only here
//! ([`View::build`]): its frontmatter is private, so no template, page or
//! writer can be handed a meeting around it.
//!
//! Where lsk cannot read exactly who may see what — in the meeting or in
//! an earlier meeting whose content flows into it — no view is made, and
//! the findings say why.

use std::path::{Path, PathBuf};

use crate::case::meeting::{Follows, Lookup, owned, parse_meeting, resolve_follows};
use crate::case::yaml::Node;
use crate::case::{MEETING_FILE, source};
use crate::finding::Expected;
use crate::finding::Msg;
use crate::finding::{CONSENT, Finding, INVALID_VALUE, Severity, Sink, UNKNOWN_FIELD};
use crate::model::{Kind, Lang};
use crate::recipient::{self, ALL_PARTICIPANTS, FAMILY, Recipient, Recipients};

/// How far back a chain of follow-ups is read.
const MAX_CHAIN: usize = 20;

/// Who reads a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reader {
    /// Child welfare's file copy (the memo kept in the client records):
    /// everything.
    File,
    /// The family's own copy: the guardians, and the child from 12 about
    /// themself. Needs no consent; leaves out what is kept from a parent,
    /// the child or the family.
    Family,
    /// Everyone invited: the agenda, the invitation and its calendar
    /// entry, the child checklist (the child's supporter receives it).
    /// Leaves out everything that is kept from anyone.
    Participants,
    /// One recipient outside the family and child welfare (daycare,
    /// school, health care, an organisation, the relatives of a
    /// conference): only with the family's consent, leaving out what is
    /// kept from them.
    Outside(Recipient),
    /// The child themself: the letter to the child (issue 24). Failing
    /// closed, it leaves out every item that is kept from anyone: what is
    /// kept from the child or the family, of course, and also what is kept
    /// from a parent (the letter is read at home, to a small child aloud
    /// by a parent) or from an outside recipient (the child's supporter,
    /// often daycare or school staff, hands it over; and a matter kept
    /// from the school is no child's news to carry there).
    Child,
}

/// Why a copy for a named recipient cannot be made at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAReader {
    /// No recipient lsk knows, with the name it probably means.
    Unknown(Option<String>),
    /// Child welfare itself (the responsible worker, a social counsellor,
    /// the convener it commissions): the memo is its own record, and a
    /// copy "for" it is meaningless.
    ChildWelfare,
}

/// The reader a `--for` word (or the browser's `?for=`) names, in the
/// meeting whose recipients are `vocab`, in the case whose organisation
/// (lsk.yaml `organisation`, the keeper of the record) is `own`.
pub fn reader_for(
    vocab: &Recipients,
    own: Option<&str>,
    written: &str,
) -> Result<Reader, NotAReader> {
    match vocab.resolve(written) {
        None => Err(NotAReader::Unknown(vocab.suggest(written))),
        Some(Recipient::Id(id)) if recipient::is_family(id) => Ok(Reader::Family),
        Some(r) if vocab.is_child_welfare(&r) || is_keeper(vocab, own, &r) => {
            Err(NotAReader::ChildWelfare)
        }
        Some(r) => Ok(Reader::Outside(r)),
    }
}

/// Whether `r` is the organisation that keeps the record (an invitee from
/// it need not have a child-welfare role).
fn is_keeper(vocab: &Recipients, own: Option<&str>, r: &Recipient) -> bool {
    let fold = |t: &str| crate::text::slug(&crate::text::key(t));
    match (own.map(fold), r) {
        (Some(own), Recipient::Org(_)) => !own.is_empty() && fold(&vocab.name(r)) == own,
        _ => false,
    }
}

/// What one reader may see of a meeting: its frontmatter with every item
/// kept from the reader left out, and the earlier meetings it draws on,
/// seen the same way.
#[derive(Debug)]
pub struct View<'a> {
    fm: Node<'a>,
    reader: Reader,
    vocab: Recipients,
    /// The recipients as the reader may know them: from the invitees the
    /// view shows.
    seen_vocab: Recipients,
    /// People whose absence is kept from the reader: neither present nor
    /// absent in what the reader sees.
    unplaced: Vec<String>,
    /// The view leaves out something the meeting holds.
    withheld: bool,
    /// Something in the meeting is kept from the family: the full memo is
    /// then child welfare's file copy, not for the family.
    kept_from_family: bool,
    earlier: Vec<Earlier<'a>>,
}

/// An earlier meeting in the chain of `follows`, as the reader may see it.
#[derive(Debug)]
pub struct Earlier<'a> {
    /// Its folder name.
    pub name: String,
    fm: Node<'a>,
}

impl Earlier<'_> {
    pub fn fm(&self) -> &Node<'_> {
        &self.fm
    }
}

/// The meeting a view is made from: its frontmatter and where it is.
pub struct Source<'s, 'a> {
    pub fm: &'s Node<'a>,
    /// The frontmatter's text, to see aliases that could repeat a withheld
    /// text under a key of its own.
    pub frontmatter: &'s str,
    pub file: &'s Path,
    /// The case folder: earlier meetings are read only inside it.
    pub root: &'s Path,
    pub lang: Lang,
    /// The child's name (from lsk.yaml): a withheld item naming the child
    /// does not make every text naming the child a repeat of it.
    pub child: Option<&'s str>,
}

/// The earlier meetings, each read and parsed once (its meeting.md and
/// frontmatter), kept for as long as the views made from them.
#[derive(Default)]
pub struct Texts {
    earlier: Vec<(PathBuf, Node<'static>)>,
}

impl<'a> View<'a> {
    /// The view of `src` for `reader`, with the earlier meetings read from
    /// `texts` (filled here). Refused with findings when lsk cannot read
    /// exactly what is kept from whom, here or in an earlier meeting whose
    /// content reaches the document, or (for an outside recipient) when the
    /// family did not consent.
    pub fn build(
        src: &Source<'_, 'a>,
        reader: Reader,
        texts: &'a mut Texts,
    ) -> Result<View<'a>, Vec<Finding>> {
        let fm = src.fm;
        let vocab = Recipients::of(fm);
        let mut sink = Sink::new(src.file.to_path_buf(), None, src.lang);
        if reader != Reader::File {
            unclear(fm, src.frontmatter, &vocab, &mut sink);
            if let Reader::Outside(r) = &reader
                && !vocab.covers(&vocab.consent(fm), r)
            {
                let line = fm.entry("memo_consent").map_or(1, |e| e.key_line);
                sink.error(
                    CONSENT,
                    line,
                    Msg::CopyWithoutConsent {
                        recipient: vocab.name(r),
                    },
                );
            }
        }
        if !sink.findings.is_empty() {
            return Err(sink.findings);
        }
        read_chain(src, texts)?;
        let texts: &'a Texts = texts;
        let view_fm = see(fm, &vocab, &reader, src.child);
        let withheld = view_fm != *fm;
        // Where lsk cannot read whom something is kept from (a draft of the
        // full memo may still be made), the full memo is taken to hold
        // something kept from the family: it says it is the file copy.
        let kept_from_family = !recipient::problems(fm, &vocab).is_empty()
            || see(fm, &vocab, &Reader::Family, src.child) != *fm;
        let mut earlier = Vec::new();
        for (path, efm) in &texts.earlier {
            let name = path
                .parent()
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // Read, parsed and checked once, in `read_chain`.
            let evocab = Recipients::of(efm);
            // A recipient the earlier meeting does not know is read as
            // anyone: what is kept from anyone is left out.
            let ereader = match &reader {
                Reader::Outside(r) => match evocab.resolve(&vocab.id(r)) {
                    Some(er) => Reader::Outside(er),
                    None => Reader::Participants,
                },
                other => other.clone(),
            };
            earlier.push(Earlier {
                name,
                fm: see(efm, &evocab, &ereader, src.child),
            });
        }
        let absent = |fm: &Node| -> Vec<String> {
            fm.get("absent")
                .map(Node::items)
                .unwrap_or_default()
                .iter()
                .filter_map(|a| a.get("name").and_then(Node::text))
                .map(|n| n.trim().to_owned())
                .collect()
        };
        let seen_absent = absent(&view_fm);
        let unplaced = absent(fm)
            .into_iter()
            .filter(|n| !seen_absent.iter().any(|s| crate::text::same_person(s, n)))
            .collect();
        Ok(View {
            seen_vocab: Recipients::of(&view_fm),
            unplaced,
            fm: view_fm,
            reader,
            vocab,
            withheld,
            kept_from_family,
            earlier,
        })
    }

    /// The frontmatter as the reader may see it.
    pub fn fm(&self) -> &Node<'a> {
        &self.fm
    }

    pub fn reader(&self) -> &Reader {
        &self.reader
    }

    /// The meeting's recipients (from its invitees, not redacted: names of
    /// recipients, not content).
    pub fn vocab(&self) -> &Recipients {
        &self.vocab
    }

    /// The recipients as the reader may know them (from the invitees the
    /// view shows): what a document names recipients with.
    pub fn seen_vocab(&self) -> &Recipients {
        &self.seen_vocab
    }

    /// People whose absence is kept from the reader.
    pub fn unplaced(&self) -> &[String] {
        &self.unplaced
    }

    /// Whether the view leaves out something the meeting holds.
    pub fn withheld(&self) -> bool {
        self.withheld
    }

    /// Whether something in the meeting is kept from the family.
    pub fn kept_from_family(&self) -> bool {
        self.kept_from_family
    }

    /// The earlier meetings in the chain of `follows`, nearest first, as the
    /// reader may see them.
    pub fn earlier(&self) -> &[Earlier<'a>] {
        &self.earlier
    }
}

/// What `reader` sees of `fm`.
fn see<'a>(fm: &Node<'a>, vocab: &Recipients, reader: &Reader, child: Option<&str>) -> Node<'a> {
    let names: Vec<&str> = child.into_iter().collect();
    let family = |not_for: &[Recipient]| recipient::withheld_from_family(not_for);
    match reader {
        Reader::File => fm.clone(),
        Reader::Family => recipient::redact_named(fm, vocab, &family, &names),
        Reader::Participants => recipient::redact_named(
            fm,
            vocab,
            &|not_for| vocab.withheld(not_for, &Recipient::Id(ALL_PARTICIPANTS)),
            &names,
        ),
        // The relatives at a conference are the family's own people: what
        // is kept from the family is kept from them too.
        Reader::Outside(r @ Recipient::Id("relative")) => recipient::redact_named(
            fm,
            vocab,
            &|not_for| vocab.withheld(not_for, r) || recipient::withheld_from_family(not_for),
            &names,
        ),
        Reader::Outside(r) => {
            recipient::redact_named(fm, vocab, &|not_for| vocab.withheld(not_for, r), &names)
        }
        Reader::Child => recipient::redact_named(fm, vocab, &kept_from_child, &names),
    }
}

/// Whether an item whose `not_for` names `not_for` is kept from the child's
/// letter: whenever it is kept from anyone (see [`Reader::Child`]).
fn kept_from_child(not_for: &[Recipient]) -> bool {
    !not_for.is_empty()
}

/// Every place where lsk cannot read whom an item is kept from: an unknown
/// key (`except:`, `nor_for:`) or a list or record written as something
/// else may have been meant to withhold something; an alias can repeat a
/// withheld text under a key of its own.
fn unclear(fm: &Node, frontmatter: &str, vocab: &Recipients, sink: &mut Sink) {
    let mut shape = Sink::new(sink.file.clone(), None, sink.lang);
    crate::case::validate::mapping(
        fm,
        crate::schema::MEETING,
        &crate::case::validate::FieldPath::Root,
        &mut shape,
    );
    sink.findings.extend(shape.findings.into_iter().filter(|f| {
        f.rule == UNKNOWN_FIELD
            || matches!(
                &f.msg,
                Msg::InvalidValue {
                    expected: Expected::List | Expected::Mapping,
                    ..
                }
            )
    }));
    if crate::case::yaml::uses_aliases(frontmatter) && !recipient::no_not_for(fm) {
        sink.push_field(
            INVALID_VALUE,
            Severity::Error,
            1,
            Some("*".into()),
            Msg::UnclearNotFor { field: "*".into() },
        );
    }
    for p in recipient::problems(fm, vocab) {
        let msg = p.message();
        sink.push_field(INVALID_VALUE, Severity::Error, p.line, Some(p.field), msg);
    }
}

/// Read the chain of `follows` back from `src` into `texts`: each earlier
/// meeting of the same case, nearest first, until a meeting that follows
/// nothing, a conference (a plan's chain ends there), a loop, or
/// [`MAX_CHAIN`]. An earlier meeting that is there but cannot be read
/// exactly stops everything: its content would reach this document.
fn read_chain(src: &Source, texts: &mut Texts) -> Result<(), Vec<Finding>> {
    let Some(dir) = src.file.parent() else {
        return Ok(());
    };
    let mut next = follows(src.fm, dir, src.root).map(|f| (f, src.file.to_path_buf()));
    let mut seen: Vec<String> = Vec::new();
    while let Some((follows_, from)) = next.take() {
        let Follows {
            name,
            key_line: line,
            lookup,
            ..
        } = follows_;
        if seen.contains(&name) || seen.len() >= MAX_CHAIN {
            break;
        }
        seen.push(name.clone());
        let refuse = |mut findings: Vec<Finding>| {
            let mut sink = Sink::new(from.clone(), None, src.lang);
            sink.push_field(
                INVALID_VALUE,
                Severity::Error,
                line,
                Some("follows".into()),
                Msg::EarlierUnclear {
                    meeting: name.clone(),
                },
            );
            findings.extend(sink.findings);
            Err(findings)
        };
        let dir = match lookup {
            Lookup::Found(dir) => dir,
            // A meeting that is not there gives nothing (`lsk check` says so).
            Lookup::Missing | Lookup::NotAName => break,
            // Another case's meeting is never read as this one's.
            Lookup::OutsideCase => return refuse(Vec::new()),
        };
        let file = dir.join(MEETING_FILE);
        let mut sink = Sink::new(file.clone(), None, src.lang);
        let Ok(text) = source::read_text(&file) else {
            return refuse(Vec::new());
        };
        let Some(efm) = parse_meeting(&text, &mut sink) else {
            return refuse(sink.findings);
        };
        let fmtext = source::frontmatter(&text).unwrap_or("");
        let vocab = Recipients::of(&efm);
        let mut problems = Sink::new(file.clone(), None, src.lang);
        // (A merge left unresolved in it was refused by `parse_meeting`.)
        unclear(&efm, fmtext, &vocab, &mut problems);
        if !problems.findings.is_empty() {
            return refuse(problems.findings);
        }
        let kind = efm
            .get("kind")
            .and_then(Node::scalar)
            .and_then(|k| Kind::parse(k.trim()));
        let onward = (kind == Some(Kind::FgcFollowUp))
            .then(|| follows(&efm, &dir, src.root))
            .flatten()
            .map(|f| (f, file.clone()));
        texts.earlier.push((file, owned(&efm)));
        next = onward;
    }
    Ok(())
}

/// The earlier meeting `follows` names (`case::meeting::resolve_follows`,
/// the one way a `follows` is resolved), if it names one.
fn follows(fm: &Node, dir: &Path, root: &Path) -> Option<Follows> {
    resolve_follows(fm, dir, root)
}

/// The copies a memo can be made as, for a page to offer: the family's own
/// first, then each recipient the consent or the invitees name (their
/// roles and organisations) that the family's consent covers — a copy
/// that would be refused is not offered — never child welfare itself;
/// each with its `--for` word.
pub fn copy_choices(fm: &Node, own: Option<&str>) -> (Recipients, Vec<(String, Recipient)>) {
    let vocab = Recipients::of(fm);
    let mut out: Vec<(String, Recipient)> = vec![(FAMILY.to_owned(), Recipient::Id(FAMILY))];
    let consented = vocab.consent(fm);
    let named = vocab.choices();
    let others = consented
        .clone()
        .into_iter()
        .chain(named.iter().filter_map(|n| vocab.resolve(n)));
    for r in others {
        let id = vocab.id(&r);
        let skip = vocab.is_child_welfare(&r)
            || is_keeper(&vocab, own, &r)
            || !vocab.covers(&consented, &r)
            || matches!(&r, Recipient::Id(i) if recipient::is_family(i));
        if !skip && !out.iter().any(|(known, _)| *known == id) {
            out.push((id, r));
        }
    }
    (vocab, out)
}
