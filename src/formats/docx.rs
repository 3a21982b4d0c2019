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

use std::io::{Cursor, Read, Write};
use std::ops::Range;

use quick_xml::Reader;
use quick_xml::escape::{partial_escape, resolve_xml_entity};
use quick_xml::events::{BytesRef, BytesStart, Event};
use zip::result::ZipError;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::{Document, Edit, FormatError, Location};

/// The largest part decompressed, in bytes (a judgment's `document.xml` is a
/// few MiB); a larger one is taken for a zip bomb.
const MAX_PART: u64 = 256 << 20;
/// The most bytes decompressed from one file, all parts together.
const MAX_TOTAL: u64 = 512 << 20;

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
    Paragraph,
    Run,
    Deletion,
    Text,
    DeletedText,
    Other,
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

/// Byte offset of the reader in the part.
fn position(reader: &Reader<&[u8]>) -> usize {
    usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX)
}

/// Scans a part of paragraphs (`w:p`): body, header, footer, notes,
/// comments. Paragraphs nested in text boxes come before the paragraph that
/// holds them, each on a line of its own.
fn scan_body(xml: &str, part: usize, builder: &mut Builder) -> Result<(), ()> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Tag> = Vec::new();
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut capture: Option<Capture> = None;
    let mut number = 0;
    let mut deletions = 0usize;
    loop {
        let before = position(&reader);
        let event = reader.read_event().map_err(|_| ())?;
        let after = position(&reader);
        match &event {
            Event::Start(e) => {
                let tag = match e.name().into_inner() {
                    "w:p" => Tag::Paragraph,
                    "w:r" => Tag::Run,
                    "w:del" => Tag::Deletion,
                    "w:t" => Tag::Text,
                    "w:delText" => Tag::DeletedText,
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
                    Tag::Text | Tag::DeletedText if capture.is_none() && !paragraphs.is_empty() => {
                        capture = Some(Capture {
                            depth: stack.len(),
                            start: after,
                            text: String::new(),
                            space: space_of(e, after - 1)?,
                            deleted: tag == Tag::DeletedText,
                        });
                    }
                    _ => {}
                }
                stack.push(tag);
            }
            Event::Empty(e) => {
                let name = e.name().into_inner();
                if name == "w:p" {
                    number += 1;
                    builder.line(part, number, LineBuf::default());
                } else if capture.is_none() && stack.last() == Some(&Tag::Run) {
                    let c = match name {
                        "w:tab" => '\t',
                        "w:br" | "w:cr" => '\n',
                        "w:noBreakHyphen" => '-',
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

/// Scans a properties part: each listed child of the root element that has
/// text is a line.
fn scan_properties(
    xml: &str,
    part: usize,
    names: &[&str],
    builder: &mut Builder,
) -> Result<(), ()> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let mut capture: Option<Capture> = None;
    let mut number = 0;
    loop {
        let before = position(&reader);
        let event = reader.read_event().map_err(|_| ())?;
        let after = position(&reader);
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
                if let Some(c) = capture.take_if(|c| c.depth == depth)
                    && !c.text.is_empty()
                {
                    number += 1;
                    let mut line = LineBuf::default();
                    line.push(&c.text, c.start..before, c.space);
                    builder.line(part, number, line);
                }
            }
            Event::Eof => return if depth == 0 { Ok(()) } else { Err(()) },
            Event::Empty(_)
            | Event::Comment(_)
            | Event::Decl(_)
            | Event::PI(_)
            | Event::DocType(_) => {}
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
            let new = rewritten
                .iter()
                .find(|(part, _)| self.parts[*part].entry == entry);
            let file = archive.by_index_raw(entry).map_err(broken)?;
            match new {
                None => writer.raw_copy_file(file).map_err(broken)?,
                Some((part, xml)) => {
                    let mut options = SimpleFileOptions::default()
                        .compression_method(CompressionMethod::Deflated);
                    if let Some(time) = file.last_modified() {
                        options = options.last_modified_time(time);
                    }
                    drop(file);
                    writer
                        .start_file(self.parts[*part].name.as_str(), options)
                        .map_err(broken)?;
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
