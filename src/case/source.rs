//! Reading a case file's text as people save it: a UTF-8 byte-order mark and
//! Windows line endings read the same as plain LF; other encodings are
//! refused with the line where the text stops being UTF-8.

use std::io::Read;
use std::path::Path;

use crate::finding::Msg;

/// The largest case file lsk reads: far beyond any meeting (a 20 MB notes
/// body is read), small enough that memory stays bounded.
pub const MAX_FILE: u64 = 64 << 20;
const NOT_A_FILE: &str = "not an ordinary file (a device, pipe or socket)";
const TOO_LARGE: &str = "larger than 64 MB; a case file is text of a few kilobytes";

/// The file's text with BOM removed and CRLF (or a lone CR) turned into LF; an error
/// message and its line otherwise.
pub fn read_text(path: &Path) -> Result<String, (usize, Msg)> {
    decode(read_bytes(path)?)
}

/// The file's text exactly as its bytes are (a byte-order mark kept as
/// U+FEFF, CRLF and CR kept), with `read_text`'s refusals: what an editor
/// that writes the file back reads, so that a save changes only what it
/// changes. [`normalise`] gives the text `read_text` would.
pub fn read_exact(path: &Path) -> Result<String, (usize, Msg)> {
    let bytes = read_bytes(path)?;
    // The same refusals (UTF-16, not UTF-8) as `read_text`.
    decode(bytes.clone())?;
    String::from_utf8(bytes).map_err(|_| (1, Msg::NotUtf8 { line: 1 }))
}

/// An exact text (`read_exact`) as `read_text` gives it: without the
/// byte-order mark, every line break LF.
pub fn normalise(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How a text breaks its lines (its first line break: `\r\n`, `\r`, or
/// `\n` when it has none) and whether it starts with a byte-order mark.
pub fn style_of(text: &str) -> (&'static str, bool) {
    let bom = text.starts_with('\u{feff}');
    let eol = match text.find(['\r', '\n']) {
        Some(at) if text[at..].starts_with("\r\n") => "\r\n",
        Some(at) if text[at..].starts_with('\r') => "\r",
        _ => "\n",
    };
    (eol, bom)
}

/// `posted` (a textarea's text: any line breaks, no mark) written the way
/// the file `disk` is: its byte-order mark, and each line the person did
/// not touch (the unchanged lines before and after the change, and lines
/// edited in place when as many lines were replaced as were there) with the
/// very line break it had on disk, so that a file of mixed line breaks
/// changes only where the person typed; lines they added take the file's
/// first line break (`style_of`).
pub fn like_disk(posted: &str, disk: &str) -> String {
    let (eol, bom) = style_of(disk);
    let body = disk.strip_prefix('\u{feff}').unwrap_or(disk);
    // The file's lines, each with its own break ("" for a last line without).
    let mut old: Vec<(&str, &str)> = Vec::new();
    let mut rest = body;
    while !rest.is_empty() {
        match rest.find(['\r', '\n']) {
            Some(at) => {
                let end = if rest[at..].starts_with("\r\n") {
                    at + 2
                } else {
                    at + 1
                };
                old.push((&rest[..at], &rest[at..end]));
                rest = &rest[end..];
            }
            None => {
                old.push((rest, ""));
                rest = "";
            }
        }
    }
    let lf = normalise(posted);
    let new: Vec<(&str, bool)> = lf
        .split_inclusive('\n')
        .map(|l| match l.strip_suffix('\n') {
            Some(line) => (line, true),
            None => (l, false),
        })
        .collect();
    let same = |n: &(&str, bool), o: &(&str, &str)| n.0 == o.0 && n.1 != o.1.is_empty();
    let mut before = 0;
    while before < new.len() && before < old.len() && same(&new[before], &old[before]) {
        before += 1;
    }
    let mut after = 0;
    while after < new.len() - before
        && after < old.len() - before
        && same(&new[new.len() - 1 - after], &old[old.len() - 1 - after])
    {
        after += 1;
    }
    let same_count = new.len() - before - after == old.len() - before - after;
    let mut out = String::with_capacity(lf.len() + old.len() + 3);
    if bom {
        out.push('\u{feff}');
    }
    for (i, (line, broken)) in new.iter().enumerate() {
        out.push_str(line);
        if *broken {
            out.push_str(if i < before {
                old[i].1
            } else if i >= new.len() - after {
                old[old.len() - (new.len() - i)].1
            } else if same_count && !old[i].1.is_empty() {
                // Lines edited in place keep their own break.
                old[i].1
            } else {
                eol
            });
        }
    }
    out
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, (usize, Msg)> {
    // One open, one fstat on the open file (no path lookups twice), one
    // read: a team's repository has tens of thousands of meeting files.
    let read = || -> std::io::Result<Vec<u8>> {
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        // A named pipe would block the open until someone writes to it.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
        let file = options.open(path)?;
        let meta = file.metadata()?;
        if meta.is_dir() {
            return Err(std::io::ErrorKind::IsADirectory.into());
        }
        // A device (a link to /dev/zero, say) or a socket is no case file.
        if !meta.is_file() {
            return Err(std::io::Error::other(NOT_A_FILE));
        }
        if meta.len() > MAX_FILE {
            return Err(std::io::Error::other(TOO_LARGE));
        }
        let mut bytes = Vec::with_capacity(8 * 1024);
        // The file may grow while it is read: never more than the limit.
        file.take(MAX_FILE + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_FILE {
            return Err(std::io::Error::other(TOO_LARGE));
        }
        Ok(bytes)
    };
    read().map_err(|e| {
        (
            1,
            Msg::Unreadable {
                detail: io_detail(&e),
            },
        )
    })
}

pub fn decode(mut bytes: Vec<u8>) -> Result<String, (usize, Msg)> {
    // Notepad's "Unicode": a UTF-16 byte-order mark, or ASCII text with
    // every other byte zero.
    let utf16 = bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || (bytes.len() >= 4
            && bytes[..4]
                .iter()
                .enumerate()
                .all(|(i, b)| (i % 2 == 1) == (*b == 0)));
    if utf16 {
        return Err((1, Msg::Utf16));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let bad = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..bad].iter().filter(|b| **b == b'\n').count();
        (line, Msg::NotUtf8 { line })
    })?;
    // A lone CR (old Mac files) is a line break to YAML and to editors:
    // made LF too, so that every line number lsk gives is the editor's.
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    })
}

/// A short, language-neutral description of an I/O error.
pub fn io_detail(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "it is a folder, not a file".into(),
        _ => e.to_string(),
    }
}

/// The frontmatter of a meeting.md: the text from the opening `---` up to
/// (not including) the closing `---` or `...` line, so that line numbers in
/// it are the file's own. The opening line is line 1.
pub fn frontmatter(text: &str) -> Result<&str, (usize, Msg)> {
    let first = text.lines().next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err((1, Msg::NoFrontmatter));
    }
    // Only a line that starts `---` or `...` may close it: the text is
    // searched for those two, each search going on from where it stopped.
    let mut at = first.len() + 1;
    // Where each next stands (`usize::MAX`: nowhere after).
    let mut next = [0, 0];
    while let Some(rest) = text.get(at..) {
        let line = rest[..memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len())].trim_end();
        if line == "---" || line == "..." {
            return Ok(&text[..at]);
        }
        for (found, mark) in next.iter_mut().zip(["\n---", "\n..."]) {
            if *found <= at {
                *found = memchr::memmem::find(rest.as_bytes(), mark.as_bytes())
                    .map_or(usize::MAX, |f| at + f + 1);
            }
        }
        at = next[0].min(next[1]);
    }
    Err((1, Msg::UnterminatedFrontmatter))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf() {
        let t = decode(b"\xEF\xBB\xBF---\r\ngoal: x\r\n---\r\n".to_vec()).unwrap();
        assert_eq!(t, "---\ngoal: x\n---\n");
        assert_eq!(frontmatter(&t).unwrap(), "---\ngoal: x\n");
    }

    #[test]
    fn exact_text_and_its_style() {
        let raw = "\u{feff}---\r\ngoal: x\r\n---\r\n";
        assert_eq!(normalise(raw), "---\ngoal: x\n---\n");
        assert_eq!(style_of(raw), ("\r\n", true));
        assert_eq!(style_of("---\ngoal: x\n"), ("\n", false));
        assert_eq!(style_of("---\rgoal: x\r"), ("\r", false));
        assert_eq!(
            like_disk("---\r\ngoal: y\r\n", "\u{feff}---\r\ngoal: x\r\n"),
            "\u{feff}---\r\ngoal: y\r\n"
        );
        assert_eq!(
            like_disk("---\r\ngoal: y\r\n", "---\ngoal: x\n"),
            "---\ngoal: y\n"
        );
        // Mixed breaks: untouched lines keep theirs, typed ones the first.
        let disk = "\u{feff}a\r\nb\r\nc\nd\re\nf";
        assert_eq!(like_disk("a\r\nb\r\nc\r\nd\r\ne\r\nf", disk), disk);
        assert_eq!(
            like_disk("a\r\nB\r\nx\r\nc\r\nd\r\ne\r\nf", disk),
            "\u{feff}a\r\nB\r\nx\r\nc\nd\re\nf"
        );
        assert_eq!(like_disk("", disk), "\u{feff}");
        assert_eq!(like_disk("a\nb", ""), "a\nb");
    }

    #[test]
    fn the_exact_reader_refuses_what_read_text_refuses() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("meeting.md");
        std::fs::write(&file, b"\xEF\xBB\xBF---\r\ngoal: x\r\n---\r\n").unwrap();
        assert_eq!(
            read_exact(&file).unwrap(),
            "\u{feff}---\r\ngoal: x\r\n---\r\n"
        );
        assert_eq!(read_text(&file).unwrap(), "---\ngoal: x\n---\n");
        std::fs::write(&file, b"---\ngoal: x\nplace: P\xe4iv\xe4koti\n").unwrap();
        assert!(matches!(
            read_exact(&file),
            Err((3, Msg::NotUtf8 { line: 3 }))
        ));
        std::fs::write(&file, b"-\0-\0-\0\n\0").unwrap();
        assert!(matches!(read_exact(&file), Err((1, Msg::Utf16))));
        assert!(read_exact(dir.path()).is_err());
    }

    #[test]
    fn latin1_names_line() {
        let (line, _) = decode(b"---\ngoal: x\nplace: P\xe4iv\xe4koti\n".to_vec()).unwrap_err();
        assert_eq!(line, 3);
    }

    #[test]
    fn frontmatter_shapes() {
        assert!(matches!(
            frontmatter("goal: x\n"),
            Err((1, Msg::NoFrontmatter))
        ));
        assert!(matches!(
            frontmatter("---\ngoal: x\n"),
            Err((1, Msg::UnterminatedFrontmatter))
        ));
        assert_eq!(frontmatter("---\n---\nbody").unwrap(), "---\n");
    }

    /// The closing line found by searching is the one found line by line.
    #[test]
    fn frontmatter_closes_where_a_line_by_line_reading_does() {
        fn line_by_line(text: &str) -> Option<&str> {
            let first = text.lines().next().unwrap_or("");
            if first.trim_end() != "---" {
                return None;
            }
            let mut at = first.len() + 1;
            for line in text.get(at..).unwrap_or("").split_inclusive('\n') {
                let l = line.trim_end();
                if l == "---" || l == "..." {
                    return Some(&text[..at]);
                }
                at += line.len();
            }
            None
        }
        let parts = [
            "---",
            "...",
            "--- ",
            "...\u{a0}",
            "---x",
            "....",
            "-- -",
            "a: ---",
            " ---",
            "x",
            "",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    for end in ["", "\n"] {
                        let text = format!("---\n{a}\n{b}\n{c}{end}");
                        assert_eq!(frontmatter(&text).ok(), line_by_line(&text), "{text:?}");
                        let text = format!("---\n{a}{b}\n{c}{end}");
                        assert_eq!(frontmatter(&text).ok(), line_by_line(&text), "{text:?}");
                    }
                }
            }
        }
    }
}
