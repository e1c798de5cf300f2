//! The document metadata of a printed PDF: title, author, subject,
//! language and dates in the Info dictionary and as an XMP packet, and a
//! role map for the structure types Chromium takes from PDF 2.0, added to
//! the browser's PDF as an incremental update (ISO 32000-1, 7.5.6): the
//! browser's bytes stay as they are, new versions of three objects and one
//! new object follow them, with their own cross-reference section.
//!
//! Chromium writes the title (from `<title>`) and `/Lang` (from
//! `<html lang>`), but no author, subject or XMP metadata, and it tags
//! `<strong>` as `/Strong`, a PDF 2.0 type that a PDF 1.4 reader does not
//! know (poppler: "StructElem object is wrong type (Strong)"). PDF 1.x
//! says how to use such a type: map it to a standard one in the structure
//! tree's `/RoleMap`. That is done here; `<strong>` stays `<strong>`.
//!
//! The reading is deliberately narrow: a classic cross-reference table at
//! `startxref` with no earlier sections, as Chromium (Skia) writes. Any
//! other PDF is refused with a reason and the caller keeps the PDF as it
//! was printed.

use std::collections::BTreeMap;
use std::fmt::Write;

/// What lsk writes into the PDF's metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: String,
    pub author: Option<String>,
    pub subject: Option<String>,
    /// A BCP 47 tag: `fi`, `sv`, `en`.
    pub lang: Option<String>,
    /// The creation date, UTC: `(year, month, day, hour, minute, second)`.
    pub created: (i16, i8, i8, i8, i8, i8),
    /// The program that made the document: `lsk 0.1.0`.
    pub creator: String,
}

impl Metadata {
    /// The metadata of lsk's own print page (render/html.rs): `<html
    /// lang>`, `<title>`, and the `author` and `description` meta tags.
    pub fn from_html(html: &str, created: (i16, i8, i8, i8, i8, i8)) -> Metadata {
        Metadata {
            title: between(html, "<title>", "</title>")
                .map(unescape_html)
                .unwrap_or_default(),
            author: meta(html, "author"),
            subject: meta(html, "description"),
            lang: between(html, "<html lang=\"", "\"").map(str::to_owned),
            created,
            creator: format!("lsk {}", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// Structure types from PDF 2.0 (ISO 32000-2, 14.8.4) that Chromium may
/// write, each mapped to the PDF 1.7 standard type a reader of a PDF 1.x
/// file knows.
const ROLE_MAP: &[(&str, &str)] = &[
    ("Strong", "Span"),
    ("Em", "Span"),
    ("Sub", "Span"),
    ("Title", "P"),
    ("Aside", "Div"),
    ("FENote", "Note"),
    ("DocumentFragment", "Div"),
];

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text.get(from..)?.find(end)?;
    text.get(from..from + len)
}

fn meta(html: &str, name: &str) -> Option<String> {
    let head = between(html, "<head>", "</head>").unwrap_or(html);
    between(head, &format!("<meta name=\"{name}\" content=\""), "\"")
        .map(unescape_html)
        .filter(|s| !s.trim().is_empty())
}

fn unescape_html(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The PDF with `meta` added, or why it could not be.
pub fn add(pdf: &[u8], meta: &Metadata) -> Result<Vec<u8>, String> {
    let xref_at = last_startxref(pdf)?;
    let (offsets, trailer) = read_xref(pdf, xref_at)?;
    if dict_entry(trailer, "Prev").is_some() {
        return Err("the PDF was already updated (/Prev)".into());
    }
    let size: u32 = dict_entry(trailer, "Size")
        .and_then(|v| v.trim().parse().ok())
        .ok_or("no /Size in the trailer")?;
    let root = dict_entry(trailer, "Root")
        .and_then(reference)
        .ok_or("no /Root in the trailer")?;
    let catalog = object_dict(pdf, &offsets, root)?;
    if dict_entry(catalog, "Metadata").is_some() {
        return Err("the PDF has metadata already".into());
    }
    let old_info = dict_entry(trailer, "Info")
        .and_then(reference)
        .and_then(|n| object_dict(pdf, &offsets, n).ok());
    let producer = old_info
        .and_then(|d| dict_entry(d, "Producer"))
        .and_then(literal_string);

    let metadata_obj = size;
    let info_obj = size + 1;
    let mut objects: BTreeMap<u32, Vec<u8>> = BTreeMap::new();
    objects.insert(
        root,
        dict_with(catalog, &format!("/Metadata {metadata_obj} 0 R")).into_bytes(),
    );
    if let Some(tree) = dict_entry(catalog, "StructTreeRoot").and_then(reference) {
        let tree_dict = object_dict(pdf, &offsets, tree)?;
        if dict_entry(tree_dict, "RoleMap").is_none() {
            let mut map = String::from("/RoleMap <<");
            for (from, to) in ROLE_MAP {
                let _ = write!(map, " /{from} /{to}");
            }
            map.push_str(" >>");
            objects.insert(tree, dict_with(tree_dict, &map).into_bytes());
        }
    }
    let xmp = xmp(meta, producer.as_deref());
    let mut stream = format!(
        "<< /Type /Metadata /Subtype /XML /Length {} >>\nstream\n",
        xmp.len()
    )
    .into_bytes();
    stream.extend_from_slice(xmp.as_bytes());
    stream.extend_from_slice(b"\nendstream");
    objects.insert(metadata_obj, stream);
    objects.insert(info_obj, info(meta, producer.as_deref()).into_bytes());

    let mut out = pdf.to_vec();
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    let mut written: Vec<(u32, usize)> = Vec::new();
    for (number, body) in &objects {
        written.push((*number, out.len()));
        out.extend_from_slice(format!("{number} 0 obj\n").as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(b"xref\n");
    // Subsections of consecutive object numbers; entries of 20 bytes.
    let mut i = 0;
    while i < written.len() {
        let mut j = i + 1;
        while j < written.len() && written[j].0 == written[j - 1].0 + 1 {
            j += 1;
        }
        out.extend_from_slice(format!("{} {}\n", written[i].0, j - i).as_bytes());
        for (_, at) in &written[i..j] {
            out.extend_from_slice(format!("{at:010} 00000 n \n").as_bytes());
        }
        i = j;
    }
    let id = match dict_entry(trailer, "ID") {
        Some(id) => id.trim().to_owned(),
        None => {
            // PDF/A asks for a file identifier; the browser writes none.
            let hash = sha256_hex(pdf);
            let first = hash.get(..32).unwrap_or(&hash);
            format!("[<{first}> <{first}>]")
        }
    };
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root {root} 0 R /Info {info_obj} 0 R /ID {id} /Prev {xref_at} >>\nstartxref\n{xref}\n%%EOF\n",
            size + 2
        )
        .as_bytes(),
    );
    Ok(out)
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The offset after the last `startxref`.
fn last_startxref(pdf: &[u8]) -> Result<usize, String> {
    let tail_from = pdf.len().saturating_sub(1024);
    let tail = &pdf[tail_from..];
    let at = rfind(tail, b"startxref").ok_or("no startxref")?;
    let rest = &tail[at + b"startxref".len()..];
    let text = std::str::from_utf8(rest).map_err(|_| "unreadable startxref")?;
    text.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .filter(|&n: &usize| n < pdf.len())
        .ok_or_else(|| "unreadable startxref".into())
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    crate::text::find_bytes(hay, needle, 0)
}

/// The classic cross-reference table at `at`: each object's offset, and
/// the trailer dictionary's text.
fn read_xref(pdf: &[u8], at: usize) -> Result<(BTreeMap<u32, usize>, &str), String> {
    let rest = pdf.get(at..).ok_or("startxref beyond the file")?;
    if !rest.starts_with(b"xref") {
        return Err("not a cross-reference table (a cross-reference stream?)".into());
    }
    let end = find(rest, b"trailer").ok_or("no trailer")?;
    let table = std::str::from_utf8(&rest[4..end]).map_err(|_| "unreadable xref")?;
    let mut offsets = BTreeMap::new();
    let mut lines = table.lines().map(str::trim).filter(|l| !l.is_empty());
    while let Some(head) = lines.next() {
        let mut parts = head.split_whitespace();
        let (Some(first), Some(count), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("unreadable xref subsection: {head}"));
        };
        let first: u32 = first.parse().map_err(|_| "unreadable xref")?;
        let count: u32 = count.parse().map_err(|_| "unreadable xref")?;
        for n in first..first.saturating_add(count) {
            let entry = lines.next().ok_or("short xref")?;
            let fields: Vec<&str> = entry.split_whitespace().collect();
            if let [offset, _, "n"] = fields[..] {
                offsets.insert(n, offset.parse().map_err(|_| "unreadable xref")?);
            }
        }
    }
    let trailer = &rest[end + b"trailer".len()..];
    let trailer = std::str::from_utf8(trailer.get(..trailer.len().min(4096)).unwrap_or(&[]))
        .or_else(|e| std::str::from_utf8(&trailer[..e.valid_up_to()]))
        .map_err(|_| "unreadable trailer")?;
    let dict = dict_text(trailer).ok_or("unreadable trailer")?;
    Ok((offsets, dict))
}

/// The dictionary of object `n` (`n 0 obj << ... >>`), as text.
fn object_dict<'a>(
    pdf: &'a [u8],
    offsets: &BTreeMap<u32, usize>,
    n: u32,
) -> Result<&'a str, String> {
    let at = *offsets
        .get(&n)
        .ok_or(format!("object {n} not in the xref"))?;
    let rest = pdf.get(at..).ok_or(format!("object {n} beyond the file"))?;
    let head = format!("{n} 0 obj");
    if !rest.starts_with(head.as_bytes()) {
        return Err(format!("object {n} is not where the xref says"));
    }
    let rest = &rest[head.len()..];
    let len = find(rest, b"endobj").ok_or(format!("object {n} has no end"))?;
    let text = std::str::from_utf8(&rest[..len]).map_err(|_| format!("object {n} is binary"))?;
    dict_text(text).ok_or(format!("object {n} is not a dictionary"))
}

/// The first dictionary in `text`, `<<` to its matching `>>`, skipping
/// strings, which may hold brackets.
fn dict_text(text: &str) -> Option<&str> {
    let start = text.find("<<")?;
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => i = skip_literal(bytes, i)?,
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return text.get(start..i);
                }
            }
            b'<' => i += bytes.get(i..)?.iter().position(|&b| b == b'>')? + 1,
            b'%' => i += bytes.get(i..)?.iter().position(|&b| b == b'\n')? + 1,
            _ => i += 1,
        }
    }
    None
}

/// The index after the literal string starting at `i` (`(` ... `)`,
/// nested brackets and `\` escapes).
fn skip_literal(bytes: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The value of `/key` at the top level of a dictionary's text (`<<` ...
/// `>>`): keys and values alternate; a value is a name, or everything up
/// to the next key (numbers, a reference, a string, an array or a
/// dictionary, whose insides are skipped).
fn dict_entry<'a>(dict: &'a str, key: &str) -> Option<&'a str> {
    let bytes = dict.as_bytes();
    let end = dict.len().checked_sub(2)?;
    let mut i = 2;
    loop {
        while i < end && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= end || bytes[i] != b'/' {
            return None;
        }
        let key_end = name_end(bytes, i + 1, end);
        let wanted = dict.get(i + 1..key_end) == Some(key);
        let start = key_end;
        let mut j = start;
        while j < end && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let value_end = if j < end && bytes[j] == b'/' {
            name_end(bytes, j + 1, end)
        } else {
            value_end(bytes, j, end)?
        };
        if wanted {
            return dict.get(start..value_end);
        }
        if value_end <= i {
            return None;
        }
        i = value_end;
    }
}

/// Where a name's characters end.
fn name_end(bytes: &[u8], from: usize, end: usize) -> usize {
    bytes
        .get(from..end)
        .and_then(|rest| rest.iter().position(|b| b" \t\r\n/<>[](){}%".contains(b)))
        .map_or(end, |p| from + p)
}

/// Where a value that is not a name ends: at the next `/` outside strings,
/// arrays and dictionaries.
fn value_end(bytes: &[u8], mut i: usize, end: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i < end {
        match bytes[i] {
            b'(' => {
                i = skip_literal(bytes, i)?;
                continue;
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
                continue;
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.checked_sub(1)?;
                i += 2;
                continue;
            }
            b'[' => depth += 1,
            b']' => depth = depth.checked_sub(1)?,
            b'/' if depth == 0 => return Some(i),
            _ => {}
        }
        i += 1;
    }
    Some(end)
}

/// `12 0 R` → 12.
fn reference(value: &str) -> Option<u32> {
    let mut parts = value.split_whitespace();
    let n = parts.next()?.parse().ok()?;
    (parts.next()? == "0" && parts.next()? == "R").then_some(n)
}

/// A literal string's text, `(Skia/PDF m156)` → `Skia/PDF m156`, for the
/// plain strings a producer writes.
fn literal_string(value: &str) -> Option<String> {
    let inner = value.trim().strip_prefix('(')?.strip_suffix(')')?;
    (!inner.contains(['\\', '(', ')'])).then(|| inner.to_owned())
}

/// The dictionary's text with `entry` added before its end.
fn dict_with(dict: &str, entry: &str) -> String {
    let inner = dict.get(..dict.len().saturating_sub(2)).unwrap_or(dict);
    format!("{inner}\n{entry}>>")
}

/// A text string as UTF-16BE with its byte order mark, in hex: any
/// character, no escaping to get wrong.
fn pdf_text(text: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in text.encode_utf16() {
        let _ = write!(out, "{unit:04X}");
    }
    out.push('>');
    out
}

fn pdf_date(meta: &Metadata) -> String {
    let (y, mo, d, h, mi, s) = meta.created;
    format!("(D:{y:04}{mo:02}{d:02}{h:02}{mi:02}{s:02}Z)")
}

fn xmp_date(meta: &Metadata) -> String {
    let (y, mo, d, h, mi, s) = meta.created;
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

fn info(meta: &Metadata, producer: Option<&str>) -> String {
    let mut out = format!("<< /Title {}", pdf_text(&meta.title));
    if let Some(author) = &meta.author {
        let _ = write!(out, " /Author {}", pdf_text(author));
    }
    if let Some(subject) = &meta.subject {
        let _ = write!(out, " /Subject {}", pdf_text(subject));
    }
    let _ = write!(out, " /Creator {}", pdf_text(&meta.creator));
    if let Some(producer) = producer {
        let _ = write!(out, " /Producer {}", pdf_text(producer));
    }
    let date = pdf_date(meta);
    let _ = write!(out, " /CreationDate {date} /ModDate {date} >>");
    out
}

fn xml(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The XMP packet (ISO 16684-1) with the same values as the Info
/// dictionary, as PDF/A asks: Dublin Core title, creator, description and
/// language, the dates and the tools.
fn xmp(meta: &Metadata, producer: Option<&str>) -> String {
    let lang = meta.lang.as_deref().map(xml);
    let alt = |text: &str| {
        let mut items = format!("<rdf:li xml:lang=\"x-default\">{}</rdf:li>", xml(text));
        if let Some(lang) = &lang {
            let _ = write!(items, "<rdf:li xml:lang=\"{lang}\">{}</rdf:li>", xml(text));
        }
        format!("<rdf:Alt>{items}</rdf:Alt>")
    };
    let mut out = String::from(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n\
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n\
         <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n\
         <dc:format>application/pdf</dc:format>\n",
    );
    let _ = writeln!(out, "<dc:title>{}</dc:title>", alt(&meta.title));
    if let Some(author) = &meta.author {
        let _ = writeln!(
            out,
            "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>",
            xml(author)
        );
    }
    if let Some(subject) = &meta.subject {
        let _ = writeln!(out, "<dc:description>{}</dc:description>", alt(subject));
    }
    if let Some(lang) = &lang {
        let _ = writeln!(
            out,
            "<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>"
        );
    }
    let date = xmp_date(meta);
    let _ = writeln!(
        out,
        "<xmp:CreateDate>{date}</xmp:CreateDate>\n<xmp:ModifyDate>{date}</xmp:ModifyDate>\n\
         <xmp:MetadataDate>{date}</xmp:MetadataDate>\n<xmp:CreatorTool>{}</xmp:CreatorTool>",
        xml(&meta.creator)
    );
    if let Some(producer) = producer {
        let _ = writeln!(out, "<pdf:Producer>{}</pdf:Producer>", xml(producer));
    }
    out.push_str("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal PDF as Skia writes one: classic xref, Info, a catalog
    /// with a structure tree.
    fn skia_like() -> Vec<u8> {
        let objects = [
            "<</Producer (Skia/PDF m156)\n/Title (Old)>>",
            "<</Type /Pages /Kids [] /Count 0>>",
            "<</Type /StructTreeRoot\n/K 4 0 R>>",
            "<</Type /StructElem /S /Strong /P 3 0 R>>",
            "<</Type /Catalog\n/Pages 2 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>\n/StructTreeRoot 3 0 R\n/Lang (fi)>>",
        ];
        let mut pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, o) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
        }
        let xref = pdf.len();
        pdf.extend_from_slice(b"xref\n0 6\n0000000000 65535 f \n");
        for o in offsets {
            pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!("trailer\n<</Size 6\n/Root 5 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF\n")
                .as_bytes(),
        );
        pdf
    }

    fn meta() -> Metadata {
        Metadata {
            title: "Muistio: Päiväkodin (ja) <neuvottelu>".into(),
            author: Some("Sanna Virtanen".into()),
            subject: Some("Muistio · 6.10.2026".into()),
            lang: Some("fi".into()),
            created: (2026, 12, 7, 9, 5, 0),
            creator: "lsk 0.1.0".into(),
        }
    }

    #[test]
    fn an_incremental_update_keeps_the_original_bytes() {
        let pdf = skia_like();
        let out = add(&pdf, &meta()).unwrap();
        assert!(out.starts_with(&pdf));
        let added = String::from_utf8_lossy(&out[pdf.len()..]).into_owned();
        assert!(added.contains("/Metadata 6 0 R"), "{added}");
        assert!(added.contains("/RoleMap << /Strong /Span"), "{added}");
        assert!(added.contains("/Info 7 0 R"), "{added}");
        assert!(added.contains("/Size 8 "), "{added}");
        assert!(added.contains("/Producer <FEFF0053006B00690061"), "{added}");
        assert!(added.contains("<dc:language><rdf:Bag><rdf:li>fi</rdf:li>"));
        assert!(added.contains("&lt;neuvottelu&gt;"));
        assert!(added.contains("(D:20261207090500Z)"));
        // The new xref points at each new object.
        let (offsets, trailer) = read_xref(&out, last_startxref(&out).unwrap()).unwrap();
        for n in [3, 5, 6, 7] {
            let at = offsets[&n];
            assert!(out[at..].starts_with(format!("{n} 0 obj").as_bytes()));
        }
        assert_eq!(
            dict_entry(trailer, "Prev").map(str::trim),
            Some(&*pdf_xref(&pdf))
        );
        // Twice is refused: the PDF has metadata and a /Prev.
        assert!(add(&out, &meta()).is_err());
    }

    fn pdf_xref(pdf: &[u8]) -> String {
        last_startxref(pdf).unwrap().to_string()
    }

    #[test]
    fn what_it_cannot_read_is_refused_not_guessed() {
        assert!(add(b"", &meta()).is_err());
        assert!(add(b"%PDF-1.5\nstartxref\n9\n%%EOF", &meta()).is_err());
        let mut pdf = skia_like();
        let at = find(&pdf, b"xref\n0 6").unwrap();
        pdf[at] = b'X';
        assert!(add(&pdf, &meta()).is_err());
    }

    #[test]
    fn dictionary_entries_at_the_top_level() {
        let d =
            "<</Type /Catalog\n/MarkInfo <</Marked true>>\n/T (a /Lang \\(b\\) (c))\n/Lang (fi)>>";
        assert_eq!(dict_entry(d, "Lang").map(str::trim), Some("(fi)"));
        assert_eq!(dict_entry(d, "Marked"), None);
        assert_eq!(dict_entry(d, "Type").map(str::trim), Some("/Catalog"));
        assert_eq!(reference(" 12 0 R\n"), Some(12));
        assert_eq!(
            literal_string("(Skia/PDF m156)").as_deref(),
            Some("Skia/PDF m156")
        );
    }

    #[test]
    fn metadata_from_lsk_s_page() {
        let html = "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta name=\"author\" content=\"Sanna &amp; Co\">\n\
                    <meta name=\"description\" content=\"Minnesanteckningar\">\n<title>A &lt;b&gt;</title>\n</head>";
        let m = Metadata::from_html(html, (2026, 1, 2, 3, 4, 5));
        assert_eq!(m.title, "A <b>");
        assert_eq!(m.author.as_deref(), Some("Sanna & Co"));
        assert_eq!(m.subject.as_deref(), Some("Minnesanteckningar"));
        assert_eq!(m.lang.as_deref(), Some("sv"));
    }
}
