//! Search across a team folder: by the child's name, a person's name
//! (invitees, chair, action owners…) and the words of the meetings
//! (topics, notes, agreed actions…), answering while a worker types.
//!
//! What is kept is small: each word of a case's files folded to a number
//! (one table of the team's words, kept as one sorted string), and for
//! each case one array of bytes: the numbers of its names' words, then
//! each meeting's date, kind, folder name and the numbers of its words,
//! grouped by the field they were found in, as small steps (about a
//! quarter of a kilobyte a meeting). No meeting's text is kept. An index
//! is brought up to date with [`Index::update`]: a case's meetings are
//! read again only when their file's size or time changed.
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
use crate::case::{MEETING_FILE, MEETINGS_DIR};
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

/// A file's size and time when it was read.
type Stamp = (u64, SystemTime);

/// One case as the index keeps it: what a result shows of the case, and
/// one array of bytes (`blob`) holding the words of the child's and the
/// worker's names and then each meeting (see [`put_meeting`]): no heap
/// object of its own for a meeting or a word.
struct CaseEntry {
    root: Box<Path>,
    child: Option<Box<str>>,
    lang: Lang,
    /// lsk.yaml's size and time when it was read.
    stamp: Option<Stamp>,
    meetings: u32,
    blob: Box<[u8]>,
}

/// Every word seen, folded, with its number: one string of the words in
/// order, and the words numbered since it was last put in order. A word's
/// number never changes (the meetings keep numbers); words are never
/// forgotten (a word removed from every file stays, matching nothing), so
/// the table is bounded by the team's vocabulary.
#[derive(Default)]
struct Words {
    /// The words in order, one after the other.
    text: String,
    /// Where each word of `text` ends.
    ends: Vec<u32>,
    /// Each word's number.
    numbers: Vec<u32>,
    /// Words numbered since `text` was made: put in it by `settle`.
    fresh: HashMap<Box<str>, u32>,
}

/// 2^24 words: more than any team's vocabulary; beyond it, words are not
/// indexed rather than confused.
const MOST_WORDS: usize = 1 << 24;

impl Words {
    fn len(&self) -> usize {
        self.numbers.len() + self.fresh.len()
    }

    fn word(&self, i: usize) -> &str {
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] as usize,
        };
        self.text.get(start..self.ends[i] as usize).unwrap_or("")
    }

    /// The place in `text`'s order of the first word not before `word`.
    fn first_from(&self, word: &str) -> usize {
        let (mut lo, mut hi) = (0, self.numbers.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.word(mid) < word {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// `word`'s number, given it a new one if it has none.
    fn number(&mut self, word: String) -> Option<u32> {
        let at = self.first_from(&word);
        if at < self.numbers.len() && self.word(at) == word {
            return Some(self.numbers[at]);
        }
        if let Some(n) = self.fresh.get(word.as_str()) {
            return Some(*n);
        }
        let next = self.len();
        let room = self.text.len() + word.len() < u32::MAX as usize / 2;
        if next >= MOST_WORDS || !room {
            return None;
        }
        let n = u32::try_from(next).ok()?;
        self.fresh.insert(word.into_boxed_str(), n);
        Some(n)
    }

    /// Put the new words in order with the others.
    fn settle(&mut self) {
        if self.fresh.is_empty() {
            return;
        }
        let fresh = std::mem::take(&mut self.fresh);
        let mut all: Vec<(&str, u32)> = (0..self.numbers.len())
            .map(|i| (self.word(i), self.numbers[i]))
            .chain(fresh.iter().map(|(w, n)| (&**w, *n)))
            .collect();
        all.sort_unstable();
        let mut text = String::with_capacity(all.iter().map(|(w, _)| w.len()).sum());
        let mut ends = Vec::with_capacity(all.len());
        let mut numbers = Vec::with_capacity(all.len());
        for (w, n) in all {
            text.push_str(w);
            ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
            numbers.push(n);
        }
        (self.text, self.ends, self.numbers) = (text, ends, numbers);
    }

    /// The number of every word that begins with `prefix`: a range of the
    /// words in order (and any not yet put in order).
    fn each_beginning(&self, prefix: &str, mut each: impl FnMut(u32)) {
        let mut at = self.first_from(prefix);
        while at < self.numbers.len() && self.word(at).starts_with(prefix) {
            each(self.numbers[at]);
            at += 1;
        }
        for (w, n) in &self.fresh {
            if w.starts_with(prefix) {
                each(*n);
            }
        }
    }
}

/// A number, seven bits a byte, low first (LEB128).
fn put_num(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_num(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Words with the places they were found in, as bytes: for each place,
/// its code, how many words, and their numbers in order, each as the
/// step from the one before (most steps are small: one or two bytes).
fn put_words(out: &mut Vec<u8>, mut words: Vec<(u8, u32)>) {
    words.sort_unstable();
    words.dedup();
    let mut bytes = Vec::new();
    let mut rest = &words[..];
    while let Some(&(place, _)) = rest.first() {
        let same = rest.iter().take_while(|(p, _)| *p == place).count();
        bytes.push(place);
        put_num(&mut bytes, same as u64);
        let mut last = 0;
        for &(_, n) in &rest[..same] {
            put_num(&mut bytes, u64::from(n - last));
            last = n;
        }
        rest = &rest[same..];
    }
    put_num(out, bytes.len() as u64);
    out.extend_from_slice(&bytes);
}

/// A reader of what `put_*` wrote. It never reads past the end (what
/// is missing reads as zero): the bytes are the index's own.
struct Bytes<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Bytes<'a> {
    fn new(bytes: &'a [u8]) -> Bytes<'a> {
        Bytes { bytes, at: 0 }
    }

    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    fn byte(&mut self) -> u8 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    fn num(&mut self) -> u64 {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
        }
        n
    }

    fn take(&mut self, len: usize) -> &'a [u8] {
        let start = self.at.min(self.bytes.len());
        let end = start.saturating_add(len).min(self.bytes.len());
        self.at = start.saturating_add(len);
        &self.bytes[start..end]
    }

    fn str(&mut self) -> &'a str {
        let len = usize::try_from(self.num()).unwrap_or(usize::MAX);
        std::str::from_utf8(self.take(len)).unwrap_or("")
    }

    /// The bytes of words `put_words` wrote.
    fn words(&mut self) -> &'a [u8] {
        let len = usize::try_from(self.num()).unwrap_or(usize::MAX);
        self.take(len)
    }
}

/// Each (place, number) of words `put_words` wrote, until `each` says
/// it has seen enough (`true`).
fn each_word(words: &[u8], mut each: impl FnMut(u8, u32) -> bool) {
    let mut r = Bytes::new(words);
    while !r.done() {
        let place = r.byte();
        let mut n = 0u32;
        for _ in 0..r.num() {
            n = n.wrapping_add(u32::try_from(r.num()).unwrap_or(u32::MAX));
            if each(place, n) {
                return;
            }
            if r.done() {
                break;
            }
        }
    }
}

/// One meeting as the index keeps it, in its case's bytes: the folder's
/// name, the date, the kind, meeting.md's size and time, the words.
fn put_meeting(out: &mut Vec<u8>, read: Read, words: Vec<(u8, u32)>) {
    put_str(out, &read.dir);
    match &read.date {
        Some(d) => {
            put_num(out, d.len() as u64 + 1);
            out.extend_from_slice(d.as_bytes());
        }
        None => put_num(out, 0),
    }
    out.push(
        read.kind
            .and_then(|k| Kind::ALL.iter().position(|a| *a == k))
            .map_or(0, |i| i as u8 + 1),
    );
    match read.stamp {
        None => out.push(0),
        Some((size, time)) => {
            let (sign, since) = match time.duration_since(SystemTime::UNIX_EPOCH) {
                Ok(d) => (1, d),
                Err(e) => (2, e.duration()),
            };
            out.push(sign);
            put_num(out, size);
            put_num(out, since.as_secs());
            put_num(out, u64::from(since.subsec_nanos()));
        }
    }
    put_words(out, words);
}

/// A meeting read back from its case's bytes.
struct Meeting<'a> {
    dir: &'a str,
    date: Option<&'a str>,
    kind: Option<Kind>,
    stamp: Option<Stamp>,
    words: &'a [u8],
    /// The whole of it, as `put_meeting` wrote it.
    bytes: &'a [u8],
}

fn get_meeting<'a>(r: &mut Bytes<'a>) -> Meeting<'a> {
    let start = r.at;
    let dir = r.str();
    let date = match usize::try_from(r.num()).unwrap_or(usize::MAX) {
        0 => None,
        n => Some(std::str::from_utf8(r.take(n - 1)).unwrap_or("")),
    };
    let kind = match r.byte() {
        0 => None,
        n => Kind::ALL.get(usize::from(n - 1)).copied(),
    };
    let stamp = match r.byte() {
        0 => None,
        sign => {
            let size = r.num();
            let since = std::time::Duration::new(
                r.num(),
                u32::try_from(r.num()).unwrap_or(0).min(999_999_999),
            );
            let time = match sign {
                1 => SystemTime::UNIX_EPOCH.checked_add(since),
                _ => SystemTime::UNIX_EPOCH.checked_sub(since),
            };
            time.map(|t| (size, t))
        }
    };
    let words = r.words();
    let end = r.at.min(r.bytes.len());
    Meeting {
        dir,
        date,
        kind,
        stamp,
        words,
        bytes: &r.bytes[start.min(end)..end],
    }
}

impl CaseEntry {
    /// The words of the child's and the worker's names.
    fn names(&self) -> &[u8] {
        Bytes::new(&self.blob).words()
    }

    /// Each meeting, in the order of the case's folder.
    fn each_meeting(&self) -> impl Iterator<Item = Meeting<'_>> {
        let mut r = Bytes::new(&self.blob);
        r.words();
        (0..self.meetings).map_while(move |_| (!r.done()).then(|| get_meeting(&mut r)))
    }
}

/// The search index of the cases below a folder.
#[derive(Default)]
pub struct Index {
    words: Words,
    /// The cases in the order of the last update.
    cases: Vec<CaseEntry>,
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
    if crate::hetu::name_holds_code(
        dir.file_name()
            .map(|n| n.as_encoded_bytes())
            .unwrap_or_default(),
    ) || stamp.is_none()
    {
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
    stamp: Option<Stamp>,
    names: Option<Vec<(String, u8)>>,
    /// Each meeting: read anew, or kept from `old` (its position there).
    meetings: Vec<Result<Read, usize>>,
}

/// What search needs of lsk.yaml, read as `Case::load` reads it: the
/// child's name, the responsible worker and the case's language (the
/// default when the file cannot be read; no name when its fields cannot).
struct CaseFile {
    child: Option<String>,
    worker: Option<String>,
    lang: Lang,
}

fn read_case_file(root: &Path) -> CaseFile {
    let mut out = CaseFile {
        child: None,
        worker: None,
        lang: Lang::default(),
    };
    let Ok(text) = crate::case::read_case_file(root) else {
        return out;
    };
    let Ok(node) = crate::case::yaml::parse(&text) else {
        return out;
    };
    out.lang = node
        .get("language")
        .and_then(Node::scalar)
        .and_then(Lang::parse)
        .unwrap_or_default();
    if crate::case::merge_conflict_line(&text).is_some()
        || !matches!(node.value, Value::Map(_) | Value::Null)
    {
        return out;
    }
    let text = |n: Option<&Node>| {
        n.and_then(Node::scalar)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    out.child = text(node.get("child").and_then(|c| c.get("name")));
    out.worker = text(node.get("responsible_worker"));
    out
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
        let case = read_case_file(root);
        let mut names = Vec::new();
        if let Some(child) = &case.child {
            fold_each(child, |w| names.push((w.to_owned(), CHILD)));
        }
        if let Some(worker) = &case.worker {
            fold_each(worker, |w| names.push((w.to_owned(), WORKER)));
        }
        out.child = Some(
            case.child
                .as_deref()
                .map(|c| crate::hetu::mask(c).into_owned().into()),
        );
        out.lang = Some(case.lang);
        out.names = Some(names);
    }
    let old_meetings: Vec<(&str, Option<Stamp>)> = old
        .map(|o| o.each_meeting().map(|m| (m.dir, m.stamp)).collect())
        .unwrap_or_default();
    for dir in meeting_dirs(root) {
        let stamp = stamp_of(&dir.join(MEETING_FILE));
        let name = dir.file_name();
        let kept = old_meetings.iter().position(|(d, s)| {
            stamp.is_some() && *s == stamp && Some(std::ffi::OsStr::new(d)) == name
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
        let mut old: HashMap<Box<Path>, CaseEntry> = std::mem::take(&mut self.cases)
            .into_iter()
            .map(|c| (c.root.clone(), c))
            .collect();
        let mut slots: Vec<Option<CaseEntry>> =
            roots.iter().map(|r| old.remove(r.as_path())).collect();
        drop(old);
        let todo: Vec<usize> = (0..roots.len())
            .filter(|&i| slots[i].is_none() || looked(i))
            .collect();
        // In batches, so that what is read at once stays bounded.
        for batch in todo.chunks(64) {
            let read: Vec<(usize, CaseRead)> = batch
                .par_iter()
                .map(|&i| (i, read_case(&roots[i], slots[i].as_ref())))
                .collect();
            for (i, r) in read {
                let old = slots[i].take();
                slots[i] = Some(self.make(&roots[i], old, r));
            }
        }
        self.cases = slots.into_iter().flatten().collect();
        self.words.settle();
    }

    fn number(&mut self, words: Vec<(String, u8)>) -> Vec<(u8, u32)> {
        words
            .into_iter()
            .filter_map(|(w, place)| Some((place, self.words.number(w)?)))
            .collect()
    }

    /// The case `root` as `read` found it, with what did not change kept
    /// from `old`.
    fn make(&mut self, root: &Path, old: Option<CaseEntry>, read: CaseRead) -> CaseEntry {
        let (mut child, mut lang) = match &old {
            Some(o) => (o.child.clone(), o.lang),
            None => (None, Lang::default()),
        };
        if let Some(c) = read.child {
            child = c;
        }
        if let Some(l) = read.lang {
            lang = l;
        }
        let mut blob = Vec::new();
        match read.names {
            Some(names) => {
                let names = self.number(names);
                put_words(&mut blob, names);
            }
            None => {
                let names = old.as_ref().map_or(&[][..], CaseEntry::names);
                put_num(&mut blob, names.len() as u64);
                blob.extend_from_slice(names);
            }
        }
        let kept: Vec<&[u8]> = old
            .as_ref()
            .map(|o| o.each_meeting().map(|m| m.bytes).collect())
            .unwrap_or_default();
        let mut meetings = 0u32;
        for m in read.meetings {
            match m {
                Err(i) => {
                    if let Some(bytes) = kept.get(i) {
                        blob.extend_from_slice(bytes);
                        meetings += 1;
                    }
                }
                Ok(mut r) => {
                    let words = self.number(std::mem::take(&mut r.words));
                    put_meeting(&mut blob, r, words);
                    meetings += 1;
                }
            }
        }
        CaseEntry {
            root: root.into(),
            child,
            lang,
            stamp: read.stamp,
            meetings,
            blob: blob.into_boxed_slice(),
        }
    }

    /// The number of meetings indexed.
    pub fn meetings(&self) -> usize {
        self.cases.iter().map(|c| c.meetings as usize).sum()
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
        for (t, set) in terms.iter().zip(sets.iter_mut()) {
            self.words.each_beginning(t, |n| {
                if let Some(b) = set.get_mut(n as usize / 64) {
                    *b |= 1 << (n % 64);
                }
            });
        }
        let hit = |set: &[u64], n: u32| {
            let n = n as usize;
            set.get(n / 64).is_some_and(|b| b & (1 << (n % 64)) != 0)
        };
        // Which terms stand in `words` (read until every term is found).
        let found_in = |words: &[u8], out: &mut [bool]| {
            out.iter_mut().for_each(|f| *f = false);
            let mut left = out.len();
            each_word(words, |_, n| {
                for (s, f) in sets.iter().zip(out.iter_mut()) {
                    if !*f && hit(s, n) {
                        *f = true;
                        left -= 1;
                    }
                }
                left == 0
            });
        };
        // The places of `words` where a term found (`found[t]`) stands.
        let places = |words: &[u8], found: &[bool], out: &mut Vec<Place>| {
            each_word(words, |place, n| {
                if sets.iter().zip(found).any(|(s, f)| *f && hit(s, n)) {
                    out.extend(Place::of(place));
                }
                false
            });
        };
        // First which match (a query of one letter may match every
        // meeting: for each only where it is and its order), then the
        // first `limit` made into results.
        let mut whole: Vec<usize> = Vec::new();
        let mut meetings: Vec<(Option<&str>, &str, usize, usize)> = Vec::new();
        let mut in_case = vec![false; sets.len()];
        let mut here = vec![false; sets.len()];
        for (c, case) in self.cases.iter().enumerate() {
            found_in(case.names(), &mut in_case);
            if in_case.iter().all(|b| *b) {
                whole.push(c);
            }
            let mut r = Bytes::new(&case.blob);
            r.words();
            for _ in 0..case.meetings {
                if r.done() {
                    break;
                }
                let at = r.at;
                let m = get_meeting(&mut r);
                found_in(m.words, &mut here);
                let all = here.iter().zip(&in_case).all(|(h, c)| *h || *c);
                // A meeting is shown when a term stands in it: a child's
                // name alone shows her case, not each of its meetings.
                if all && here.iter().any(|h| *h) {
                    meetings.push((m.date, m.dir, c, at));
                }
            }
        }
        // Newest first; undated last; then by child and folder.
        meetings.sort_by(|(da, ra, ca, _), (db, rb, cb, _)| {
            (da.is_none(), std::cmp::Reverse(*da), ca, ra).cmp(&(
                db.is_none(),
                std::cmp::Reverse(*db),
                cb,
                rb,
            ))
        });
        let total = whole.len() + meetings.len();
        let mut hits = Vec::new();
        for &c in whole.iter().take(limit) {
            let case = &self.cases[c];
            found_in(case.names(), &mut in_case);
            let mut p = Vec::new();
            places(case.names(), &in_case, &mut p);
            p.sort();
            p.dedup();
            hits.push(Hit {
                root: case.root.to_path_buf(),
                child: case.child.as_deref().map(str::to_owned),
                lang: case.lang,
                meeting: None,
                places: p,
            });
        }
        for &(_, _, c, at) in meetings.iter().take(limit.saturating_sub(hits.len())) {
            let case = &self.cases[c];
            let mut r = Bytes::new(&case.blob);
            r.at = at;
            let m = get_meeting(&mut r);
            found_in(case.names(), &mut in_case);
            found_in(m.words, &mut here);
            let mut p = Vec::new();
            places(m.words, &here, &mut p);
            places(case.names(), &in_case, &mut p);
            p.sort();
            p.dedup();
            hits.push(Hit {
                root: case.root.to_path_buf(),
                child: case.child.as_deref().map(str::to_owned),
                lang: case.lang,
                meeting: Some(MeetingHit {
                    dir: m.dir.to_string(),
                    date: m.date.map(str::to_owned),
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

    /// Every way of writing a code the detector knows (`hetu`'s tests):
    /// in a word's place, beside words, glued to them.
    fn written_codes() -> Vec<String> {
        let check = b"0123456789ABCDEFHJKLMNPRSTUVWXY"[(10110 * 1000 + 123) % 31] as char;
        let lower = check.to_ascii_lowercase();
        let mut forms: Vec<String> = vec![
            format!("hetu 010110a123{check}"),
            format!("hetu 010110A123{lower}"),
            format!("010110A123{check}"),
        ];
        forms.extend(
            [
                "131052-308T",
                "131052\u{2013}308T",
                "131052\u{2011}308T",
                "131052\u{2212}308T",
                "1310\u{200b}52-308T",
                "131052-\u{ad}308T",
                "131052\\-308T",
                "131052&#45;308T",
                "131052&#x2011;308T",
                "131052&ndash;308T",
                "\u{ff11}31052-308T",
                "\u{ff11}\u{ff13}\u{ff11}\u{ff10}\u{ff15}\u{ff12}-\u{ff13}\u{ff10}\u{ff18}\u{ff34}",
                "(131052-308T)",
                "x131052-308T",
                "HETU131052-308Tlausunto",
                "robin131052-308T.pdf",
                "131052-308\u{422}",
                "131052-308\u{3a4}",
                "\u{1d7cf}\u{1d7d1}\u{1d7cf}\u{1d7ce}\u{1d7d3}\u{1d7d0}-\u{1d7d1}\u{1d7ce}\u{1d7d6}T",
                "1310\u{e0020}52-308T",
                "1310\u{e0100}52-308T",
                "13\u{336}1052-308T",
                "131052\u{2796}308T",
                "131052\u{30fc}308T",
                "131052\u{207b}308T",
                "1310\u{fff9}52-308T",
                "1310~~52~~-308T",
                "1310**52**-308T",
                "1310_52_-308T",
                "`131052`-308T",
                "13\u{0483}1052-308T",
                "1310\u{0}52-308T",
                "1310\u{1b}52-308T",
                "1310\u{9c}52-308T",
                "1310\u{200d}52-308T",
                "1310\u{202e}52-308T",
                "ID131052-308T",
                "b131052-308T",
                "131052-308Tf",
                "010203 -1230",
                "131052 \u{2013} 308T",
                "131052\u{a0}-\u{a0}308T",
                "131052-308t",
                "131052<b>-</b>308T",
                "1310<span class=\"x\">52</span>-308T",
                "131052<!-- x -->-308T",
                "131052&nbsp;-308T",
                "131052&shy;-308T",
                "131052\n-308T",
                "131052 -\r\n  308T",
                "131052-308T131052-308T",
            ]
            .map(str::to_owned),
        );
        forms
    }

    #[test]
    fn no_written_code_leaves_a_word() {
        for form in written_codes() {
            assert!(!crate::hetu::find(&form).is_empty(), "{form:?}");
            for text in [form.clone(), format!("Äiti kertoi {form} ja lähti")] {
                let words = fold_words(&text);
                assert!(
                    words.iter().all(|w| !w.chars().any(char::is_numeric)),
                    "{text:?}: {words:?}"
                );
            }
        }
    }

    /// A case whose child's name, fields and notes hold every code a file
    /// can hold (no control characters: lsk reads no such file): not one
    /// word of the index holds a digit, and no part of a code is found.
    #[test]
    fn the_index_holds_no_code_however_written() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("case");
        let forms: Vec<String> = written_codes()
            .into_iter()
            .filter(|f| !f.chars().any(|c| c.is_control() && c != '\n' && c != '\r'))
            .map(|f| f.replace('\r', ""))
            .collect();
        let block: String = forms
            .iter()
            .filter(|f| !f.contains('\n'))
            .map(|f| format!("  Kerrottiin {f}.\n"))
            .collect();
        std::fs::create_dir_all(root.join("meetings/2026-11-10-daycare")).unwrap();
        std::fs::write(
            root.join("lsk.yaml"),
            "child:\n  name: Bertta 131052-308T\n  born: 2021-03\nresponsible_worker: Sari 1310\u{200b}52-308T Virtanen\nlanguage: fi\n",
        )
        .unwrap();
        let quoted: Vec<String> = forms
            .iter()
            .map(|f| serde_json::to_string(&format!("Isä {f} paikalla")).unwrap())
            .collect();
        let meeting = format!(
            "---\nkind: daycare\ndate: 2026-11-10\nsummary: |\n{block}topics:\n{}\n---\n\n## Muistiinpanot\n\n{}\n",
            quoted
                .iter()
                .map(|q| format!("  - topic: {q}\n"))
                .collect::<String>(),
            forms.join("\n\nja ")
        );
        std::fs::write(root.join("meetings/2026-11-10-daycare/meeting.md"), meeting).unwrap();
        let index = Index::of(&root);
        assert_eq!(index.meetings(), 1);
        let words: Vec<&str> = (0..index.words.numbers.len())
            .map(|i| index.words.word(i))
            .collect();
        // The words around the codes are there, from every place…
        for w in [
            "bertta",
            "sari",
            "virtanen",
            "kerrottiin",
            "isa",
            "paikalla",
            "hetu",
            "lausunto",
        ] {
            assert!(words.contains(&w), "{w}: {words:?}");
        }
        let found = index.search("kerrottiin isä", 10).unwrap();
        assert_eq!(found.total, 1);
        assert_eq!(
            found.hits[0].places,
            [Place::Field("summary"), Place::Field("topics")]
        );
        // …and no digit of a code.
        assert!(
            words.iter().all(|w| !w.chars().any(char::is_numeric)),
            "{words:?}"
        );
        for part in ["131052", "1310", "52", "308t", "010110", "0101"] {
            assert_eq!(index.search(part, 10).unwrap().total, 0, "{part}");
        }
        assert_eq!(found.hits[0].child.as_deref(), Some("Bertta XXXXXX-XXXX"));
    }

    /// An update reads only the files whose size or time moved: a file
    /// rewritten with the same size and time keeps its old words (it was
    /// not read); once its time moves, its new words are found, and the
    /// other meeting's words are kept.
    #[test]
    fn an_update_reads_only_the_files_that_changed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("case");
        let meeting = |word: &str| {
            format!("---\nkind: daycare\ndate: 2026-11-10\nsummary: Puhuttiin {word}sta.\n---\n")
        };
        for m in ["2026-11-10-daycare", "2026-11-20-daycare"] {
            std::fs::create_dir_all(root.join("meetings").join(m)).unwrap();
        }
        std::fs::write(
            root.join("lsk.yaml"),
            "child:\n  name: Taimi\nlanguage: fi\n",
        )
        .unwrap();
        let first = root.join("meetings/2026-11-10-daycare/meeting.md");
        std::fs::write(&first, meeting("kissa")).unwrap();
        std::fs::write(
            root.join("meetings/2026-11-20-daycare/meeting.md"),
            meeting("koira"),
        )
        .unwrap();
        let roots = vec![root.clone()];
        let mut index = Index::new();
        index.update(&roots, |_| true);
        let total = |index: &Index, q: &str| index.search(q, 10).unwrap().total;
        assert_eq!((total(&index, "kissa"), total(&index, "koira")), (1, 1));
        let time = std::fs::metadata(&first).unwrap().modified().unwrap();
        std::fs::write(&first, meeting("hiiri")).unwrap();
        std::fs::File::options()
            .write(true)
            .open(&first)
            .unwrap()
            .set_modified(time)
            .unwrap();
        index.update(&roots, |_| true);
        assert_eq!((total(&index, "kissa"), total(&index, "hiiri")), (1, 0));
        let later = time + std::time::Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(&first)
            .unwrap()
            .set_modified(later)
            .unwrap();
        index.update(&roots, |_| true);
        assert_eq!((total(&index, "kissa"), total(&index, "hiiri")), (0, 1));
        assert_eq!((total(&index, "koira"), total(&index, "taimi")), (1, 1));
        // A case not looked at is kept as it was; one gone is forgotten.
        std::fs::write(&first, meeting("lintu")).unwrap();
        index.update(&roots, |_| false);
        assert_eq!(total(&index, "lintu"), 0);
        index.update(&[], |_| true);
        assert_eq!((index.meetings(), total(&index, "koira")), (0, 0));
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
