//! Document formats: how the text of a file is found for scanning and how the
//! file is written back with replacements.
//!
//! A [`Document`] gives the text to scan (one string, in which the engine
//! sees the whole document at once: a name split over several DOCX runs or
//! HTML tags is one name) and rebuilds the file from a list of [`Edit`]s on
//! that text. Everything outside the edits stays byte-identical where the
//! format allows, and the file keeps its encoding.
//!
//! JSON Lines and CSV are datasets, not documents: each record is a document
//! of its own, rewritten one at a time in bounded memory (see `records`).

use std::fmt;
use std::ops::Range;
use std::path::Path;

pub mod docx;
pub mod html;
pub mod records;
pub mod text;

/// A replacement of `range` (byte offsets into [`Document::text`]) by `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    /// Bytes of the scanned text replaced.
    pub range: Range<usize>,
    /// What replaces them (a placeholder, a mask).
    pub text: String,
}

/// Where a finding is, in the terms of the source file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// 1-based line of the source file (text, HTML), paragraph (DOCX) or
    /// record (JSON Lines, CSV).
    pub line: usize,
    /// 1-based column in characters, within the line, paragraph or field.
    pub column: usize,
    /// The part of the file: a DOCX part (`word/footer1.xml`), a JSON field
    /// or a CSV column; `None` for plain text and HTML.
    pub part: Option<String>,
}

/// A file read for scanning.
pub trait Document: Send {
    /// The text the engine scans.
    fn text(&self) -> &str;

    /// The file rebuilt with `edits` (sorted by start, non-overlapping, on
    /// char boundaries of [`Document::text`]), in the original encoding.
    ///
    /// # Errors
    /// When the edits cannot be written back (an edit out of range).
    fn write(&self, edits: &[Edit]) -> Result<Vec<u8>, FormatError>;

    /// The source location of byte `offset` of [`Document::text`].
    fn locate(&self, offset: usize) -> Location;
}

/// The formats this tool reads, chosen by file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text (`.txt`): UTF-8 with or without BOM, UTF-16 with BOM,
    /// Windows-1251.
    Text,
    /// HTML (`.html`, `.htm`): text nodes only.
    Html,
    /// Word documents (`.docx`).
    Docx,
    /// JSON Lines (`.jsonl`, `.ndjson`): the `--field` fields of each record.
    Jsonl,
    /// CSV (`.csv`): the `--column` columns of each record.
    Csv,
}

impl Format {
    /// The format of a path by its extension (case-insensitive); `None` for
    /// unknown formats, which are skipped with a notice, never guessed.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" => Format::Html,
            "docx" => Format::Docx,
            "jsonl" | "ndjson" => Format::Jsonl,
            "csv" => Format::Csv,
            _ => return None,
        })
    }

    /// Whether files of this format are datasets of records (see `records`).
    pub fn is_dataset(self) -> bool {
        matches!(self, Format::Jsonl | Format::Csv)
    }

    /// The format's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
        }
    }
}

/// Reads a whole-document file (text, HTML, DOCX).
///
/// # Errors
/// Binary or undecodable content, a broken container; datasets (JSON Lines,
/// CSV) are read record by record with `records` instead.
pub fn read(format: Format, bytes: Vec<u8>) -> Result<Box<dyn Document>, FormatError> {
    match format {
        Format::Text => Ok(Box::new(text::read(bytes)?)),
        Format::Html => Ok(Box::new(html::read(bytes)?)),
        Format::Docx => Ok(Box::new(docx::read(bytes)?)),
        Format::Jsonl | Format::Csv => Err(FormatError::new(
            "a dataset is read record by record, not as one document",
        )),
    }
}

/// Why a file could not be read or written back. The message names the
/// problem and never quotes the file's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    /// What went wrong, e.g. "binary content (NUL bytes)".
    pub reason: String,
}

impl FormatError {
    /// An error with this reason.
    pub fn new(reason: impl Into<String>) -> Self {
        FormatError {
            reason: reason.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for FormatError {}

/// Applies sorted, non-overlapping `edits` to `text` (a helper for formats
/// whose scanned text is their content).
///
/// # Errors
/// An edit out of range, unsorted, or not on char boundaries.
pub fn apply_edits(text: &str, edits: &[Edit]) -> Result<String, FormatError> {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        if e.range.start < at
            || e.range.end < e.range.start
            || !text.is_char_boundary(e.range.start)
            || !text.is_char_boundary(e.range.end)
            || e.range.end > text.len()
        {
            return Err(FormatError::new("edit out of range"));
        }
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.text);
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        for (path, format) in [
            ("a/b.txt", Some(Format::Text)),
            ("b.TXT", Some(Format::Text)),
            ("c.html", Some(Format::Html)),
            ("d.docx", Some(Format::Docx)),
            ("e.jsonl", Some(Format::Jsonl)),
            ("f.csv", Some(Format::Csv)),
            ("g.pdf", None),
            ("noext", None),
        ] {
            assert_eq!(Format::of_path(Path::new(path)), format, "{path}");
        }
    }

    #[test]
    fn edits_apply_in_order() {
        let e = |r: Range<usize>, t: &str| Edit {
            range: r,
            text: t.to_string(),
        };
        assert_eq!(
            apply_edits("abc def", &[e(0..3, "X"), e(4..7, "YY")]).unwrap(),
            "X YY"
        );
        assert!(apply_edits("abc", &[e(2..5, "X")]).is_err());
        assert!(apply_edits("abc", &[e(2..3, "X"), e(0..1, "Y")]).is_err());
    }
}
