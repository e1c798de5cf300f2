//! Search across a team folder: by the child's name, a person's name
//! (invitees, chair, action owners…) and the words of the meetings
//! (topics, notes, agreed actions…), answering while a worker types.
//!
//! What is kept is small: each word of a case's files folded to a number
//! (one table of the team's words), and for each meeting its date, kind,
//! folder name and the numbers of its words, each with the field it was
//! found in. No meeting's text is kept. An index is brought up to date
//! with [`Index::update`]: a case's meetings are read again only when
//! their file's size or time changed.
//!
//! Matching: every word of the query must begin a word of the meeting or
//! of its case (prefix matching, so that results come while she types),
//! without regard to case or accents: "aino" finds "Äino", "makela"
//! finds "Mäkelä". In Finnish ä and ö are letters of their own, but names
//! are often written without them (a keyboard without them, a name from
//! another register), and a search that misses a child for a missing dot
//! is worse than one that shows a neighbour too.
//!
//! Identity codes are never indexed (they are cut out of the text before
//! it is split into words) and a query holding one is refused: search
//! never matches or shows one.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::case::yaml::{Node, Value};
use crate::case::{Case, MEETING_FILE, MEETINGS_DIR};
use crate::finding::Sink;
use crate::model::{Kind, Lang};
use crate::schema::{Field, MEETING, Ty};

/// Where a word was found: the child's name, the responsible worker, the
/// notes below the fields, or a field of meeting.md (by its place in
/// `schema::MEETING`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Child,
    Worker,
    Notes,
    Field(&'static str),
}

const CHILD: u8 = 0;
const WORKER: u8 = 1;
const NOTES: u8 = 2;
const FIRST_FIELD: u8 = 3;

impl Place {
    fn of(code: u8) -> Option<Place> {
        match code {
            CHILD => Some(Place::Child),
            WORKER => Some(Place::Worker),
            NOTES => Some(Place::Notes),
            n => MEETING
                .get(usize::from(n - FIRST_FIELD))
                .map(|f| Place::Field(f.key)),
        }
    }

    /// The place as a worker reads it, in `lang`: the field's label as the
    /// forms show it (its first clause), never its key.
    pub fn label(self, lang: Lang, kind: Option<Kind>) -> String {
        let text = match self {
            Place::Child => crate::i18n::serve::word(lang, "child"),
            Place::Worker => crate::i18n::serve::word(lang, "worker"),
            Place::Notes => crate::i18n::serve::word(lang, "notes"),
            Place::Field(key) => crate::schema::docs::field_doc(lang, key, kind),
        };
        // "kunkin osallistujan tärkeinä pitämät asiat: esityslista": the
        // first clause is the label; the rest is help.
        let first = text.split([':', ';', '(']).next().unwrap_or(text);
        // A long first clause is cut at a comma ("neuvottelun tavoite,
        // jotta kaikki tietävät…"), where that leaves a label of
        // a few words ("kutsutut, jotka eivät päässeet paikalle").
        let short = if first.chars().count() > 60 {
            first
                .match_indices(", ")
                .map(|(at, _)| &first[..at])
                .find(|head| head.chars().count() >= 12)
                .unwrap_or(first)
        } else {
            first
        }
        .trim();
        let mut chars = short.chars();
        match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// One meeting as the index keeps it.
struct Meeting {
    /// The meeting folder's name (its address on the pages).
    dir: Box<str>,
    date: Option<Box<str>>,
    kind: Option<Kind>,
    /// meeting.md's size and time when it was read.
    stamp: Option<(u64, SystemTime)>,
    /// The meeting's words: `word << 8 | place`, sorted, each once.
    words: Box<[u32]>,
}

/// One case as the index keeps it.
struct CaseEntry {
    child: Option<Box<str>>,
    lang: Lang,
    /// lsk.yaml's size and time when it was read.
    stamp: Option<(u64, SystemTime)>,
    /// The words of the child's name and the worker's.
    words: Box<[u32]>,
    meetings: Vec<Meeting>,
}

/// The search index of the cases below a folder.
#[derive(Default)]
pub struct Index {
    /// Every word seen, folded, by its number. Words are never forgotten
    /// (a word removed from every file stays in the table, matching
    /// nothing); the table is bounded by the team's vocabulary.
    words: HashMap<Box<str>, u32>,
    cases: HashMap<PathBuf, CaseEntry>,
    /// The cases in the order of the last update.
    order: Vec<PathBuf>,
}

/// A meeting that matched.
#[derive(Debug, Clone)]
pub struct MeetingHit {
    pub dir: String,
    pub date: Option<String>,
    pub kind: Option<Kind>,
}

/// One result: a case (every word found in the child's or the worker's
/// name) or a meeting of it, with the places the words were found in.
#[derive(Debug, Clone)]
pub struct Hit {
    pub root: PathBuf,
    pub child: Option<String>,
    pub lang: Lang,
    pub meeting: Option<MeetingHit>,
    pub places: Vec<Place>,
}

/// What a search found: the first `limit` results, and how many there
/// were in all.
#[derive(Debug, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub total: usize,
}

/// Why a query is not searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// It holds an identity code: search never looks for one.
    IdentityCode,
}

/// The words of `text` as the index folds them: compatibility-normalised,
/// accents dropped, lower case, split at anything that is not a letter or
/// a digit; identity codes cut out first.
pub fn fold_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    fold_each(text, |w| out.push(w.to_owned()));
    out
}

/// Each word of `text` as [`fold_words`] folds them, handed to `each`
/// without a string of its own. Character by character: ASCII as it is
/// (lower case), anything else through its compatibility decomposition
/// (per character, which is NFKD without the reordering of combining
/// marks: they are dropped); identity codes are cut out first only where
/// the text has digits enough to hold one (`hetu::mask` says so).
pub fn fold_each(text: &str, mut each: impl FnMut(&str)) {
    use unicode_normalization::char::{decompose_compatible, is_combining_mark};
    let masked = crate::hetu::mask(text);
    // What the mask left stands apart like any other mark; so does a mask
    // written in the text itself.
    let clean = if masked.contains(crate::hetu::MASK) {
        std::borrow::Cow::Owned(masked.replace(crate::hetu::MASK, " "))
    } else {
        masked
    };
    let mut word = String::new();
    let mut one = |c: char, word: &mut String| {
        if is_combining_mark(c) {
            return;
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            each(word);
            word.clear();
        }
    };
    for c in clean.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else if !word.is_empty() {
                one(' ', &mut word);
            }
        } else {
            decompose_compatible(c, |d| one(d, &mut word));
        }
    }
    if !word.is_empty() {
        one(' ', &mut word);
    }
}

/// A file's size and time, when it is a plain file (not a link).
fn stamp_of(file: &Path) -> Option<(u64, SystemTime)> {
    let md = file.symlink_metadata().ok()?;
    (md.is_file()).then_some(())?;
    Some((md.len(), md.modified().ok()?))
}

/// A meeting's words before they are numbered.
struct Read {
    dir: Box<str>,
    date: Option<Box<str>>,
    kind: Option<Kind>,
    stamp: Option<(u64, SystemTime)>,
    words: Vec<(String, u8)>,
}

/// Read one meeting.md for the index. A file that cannot be read or
/// parsed gives what could be read: its notes' words when the fields
/// cannot be parsed, nothing when the file cannot be read.
fn read_meeting(dir: &Path, stamp: Option<(u64, SystemTime)>) -> Read {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut read = Read {
        dir: name.clone().into(),
        date: None,
        kind: None,
        stamp,
        words: Vec::new(),
    };
    // A folder named with an identity code has no page: it is not shown.
    if !crate::hetu::find(&name).is_empty() || stamp.is_none() {
        read.kind = crate::case::meeting_kind(dir);
        return read;
    }
    let file = dir.join(MEETING_FILE);
    let mut sink = Sink::new(file.clone(), None, Lang::En);
    // Read once, parsed once (the kind, the date and the words from the
    // same tree); the codes in it are cut out of the words, not reported.
    let Ok(text) = crate::case::source::read_text(&file) else {
        return read;
    };
    match crate::case::meeting::parse_meeting(&text, &mut sink) {
        Some(root) => {
            read.kind = root
                .get("kind")
                .and_then(Node::scalar)
                .and_then(Kind::parse);
            read.date = root
                .get("date")
                .and_then(Node::scalar)
                .map(|d| d.trim().into());
            if let Value::Map(entries) = &root.value {
                for entry in entries {
                    let Some(at) = MEETING.iter().position(|f| f.key == entry.key) else {
                        continue;
                    };
                    let Ok(code) = u8::try_from(at + usize::from(FIRST_FIELD)) else {
                        continue;
                    };
                    walk(&entry.value, &MEETING[at].ty, code, &mut read.words);
                }
            }
        }
        // Fields lsk will not read as a meeting (a merge left in the
        // file, a list at the top) may still name its kind.
        None => read.kind = kind_in(&text),
    }
    if let Some(notes) = body_of(&text) {
        fold_each(notes, |w| read.words.push((w.to_owned(), NOTES)));
    }
    read
}

/// The kind a meeting.md's text names, read as `case::meeting_kind`
/// reads it from the file.
fn kind_in(text: &str) -> Option<Kind> {
    let fields = crate::case::source::frontmatter(text).ok()?;
    crate::case::yaml::parse(fields)
        .ok()?
        .get("kind")
        .and_then(Node::scalar)
        .and_then(Kind::parse)
}

/// The words of a value of type `ty`: free text and names, not dates,
/// choices or recipients' short names.
fn walk(node: &Node, ty: &Ty, code: u8, out: &mut Vec<(String, u8)>) {
    match ty {
        Ty::Text | Ty::Person | Ty::People | Ty::TextList => text_of(node, code, out),
        Ty::Records(fields) | Ty::Record(fields) => record(node, fields, code, out),
        _ => {}
    }
}

/// A text value, a list of them, or a `{text: …, not_for: […]}` section:
/// its words (search is the worker's own tool over the whole file; what
/// is kept from a reader is found too).
fn text_of(node: &Node, code: u8, out: &mut Vec<(String, u8)>) {
    match &node.value {
        Value::Scalar { text, .. } => fold_each(text, |w| out.push((w.to_owned(), code))),
        Value::Seq(items) => items.iter().for_each(|i| text_of(i, code, out)),
        Value::Map(_) => {
            if let Some(t) = node.get("text") {
                text_of(t, code, out);
            }
        }
        Value::Null => {}
    }
}

fn record(node: &Node, fields: &[Field], code: u8, out: &mut Vec<(String, u8)>) {
    match &node.value {
        Value::Seq(items) => items.iter().for_each(|i| record(i, fields, code, out)),
        Value::Map(entries) => {
            for entry in entries {
                if let Some(f) = fields.iter().find(|f| f.key == entry.key) {
                    walk(&entry.value, &f.ty, code, out);
                }
            }
        }
        _ => {}
    }
}

/// The free notes after the frontmatter.
fn body_of(text: &str) -> Option<&str> {
    let rest = text.strip_prefix("---")?;
    let end = rest.find("\n---")?;
    let after = &rest[end + 4..];
    let after = after.split_once('\n').map_or("", |(_, b)| b);
    (!after.trim().is_empty()).then_some(after)
}

/// The meeting folders of a case that lie inside it (a link out of the
/// case is not followed).
fn meeting_dirs(root: &Path) -> Vec<PathBuf> {
    let dirs = crate::case::discover::meetings_of(&root.join(MEETINGS_DIR));
    let plain = root
        .join(MEETINGS_DIR)
        .symlink_metadata()
        .is_ok_and(|m| m.is_dir());
    dirs.into_iter()
        .filter(|d| {
            (plain && d.symlink_metadata().is_ok_and(|m| m.is_dir()))
                || crate::fsutil::inside(d, root)
        })
        .collect()
}

/// A case read for the index: lsk.yaml (when it changed) and the meetings
/// whose files changed since `old` was made.
struct CaseRead {
    child: Option<Option<Box<str>>>,
    lang: Option<Lang>,
    stamp: Option<(u64, SystemTime)>,
    names: Option<Vec<(String, u8)>>,
    /// Each meeting: read anew, or kept from `old` (its position there).
    meetings: Vec<Result<Read, usize>>,
}

fn read_case(root: &Path, old: Option<&CaseEntry>) -> CaseRead {
    let stamp = stamp_of(&root.join(crate::case::CASE_FILE));
    let mut out = CaseRead {
        child: None,
        lang: None,
        stamp,
        names: None,
        meetings: Vec::new(),
    };
    if old.is_none_or(|o| o.stamp != stamp || stamp.is_none()) {
        let case = Case::load(root, None);
        let mut names = Vec::new();
        if let Some(child) = &case.child_name {
            names.extend(fold_words(child).into_iter().map(|w| (w, CHILD)));
        }
        if let Some(worker) = &case.responsible_worker {
            names.extend(fold_words(worker).into_iter().map(|w| (w, WORKER)));
        }
        out.child = Some(
            case.child_name
                .as_deref()
                .map(|c| crate::hetu::mask(c).into_owned().into()),
        );
        out.lang = Some(case.lang);
        out.names = Some(names);
    }
    for dir in meeting_dirs(root) {
        let stamp = stamp_of(&dir.join(MEETING_FILE));
        let name = dir.file_name();
        let kept = old.and_then(|o| {
            o.meetings.iter().position(|m| {
                stamp.is_some() && m.stamp == stamp && Some(std::ffi::OsStr::new(&*m.dir)) == name
            })
        });
        out.meetings.push(match kept {
            Some(i) => Err(i),
            None => Ok(read_meeting(&dir, stamp)),
        });
    }
    out
}

impl Index {
    pub fn new() -> Index {
        Index::default()
    }

    /// The index of the case or team folder `root`, read whole.
    pub fn of(root: &Path) -> Index {
        let roots = if crate::case::is_case_root(root) {
            vec![root.to_path_buf()]
        } else {
            crate::case::discover::cases_below(root)
                .roots
                .into_iter()
                .filter(|r| crate::fsutil::inside(r, root))
                .collect()
        };
        let mut index = Index::new();
        index.update(&roots, |_| true);
        index
    }

    /// Bring the index to `roots` (the cases shown, in their order): cases
    /// no longer there are forgotten; of each case `looked(i)` says may
    /// have changed, lsk.yaml and every meeting.md whose size or time
    /// moved is read again (in parallel), the others kept.
    pub fn update(&mut self, roots: &[PathBuf], looked: impl Fn(usize) -> bool + Sync) {
        let there: std::collections::HashSet<&PathBuf> = roots.iter().collect();
        self.cases.retain(|r, _| there.contains(r));
        let todo: Vec<usize> = (0..roots.len())
            .filter(|&i| !self.cases.contains_key(&roots[i]) || looked(i))
            .collect();
        // In batches, so that what is read at once stays bounded.
        for batch in todo.chunks(64) {
            let cases = &self.cases;
            let read: Vec<(usize, CaseRead)> = batch
                .par_iter()
                .map(|&i| (i, read_case(&roots[i], cases.get(&roots[i]))))
                .collect();
            for (i, r) in read {
                self.apply(&roots[i], r);
            }
        }
        self.order = roots.to_vec();
    }

    fn number(&mut self, words: Vec<(String, u8)>) -> Box<[u32]> {
        let mut out: Vec<u32> = Vec::with_capacity(words.len());
        for (word, place) in words {
            let next = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
            let n = match self.words.get(word.as_str()) {
                Some(n) => *n,
                None => {
                    // 2^24 words: more than any team's vocabulary; beyond
                    // it, words are not indexed rather than confused.
                    if next >= 1 << 24 {
                        continue;
                    }
                    self.words.insert(word.into_boxed_str(), next);
                    next
                }
            };
            out.push(n << 8 | u32::from(place));
        }
        out.sort_unstable();
        out.dedup();
        out.into_boxed_slice()
    }

    fn apply(&mut self, root: &Path, read: CaseRead) {
        let old = self.cases.remove(root);
        let (mut child, mut lang, mut words, old_meetings) = match old {
            Some(o) => (o.child, o.lang, o.words, o.meetings),
            None => (None, Lang::default(), Box::default(), Vec::new()),
        };
        if let Some(c) = read.child {
            child = c;
        }
        if let Some(l) = read.lang {
            lang = l;
        }
        if let Some(names) = read.names {
            words = self.number(names);
        }
        let mut old_meetings: Vec<Option<Meeting>> = old_meetings.into_iter().map(Some).collect();
        let mut meetings = Vec::with_capacity(read.meetings.len());
        for m in read.meetings {
            match m {
                Err(i) => {
                    if let Some(kept) = old_meetings.get_mut(i).and_then(Option::take) {
                        meetings.push(kept);
                    }
                }
                Ok(r) => {
                    let words = self.number(r.words);
                    meetings.push(Meeting {
                        dir: r.dir,
                        date: r.date,
                        kind: r.kind,
                        stamp: r.stamp,
                        words,
                    });
                }
            }
        }
        self.cases.insert(
            root.to_path_buf(),
            CaseEntry {
                child,
                lang,
                stamp: read.stamp,
                words,
                meetings,
            },
        );
    }

    /// The number of meetings indexed.
    pub fn meetings(&self) -> usize {
        self.cases.values().map(|c| c.meetings.len()).sum()
    }

    /// The cases and meetings in which every word of `query` begins a
    /// word: the cases first (by the order of the update), then the
    /// meetings, newest first; the first `limit` of them and how many in
    /// all. An empty query finds nothing.
    pub fn search(&self, query: &str, limit: usize) -> Result<Found, Refused> {
        if !crate::hetu::find(query).is_empty() {
            return Err(Refused::IdentityCode);
        }
        let mut terms = fold_words(query);
        terms.sort();
        terms.dedup();
        // "sanna" and "sann": the longer asks nothing more.
        let all = terms.clone();
        terms.retain(|t| !all.iter().any(|o| o != t && o.starts_with(t.as_str())));
        if terms.is_empty() {
            return Ok(Found::default());
        }
        // For each term, the words it begins, as a bit set over numbers.
        let size = self.words.len().div_ceil(64);
        let mut sets: Vec<Vec<u64>> = vec![vec![0; size]; terms.len()];
        for (word, n) in &self.words {
            for (t, set) in terms.iter().zip(sets.iter_mut()) {
                if word.starts_with(t.as_str()) {
                    set[*n as usize / 64] |= 1 << (*n % 64);
                }
            }
        }
        let hit = |set: &[u64], packed: u32| {
            let n = (packed >> 8) as usize;
            set[n / 64] & (1 << (n % 64)) != 0
        };
        // The places of `words` where a term found (`found[t]`) stands.
        let places = |words: &[u32], found: &[bool], out: &mut Vec<Place>| {
            for w in words {
                if sets.iter().zip(found).any(|(s, f)| *f && hit(s, *w)) {
                    out.extend(Place::of((w & 0xff) as u8));
                }
            }
        };
        // First which match (references only: a query of one letter may
        // match every meeting), then the first `limit` made into results.
        let mut cases: Vec<(&PathBuf, &CaseEntry, Vec<bool>, bool)> = Vec::new();
        let mut meetings: Vec<(usize, &Meeting, Vec<bool>)> = Vec::new();
        for root in &self.order {
            let Some(case) = self.cases.get(root) else {
                continue;
            };
            let in_case: Vec<bool> = sets
                .iter()
                .map(|s| case.words.iter().any(|w| hit(s, *w)))
                .collect();
            let at = cases.len();
            let whole = in_case.iter().all(|b| *b);
            cases.push((root, case, in_case, whole));
            let in_case = &cases[at].2;
            let mut here = vec![false; sets.len()];
            for m in &case.meetings {
                let mut all = true;
                for ((s, in_c), h) in sets.iter().zip(in_case).zip(here.iter_mut()) {
                    *h = m.words.iter().any(|w| hit(s, *w));
                    if !*h && !in_c {
                        all = false;
                        break;
                    }
                }
                // A meeting is shown when a term stands in it: a child's
                // name alone shows her case, not each of its meetings.
                if all && here.iter().any(|h| *h) {
                    meetings.push((at, m, here.clone()));
                }
            }
        }
        // Newest first; undated last; then by child and folder.
        fn order(c: usize, m: &Meeting) -> (bool, std::cmp::Reverse<Option<&str>>, usize, &str) {
            (
                m.date.is_none(),
                std::cmp::Reverse(m.date.as_deref()),
                c,
                &m.dir,
            )
        }
        meetings.sort_by(|(ca, a, _), (cb, b, _)| order(*ca, a).cmp(&order(*cb, b)));
        let whole: Vec<usize> = (0..cases.len()).filter(|i| cases[*i].3).collect();
        let total = whole.len() + meetings.len();
        let mut hits = Vec::new();
        for &i in whole.iter().take(limit) {
            let (root, case, found, _) = &cases[i];
            let mut p = Vec::new();
            places(&case.words, found, &mut p);
            p.sort();
            p.dedup();
            hits.push(Hit {
                root: (*root).clone(),
                child: case.child.as_deref().map(str::to_owned),
                lang: case.lang,
                meeting: None,
                places: p,
            });
        }
        for (at, m, here) in meetings.iter().take(limit.saturating_sub(hits.len())) {
            let (root, case, in_case, _) = &cases[*at];
            let mut p = Vec::new();
            places(&m.words, here, &mut p);
            places(&case.words, in_case, &mut p);
            p.sort();
            p.dedup();
            hits.push(Hit {
                root: (*root).clone(),
                child: case.child.as_deref().map(str::to_owned),
                lang: case.lang,
                meeting: Some(MeetingHit {
                    dir: m.dir.to_string(),
                    date: m.date.as_deref().map(str::to_owned),
                    kind: m.kind,
                }),
                places: p,
            });
        }
        Ok(Found { hits, total })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_and_accents() {
        assert_eq!(fold_words("Leena Mäkelä"), ["leena", "makela"]);
        assert_eq!(fold_words("ÅSA-Öberg"), ["asa", "oberg"]);
    }

    /// The folding as it was first written: the whole text through NFKD.
    fn fold_by_nfkd(text: &str) -> Vec<String> {
        use unicode_normalization::UnicodeNormalization;
        use unicode_normalization::char::is_combining_mark;
        let masked = crate::hetu::mask(text);
        let clean = masked.replace(crate::hetu::MASK, " ");
        let mut out = Vec::new();
        let mut word = String::new();
        for c in clean.nfkd() {
            if is_combining_mark(c) {
                continue;
            }
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
        out
    }

    #[test]
    fn folding_character_by_character_is_nfkd() {
        // Every character alone, beside a letter, and after a combining
        // mark (where NFKD would reorder marks).
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(fold_words(&text), fold_by_nfkd(&text), "{text:?}");
            if u32::from(c) < 0x3400 || u32::from(c) % 97 == 0 {
                let text = format!("e\u{301}{c}\u{323}x {c}\u{0327}\u{0301}");
                assert_eq!(fold_words(&text), fold_by_nfkd(&text), "{text:?}");
            }
        }
        for text in [
            "Leena Mäkelä, 131052-308T ja ＡＢＣ ﬁ ㈱ Åsa-Öberg XXXXXX-XXXX x",
            "Ｌｅｅｎａ ２０２６ 1310５2-308T ǅ ß İstanbul",
            "",
            "  ",
        ] {
            assert_eq!(fold_words(text), fold_by_nfkd(text), "{text:?}");
        }
    }

    #[test]
    fn identity_codes_are_not_words() {
        assert_eq!(fold_words("Aino 131052-308T kotona"), ["aino", "kotona"]);
    }

    #[test]
    fn labels_are_short_words() {
        assert_eq!(
            Place::Field("agreed").label(Lang::Fi, None),
            "Sovitut asiat"
        );
        assert_eq!(Place::Child.label(Lang::Sv, None), "Barn");
    }

    #[test]
    fn every_place_has_a_label_in_every_language_and_no_key() {
        for lang in [Lang::Fi, Lang::Sv, Lang::En] {
            for code in 0..=u8::MAX {
                let Some(place) = Place::of(code) else {
                    continue;
                };
                let label = place.label(lang, None);
                eprintln!("{lang:?} {place:?}: {label}");
                assert!(!label.is_empty(), "{lang:?} {place:?}");
                assert!(
                    !label.contains(['_', '`', '[']),
                    "{lang:?} {place:?}: {label}"
                );
                if let Place::Field(key) = place {
                    assert_ne!(label.to_lowercase(), key.to_lowercase(), "{lang:?}");
                }
            }
        }
    }
}
