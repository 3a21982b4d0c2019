//! Word documents (`.docx`): the text of the body, headers, footers, notes,
//! comments and document properties, scanned as one string, and the package
//! rebuilt with the replacements written into the runs that held the text.
//!
//! A DOCX is a zip of XML parts. Word splits a paragraph into runs (`w:r`)
//! wherever formatting, spell-checking or revision marks change, so a name is
//! often spread over several `w:t` elements; the scanned text joins the runs
//! of each paragraph, and a map from scanned bytes back to the `w:t` contents
//! lets [`Document::write`] touch only those contents. Every other byte of a
//! modified part stays as it was, and untouched zip entries are copied
//! without being decompressed.
//!
//! The text is, in this order: the paragraphs of `word/document.xml`, the
//! headers, footers, footnotes, endnotes and comments, then one line per
//! document property (`docProps/core.xml`, `docProps/app.xml`). A paragraph
//! with tracked deletions (`w:delText`) is followed by a line of its deleted
//! text: the old text is still in the file. `w:tab` reads as a tab, `w:br`
//! and `w:cr` as a line break; these stay in the file when an edit covers
//! them. Field codes (`w:instrText`) are not scanned.

use std::io::{Cursor, Read, Write};
use std::ops::Range;

use quick_xml::escape::{partial_escape, resolve_xml_entity};
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::{NsReader, Reader};
use zip::result::ZipError;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::{Document, Edit, FormatError, Location};

/// The largest part decompressed, in bytes (a judgment's `document.xml` is a
/// few MiB); a larger one is taken for a zip bomb.
const MAX_PART: u64 = 256 << 20;
/// The most bytes decompressed from one file, all parts together.
const MAX_TOTAL: u64 = 512 << 20;

/// WordprocessingML, transitional and strict: paragraphs, runs, text.
const WORD_NAMESPACES: &[&str] = &[
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Office Math (`m:t` holds the text of equations).
const MATH_NAMESPACES: &[&str] = &[
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
];
/// DrawingML (`a:p`, `a:t`: text in shapes drawn the DrawingML way).
const DRAWING_NAMESPACES: &[&str] = &[
    "http://schemas.openxmlformats.org/drawingml/2006/main",
    "http://purl.oclc.org/ooxml/drawingml/main",
];

/// The elements of `docProps/core.xml` (by local name) that can hold names.
const CORE_PROPERTIES: &[&str] = &[
    "title",
    "subject",
    "creator",
    "keywords",
    "description",
    "lastModifiedBy",
];
/// The elements of `docProps/app.xml` that can hold names.
const APP_PROPERTIES: &[&str] = &["Company", "Manager"];

/// A DOCX document read for scanning.
pub struct DocxDoc {
    /// The file as read; untouched entries are copied from it.
    bytes: Vec<u8>,
    /// The parts scanned, in the order of the text.
    parts: Vec<Part>,
    /// The scanned text: one line per paragraph or property.
    text: String,
    /// Where the text comes from, sorted by `text` range.
    segments: Vec<Segment>,
    /// The lines of the text, sorted by start.
    lines: Vec<Line>,
}

/// A scanned part of the package.
struct Part {
    /// Index of the zip entry.
    entry: usize,
    /// Path in the package, e.g. `word/footer1.xml`.
    name: String,
    /// The decompressed XML.
    xml: String,
}

/// Which parts are scanned, in text order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Document,
    Header,
    Footer,
    Footnotes,
    Endnotes,
    Comments,
    Core,
    App,
}

impl Kind {
    /// The kind of a part by its path, and the key that orders headers and
    /// footers (`header2.xml` before `header10.xml`); `None` for parts that
    /// hold no text to scan.
    fn of(name: &str) -> Option<(Kind, u64)> {
        let numbered = |prefix: &str| -> Option<u64> {
            let middle = name.strip_prefix(prefix)?.strip_suffix(".xml")?;
            if middle.is_empty() {
                return Some(0);
            }
            if !middle
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            {
                return None;
            }
            Some(middle.parse().unwrap_or(u64::MAX))
        };
        Some(match name {
            "word/document.xml" => (Kind::Document, 0),
            "word/footnotes.xml" => (Kind::Footnotes, 0),
            "word/endnotes.xml" => (Kind::Endnotes, 0),
            "word/comments.xml" => (Kind::Comments, 0),
            "docProps/core.xml" => (Kind::Core, 0),
            "docProps/app.xml" => (Kind::App, 0),
            _ => {
                if let Some(n) = numbered("word/header") {
                    (Kind::Header, n)
                } else {
                    (Kind::Footer, numbered("word/footer")?)
                }
            }
        })
    }
}

/// How `xml:space` stands on the element a segment is the content of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Space {
    /// Whitespace is kept whatever the attribute (document properties).
    Kept,
    /// `xml:space="preserve"` is there.
    Preserve,
    /// No `xml:space`: Word would trim the text, so an attribute goes before
    /// the `>` at this byte of the start tag when new text has edge spaces.
    Missing { gt: usize },
    /// `xml:space` with another value: left as it is.
    Other,
}

/// The content of one `w:t`, `w:delText` or property element.
#[derive(Clone, Debug)]
struct Segment {
    /// Bytes of the scanned text.
    text: Range<usize>,
    /// Index into `parts`.
    part: usize,
    /// Bytes of the element's content in the part's XML.
    xml: Range<usize>,
    space: Space,
}

/// A line of the scanned text: a paragraph, the deleted text of a
/// paragraph, or a property.
#[derive(Clone, Copy, Debug)]
struct Line {
    /// First byte in the scanned text.
    start: usize,
    /// Index into `parts`.
    part: usize,
    /// 1-based paragraph (or property) number within the part.
    number: usize,
}

/// Reads a DOCX file.
///
/// # Errors
/// Not a zip archive, no `word/document.xml`, an encrypted or broken entry, a
/// part that is not well-formed UTF-8 XML, or a part (or all of them) too
/// large to decompress (a zip bomb).
pub fn read(bytes: Vec<u8>) -> Result<DocxDoc, FormatError> {
    read_with_limits(
        bytes,
        Limits {
            part: MAX_PART,
            total: MAX_TOTAL,
        },
    )
}

/// Caps on decompressed sizes.
#[derive(Clone, Copy, Debug)]
struct Limits {
    part: u64,
    total: u64,
}

fn read_with_limits(bytes: Vec<u8>, limits: Limits) -> Result<DocxDoc, FormatError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes.as_slice()))
        .map_err(|_| FormatError::new("not a DOCX file: not a zip archive"))?;
    let mut found = Vec::new();
    for entry in 0..archive.len() {
        let Some(Ok(name)) = archive.name_for_index(entry) else {
            continue;
        };
        if let Some((kind, order)) = Kind::of(&name) {
            found.push((kind, order, name.into_owned(), entry));
        }
    }
    found.sort();
    if found.first().is_none_or(|f| f.0 != Kind::Document) {
        return Err(FormatError::new("not a DOCX file: no word/document.xml"));
    }

    let mut total = 0;
    let mut builder = Builder::default();
    let mut parts = Vec::with_capacity(found.len());
    for (kind, _, name, entry) in found {
        let xml = read_part(&mut archive, entry, &name, limits, &mut total)?;
        let part = parts.len();
        match kind {
            Kind::Core => scan_properties(&xml, part, CORE_PROPERTIES, &mut builder),
            Kind::App => scan_properties(&xml, part, APP_PROPERTIES, &mut builder),
            _ => scan_body(&xml, part, &mut builder),
        }
        .map_err(|()| FormatError::new(format!("malformed XML in {name}")))?;
        parts.push(Part { entry, name, xml });
    }
    drop(archive);
    // Each segment is the whole content of an element: `>` before, `<`
    // after. A parser position off by some bytes would break this, and must
    // fail the read rather than corrupt the file on write.
    for s in &builder.segments {
        let xml = parts[s.part].xml.as_bytes();
        let gt = s.xml.start.checked_sub(1).and_then(|i| xml.get(i));
        let lt = xml.get(s.xml.end);
        let tag = match s.space {
            Space::Missing { gt } => xml.get(gt),
            _ => Some(&b'>'),
        };
        if gt != Some(&b'>') || lt != Some(&b'<') || tag != Some(&b'>') {
            return Err(FormatError::new(format!(
                "cannot map the text of {}",
                parts[s.part].name
            )));
        }
    }
    Ok(DocxDoc {
        bytes,
        parts,
        text: builder.text,
        segments: builder.segments,
        lines: builder.lines,
    })
}

/// Decompresses one part within the limits. `name` is one of the part names
/// `Kind::of` accepts (ASCII, no content), so it may be quoted.
fn read_part(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    entry: usize,
    name: &str,
    limits: Limits,
    total: &mut u64,
) -> Result<String, FormatError> {
    let bomb = || {
        FormatError::new(format!(
            "{name} decompresses to more than {} MiB (a zip bomb?)",
            limits.part >> 20
        ))
    };
    let mut file = archive.by_index(entry).map_err(|e| match e {
        ZipError::UnsupportedArchive(_) | ZipError::InvalidPassword => {
            FormatError::new(format!("{name}: encrypted or unsupported zip entry"))
        }
        _ => FormatError::new(format!("{name}: broken zip entry")),
    })?;
    if file.size() > limits.part {
        return Err(bomb());
    }
    // The declared size can lie: read at most one byte past the limit.
    let mut buf = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0));
    (&mut file)
        .take(limits.part + 1)
        .read_to_end(&mut buf)
        .map_err(|_| FormatError::new(format!("{name}: broken zip entry")))?;
    if buf.len() as u64 > limits.part {
        return Err(bomb());
    }
    *total += buf.len() as u64;
    if *total > limits.total {
        return Err(FormatError::new(format!(
            "the text parts decompress to more than {} MiB (a zip bomb?)",
            limits.total >> 20
        )));
    }
    String::from_utf8(buf).map_err(|_| FormatError::new(format!("{name} is not UTF-8")))
}

/// A segment local to a line being built.
#[derive(Debug)]
struct LocalSegment {
    text: Range<usize>,
    xml: Range<usize>,
    space: Space,
}

/// A line being built.
#[derive(Debug, Default)]
struct LineBuf {
    text: String,
    segments: Vec<LocalSegment>,
}

impl LineBuf {
    fn push(&mut self, text: &str, xml: Range<usize>, space: Space) {
        if text.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.segments.push(LocalSegment {
            text: start..self.text.len(),
            xml,
            space,
        });
    }
}

/// The scanned text under construction.
#[derive(Default)]
struct Builder {
    text: String,
    segments: Vec<Segment>,
    lines: Vec<Line>,
}

impl Builder {
    /// Appends a line; lines are separated by `\n`.
    fn line(&mut self, part: usize, number: usize, line: LineBuf) {
        if !self.lines.is_empty() {
            self.text.push('\n');
        }
        let start = self.text.len();
        self.lines.push(Line {
            start,
            part,
            number,
        });
        self.text.push_str(&line.text);
        self.segments
            .extend(line.segments.into_iter().map(|s| Segment {
                text: start + s.text.start..start + s.text.end,
                part,
                xml: s.xml,
                space: s.space,
            }));
    }

    /// Appends a paragraph: its text, then its deleted text if any.
    fn paragraph(&mut self, part: usize, p: Paragraph) {
        self.line(part, p.number, p.current);
        if !p.deleted.text.is_empty() {
            self.line(part, p.number, p.deleted);
        }
    }
}

/// A paragraph being read.
#[derive(Debug)]
struct Paragraph {
    number: usize,
    /// The text as shown (with insertions).
    current: LineBuf,
    /// Text of tracked deletions (`w:delText`), still in the file.
    deleted: LineBuf,
}

/// An element whose content is being captured.
struct Capture {
    /// Depth of the element (open elements outside it).
    depth: usize,
    /// First byte of the content.
    start: usize,
    text: String,
    space: Space,
    deleted: bool,
}

/// The elements the body scanner tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tag {
    /// `w:p`, `a:p`.
    Paragraph,
    /// `w:r`.
    Run,
    /// `w:del`.
    Deletion,
    /// `w:t`, `m:t`.
    Text,
    /// `a:t`: whitespace is kept, and `xml:space` is not in its schema.
    DrawingText,
    /// `w:delText`.
    DeletedText,
    Other,
}

/// The namespaces the body scanner tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ns {
    Word,
    Math,
    Drawing,
    Other,
}

impl Ns {
    fn of(resolved: &ResolveResult<'_>) -> Ns {
        match resolved {
            ResolveResult::Bound(Namespace(uri)) if WORD_NAMESPACES.contains(uri) => Ns::Word,
            ResolveResult::Bound(Namespace(uri)) if MATH_NAMESPACES.contains(uri) => Ns::Math,
            ResolveResult::Bound(Namespace(uri)) if DRAWING_NAMESPACES.contains(uri) => Ns::Drawing,
            _ => Ns::Other,
        }
    }
}

/// Appends the characters of a text, CDATA or reference event to `out`.
/// `Err` for an unknown entity or a bad character reference.
fn push_chars(event: &Event<'_>, out: &mut String) -> Result<(), ()> {
    match event {
        Event::Text(t) => out.push_str(&t.xml10_content()),
        Event::CData(t) => out.push_str(&t.xml10_content()),
        Event::GeneralRef(r) => push_reference(r, out)?,
        _ => {}
    }
    Ok(())
}

fn push_reference(r: &BytesRef<'_>, out: &mut String) -> Result<(), ()> {
    match r.resolve_char_ref() {
        Ok(Some(c)) => out.push(c),
        Ok(None) => out.push_str(resolve_xml_entity(r).ok_or(())?),
        Err(_) => return Err(()),
    }
    Ok(())
}

/// The `xml:space` of a `w:t`/`w:delText` start tag whose `>` is at `gt`.
fn space_of(e: &BytesStart<'_>, gt: usize) -> Result<Space, ()> {
    for attr in e.attributes() {
        let attr = attr.map_err(|_| ())?;
        if attr.key.into_inner() == "xml:space" {
            return Ok(if &*attr.value == "preserve" {
                Space::Preserve
            } else {
                Space::Other
            });
        }
    }
    Ok(Space::Missing { gt })
}

/// A part without its byte order mark, and the length of the mark:
/// quick-xml skips a BOM without counting it in its positions.
fn strip_bom(xml: &str) -> (&str, usize) {
    let body = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    (body, xml.len() - body.len())
}

/// Byte offset of the reader in the part.
fn position(reader: &Reader<&[u8]>, bom: usize) -> usize {
    usize::try_from(reader.buffer_position()).map_or(usize::MAX, |p| p + bom)
}

/// Scans a part of paragraphs (`w:p`): body, header, footer, notes,
/// comments. Elements are told by namespace, not by prefix. Paragraphs
/// nested in text boxes come before the paragraph that holds them, each on a
/// line of its own.
fn scan_body(xml: &str, part: usize, builder: &mut Builder) -> Result<(), ()> {
    let (body, bom) = strip_bom(xml);
    let mut reader = NsReader::from_str(body);
    let mut stack: Vec<Tag> = Vec::new();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut capture: Option<Capture> = None;
    let mut number = 0;
    let mut deletions = 0usize;
    loop {
        let before = position(&reader, bom);
        let (ns, event) = reader.read_resolved_event().map_err(|_| ())?;
        let ns = Ns::of(&ns);
        let after = position(&reader, bom);
        match &event {
            Event::Start(e) => {
                let tag = match (ns, e.local_name().into_inner()) {
                    (Ns::Word | Ns::Drawing, "p") => Tag::Paragraph,
                    (Ns::Word, "r") => Tag::Run,
                    (Ns::Word, "del") => Tag::Deletion,
                    (Ns::Word | Ns::Math, "t") => Tag::Text,
                    (Ns::Drawing, "t") => Tag::DrawingText,
                    (Ns::Word, "delText") => Tag::DeletedText,
                    _ => Tag::Other,
                };
                match tag {
                    Tag::Paragraph => {
                        number += 1;
                        paragraphs.push(Paragraph {
                            number,
                            current: LineBuf::default(),
                            deleted: LineBuf::default(),
                        });
                    }
                    Tag::Deletion => deletions += 1,
                    Tag::Text | Tag::DrawingText | Tag::DeletedText
                        if capture.is_none() && !paragraphs.is_empty() =>
                    {
                        capture = Some(Capture {
                            depth: stack.len(),
                            start: after,
                            text: String::new(),
                            space: if tag == Tag::DrawingText {
                                Space::Kept
                            } else {
                                space_of(e, after - 1)?
                            },
                            deleted: tag == Tag::DeletedText,
                        });
                    }
                    _ => {}
                }
                stack.push(tag);
            }
            Event::Empty(e) => {
                let name = e.local_name().into_inner();
                if matches!(ns, Ns::Word | Ns::Drawing) && name == "p" {
                    number += 1;
                    builder.line(part, number, LineBuf::default());
                } else if ns == Ns::Word && capture.is_none() && stack.last() == Some(&Tag::Run) {
                    let c = match name {
                        "tab" => '\t',
                        "br" | "cr" => '\n',
                        "noBreakHyphen" => '-',
                        _ => continue,
                    };
                    if let Some(p) = paragraphs.last_mut() {
                        let line = if deletions > 0 {
                            &mut p.deleted
                        } else {
                            &mut p.current
                        };
                        line.text.push(c);
                    }
                }
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                let mut sink = String::new();
                let out = capture.as_mut().map_or(&mut sink, |c| &mut c.text);
                push_chars(&event, out)?;
            }
            Event::End(_) => {
                let tag = stack.pop().ok_or(())?;
                if let Some(c) = capture.take_if(|c| c.depth == stack.len()) {
                    let p = paragraphs.last_mut().ok_or(())?;
                    let line = if c.deleted {
                        &mut p.deleted
                    } else {
                        &mut p.current
                    };
                    line.push(&c.text, c.start..before, c.space);
                }
                match tag {
                    Tag::Paragraph => builder.paragraph(part, paragraphs.pop().ok_or(())?),
                    Tag::Deletion => deletions -= 1,
                    _ => {}
                }
            }
            Event::Eof => {
                return if stack.is_empty() { Ok(()) } else { Err(()) };
            }
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

/// Scans a properties part: each listed child of the root element is a line,
/// empty or not (so that emptying one keeps the lines of the others).
fn scan_properties(
    xml: &str,
    part: usize,
    names: &[&str],
    builder: &mut Builder,
) -> Result<(), ()> {
    let (body, bom) = strip_bom(xml);
    let mut reader = Reader::from_str(body);
    let mut depth = 0usize;
    let mut capture: Option<Capture> = None;
    let mut number = 0;
    loop {
        let before = position(&reader, bom);
        let event = reader.read_event().map_err(|_| ())?;
        let after = position(&reader, bom);
        match &event {
            Event::Start(e) => {
                if depth == 1 && capture.is_none() && names.contains(&e.local_name().into_inner()) {
                    capture = Some(Capture {
                        depth,
                        start: after,
                        text: String::new(),
                        space: Space::Kept,
                        deleted: false,
                    });
                }
                depth += 1;
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                let mut sink = String::new();
                let out = capture.as_mut().map_or(&mut sink, |c| &mut c.text);
                push_chars(&event, out)?;
            }
            Event::End(_) => {
                depth = depth.checked_sub(1).ok_or(())?;
                if let Some(c) = capture.take_if(|c| c.depth == depth) {
                    number += 1;
                    let mut line = LineBuf::default();
                    line.push(&c.text, c.start..before, c.space);
                    builder.line(part, number, line);
                }
            }
            Event::Empty(e) => {
                if depth == 1 && names.contains(&e.local_name().into_inner()) {
                    number += 1;
                    builder.line(part, number, LineBuf::default());
                }
            }
            Event::Eof => return if depth == 0 { Ok(()) } else { Err(()) },
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

/// Whether text starts or ends with XML whitespace.
fn has_edge_space(text: &str) -> bool {
    let ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    text.starts_with(ws) || text.ends_with(ws)
}

impl DocxDoc {
    /// The local edits of each segment touched by `edits`: an edit's
    /// replacement goes to the first segment it covers, and the text it
    /// covers in later segments is removed.
    fn segment_edits(&self, edits: &[Edit]) -> Result<Vec<(usize, Edit)>, FormatError> {
        let mut out: Vec<(usize, Edit)> = Vec::new();
        let mut at = 0;
        for e in edits {
            let r = &e.range;
            if r.start < at
                || r.end < r.start
                || r.end > self.text.len()
                || !self.text.is_char_boundary(r.start)
                || !self.text.is_char_boundary(r.end)
            {
                return Err(FormatError::new("edit out of range"));
            }
            at = r.end;
            let local = |i: usize, s: &Segment, text: &str| {
                let clamp = |x: usize| x.clamp(s.text.start, s.text.end) - s.text.start;
                (
                    i,
                    Edit {
                        range: clamp(r.start)..clamp(r.end),
                        text: text.to_string(),
                    },
                )
            };
            // An insertion at the end of a segment stays in that segment.
            let first = if r.is_empty() {
                self.segments.partition_point(|s| s.text.end < r.start)
            } else {
                self.segments.partition_point(|s| s.text.end <= r.start)
            };
            let mut placed = false;
            for (i, s) in self.segments.iter().enumerate().skip(first) {
                if s.text.start >= r.end && !(r.is_empty() && s.text.start == r.start) {
                    break;
                }
                out.push(local(i, s, if placed { "" } else { &e.text }));
                placed = true;
                if r.is_empty() {
                    break;
                }
            }
            if !placed && !e.text.is_empty() {
                // The edit covers no run text (a tab, a paragraph break):
                // its replacement goes next to the nearest run text.
                let i = if first > 0 {
                    first - 1
                } else if first < self.segments.len() {
                    first
                } else {
                    return Err(FormatError::new("no text in the document to hold an edit"));
                };
                let s = &self.segments[i];
                let point = if i < first { s.text.end } else { s.text.start };
                let local = point - s.text.start;
                out.push((
                    i,
                    Edit {
                        range: local..local,
                        text: e.text.clone(),
                    },
                ));
            }
        }
        // Stable: the edits of one segment keep their order.
        out.sort_by_key(|(i, _)| *i);
        Ok(out)
    }

    /// The new XML of each modified part, by index into `parts`.
    fn rewrite_parts(&self, edits: &[Edit]) -> Result<Vec<(usize, String)>, FormatError> {
        let local = self.segment_edits(edits)?;
        // (part, xml range, new bytes)
        let mut changes: Vec<(usize, Range<usize>, String)> = Vec::new();
        for group in local.chunk_by(|a, b| a.0 == b.0) {
            let s = &self.segments[group[0].0];
            let edits: Vec<Edit> = group.iter().map(|(_, e)| e.clone()).collect();
            let new = super::apply_edits(&self.text[s.text.clone()], &edits)?;
            if let Space::Missing { gt } = s.space
                && has_edge_space(&new)
            {
                changes.push((s.part, gt..gt, " xml:space=\"preserve\"".to_string()));
            }
            changes.push((
                s.part,
                s.xml.clone(),
                partial_escape(new.as_str()).into_owned(),
            ));
        }
        changes.sort_by_key(|(part, range, _)| (*part, range.start, range.end));
        let mut out = Vec::new();
        for group in changes.chunk_by(|a, b| a.0 == b.0) {
            let part = group[0].0;
            let xml = &self.parts[part].xml;
            let mut new = String::with_capacity(xml.len() + 64);
            let mut at = 0;
            for (_, range, text) in group {
                new.push_str(&xml[at..range.start]);
                new.push_str(text);
                at = range.end;
            }
            new.push_str(&xml[at..]);
            out.push((part, new));
        }
        Ok(out)
    }
}

/// `xml` with the values of authorship attributes (`w:author`,
/// `w:initials`, `w15:author`, `w15:userId`) emptied; `None` when it has none.
fn scrub_authors(xml: &str) -> Option<String> {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(\s[A-Za-z0-9]+:(?:author|initials|userId))="[^"]+""#)
            .expect("valid pattern")
    });
    if !RE.is_match(xml) {
        return None;
    }
    Some(RE.replace_all(xml, r#"$1="""#).into_owned())
}

impl Document for DocxDoc {
    fn text(&self) -> &str {
        &self.text
    }

    fn write(&self, edits: &[Edit]) -> Result<Vec<u8>, FormatError> {
        let rewritten = self.rewrite_parts(edits)?;
        let broken = |_| FormatError::new("cannot rebuild the DOCX file");
        let mut archive = ZipArchive::new(Cursor::new(self.bytes.as_slice())).map_err(broken)?;
        let mut writer = ZipWriter::new(Cursor::new(Vec::with_capacity(self.bytes.len())));
        for entry in 0..archive.len() {
            let mut new = rewritten
                .iter()
                .find(|(part, _)| self.parts[*part].entry == entry)
                .map(|(_, xml)| xml.clone());
            // Who wrote a comment or a tracked change, and the list of
            // reviewers, are names too: always emptied.
            let name = archive
                .name_for_index(entry)
                .and_then(Result::ok)
                .map(|n| n.into_owned())
                .unwrap_or_default();
            if name.starts_with("word/") && name.ends_with(".xml") {
                let parsed = self.parts.iter().find(|p| p.entry == entry);
                let xml = match (new.take(), parsed) {
                    (Some(xml), _) => xml,
                    // A part read already: its XML is in memory.
                    (None, Some(part)) => part.xml.clone(),
                    (None, None) => {
                        let mut xml = String::new();
                        let file = archive.by_index(entry).map_err(broken)?;
                        file.take(MAX_PART)
                            .read_to_string(&mut xml)
                            .map_err(|_| FormatError::new("a part is not UTF-8"))?;
                        xml
                    }
                };
                let rewrote = rewritten
                    .iter()
                    .any(|(part, _)| self.parts[*part].entry == entry);
                new = match scrub_authors(&xml) {
                    Some(clean) => Some(clean),
                    None if rewrote => Some(xml),
                    None => None,
                };
            }
            let file = archive.by_index_raw(entry).map_err(broken)?;
            match new {
                None => writer.raw_copy_file(file).map_err(broken)?,
                Some(xml) => {
                    let mut options = SimpleFileOptions::default()
                        .compression_method(CompressionMethod::Deflated);
                    if let Some(time) = file.last_modified() {
                        options = options.last_modified_time(time);
                    }
                    drop(file);
                    writer.start_file(name.as_str(), options).map_err(broken)?;
                    writer
                        .write_all(xml.as_bytes())
                        .map_err(|_| FormatError::new("cannot rebuild the DOCX file"))?;
                }
            }
        }
        writer
            .set_raw_comment(archive.comment().into())
            .map_err(broken)?;
        Ok(writer.finish().map_err(broken)?.into_inner())
    }

    fn locate(&self, offset: usize) -> Location {
        let i = self.lines.partition_point(|l| l.start <= offset);
        let Some(line) = i.checked_sub(1).and_then(|i| self.lines.get(i)) else {
            return Location::default();
        };
        let end = offset.min(self.text.len());
        // Chars before `offset`: bytes that do not continue a UTF-8 sequence.
        let chars = self.text.as_bytes()[line.start..end]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        Location {
            line: line.number,
            column: chars + 1,
            part: Some(self.parts[line.part].name.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

    const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;

    const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

    const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>"#;

    /// Body paragraphs: a name split over three runs (the middle one bold),
    /// a tab stop definition and a tab, an entity, a tracked change.
    const BODY: &str = concat!(
        r#"<w:p><w:r><w:t xml:space="preserve">Истец </w:t></w:r><w:r><w:t>Ахме</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>тов</w:t></w:r><w:r><w:t xml:space="preserve"> Серик Болатович</w:t></w:r></w:p>"#,
        r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Ответчик:</w:t></w:r><w:r><w:tab/><w:t>ТОО «Иванова &amp; Ко»</w:t></w:r></w:p>"#,
        r#"<w:p/>"#,
        r#"<w:p><w:r><w:t xml:space="preserve">Представитель </w:t></w:r><w:del w:id="1" w:author="Редактор" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Петров</w:delText></w:r></w:del><w:ins w:id="2" w:author="Редактор" w:date="2024-01-01T00:00:00Z"><w:r><w:t>Сидоров</w:t></w:r></w:ins></w:p>"#,
    );

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/></w:sectPr></w:body></w:document>"#
        )
    }

    fn header() -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:r><w:t>Судья Жумабаев Т.</w:t></w:r></w:p></w:hdr>"#
        )
    }

    fn footer() -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}><w:p><w:r><w:t>Секретарь Иванова А.К.</w:t></w:r></w:p></w:ftr>"#
        )
    }

    fn comments() -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="Редактор" w:date="2024-01-01T00:00:00Z"><w:p><w:r><w:t>Проверить адрес Ахметова</w:t></w:r></w:p></w:comment></w:comments>"#
        )
    }

    const CORE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Решение по делу</dc:title><dc:creator>Ахметов Серик</dc:creator><cp:lastModifiedBy>Иванова А.К.</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created></cp:coreProperties>"#;

    const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><Company>Суд района</Company><Pages>1</Pages></Properties>"#;

    /// A zip of these entries, deflated.
    fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        for (name, body) in entries {
            w.start_file(*name, options).unwrap();
            w.write_all(body.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    /// A full package: body, header, footer, comments and properties.
    fn package(body: &str) -> Vec<u8> {
        zip_of(&[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/_rels/document.xml.rels", DOCUMENT_RELS),
            ("word/document.xml", &document(body)),
            ("word/header1.xml", &header()),
            ("word/footer1.xml", &footer()),
            ("word/comments.xml", &comments()),
            ("docProps/core.xml", CORE),
            ("docProps/app.xml", APP),
        ])
    }

    /// Every entry of a zip, decompressed, in order.
    fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut archive = ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut f = archive.by_index(i).unwrap();
                let mut data = Vec::new();
                f.read_to_end(&mut data).unwrap();
                (f.name().unwrap().into_owned(), data)
            })
            .collect()
    }

    fn entry(bytes: &[u8], name: &str) -> String {
        let (_, data) = entries(bytes).into_iter().find(|(n, _)| n == name).unwrap();
        String::from_utf8(data).unwrap()
    }

    /// An edit replacing the first occurrence of `what`.
    fn edit(doc: &DocxDoc, what: &str, by: &str) -> Edit {
        let start = doc.text().find(what).unwrap();
        Edit {
            range: start..start + what.len(),
            text: by.to_string(),
        }
    }

    #[test]
    fn text_joins_runs_in_part_order() {
        let doc = read(package(BODY)).unwrap();
        assert_eq!(
            doc.text(),
            "Истец Ахметов Серик Болатович\n\
             Ответчик:\tТОО «Иванова & Ко»\n\
             \n\
             Представитель Сидоров\n\
             Петров\n\
             Судья Жумабаев Т.\n\
             Секретарь Иванова А.К.\n\
             Проверить адрес Ахметова\n\
             Решение по делу\n\
             Ахметов Серик\n\
             Иванова А.К.\n\
             Суд района"
        );
    }

    #[test]
    fn locate_gives_paragraph_column_and_part() {
        let doc = read(package(BODY)).unwrap();
        let at = |what: &str, nth: usize| {
            let start = doc.text().match_indices(what).nth(nth).unwrap().0;
            doc.locate(start)
        };
        let loc = |line, column, part: &str| Location {
            line,
            column,
            part: Some(part.to_string()),
        };
        assert_eq!(at("Ахметов", 0), loc(1, 7, "word/document.xml"));
        assert_eq!(at("ТОО", 0), loc(2, 11, "word/document.xml"));
        assert_eq!(at("Сидоров", 0), loc(4, 15, "word/document.xml"));
        // Deleted text: the paragraph it was deleted from.
        assert_eq!(at("Петров", 0), loc(4, 1, "word/document.xml"));
        assert_eq!(at("Иванова А.К.", 0), loc(1, 11, "word/footer1.xml"));
        assert_eq!(at("Ахметова", 0), loc(1, 17, "word/comments.xml"));
        assert_eq!(at("Ахметов Серик", 1), loc(2, 1, "docProps/core.xml"));
        assert_eq!(at("Суд района", 0), loc(1, 1, "docProps/app.xml"));
        assert_eq!(doc.locate(0), loc(1, 1, "word/document.xml"));
    }

    #[test]
    fn edit_spanning_runs_keeps_runs_and_formatting() {
        let doc = read(package(BODY)).unwrap();
        let out = doc
            .write(&[edit(&doc, "Ахметов Серик Болатович", "[ФИО]")])
            .unwrap();
        let xml = entry(&out, "word/document.xml");
        let expected = document(BODY).replace(
            r#"<w:r><w:t>Ахме</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>тов</w:t></w:r><w:r><w:t xml:space="preserve"> Серик Болатович</w:t></w:r>"#,
            r#"<w:r><w:t>[ФИО]</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t></w:t></w:r><w:r><w:t xml:space="preserve"></w:t></w:r>"#,
        );
        assert_ne!(expected, document(BODY));
        assert_eq!(xml, no_authors(&expected));
        let again = read(out).unwrap();
        assert!(again.text().starts_with("Истец [ФИО]\n"));
    }

    #[test]
    fn edit_inside_one_run_escapes_and_preserves_spaces() {
        let doc = read(package(BODY)).unwrap();
        // "Ахме" + "тов": the edit ends inside the bold run, which keeps
        // its tail; the first run gets text with a trailing space.
        let start = doc.text().find("Ахме").unwrap();
        let edits = [
            Edit {
                range: start + "А".len()..start + "Ахмет".len(),
                text: "<x> & ".to_string(),
            },
            edit(&doc, "Иванова &", "И."),
        ];
        let out = doc.write(&edits).unwrap();
        let xml = entry(&out, "word/document.xml");
        assert!(
            xml.contains(r#"<w:r><w:t xml:space="preserve">А&lt;x&gt; &amp; </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ов</w:t></w:r>"#),
            "{xml}"
        );
        assert!(xml.contains("<w:t>ТОО «И. Ко»</w:t>"), "{xml}");
        // The tab stop definition in w:pPr is no text and stays.
        assert!(xml.contains(r#"<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>"#));
        let again = read(out).unwrap();
        assert!(
            again
                .text()
                .starts_with("Истец А<x> & ов Серик Болатович\nОтветчик:\tТОО «И. Ко»\n")
        );
    }

    #[test]
    fn other_parts_and_bytes_stay_identical() {
        let input = package(BODY);
        let doc = read(input.clone()).unwrap();
        let out = doc.write(&[edit(&doc, "Сидоров", "[ФИО]")]).unwrap();
        let (before, after) = (entries(&input), entries(&out));
        assert_eq!(before.len(), after.len());
        for ((n1, d1), (n2, d2)) in before.iter().zip(&after) {
            assert_eq!(n1, n2);
            if n1 != "word/document.xml" {
                let d1 = no_authors(&String::from_utf8_lossy(d1));
                assert_eq!(d1.as_bytes(), d2.as_slice(), "{n1}");
            }
        }
        let xml = entry(&out, "word/document.xml");
        assert_eq!(
            xml,
            no_authors(&document(BODY).replace("<w:t>Сидоров</w:t>", "<w:t>[ФИО]</w:t>"))
        );
    }

    #[test]
    fn no_edits_give_the_same_package() {
        let input = package(BODY);
        let doc = read(input.clone()).unwrap();
        let out = doc.write(&[]).unwrap();
        // Only the authors of comments and tracked changes go.
        let expected: Vec<(String, Vec<u8>)> = entries(&input)
            .into_iter()
            .map(|(n, d)| (n, no_authors(&String::from_utf8_lossy(&d)).into_bytes()))
            .collect();
        assert_eq!(expected, entries(&out));
        assert!(!entry(&out, "word/comments.xml").contains("Редактор"));
    }

    /// The fixtures' author attributes emptied, as every write does.
    fn no_authors(xml: &str) -> String {
        xml.replace(r#"w:author="Редактор""#, r#"w:author="""#)
    }

    #[test]
    fn headers_footers_comments_deletions_and_properties_are_cleaned() {
        let doc = read(package(BODY)).unwrap();
        let text = doc.text();
        let mut edits: Vec<Edit> = ["Петров", "Жумабаев Т.", "Иванова А.К.", "Ахметова"]
            .iter()
            .map(|w| edit(&doc, w, "[ФИО]"))
            .collect();
        for (what, nth) in [("Ахметов Серик", 1), ("Иванова А.К.", 1)] {
            let start = text.match_indices(what).nth(nth).unwrap().0;
            edits.push(Edit {
                range: start..start + what.len(),
                text: "[ФИО]".to_string(),
            });
        }
        edits.sort_by_key(|e| e.range.start);
        let out = doc.write(&edits).unwrap();
        let document = entry(&out, "word/document.xml");
        assert!(document.contains("<w:delText>[ФИО]</w:delText>"));
        assert!(!document.contains("Петров"));
        assert!(entry(&out, "word/header1.xml").contains("<w:t>Судья [ФИО]</w:t>"));
        assert!(entry(&out, "word/footer1.xml").contains("<w:t>Секретарь [ФИО]</w:t>"));
        assert!(entry(&out, "word/comments.xml").contains("<w:t>Проверить адрес [ФИО]</w:t>"));
        let core = entry(&out, "docProps/core.xml");
        assert_eq!(
            core,
            CORE.replace("Ахметов Серик", "[ФИО]")
                .replace("Иванова А.К.", "[ФИО]")
        );
        let again = read(out).unwrap();
        for name in ["Петров", "Жумабаев", "Иванова А", "Ахметова", "Серик<"]
        {
            assert!(!again.text().contains(name), "{name}");
        }
    }

    /// Random edits within the text of runs (no tab or line break in the
    /// edited range): the rebuilt file reads back as the edited text.
    #[test]
    fn random_edits_read_back_as_edited_text() {
        let doc = read(package(BODY)).unwrap();
        let text = doc.text();
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let replacements = ["", "[ФИО]", " x ", "<&>", "А", "  "];
        let mut seed: u64 = 0x5eed;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let mut applied = 0;
        for _ in 0..800 {
            let mut edits = Vec::new();
            let mut at = 0;
            for _ in 0..1 + next(3) {
                let a = next(bounds.len());
                let b = (a + 1 + next(30)).min(bounds.len() - 1);
                let range = bounds[a]..bounds[b];
                if range.is_empty()
                    || range.start < at
                    || text[range.clone()].contains(['\n', '\t'])
                {
                    continue;
                }
                at = range.end;
                edits.push(Edit {
                    range,
                    text: replacements[next(replacements.len())].to_string(),
                });
            }
            applied += edits.len();
            let expected = crate::formats::apply_edits(text, &edits).unwrap();
            let again = read(doc.write(&edits).unwrap()).unwrap();
            assert_eq!(again.text(), expected, "{edits:?}");
        }
        assert!(applied > 300, "{applied} edits");
    }

    #[test]
    fn edits_out_of_order_or_range_are_errors() {
        let doc = read(package(BODY)).unwrap();
        let e = |r: Range<usize>| Edit {
            range: r,
            text: "X".to_string(),
        };
        let len = doc.text().len();
        assert!(doc.write(&[e(len - 1..len + 1)]).is_err());
        assert!(doc.write(&[e(5..8), e(0..2)]).is_err());
        // Inside a Cyrillic letter.
        assert!(doc.write(&[e(1..2)]).is_err());
    }

    #[test]
    fn edit_on_a_paragraph_break_lands_next_to_text() {
        let doc = read(package(BODY)).unwrap();
        let at = doc.text().find('\n').unwrap();
        let out = doc
            .write(&[Edit {
                range: at..at + 1,
                text: "!".to_string(),
            }])
            .unwrap();
        let again = read(out).unwrap();
        assert!(again.text().starts_with("Истец Ахметов Серик Болатович!\n"));
    }

    #[test]
    fn text_boxes_and_breaks() {
        let body = concat!(
            r#"<w:p><w:r><w:t>До</w:t></w:r><w:r><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent><w:p><w:r><w:t>Ахметов</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></w:r>"#,
            r#"<w:r><w:br/><w:t>после</w:t><w:cr/><w:noBreakHyphen/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"#,
        );
        let doc = read(package(body)).unwrap();
        assert!(doc.text().starts_with("Ахметов\nДо\nпосле\n-\n"));
        assert_eq!(doc.locate(0).line, 2);
        assert_eq!(doc.locate("Ахметов\n".len()).line, 1);
        let out = doc.write(&[edit(&doc, "Ахметов", "[ФИО]")]).unwrap();
        assert!(entry(&out, "word/document.xml").contains("<w:t>[ФИО]</w:t>"));
    }

    #[test]
    fn bom_line_ends_and_entities_in_properties() {
        let body = "\u{feff}<?xml version=\"1.0\"?>\r\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\r\n<w:p><w:r><w:t>&#1040;хметов</w:t></w:r></w:p>\r\n</w:body></w:document>";
        let core = "<cp:coreProperties><dc:creator>Ахметов &amp; Ко</dc:creator><dc:title/><dc:subject></dc:subject></cp:coreProperties>";
        let input = zip_of(&[("word/document.xml", body), ("docProps/core.xml", core)]);
        let doc = read(input).unwrap();
        assert_eq!(doc.text(), "Ахметов\nАхметов & Ко\n\n");
        let second = doc.text().rfind("Ахметов").unwrap();
        let edits = [
            edit(&doc, "Ахметов", "[ФИО]"),
            Edit {
                range: second..second + "Ахметов".len(),
                text: "<А>".to_string(),
            },
        ];
        let out = doc.write(&edits).unwrap();
        assert_eq!(
            entry(&out, "word/document.xml"),
            body.replace("&#1040;хметов", "[ФИО]")
        );
        assert_eq!(
            entry(&out, "docProps/core.xml"),
            core.replace("Ахметов &amp; Ко", "&lt;А&gt; &amp; Ко")
        );
    }

    #[test]
    fn elements_are_told_by_namespace() {
        // Another prefix for WordprocessingML (as written by some XML
        // libraries), math text, DrawingML text; `x:t` of an unknown
        // namespace is no text.
        let body = concat!(
            r#"<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:x="urn:x"><ns0:body>"#,
            r#"<ns0:p><ns0:r><ns0:t>Ахме</ns0:t></ns0:r><ns0:r><ns0:tab/><ns0:t>тов</ns0:t></ns0:r><x:t>Скрыто</x:t></ns0:p>"#,
            r#"<ns0:p><m:oMath><m:r><m:t>Иванова</m:t></m:r></m:oMath></ns0:p>"#,
            r#"<ns0:p><ns0:r><a:p><a:r><a:t>Петров</a:t></a:r></a:p></ns0:r></ns0:p>"#,
            r#"</ns0:body></ns0:document>"#,
        );
        let doc = read(zip_of(&[("word/document.xml", body)])).unwrap();
        assert_eq!(doc.text(), "Ахме\tтов\nИванова\nПетров\n");
        let edits = [
            edit(&doc, "Ахме", " А. "),
            edit(&doc, "Иванова", " И. "),
            edit(&doc, "Петров", " П. "),
        ];
        let out = entry(&doc.write(&edits).unwrap(), "word/document.xml");
        assert_eq!(
            out,
            body.replace("<ns0:t>Ахме", "<ns0:t xml:space=\"preserve\"> А. ")
                .replace("<m:t>Иванова", "<m:t xml:space=\"preserve\"> И. ")
                .replace("<a:t>Петров", "<a:t> П. ")
        );
    }

    #[test]
    fn parts_in_order() {
        let mut names = [
            "docProps/app.xml",
            "word/footer1.xml",
            "word/header10.xml",
            "word/comments.xml",
            "word/header2.xml",
            "word/endnotes.xml",
            "docProps/core.xml",
            "word/footnotes.xml",
            "word/document.xml",
            "word/header.xml",
        ];
        names.sort_by_key(|n| Kind::of(n).unwrap());
        assert_eq!(
            names,
            [
                "word/document.xml",
                "word/header.xml",
                "word/header2.xml",
                "word/header10.xml",
                "word/footer1.xml",
                "word/footnotes.xml",
                "word/endnotes.xml",
                "word/comments.xml",
                "docProps/core.xml",
                "docProps/app.xml",
            ]
        );
        for other in [
            "word/styles.xml",
            "word/settings.xml",
            "word/header1.xml.rels",
            "word/_rels/header1.xml.rels",
            "customXml/item1.xml",
        ] {
            assert_eq!(Kind::of(other), None, "{other}");
        }
    }

    #[test]
    fn bad_input_is_an_error_without_content() {
        let reason = |bytes: Vec<u8>| read(bytes).err().unwrap().reason;
        assert_eq!(
            reason(b"Ahmetov Serik, not a zip".to_vec()),
            "not a DOCX file: not a zip archive"
        );
        assert_eq!(
            reason(zip_of(&[("word/other.xml", "<a/>")])),
            "not a DOCX file: no word/document.xml"
        );
        for broken in [
            "<w:document><w:body><w:p><w:t>Ахметов</w:t></w:body></w:document>",
            "<w:document><w:body><w:p><w:r><w:t>Ахметов",
            "<w:document><w:p><w:r><w:t>Ахметов &bogus;</w:t></w:r></w:p></w:document>",
            "<w:document><w:p><w:r><w:t>Ахметов & Ко</w:t></w:r></w:p></w:document>",
        ] {
            let r = reason(zip_of(&[("word/document.xml", broken)]));
            assert_eq!(r, "malformed XML in word/document.xml", "{broken}");
        }
        let r = reason(zip_of(&[
            ("word/document.xml", &document(BODY)),
            (
                "docProps/core.xml",
                "<cp:coreProperties><dc:creator>Ахметов</cp:coreProperties>",
            ),
        ]));
        assert_eq!(r, "malformed XML in docProps/core.xml");
        // Truncated zip.
        let mut cut = package(BODY);
        cut.truncate(cut.len() / 2);
        assert!(read(cut).is_err());
        let mut latin1 = zip_of(&[("word/document.xml", "<w:document/>")]);
        assert!(read(latin1.clone()).is_ok());
        latin1 = {
            let mut w = ZipWriter::new(Cursor::new(Vec::new()));
            w.start_file("word/document.xml", SimpleFileOptions::default())
                .unwrap();
            w.write_all(b"<w:t>\xC0\xF5\xEC\xE5\xF2\xEE\xE2</w:t>")
                .unwrap();
            w.finish().unwrap().into_inner()
        };
        assert_eq!(reason(latin1), "word/document.xml is not UTF-8");
    }

    #[test]
    fn zip_bombs_are_refused() {
        // 4 MiB of spaces compress to a few KiB.
        let filler = " ".repeat(4 << 20);
        let big = document(&format!("<w:p><w:r><w:t>{filler}</w:t></w:r></w:p>"));
        let bytes = zip_of(&[("word/document.xml", &big), ("word/header1.xml", &big)]);
        assert!(bytes.len() < 1 << 20);
        let limits = |part: u64, total: u64| Limits {
            part: part << 20,
            total: total << 20,
        };
        assert!(read_with_limits(bytes.clone(), limits(8, 16)).is_ok());
        let err = read_with_limits(bytes.clone(), limits(2, 16))
            .err()
            .unwrap();
        assert_eq!(
            err.reason,
            "word/document.xml decompresses to more than 2 MiB (a zip bomb?)"
        );
        let err = read_with_limits(bytes, limits(8, 6)).err().unwrap();
        assert_eq!(
            err.reason,
            "the text parts decompress to more than 6 MiB (a zip bomb?)"
        );
    }

    /// The rebuilt file opens in a real reader: pandoc, when installed
    /// (`apt-get install -y pandoc`). CI sets `DEPERSONALIZE_REQUIRE_PANDOC`
    /// so that a missing pandoc fails instead of skipping.
    #[test]
    #[allow(clippy::print_stderr)]
    fn pandoc_reads_the_rebuilt_file() {
        use std::process::Command;
        // `pandoc args… file.docx` → its output; `None` when pandoc is absent.
        let pandoc = |bytes: &[u8], args: &[&str]| -> Option<Vec<u8>> {
            let mut file = tempfile::Builder::new().suffix(".docx").tempfile().unwrap();
            file.write_all(bytes).unwrap();
            file.flush().unwrap();
            let out = Command::new("pandoc").args(args).arg(file.path()).output();
            let out = match out {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
                out => out.unwrap(),
            };
            assert!(
                out.status.success(),
                "pandoc failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(out.stdout)
        };
        let plain = |bytes: &[u8], changes: &str| {
            let args = ["-f", "docx", "-t", "plain", "--track-changes", changes];
            pandoc(bytes, &args).map(|out| String::from_utf8(out).unwrap())
        };
        let input = package(BODY);
        let Some(before) = plain(&input, "all") else {
            assert!(
                std::env::var_os("DEPERSONALIZE_REQUIRE_PANDOC").is_none(),
                "pandoc is not on PATH and DEPERSONALIZE_REQUIRE_PANDOC is set"
            );
            eprintln!("note: pandoc is not on PATH; the DOCX reader check is skipped");
            return;
        };
        assert!(before.contains("Ахметов Серик Болатович"), "{before}");
        assert!(before.contains("Петров"), "{before}");
        let doc = read(input).unwrap();
        let edits = [
            edit(&doc, "Ахметов Серик Болатович", "[ФИО]"),
            edit(&doc, "Иванова &", " [ОРГ] "),
            edit(&doc, "Петров", "[ФИО]"),
        ];
        let out = doc.write(&edits).unwrap();
        for changes in ["accept", "all"] {
            let after = plain(&out, changes).unwrap();
            assert!(after.contains("Истец [ФИО]"), "{after}");
            // Plain text output collapses runs of spaces.
            assert!(after.contains("ТОО « [ОРГ] Ко»"), "{after}");
            for name in ["Ахме", "Серик", "Иванова", "Петров"] {
                assert!(!after.contains(name), "{name} in {after}");
            }
        }

        // A package written by another program: pandoc's own DOCX, with the
        // author in docProps/core.xml.
        let mut md = tempfile::Builder::new().suffix(".md").tempfile().unwrap();
        md.write_all("---\nauthor: Ахметов Серик\n---\n\nИстец **Ахме**тов Серик.\n".as_bytes())
            .unwrap();
        md.flush().unwrap();
        let docx = Command::new("pandoc")
            .args(["-f", "markdown", "-t", "docx", "-o", "-"])
            .arg(md.path())
            .output()
            .unwrap();
        assert!(docx.status.success());
        let doc = read(docx.stdout).unwrap();
        let text = doc.text().to_string();
        let edits: Vec<Edit> = text
            .match_indices("Ахметов Серик")
            .map(|(at, what)| Edit {
                range: at..at + what.len(),
                text: "[ФИО]".to_string(),
            })
            .collect();
        // The body and dc:creator.
        assert!(edits.len() >= 2, "{text}");
        let out = doc.write(&edits).unwrap();
        assert!(!read(out.clone()).unwrap().text().contains("Ахме"));
        let after = plain(&out, "all").unwrap();
        assert!(after.contains("Истец [ФИО]."), "{after}");
        let meta = pandoc(&out, &["-f", "docx", "-t", "markdown", "-s"]).unwrap();
        let meta = String::from_utf8(meta).unwrap();
        // Markdown escapes the brackets.
        assert!(meta.contains("author: \\[ФИО\\]"), "{meta}");
        assert!(!meta.contains("Ахме"), "{meta}");
    }
}
