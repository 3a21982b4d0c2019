//! JSON Lines and CSV datasets, record by record: the selected fields of each
//! record are one [`Document`] (one judgment per record); every other byte of
//! the stream is copied unchanged, and memory stays bounded by one record.
//!
//! # Selection
//! - JSON Lines: `--field` names a top-level key, or a dotted path into nested
//!   objects (`body.text`); arrays on the path are crossed (`items.text`
//!   selects the `text` of every object in `items`). A key that itself
//!   contains dots (`{"body.text": …}`) matches the same path. A selected
//!   string is scanned as decoded text; a selected number is scanned as its
//!   literal text (an IIN stored as a number is personal data) and, when
//!   edited, becomes a JSON string; a selected object or array has all its
//!   string and number values scanned (keys are schema and are not scanned);
//!   `true`, `false` and `null` hold nothing. A field missing from a record is
//!   no error: there is nothing to do.
//! - CSV: `--column` names a header column (exact match of the decoded header
//!   name, else of the trimmed name); when no header has that name, a number
//!   `N` is the `N`-th column, **1-based** as in `cut -f` and `xsv`. An unknown
//!   name is an error that lists the header names. The delimiter is detected
//!   from the header: the most frequent of `,`, `;` and tab outside quotes
//!   (`,` on a tie). Quotes are `"` with `""` as escape (RFC 4180); a quoted
//!   field may span lines. The header row is copied unchanged.
//!
//! # Malformed records
//! A record that cannot be read safely (invalid JSON, not an object, invalid
//! UTF-8 in a selected value, an unterminated or broken quoted CSV field, a
//! record longer than [`MAX_RECORD_BYTES`]) is never copied through, since it
//! might hold personal data. [`RecordOptions::malformed`] decides: with
//! [`Malformed::Fail`] (the default) the run stops with a [`RecordError`]
//! naming the line, and the caller must discard the partial output; with
//! [`Malformed::Drop`] the record is left out of the output and counted in
//! [`RecordStats::skipped`], its error kept in [`RecordStats::errors`].
//! Reasons name the line and the byte, never the content.
//!
//! # Rewriting
//! Only the edited parts of a value are re-encoded: the rest of a changed
//! JSON string keeps its original escapes (`\u0410`), a quoted CSV field
//! stays quoted, an unquoted one is quoted only when the new value needs it.
//! Line endings (`\n`, `\r\n`, none at the end), blank lines and a UTF-8 BOM
//! are kept.

use std::fmt;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::ops::Range;

use super::{Document, Edit, Format, FormatError, Location, apply_edits};

/// The longest record read (16 MiB): a judgment is well under 1 MiB, and the
/// bound keeps memory in check when a stream has no line breaks.
pub const MAX_RECORD_BYTES: usize = 16 << 20;

/// How many skipped-record errors [`RecordStats::errors`] keeps (the count
/// in [`RecordStats::skipped`] goes on).
pub const MAX_KEPT_ERRORS: usize = 100;

/// How deep JSON values may nest.
const MAX_DEPTH: usize = 128;

/// Between two values in [`Record::text`], so two fields never glue.
const SEPARATOR: &str = "\n\n";

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What to do with a record that cannot be read safely.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Malformed {
    /// Stop the run with an error naming the line (the default); the output
    /// written so far is partial and must be discarded.
    #[default]
    Fail,
    /// Leave the record out of the output, count it and keep its error.
    Drop,
}

/// Which values of each record are depersonalized.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordOptions {
    /// JSON field paths (`text`, `body.text`) or CSV column names / 1-based
    /// numbers.
    pub fields: Vec<String>,
    /// What to do with malformed records.
    pub malformed: Malformed,
}

/// What a rewrite did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordStats {
    /// Records read (blank lines and the CSV header are no records),
    /// including skipped ones.
    pub records: usize,
    /// Records written with changes.
    pub changed: usize,
    /// Malformed records left out of the output ([`Malformed::Drop`]).
    pub skipped: usize,
    /// The errors of the first [`MAX_KEPT_ERRORS`] skipped records.
    pub errors: Vec<RecordError>,
    /// Requested JSON fields found in no record (likely a typo).
    pub unseen_fields: Vec<String>,
}

/// The kind of a [`RecordError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordErrorKind {
    /// A record that cannot be read safely.
    Malformed,
    /// The options do not fit the input (no fields, an unknown column).
    Options,
    /// The callback failed, or its edits could not be written.
    Rewrite,
    /// Reading or writing failed.
    Io(io::ErrorKind),
}

/// Why a dataset could not be rewritten. The reason never quotes the
/// content of the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// 1-based line where the record starts, if the error has one.
    pub line: Option<usize>,
    /// What kind of failure.
    pub kind: RecordErrorKind,
    /// What went wrong.
    pub reason: String,
}

impl RecordError {
    fn new(line: Option<usize>, kind: RecordErrorKind, reason: impl Into<String>) -> Self {
        RecordError {
            line,
            kind,
            reason: reason.into(),
        }
    }

    fn malformed(line: usize, reason: impl Into<String>) -> Self {
        RecordError::new(Some(line), RecordErrorKind::Malformed, reason)
    }
}

impl From<io::Error> for RecordError {
    fn from(e: io::Error) -> Self {
        RecordError::new(None, RecordErrorKind::Io(e.kind()), e.to_string())
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.reason),
            None => f.write_str(&self.reason),
        }
    }
}

impl std::error::Error for RecordError {}

/// How a value is encoded in the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A JSON string, quotes included.
    JsonString,
    /// A JSON number, scanned as its literal text.
    JsonNumber,
    /// A quoted CSV field, quotes included.
    CsvQuoted,
    /// An unquoted CSV field.
    CsvPlain,
}

/// One selected value of a record.
#[derive(Clone, Debug)]
struct Value {
    /// The field path or column name.
    part: String,
    /// The encoded value in [`Record::raw`].
    raw: Range<usize>,
    /// Where the decoded text starts mapping in [`Record::raw`] (after an
    /// opening quote).
    content: usize,
    /// The decoded value in [`Record::text`].
    text: Range<usize>,
    /// After each escape: (decoded offset within the value, raw offset);
    /// between these points decoded and raw bytes run in step.
    sync: Vec<(usize, usize)>,
    kind: Kind,
}

impl Value {
    /// The raw offset of decoded offset `d` (relative to the value), which is
    /// on a char boundary, so never inside an escape.
    fn raw_of(&self, d: usize) -> usize {
        match self.sync.partition_point(|&(dc, _)| dc <= d) {
            0 => self.content + d,
            k => {
                let (dc, rc) = self.sync[k - 1];
                rc + (d - dc)
            }
        }
    }
}

/// A decoded value before it is placed in a record.
struct Leaf {
    part: String,
    raw: Range<usize>,
    content: usize,
    decoded: String,
    sync: Vec<(usize, usize)>,
    kind: Kind,
}

/// One record's selected values as a [`Document`]: [`Document::text`] is the
/// decoded values joined by a blank line, and [`Document::write`] gives the
/// whole record (without its line ending) with only the edited values
/// re-encoded.
#[derive(Clone, Debug)]
pub struct Record {
    /// The record's bytes, without the line ending.
    raw: Vec<u8>,
    text: String,
    values: Vec<Value>,
    /// 1-based line where the record starts.
    line: usize,
    /// The CSV delimiter (unused for JSON).
    delimiter: u8,
}

impl Record {
    fn new(raw: Vec<u8>, leaves: Vec<Leaf>, line: usize, delimiter: u8) -> Record {
        let mut text = String::new();
        let mut values = Vec::with_capacity(leaves.len());
        for leaf in leaves {
            if !values.is_empty() {
                text.push_str(SEPARATOR);
            }
            let start = text.len();
            text.push_str(&leaf.decoded);
            values.push(Value {
                part: leaf.part,
                raw: leaf.raw,
                content: leaf.content,
                text: start..text.len(),
                sync: leaf.sync,
                kind: leaf.kind,
            });
        }
        Record {
            raw,
            text,
            values,
            line,
            delimiter,
        }
    }

    /// The 1-based line of the input where the record starts.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The record's bytes as read, without the line ending.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// The selected values, in record order: (field path or column name,
    /// decoded text).
    pub fn values(&self) -> impl Iterator<Item = (&str, &str)> {
        self.values
            .iter()
            .map(|v| (v.part.as_str(), &self.text[v.text.clone()]))
    }

    fn into_raw(self) -> Vec<u8> {
        self.raw
    }

    /// Writes value `v` with `local` edits (relative to the value) to `out`.
    fn encode(&self, v: &Value, local: &[Edit], out: &mut Vec<u8>) -> Result<(), FormatError> {
        match v.kind {
            Kind::JsonString | Kind::CsvQuoted => {
                let mut at = v.raw.start;
                for e in local {
                    let (a, b) = (v.raw_of(e.range.start), v.raw_of(e.range.end));
                    out.extend_from_slice(&self.raw[at..a]);
                    if v.kind == Kind::JsonString {
                        out.extend_from_slice(json_escape(&e.text).as_bytes());
                    } else {
                        out.extend_from_slice(e.text.replace('"', "\"\"").as_bytes());
                    }
                    at = b;
                }
                out.extend_from_slice(&self.raw[at..v.raw.end]);
            }
            Kind::JsonNumber => {
                let new = apply_edits(&self.text[v.text.clone()], local)?;
                let quoted = serde_json::to_string(&new)
                    .map_err(|e| FormatError::new(format!("cannot encode a value: {e}")))?;
                out.extend_from_slice(quoted.as_bytes());
            }
            Kind::CsvPlain => {
                let new = apply_edits(&self.text[v.text.clone()], local)?;
                out.extend_from_slice(&csv_field(&new, self.delimiter));
            }
        }
        Ok(())
    }
}

impl Document for Record {
    fn text(&self) -> &str {
        &self.text
    }

    /// An edit that spans the blank line between two values is split: its
    /// text replaces the part in the first value, and the parts in later
    /// values are removed.
    fn write(&self, edits: &[Edit]) -> Result<Vec<u8>, FormatError> {
        check_edits(&self.text, edits)?;
        let mut out = Vec::with_capacity(self.raw.len() + 64);
        let mut at = 0;
        let mut prev_end = 0;
        let mut first = 0;
        let mut local = Vec::new();
        for v in &self.values {
            while first < edits.len() && edits[first].range.end < v.text.start {
                first += 1;
            }
            local.clear();
            for e in &edits[first..] {
                if e.range.start > v.text.end {
                    break;
                }
                let touches = if e.range.is_empty() {
                    e.range.start >= v.text.start
                } else {
                    e.range.end > v.text.start && e.range.start < v.text.end
                };
                if !touches {
                    continue;
                }
                let start = e.range.start.max(v.text.start) - v.text.start;
                let end = e.range.end.min(v.text.end) - v.text.start;
                let text = if e.range.start >= prev_end {
                    e.text.clone()
                } else {
                    String::new()
                };
                local.push(Edit {
                    range: start..end,
                    text,
                });
            }
            prev_end = v.text.end;
            if local.is_empty() {
                continue;
            }
            out.extend_from_slice(&self.raw[at..v.raw.start]);
            self.encode(v, &local, &mut out)?;
            at = v.raw.end;
        }
        out.extend_from_slice(&self.raw[at..]);
        Ok(out)
    }

    fn locate(&self, offset: usize) -> Location {
        let k = self.values.partition_point(|v| v.text.start <= offset);
        let Some(v) = self.values.get(k.saturating_sub(1)) else {
            return Location {
                line: self.line,
                column: 1,
                part: None,
            };
        };
        let mut at = offset.clamp(v.text.start, v.text.end);
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        Location {
            line: self.line,
            column: self.text[v.text.start..at].chars().count() + 1,
            part: Some(v.part.clone()),
        }
    }
}

/// Edits sorted, non-overlapping, in range and on char boundaries.
fn check_edits(text: &str, edits: &[Edit]) -> Result<(), FormatError> {
    let mut at = 0;
    for e in edits {
        if e.range.start < at
            || e.range.end < e.range.start
            || e.range.end > text.len()
            || !text.is_char_boundary(e.range.start)
            || !text.is_char_boundary(e.range.end)
        {
            return Err(FormatError::new("edit out of range"));
        }
        at = e.range.end;
    }
    Ok(())
}

/// `s` escaped for the inside of a JSON string.
fn json_escape(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap_or_default();
    quoted
        .get(1..quoted.len().saturating_sub(1))
        .unwrap_or_default()
        .to_string()
}

/// `s` as a CSV field: quoted only if it holds the delimiter, a quote or a
/// line break.
fn csv_field(s: &str, delimiter: u8) -> Vec<u8> {
    let needs = s
        .bytes()
        .any(|b| b == delimiter || matches!(b, b'"' | b'\n' | b'\r'));
    if needs {
        format!("\"{}\"", s.replace('"', "\"\"")).into_bytes()
    } else {
        s.as_bytes().to_vec()
    }
}

/// Splits `line` into its body and line ending (`\r\n`, `\n` or none).
fn split_ending(line: &[u8]) -> usize {
    if line.ends_with(b"\r\n") {
        line.len() - 2
    } else if line.ends_with(b"\n") {
        line.len() - 1
    } else {
        line.len()
    }
}

/// Reads one line (with its `\n`) into `buf`, but no more than `limit + 1`
/// bytes (a line of `limit` bytes plus its `\n`); returns the bytes read.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>, limit: usize) -> io::Result<usize> {
    input
        .by_ref()
        .take(limit.saturating_add(1) as u64)
        .read_until(b'\n', buf)
}

/// Discards the input up to and including the next `\n`.
fn skip_line(input: &mut impl BufRead) -> io::Result<()> {
    loop {
        let chunk = input.fill_buf()?;
        if chunk.is_empty() {
            return Ok(());
        }
        if let Some(p) = chunk.iter().position(|&b| b == b'\n') {
            input.consume(p + 1);
            return Ok(());
        }
        let n = chunk.len();
        input.consume(n);
    }
}

fn too_long() -> String {
    format!("record longer than {} MiB", MAX_RECORD_BYTES >> 20)
}

fn no_fields(what: &str) -> RecordError {
    RecordError::new(
        None,
        RecordErrorKind::Options,
        format!("no {what} selected"),
    )
}

/// Handles a malformed record by the policy: an error to stop, or a count.
fn skip(stats: &mut RecordStats, policy: Malformed, err: RecordError) -> Result<(), RecordError> {
    match policy {
        Malformed::Fail => Err(err),
        Malformed::Drop => {
            stats.skipped += 1;
            if stats.errors.len() < MAX_KEPT_ERRORS {
                stats.errors.push(err);
            }
            Ok(())
        }
    }
}

/// Runs the callback on a record and writes the result with `ending`.
/// Cuts the line ending (`\r\n`, `\n` or none) off a record read into
/// `buf`, whose content ends at `body`; returns it to be written back.
fn cut_ending(buf: &mut Vec<u8>, body: usize) -> &'static [u8] {
    let ending: &'static [u8] = match buf.len() - body {
        2 => b"\r\n",
        1 => b"\n",
        _ => b"",
    };
    buf.truncate(body);
    ending
}

/// Where a record stands and how it is written back.
struct Site {
    line: usize,
    delimiter: u8,
    ending: &'static [u8],
    policy: Malformed,
}

/// Counts a record, then emits it, or skips it by the policy when its
/// values could not be found; the buffer comes back for the next record.
fn finish_record(
    buf: Vec<u8>,
    leaves: Result<Vec<Leaf>, String>,
    site: Site,
    f: &mut impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError>,
    out: &mut impl Write,
    stats: &mut RecordStats,
) -> Result<Vec<u8>, RecordError> {
    let index = stats.records;
    stats.records += 1;
    let leaves = match leaves {
        Ok(leaves) => leaves,
        Err(reason) => {
            skip(
                stats,
                site.policy,
                RecordError::malformed(site.line, reason),
            )?;
            return Ok(buf);
        }
    };
    let record = Record::new(buf, leaves, site.line, site.delimiter);
    emit(&record, index, site.ending, f, out, stats)?;
    Ok(record.into_raw())
}

fn emit(
    record: &Record,
    index: usize,
    ending: &[u8],
    f: &mut impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError>,
    out: &mut impl Write,
    stats: &mut RecordStats,
) -> Result<(), RecordError> {
    let rewrite =
        |e: FormatError| RecordError::new(Some(record.line), RecordErrorKind::Rewrite, e.reason);
    let edits = f(record, index).map_err(rewrite)?;
    if edits.is_empty() {
        out.write_all(&record.raw)?;
    } else {
        let new = record.write(&edits).map_err(rewrite)?;
        if new != record.raw {
            stats.changed += 1;
        }
        out.write_all(&new)?;
    }
    out.write_all(ending)?;
    Ok(())
}

/// Rewrites a dataset of `format` with [`rewrite_jsonl`] or [`rewrite_csv`].
///
/// # Errors
/// A format that is no dataset, and those of the two functions.
pub fn rewrite(
    format: Format,
    input: impl BufRead,
    out: impl Write,
    opts: &RecordOptions,
    f: impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError>,
) -> Result<RecordStats, RecordError> {
    match format {
        Format::Jsonl => rewrite_jsonl(input, out, opts, f),
        Format::Csv => rewrite_csv(input, out, opts, f),
        _ => Err(RecordError::new(
            None,
            RecordErrorKind::Options,
            format!("{} files are documents, not datasets", format.name()),
        )),
    }
}

/// Rewrites a JSON Lines stream record by record: `f(record, index)` (index
/// 0-based among records) returns the edits for a record (none: the line is
/// copied byte for byte), and the rewritten line goes to `out`. Blank lines
/// and line endings are kept. Reads line by line; `out` is buffered here.
///
/// # Errors
/// No fields selected; a malformed record under [`Malformed::Fail`]; the
/// callback's error or edits that cannot be written; reading or writing.
pub fn rewrite_jsonl(
    mut input: impl BufRead,
    out: impl Write,
    opts: &RecordOptions,
    mut f: impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError>,
) -> Result<RecordStats, RecordError> {
    if opts.fields.is_empty() {
        return Err(no_fields("JSON fields"));
    }
    let mut out = BufWriter::new(out);
    let mut stats = RecordStats::default();
    let mut seen = vec![false; opts.fields.len()];
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        if read_line(&mut input, &mut buf, MAX_RECORD_BYTES)? == 0 {
            break;
        }
        line += 1;
        if buf.len() > MAX_RECORD_BYTES && !buf.ends_with(b"\n") {
            stats.records += 1;
            skip(
                &mut stats,
                opts.malformed,
                RecordError::malformed(line, too_long()),
            )?;
            skip_line(&mut input)?;
            continue;
        }
        let body = split_ending(&buf);
        let start = if line == 1 && buf.starts_with(BOM) {
            BOM.len()
        } else {
            0
        };
        if buf[start..body]
            .iter()
            .all(|b| matches!(b, b' ' | b'\t' | b'\r'))
        {
            out.write_all(&buf)?;
            continue;
        }
        let ending = cut_ending(&mut buf, body);
        let leaves = json_leaves(&buf, start, &opts.fields, &mut seen);
        let site = Site {
            line,
            delimiter: b',',
            ending,
            policy: opts.malformed,
        };
        buf = finish_record(buf, leaves, site, &mut f, &mut out, &mut stats)?;
    }
    out.flush()?;
    stats.unseen_fields = opts
        .fields
        .iter()
        .zip(&seen)
        .filter(|(_, seen)| !**seen)
        .map(|(field, _)| field.clone())
        .collect();
    Ok(stats)
}

/// Finds the selected values of a JSON Lines record, validating it all.
fn json_leaves(
    line: &[u8],
    start: usize,
    fields: &[String],
    seen: &mut [bool],
) -> Result<Vec<Leaf>, String> {
    let text = std::str::from_utf8(line)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to() + 1))?;
    let mut p = Json {
        text,
        b: line,
        i: start,
        fields,
        seen,
        leaves: Vec::new(),
    };
    p.ws();
    if p.peek() != Some(b'{') {
        return Err("the record is not a JSON object".to_string());
    }
    p.value(
        Mode::Search {
            path: String::new(),
            part: String::new(),
        },
        0,
    )?;
    p.ws();
    if p.i != line.len() {
        return Err(p.err("characters after the object"));
    }
    Ok(p.leaves)
}

/// What the JSON scanner does with a value.
enum Mode {
    /// Validate only.
    Skip,
    /// A selected value: keep its strings and numbers, named by `part`.
    Collect(String),
    /// On the way to a selected field: `path` is the key path so far,
    /// `part` the same with array indices.
    Search { path: String, part: String },
}

/// A minimal validating JSON scanner that yields the selected values with
/// their byte ranges.
struct Json<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    fields: &'a [String],
    seen: &'a mut [bool],
    leaves: Vec<Leaf>,
}

impl Json<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn err(&self, what: &str) -> String {
        format!("invalid JSON at byte {}: {what}", self.i + 1)
    }

    fn expect(&mut self, c: u8, what: &str) -> Result<(), String> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.err(what))
        }
    }

    fn value(&mut self, mode: Mode, depth: usize) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(self.err("nested too deeply"));
        }
        match self.peek() {
            Some(b'{') => self.object(mode, depth + 1),
            Some(b'[') => self.array(mode, depth + 1),
            Some(b'"') => {
                let start = self.i;
                let collect = matches!(mode, Mode::Collect(_));
                let (decoded, sync) = self.string(collect)?;
                if let Mode::Collect(part) = mode {
                    self.leaves.push(Leaf {
                        part,
                        raw: start..self.i,
                        content: start + 1,
                        decoded,
                        sync,
                        kind: Kind::JsonString,
                    });
                }
                Ok(())
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.i;
                self.number()?;
                if let Mode::Collect(part) = mode {
                    self.leaves.push(Leaf {
                        part,
                        raw: start..self.i,
                        content: start,
                        decoded: self.text[start..self.i].to_string(),
                        sync: Vec::new(),
                        kind: Kind::JsonNumber,
                    });
                }
                Ok(())
            }
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(_) => Err(self.err("expected a value")),
            None => Err(self.err("unexpected end of line")),
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), String> {
        if self.b[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.err("expected a value"))
        }
    }

    fn number(&mut self) -> Result<(), String> {
        let digits = |p: &mut Self| {
            let s = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            p.i > s
        };
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        if self.peek() == Some(b'0') {
            self.i += 1;
        } else if !digits(self) {
            return Err(self.err("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !digits(self) {
                return Err(self.err("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.err("invalid number"));
            }
        }
        Ok(())
    }

    fn object(&mut self, mode: Mode, depth: usize) -> Result<(), String> {
        self.i += 1;
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.err("expected a key"));
            }
            let want_key = !matches!(mode, Mode::Skip);
            let (key, _) = self.string(want_key)?;
            self.ws();
            self.expect(b':', "expected `:`")?;
            self.ws();
            let child = match &mode {
                Mode::Skip => Mode::Skip,
                Mode::Collect(part) => Mode::Collect(format!("{part}.{key}")),
                Mode::Search { path, part } => self.select(path, part, &key),
            };
            self.value(child, depth)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.err("expected `,` or `}`")),
            }
        }
    }

    /// The mode of the value of `key` in an object at `path`.
    fn select(&mut self, path: &str, part: &str, key: &str) -> Mode {
        let join = |a: &str| {
            if a.is_empty() {
                key.to_string()
            } else {
                format!("{a}.{key}")
            }
        };
        let (path, part) = (join(path), join(part));
        let mut selected = false;
        let mut deeper = false;
        for (field, seen) in self.fields.iter().zip(self.seen.iter_mut()) {
            if *field == path {
                selected = true;
                *seen = true;
            } else if field.len() > path.len()
                && field.starts_with(&path)
                && field.as_bytes()[path.len()] == b'.'
            {
                deeper = true;
            }
        }
        if selected {
            Mode::Collect(part)
        } else if deeper {
            Mode::Search { path, part }
        } else {
            Mode::Skip
        }
    }

    fn array(&mut self, mode: Mode, depth: usize) -> Result<(), String> {
        self.i += 1;
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(());
        }
        let mut n = 0;
        loop {
            self.ws();
            let child = match &mode {
                Mode::Skip => Mode::Skip,
                Mode::Collect(part) => Mode::Collect(format!("{part}[{n}]")),
                Mode::Search { path, part } => Mode::Search {
                    path: path.clone(),
                    part: format!("{part}[{n}]"),
                },
            };
            self.value(child, depth)?;
            n += 1;
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.err("expected `,` or `]`")),
            }
        }
    }

    /// Scans a string at `"`; with `decode`, returns its decoded text and
    /// the sync points after each escape.
    fn string(&mut self, decode: bool) -> Result<(String, Vec<(usize, usize)>), String> {
        self.i += 1;
        let mut s = String::new();
        let mut sync = Vec::new();
        let mut run = self.i;
        loop {
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    if decode {
                        s.push_str(&self.text[run..self.i]);
                    }
                    self.i += 1;
                    return Ok((s, sync));
                }
                Some(b'\\') => {
                    if decode {
                        s.push_str(&self.text[run..self.i]);
                    }
                    let c = self.escape()?;
                    if decode {
                        s.push(c);
                        sync.push((s.len(), self.i));
                    }
                    run = self.i;
                }
                Some(0..=0x1F) => return Err(self.err("control character in a string")),
                Some(_) => self.i += 1,
            }
        }
    }

    /// Decodes the escape at `\`; a lone surrogate becomes U+FFFD.
    fn escape(&mut self) -> Result<char, String> {
        self.i += 1;
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.i += 1;
                let hi = self.hex4()?;
                if (0xD800..0xDC00).contains(&hi) && self.b[self.i..].starts_with(b"\\u") {
                    let at = self.i;
                    self.i += 2;
                    let lo = self.hex4()?;
                    if (0xDC00..0xE000).contains(&lo) {
                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        return Ok(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    }
                    self.i = at;
                }
                return Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'));
            }
            _ => return Err(self.err("invalid escape")),
        };
        self.i += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.i..self.i + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.err("invalid \\u escape"))?;
        let v = u32::from_str_radix(digits, 16).map_err(|_| self.err("invalid \\u escape"))?;
        self.i += 4;
        Ok(v)
    }
}

/// Rewrites a CSV stream record by record, like [`rewrite_jsonl`]: the
/// header row is copied unchanged, then `f(record, index)` gives the edits
/// of each record's selected columns. Reads record by record (a quoted field
/// may span lines); `out` is buffered here.
///
/// # Errors
/// No columns selected or an unknown column (listing the header names); a
/// malformed header; a malformed record under [`Malformed::Fail`] (an
/// unterminated quoted field always stops the run, as the records after it
/// cannot be told apart); the callback's error or edits that cannot be
/// written; reading or writing.
pub fn rewrite_csv(
    mut input: impl BufRead,
    out: impl Write,
    opts: &RecordOptions,
    mut f: impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError>,
) -> Result<RecordStats, RecordError> {
    if opts.fields.is_empty() {
        return Err(no_fields("CSV columns"));
    }
    let mut out = BufWriter::new(out);
    let mut stats = RecordStats::default();
    let mut buf = Vec::new();
    let mut line = 0;
    // Blank lines before the header are copied.
    loop {
        buf.clear();
        if read_line(&mut input, &mut buf, MAX_RECORD_BYTES)? == 0 {
            out.flush()?;
            return Ok(stats);
        }
        let body = split_ending(&buf);
        if !buf[..body].is_empty() && buf[..body] != *BOM {
            break;
        }
        line += 1;
        out.write_all(&buf)?;
    }
    let start = if line == 0 && buf.starts_with(BOM) {
        BOM.len()
    } else {
        0
    };
    let delimiter = detect_delimiter(&buf[start..]);
    let header_line = line + 1;
    if buf.len() > MAX_RECORD_BYTES {
        return Err(RecordError::malformed(
            header_line,
            format!("header: {}", too_long()),
        ));
    }
    let lines = read_csv_record(&mut input, &mut buf, delimiter, Some(start), header_line)
        .map_err(|mut e| {
            e.reason = format!("header: {}", e.reason);
            e
        })?;
    line += lines.unwrap_or(1);
    let body = split_ending(&buf);
    let header = split_csv(&buf[start..body], delimiter)
        .map_err(|reason| RecordError::malformed(header_line, format!("header: {reason}")))?;
    let names: Vec<String> = header
        .iter()
        .map(|field| {
            let raw = &buf[start..body][field.raw.clone()];
            let (decoded, _) = csv_decode(raw, field.quoted, 0);
            String::from_utf8_lossy(&decoded).into_owned()
        })
        .collect();
    let columns = resolve_columns(&opts.fields, &names)?;
    out.write_all(&buf)?;

    loop {
        let record_line = line + 1;
        // An unterminated quoted field stops the run whatever the policy:
        // the record boundaries are lost.
        let read = read_csv_record(&mut input, &mut buf, delimiter, None, record_line)?;
        let Some(lines) = read else { break };
        line += lines;
        let body = split_ending(&buf);
        if buf[..body].is_empty() {
            out.write_all(&buf)?;
            continue;
        }
        let ending = cut_ending(&mut buf, body);
        let leaves = csv_leaves(&buf, delimiter, &columns);
        let site = Site {
            line: record_line,
            delimiter,
            ending,
            policy: opts.malformed,
        };
        buf = finish_record(buf, leaves, site, &mut f, &mut out, &mut stats)?;
    }
    out.flush()?;
    Ok(stats)
}

/// The most frequent of `,`, `;` and tab outside quotes in the first line
/// (`,` on a tie or when there is none).
fn detect_delimiter(line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let mut best = 0;
    for k in 1..3 {
        if counts[k] > counts[best] {
            best = k;
        }
    }
    [b',', b';', b'\t'][best]
}

/// Maps the requested columns to field indices: a header name (exact, then
/// trimmed), else a 1-based column number.
fn resolve_columns(
    fields: &[String],
    names: &[String],
) -> Result<Vec<(usize, String)>, RecordError> {
    let mut columns = Vec::new();
    for field in fields {
        let mut found: Vec<usize> = (0..names.len()).filter(|&k| names[k] == *field).collect();
        if found.is_empty() {
            found = (0..names.len())
                .filter(|&k| names[k].trim() == field.trim())
                .collect();
        }
        if found.is_empty()
            && let Ok(n) = field.trim().parse::<usize>()
        {
            if n == 0 || n > names.len() {
                return Err(RecordError::new(
                    None,
                    RecordErrorKind::Options,
                    format!(
                        "column {n} is out of range: the header has {} columns (numbered from 1)",
                        names.len()
                    ),
                ));
            }
            found.push(n - 1);
        }
        if found.is_empty() {
            let available: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            return Err(RecordError::new(
                None,
                RecordErrorKind::Options,
                format!(
                    "no column `{field}` in the header; the columns are {}",
                    available.join(", ")
                ),
            ));
        }
        for k in found {
            let name = if names[k].trim().is_empty() {
                format!("column {}", k + 1)
            } else {
                names[k].clone()
            };
            columns.push((k, name));
        }
    }
    columns.sort();
    columns.dedup();
    Ok(columns)
}

/// Tracks quoting across the lines of a CSV record, to find where it ends.
struct CsvScan {
    quoted: bool,
    /// A quote seen inside a quoted field: the end, or the first of `""`.
    closing: bool,
    field_start: bool,
}

impl CsvScan {
    fn feed(&mut self, bytes: &[u8], delimiter: u8) {
        for &c in bytes {
            if self.quoted {
                if !self.closing {
                    self.closing = c == b'"';
                    continue;
                }
                self.closing = false;
                if c == b'"' {
                    continue;
                }
                self.quoted = false;
            }
            if c == b'"' && self.field_start {
                self.quoted = true;
                self.field_start = false;
            } else {
                self.field_start = c == delimiter || c == b'\n';
            }
        }
    }

    fn inside_quotes(&self) -> bool {
        self.quoted && !self.closing
    }
}

/// Reads the next CSV record (with its line ending) into `buf`, which
/// starts at `line`; with `first_line: Some(from)`, `buf` already holds the
/// record's first line, to be scanned from byte `from` (after a BOM).
/// Returns the number of lines read, `None` at the end of input.
fn read_csv_record(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    delimiter: u8,
    first_line: Option<usize>,
    line: usize,
) -> Result<Option<usize>, RecordError> {
    let unterminated = || RecordError::malformed(line, "unterminated quoted field");
    let mut scan = CsvScan {
        quoted: false,
        closing: false,
        field_start: true,
    };
    let mut lines = 0;
    if let Some(from) = first_line {
        scan.feed(&buf[from..], delimiter);
        lines = 1;
        if !scan.inside_quotes() {
            return Ok(Some(lines));
        }
        if !buf.ends_with(b"\n") {
            return Err(unterminated());
        }
    } else {
        buf.clear();
    }
    loop {
        let start = buf.len();
        let n = read_line(input, buf, MAX_RECORD_BYTES.saturating_sub(start))?;
        if buf.len() > MAX_RECORD_BYTES && !buf.ends_with(b"\n") {
            return Err(RecordError::malformed(line, too_long()));
        }
        if n == 0 {
            return match (lines, scan.inside_quotes()) {
                (0, _) => Ok(None),
                (_, true) => Err(unterminated()),
                (_, false) => Ok(Some(lines)),
            };
        }
        lines += 1;
        scan.feed(&buf[start..], delimiter);
        if !scan.inside_quotes() {
            return Ok(Some(lines));
        }
    }
}

/// A field of a CSV record.
struct CsvField {
    /// The field as written, quotes included.
    raw: Range<usize>,
    quoted: bool,
}

/// Splits a CSV record (without its line ending) into fields.
fn split_csv(body: &[u8], delimiter: u8) -> Result<Vec<CsvField>, String> {
    let mut fields = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        if body.get(i) == Some(&b'"') {
            i += 1;
            loop {
                match body.get(i) {
                    None => return Err("unterminated quoted field".to_string()),
                    Some(b'"') if body.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            fields.push(CsvField {
                raw: start..i,
                quoted: true,
            });
            match body.get(i) {
                None => return Ok(fields),
                Some(&c) if c == delimiter => i += 1,
                Some(_) => {
                    return Err(format!(
                        "characters after a closing quote in field {}",
                        fields.len()
                    ));
                }
            }
        } else {
            while i < body.len() && body[i] != delimiter {
                i += 1;
            }
            fields.push(CsvField {
                raw: start..i,
                quoted: false,
            });
            if i == body.len() {
                return Ok(fields);
            }
            i += 1;
        }
    }
}

/// A field's decoded bytes and sync points (raw offsets from `base`).
fn csv_decode(raw: &[u8], quoted: bool, base: usize) -> (Vec<u8>, Vec<(usize, usize)>) {
    if !quoted {
        return (raw.to_vec(), Vec::new());
    }
    let inner = &raw[1..raw.len() - 1];
    let mut decoded = Vec::with_capacity(inner.len());
    let mut sync = Vec::new();
    let mut i = 0;
    while i < inner.len() {
        decoded.push(inner[i]);
        if inner[i] == b'"' {
            i += 2;
            sync.push((decoded.len(), base + 1 + i));
        } else {
            i += 1;
        }
    }
    (decoded, sync)
}

/// The selected columns of a CSV record.
fn csv_leaves(
    body: &[u8],
    delimiter: u8,
    columns: &[(usize, String)],
) -> Result<Vec<Leaf>, String> {
    let fields = split_csv(body, delimiter)?;
    let mut leaves = Vec::new();
    for (k, name) in columns {
        let Some(field) = fields.get(*k) else {
            continue;
        };
        let (decoded, sync) = csv_decode(&body[field.raw.clone()], field.quoted, field.raw.start);
        let decoded = String::from_utf8(decoded)
            .map_err(|_| format!("column `{name}` is not valid UTF-8"))?;
        leaves.push(Leaf {
            part: name.clone(),
            raw: field.raw.clone(),
            content: field.raw.start + usize::from(field.quoted),
            decoded,
            sync,
            kind: if field.quoted {
                Kind::CsvQuoted
            } else {
                Kind::CsvPlain
            },
        });
    }
    Ok(leaves)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn opts(fields: &[&str]) -> RecordOptions {
        RecordOptions {
            fields: fields.iter().map(|f| f.to_string()).collect(),
            malformed: Malformed::Fail,
        }
    }

    /// Replaces every occurrence of each word (non-overlapping words) by
    /// `[X]`, like the engine would.
    fn words(list: &[&str]) -> impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError> {
        let list: Vec<String> = list.iter().map(|w| w.to_string()).collect();
        move |r, _| {
            let mut edits: Vec<Edit> = list
                .iter()
                .flat_map(|w| {
                    r.text().match_indices(w.as_str()).map(|(i, m)| Edit {
                        range: i..i + m.len(),
                        text: "[X]".to_string(),
                    })
                })
                .collect();
            edits.sort_by_key(|e| e.range.start);
            Ok(edits)
        }
    }

    fn none(_: &Record, _: usize) -> Result<Vec<Edit>, FormatError> {
        Ok(Vec::new())
    }

    fn jsonl(
        input: &str,
        o: &RecordOptions,
        f: impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError>,
    ) -> Result<(String, RecordStats), RecordError> {
        let mut out = Vec::new();
        let stats = rewrite_jsonl(input.as_bytes(), &mut out, o, f)?;
        Ok((String::from_utf8(out).unwrap(), stats))
    }

    fn csv(
        input: &str,
        o: &RecordOptions,
        f: impl FnMut(&Record, usize) -> Result<Vec<Edit>, FormatError>,
    ) -> Result<(String, RecordStats), RecordError> {
        let mut out = Vec::new();
        let stats = rewrite_csv(input.as_bytes(), &mut out, o, f)?;
        Ok((String::from_utf8(out).unwrap(), stats))
    }

    #[test]
    fn jsonl_without_edits_is_byte_identical() {
        let input = "\u{feff}{\"id\": 1, \"text\": \"\\u0410\\u0431\\u0430\\u0439 \\\"Б\\\" \\ud83d\\ude00 \\/ é\"}\r\n\
                     \n\
                     \t \r\n\
                     {\"text\":\"Асель\\nКайратовна\", \"n\": -1.5e3 , \"b\":[true,false,null,{}]}\n\
                     { \"other\" : \"x\" }";
        let mut texts = Vec::new();
        let (out, stats) = jsonl(input, &opts(&["text"]), |r, i| {
            texts.push((i, r.line(), r.text().to_string()));
            Ok(Vec::new())
        })
        .unwrap();
        assert_eq!(out, input);
        assert_eq!(stats.records, 3);
        assert_eq!(stats.changed, 0);
        assert_eq!(
            texts,
            [
                (0, 1, "Абай \"Б\" 😀 / é".to_string()),
                (1, 4, "Асель\nКайратовна".to_string()),
                (2, 5, String::new()),
            ]
        );
    }

    #[test]
    fn jsonl_edit_changes_only_that_value() {
        let input = "{\"id\":7,\"text\":\"Истец Иванов А.\\u0410. (\\u0418\\u0418\\u041d)\",\"meta\":\"Иванов\"}\n";
        let (out, stats) = jsonl(input, &opts(&["text"]), words(&["Иванов"])).unwrap();
        assert_eq!(
            out,
            "{\"id\":7,\"text\":\"Истец [X] А.\\u0410. (\\u0418\\u0418\\u041d)\",\"meta\":\"Иванов\"}\n"
        );
        assert_eq!(stats.changed, 1);
        // An edit over escaped characters replaces their escapes.
        let (out, _) = jsonl(input, &opts(&["text"]), words(&["ИИН"])).unwrap();
        assert_eq!(
            out,
            "{\"id\":7,\"text\":\"Истец Иванов А.\\u0410. ([X])\",\"meta\":\"Иванов\"}\n"
        );
    }

    #[test]
    fn jsonl_escapes_before_an_edit_map_right() {
        let input = r#"{"text":"Он сказал \"нет\"\n\tОтветчик Сериков Б.\\К. \u0430 Сериков"}"#;
        let mut located = Vec::new();
        let (out, _) = jsonl(input, &opts(&["text"]), |r, i| {
            let edits = words(&["Сериков"])(r, i)?;
            located.extend(edits.iter().map(|e| r.locate(e.range.start)));
            Ok(edits)
        })
        .unwrap();
        assert_eq!(
            out,
            r#"{"text":"Он сказал \"нет\"\n\tОтветчик [X] Б.\\К. \u0430 [X]"}"#
        );
        let at = |column| Location {
            line: 1,
            column,
            part: Some("text".to_string()),
        };
        assert_eq!(located, [at(27), at(43)]);
        // Replacement text is escaped.
        let (out, _) = jsonl(input, &opts(&["text"]), |r, _| {
            let i = r.text().find("Сериков").unwrap();
            Ok(vec![Edit {
                range: i..i + "Сериков".len(),
                text: "\"q\"\n".to_string(),
            }])
        })
        .unwrap();
        assert!(out.contains(r#"Ответчик \"q\"\n Б."#), "{out}");
    }

    #[test]
    fn jsonl_nested_fields_and_arrays() {
        let input = concat!(
            r#"{"body":{"text":"Иванов","title":"Иванов"},"items":[{"text":"Иванов"},{"x":1},{"text":"Петров"}],"#,
            r#""paras":["Иванов",{"k":"Иванов","n":1},[null]],"body.text":"Иванов"}"#
        );
        let mut parts = Vec::new();
        let (out, _) = jsonl(
            input,
            &opts(&["body.text", "items.text", "paras"]),
            |r, i| {
                parts.extend(r.values().map(|(p, t)| format!("{p}={t}")));
                words(&["Иванов"])(r, i)
            },
        )
        .unwrap();
        assert_eq!(
            out,
            concat!(
                r#"{"body":{"text":"[X]","title":"Иванов"},"items":[{"text":"[X]"},{"x":1},{"text":"Петров"}],"#,
                r#""paras":["[X]",{"k":"[X]","n":"[X]"},[null]],"body.text":"[X]"}"#
            )
            .replace(r#""n":"[X]""#, r#""n":1"#)
        );
        assert_eq!(
            parts,
            [
                "body.text=Иванов",
                "items[0].text=Иванов",
                "items[2].text=Петров",
                "paras[0]=Иванов",
                "paras[1].k=Иванов",
                "paras[1].n=1",
                "body.text=Иванов",
            ]
        );
    }

    #[test]
    fn jsonl_numbers_are_scanned_and_become_strings() {
        let input = "{\"iin\":850512300003,\"text\":\"ИИН 850512300003\"}\n";
        let (out, stats) = jsonl(input, &opts(&["iin", "text"]), |r, _| {
            assert_eq!(r.text(), "850512300003\n\nИИН 850512300003");
            let mut edits = Vec::new();
            for (i, m) in r.text().match_indices("850512300003") {
                edits.push(Edit {
                    range: i..i + m.len(),
                    text: "[ИИН]".to_string(),
                });
            }
            Ok(edits)
        })
        .unwrap();
        assert_eq!(out, "{\"iin\":\"[ИИН]\",\"text\":\"ИИН [ИИН]\"}\n");
        assert_eq!(stats.changed, 1);
    }

    #[test]
    fn jsonl_malformed_lines_name_the_line_not_the_content() {
        let input = "{\"text\":\"Иванов\"}\n{\"text\":\"Иванов Серик\n{\"text\":\"Иванов\"}\n[\"Иванов\"]\n{\"text\":\"Иванов\"} x\n";
        let err = jsonl(input, &opts(&["text"]), none).unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.kind, RecordErrorKind::Malformed);
        assert!(!err.to_string().contains("Иванов"), "{err}");
        assert!(err.to_string().starts_with("line 2: "), "{err}");

        let mut drop = opts(&["text"]);
        drop.malformed = Malformed::Drop;
        let (out, stats) = jsonl(input, &drop, words(&["Иванов"])).unwrap();
        assert_eq!(out, "{\"text\":\"[X]\"}\n{\"text\":\"[X]\"}\n");
        assert_eq!(stats.records, 5);
        assert_eq!(stats.skipped, 3);
        let lines: Vec<_> = stats.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [Some(2), Some(4), Some(5)]);
        for e in &stats.errors {
            assert!(!e.reason.contains("Иванов"), "{e}");
        }
    }

    #[test]
    fn jsonl_rejects_what_is_not_json() {
        for bad in [
            "{\"text\":\"a\tb\"}",
            "{\"text\":\"\\x\"}",
            "{\"text\":01}",
            "{\"text\":1.}",
            "{\"text\":tru}",
            "{\"text\" \"a\"}",
            "{\"text\":\"a\",}",
            "{'text':'a'}",
            "{\"a\":[1,]}",
        ] {
            let err = jsonl(bad, &opts(&["text"]), none).unwrap_err();
            assert_eq!(err.kind, RecordErrorKind::Malformed, "{bad}");
        }
        let deep = format!("{{\"a\":{}{}}}", "[".repeat(200), "]".repeat(200));
        assert!(jsonl(&deep, &opts(&["a"]), none).is_err());
        let mut invalid = b"{\"text\":\"".to_vec();
        invalid.extend_from_slice(&[0xC8, 0xE2, b'"', b'}']);
        let err = rewrite_jsonl(&invalid[..], Vec::new(), &opts(&["text"]), none).unwrap_err();
        assert!(err.reason.contains("UTF-8"), "{err}");
    }

    #[test]
    fn jsonl_lone_surrogates_and_unseen_fields() {
        let input = "{\"text\":\"\\ud800 Иванов\"}\n";
        let (out, stats) = jsonl(input, &opts(&["text", "txet"]), |r, i| {
            assert_eq!(r.text(), "\u{fffd} Иванов");
            words(&["Иванов"])(r, i)
        })
        .unwrap();
        assert_eq!(out, "{\"text\":\"\\ud800 [X]\"}\n");
        assert_eq!(stats.unseen_fields, ["txet"]);
        assert!(jsonl(input, &opts(&[]), none).is_err());
    }

    #[test]
    fn an_edit_across_two_values_is_split() {
        let input = "{\"a\":\"x Иванов\",\"b\":\"Серик y\"}";
        let (out, _) = jsonl(input, &opts(&["a", "b"]), |r, _| {
            let s = r.text().find("Иванов").unwrap();
            let e = r.text().find(" y").unwrap();
            Ok(vec![Edit {
                range: s..e,
                text: "[ФИО]".to_string(),
            }])
        })
        .unwrap();
        assert_eq!(out, "{\"a\":\"x [ФИО]\",\"b\":\" y\"}");
        // An edit that starts in the blank line between two values gives
        // its text to the next value.
        let (out, _) = jsonl(input, &opts(&["a", "b"]), |r, _| {
            let s = r.text().find("Серик").unwrap() - 1;
            Ok(vec![Edit {
                range: s..s + 1 + "Серик".len(),
                text: "[ФИО]".to_string(),
            }])
        })
        .unwrap();
        assert_eq!(out, "{\"a\":\"x Иванов\",\"b\":\"[ФИО] y\"}");
    }

    #[test]
    fn edits_out_of_range_fail_with_the_line() {
        let err = jsonl("\n{\"a\":\"x\"}", &opts(&["a"]), |_, _| {
            Ok(vec![Edit {
                range: 0..99,
                text: String::new(),
            }])
        })
        .unwrap_err();
        assert_eq!(err.line, Some(2));
        assert_eq!(err.kind, RecordErrorKind::Rewrite);
    }

    const CSV: &str = "id,ФИО,\"текст, решения\",note\r\n\
        1,Иванов,\"Истец Иванов А.А., \"\"ТОО\"\"\r\nвторая строка Иванов\",Иванов\r\n\
        \r\n\
        2,\"Иванов\",Иванов,\r\n\
        3,Петров\r\n\
        4,,\"\"\"Иванов\"\"\",x";

    #[test]
    fn csv_without_edits_is_byte_identical() {
        let mut seen = Vec::new();
        let (out, stats) = csv(CSV, &opts(&["текст, решения", "2"]), |r, i| {
            seen.push((
                i,
                r.line(),
                r.values()
                    .map(|(p, t)| format!("{p}={t}"))
                    .collect::<Vec<_>>(),
            ));
            Ok(Vec::new())
        })
        .unwrap();
        assert_eq!(out, CSV);
        assert_eq!(stats.records, 4);
        assert_eq!(
            seen,
            [
                (
                    0,
                    2,
                    vec![
                        "ФИО=Иванов".to_string(),
                        "текст, решения=Истец Иванов А.А., \"ТОО\"\r\nвторая строка Иванов"
                            .to_string()
                    ]
                ),
                (
                    1,
                    5,
                    vec![
                        "ФИО=Иванов".to_string(),
                        "текст, решения=Иванов".to_string()
                    ]
                ),
                (2, 6, vec!["ФИО=Петров".to_string()]),
                (
                    3,
                    7,
                    vec!["ФИО=".to_string(), "текст, решения=\"Иванов\"".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn csv_only_the_named_column_changes() {
        let mut located = Vec::new();
        let (out, stats) = csv(CSV, &opts(&["текст, решения"]), |r, i| {
            let edits = words(&["Иванов"])(r, i)?;
            located.extend(edits.iter().map(|e| r.locate(e.range.start)));
            Ok(edits)
        })
        .unwrap();
        assert_eq!(
            out,
            "id,ФИО,\"текст, решения\",note\r\n\
             1,Иванов,\"Истец [X] А.А., \"\"ТОО\"\"\r\nвторая строка [X]\",Иванов\r\n\
             \r\n\
             2,\"Иванов\",[X],\r\n\
             3,Петров\r\n\
             4,,\"\"\"[X]\"\"\",x"
        );
        assert_eq!(stats.changed, 3);
        let at = |line, column| Location {
            line,
            column,
            part: Some("текст, решения".to_string()),
        };
        assert_eq!(located, [at(2, 7), at(2, 41), at(5, 1), at(7, 2)]);
    }

    #[test]
    fn csv_quotes_a_changed_field_only_when_needed() {
        let input = "a,b\nИванов,\"Иванов\"\n";
        let (out, _) = csv(input, &opts(&["a", "b"]), |r, _| {
            Ok(r.values()
                .scan(0, |at, (_, t)| {
                    let e = Edit {
                        range: *at..*at + t.len(),
                        text: "x, \"y\"".to_string(),
                    };
                    *at += t.len() + SEPARATOR.len();
                    Some(e)
                })
                .collect())
        })
        .unwrap();
        assert_eq!(out, "a,b\n\"x, \"\"y\"\"\",\"x, \"\"y\"\"\"\n");
    }

    #[test]
    fn csv_semicolon_bom_and_column_numbers() {
        let input =
            "\u{feff}№;ФИО;Решение\n1;Иванов;Отказать Иванову, Иванов\n2;\"Сериков; Б.\";\n";
        let (out, _) = csv(input, &opts(&["ФИО", "3"]), words(&["Иванов", "Сериков"])).unwrap();
        assert_eq!(
            out,
            "\u{feff}№;ФИО;Решение\n1;[X];Отказать [X]у, [X]\n2;\"[X]; Б.\";\n"
        );
    }

    #[test]
    fn csv_unknown_columns_list_the_header() {
        let err = csv(CSV, &opts(&["text"]), none).unwrap_err();
        assert_eq!(err.kind, RecordErrorKind::Options);
        assert_eq!(
            err.reason,
            "no column `text` in the header; the columns are `id`, `ФИО`, `текст, решения`, `note`"
        );
        let err = csv(CSV, &opts(&["5"]), none).unwrap_err();
        assert!(err.reason.contains("out of range"), "{err}");
        assert!(csv(CSV, &opts(&[]), none).is_err());
        let (out, stats) = csv("", &opts(&["x"]), none).unwrap();
        assert_eq!((out.as_str(), stats.records), ("", 0));
    }

    #[test]
    fn csv_malformed_records() {
        let input = "a,b\n1,\"Иванов\"x\n2,\"Иванов\"\n3,\"Иванов\n";
        let err = csv(input, &opts(&["b"]), none).unwrap_err();
        assert_eq!((err.line, err.kind), (Some(2), RecordErrorKind::Malformed));
        assert!(!err.reason.contains("Иванов"), "{err}");
        let mut drop = opts(&["b"]);
        drop.malformed = Malformed::Drop;
        // The unterminated field at the end stops the run even so.
        let err = csv(input, &drop, none).unwrap_err();
        assert_eq!(err.line, Some(4));
        let (out, stats) = csv(
            "a,b\n1,\"Иванов\"x\n2,\"Иванов\"\n",
            &drop,
            words(&["Иванов"]),
        )
        .unwrap();
        assert_eq!(out, "a,b\n2,\"[X]\"\n");
        assert_eq!((stats.skipped, stats.errors[0].line), (1, Some(2)));
        let mut bytes = b"a\n\"".to_vec();
        bytes.extend_from_slice(&[0xC8, 0xE2, b'"', b'\n']);
        let err = rewrite_csv(&bytes[..], Vec::new(), &opts(&["a"]), none).unwrap_err();
        assert!(err.reason.contains("UTF-8"), "{err}");
    }

    #[test]
    fn overlong_lines_are_malformed() {
        let mut input = b"{\"text\":\"".to_vec();
        input.resize(MAX_RECORD_BYTES + 10, b'a');
        input.extend_from_slice("\"}\n{\"text\":\"Иванов\"}\n".as_bytes());
        let err = rewrite_jsonl(&input[..], Vec::new(), &opts(&["text"]), none).unwrap_err();
        assert_eq!((err.line, err.kind), (Some(1), RecordErrorKind::Malformed));
        let mut drop = opts(&["text"]);
        drop.malformed = Malformed::Drop;
        let mut out = Vec::new();
        let stats = rewrite(
            Format::Jsonl,
            &input[..],
            &mut out,
            &drop,
            words(&["Иванов"]),
        )
        .unwrap();
        assert_eq!(out, "{\"text\":\"[X]\"}\n".as_bytes());
        assert_eq!((stats.records, stats.skipped), (2, 1));
        // A line of exactly the limit is read.
        let mut input = b"{\"text\":\"".to_vec();
        input.resize(MAX_RECORD_BYTES - 2, b'a');
        input.extend_from_slice(b"\"}\n");
        let mut out = Vec::new();
        rewrite(Format::Jsonl, &input[..], &mut out, &drop, none).unwrap();
        assert_eq!(out, input);
        assert!(rewrite(Format::Text, &b""[..], Vec::new(), &drop, none).is_err());
    }

    #[test]
    fn csv_header_may_span_lines_after_a_bom() {
        let input = "\u{feff}\"a\nb\",c\r\nИванов,x\r\n";
        let (out, _) = csv(input, &opts(&["a\nb"]), words(&["Иванов"])).unwrap();
        assert_eq!(out, "\u{feff}\"a\nb\",c\r\n[X],x\r\n");
        let err = csv("a,\"b\n", &opts(&["a"]), none).unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.reason.starts_with("header: "), "{err}");
    }

    #[test]
    fn delimiters_are_detected_outside_quotes() {
        assert_eq!(detect_delimiter(b"a;b;c,d\n"), b';');
        assert_eq!(detect_delimiter(b"\"a;b;c\",d\n"), b',');
        assert_eq!(detect_delimiter(b"a\tb\n"), b'\t');
        assert_eq!(detect_delimiter(b"a\n"), b',');
    }

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 128,
            rng_seed: proptest::test_runner::RngSeed::Fixed(20_240_611),
            ..ProptestConfig::default()
        }
    }

    /// A JSON string literal for `s`, with some characters written as
    /// `\u` escapes.
    fn json_literal(s: &str, escape_mask: u64) -> String {
        let mut out = String::from("\"");
        for (k, c) in s.chars().enumerate() {
            let plain = serde_json::to_string(&c.to_string()).unwrap();
            let plain = &plain[1..plain.len() - 1];
            if escape_mask >> (k % 64) & 1 == 1 {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            } else {
                out.push_str(plain);
            }
        }
        out.push('"');
        out
    }

    fn text_strategy() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just('а'),
                Just('Ж'),
                Just('ә'),
                Just('x'),
                Just(' '),
                Just('"'),
                Just('\\'),
                Just('\n'),
                Just('\t'),
                Just(','),
                Just(';'),
                Just('😀'),
                Just('\u{1}'),
            ],
            0..24,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    /// A JSON member: (key, rendered value, decoded text if a string).
    fn member() -> impl Strategy<Value = (String, String, Option<String>)> {
        let key = prop_oneof![Just("text"), Just("id"), Just("meta"), Just("n")];
        let value = prop_oneof![
            (text_strategy(), any::<u64>()).prop_map(|(t, m)| (json_literal(&t, m), Some(t))),
            any::<i64>().prop_map(|n| (n.to_string(), None)),
            Just(("null".to_string(), None)),
            (text_strategy(), any::<u64>()).prop_map(|(t, m)| (
                format!("{{ \"in\" : [{}, 1.5e-3] }}", json_literal(&t, m)),
                None
            )),
        ];
        (key, value, prop_oneof![Just(""), Just(" "), Just("\t")])
            .prop_map(|(k, (v, t), ws)| (k.to_string(), format!("{ws}{v}{ws}"), t))
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn jsonl_records_round_trip_and_edits_stay_in_their_field(
            records in proptest::collection::vec(proptest::collection::vec(member(), 0..5), 1..5),
            endings in proptest::collection::vec(prop_oneof![Just("\n"), Just("\r\n"), Just("\n\n")], 5),
            last_ending in any::<bool>(),
            cut in (0usize..40, 0usize..40),
        ) {
            let mut input = String::new();
            let mut targets = Vec::new();
            for (k, members) in records.iter().enumerate() {
                let mut line = String::from("{");
                // The first `text` member that is a string, and its span.
                let mut target = None;
                let mut text_seen = false;
                for (j, (key, value, decoded)) in members.iter().enumerate() {
                    if j > 0 {
                        line.push(',');
                    }
                    line.push_str(&format!("\"{key}\":"));
                    if key == "text" && !text_seen && decoded.is_some() {
                        text_seen = true;
                        if let Some(d) = decoded {
                            let ws = value.len() - value.trim_start().len();
                            let len = value.trim().len();
                            target = Some((input.len() + line.len() + ws, len, d.clone()));
                        }
                    }
                    line.push_str(value);
                }
                line.push('}');
                input.push_str(&line);
                if k + 1 < records.len() || last_ending {
                    input.push_str(endings[k]);
                }
                // Targets: records whose only selected value is one string
                // (other `text` members are null).
                let others = members
                    .iter()
                    .filter(|m| m.0 == "text" && m.2.is_none() && m.1.trim() != "null")
                    .count();
                let strings = members.iter().filter(|m| m.0 == "text" && m.2.is_some()).count();
                targets.push(if others == 0 && strings == 1 { target } else { None });
            }
            let o = opts(&["text"]);
            let (out, stats) = jsonl(&input, &o, none).unwrap();
            prop_assert_eq!(&out, &input);
            prop_assert_eq!(stats.records, records.len());

            // Replace a slice of each target's decoded text.
            let mut expected = input.clone();
            for (start, len, decoded) in targets.iter().rev().flatten() {
                let chars: Vec<(usize, char)> = decoded.char_indices().collect();
                let a = chars.get(cut.0.min(chars.len())).map_or(decoded.len(), |c| c.0);
                let b = chars.get((cut.0 + cut.1).min(chars.len())).map_or(decoded.len(), |c| c.0);
                let new = format!("{}[X]{}", &decoded[..a], &decoded[b..]);
                let parsed_new: String = serde_json::from_str(&serde_json::to_string(&new).unwrap()).unwrap();
                prop_assert_eq!(&parsed_new, &new);
                expected.replace_range(*start..start + len, &format!("\u{0}{new}\u{0}"));
            }
            let (out, _) = jsonl(&input, &o, |r, i| {
                let t = r.text();
                if targets[i].is_none() {
                    return Ok(Vec::new());
                }
                let chars: Vec<(usize, char)> = t.char_indices().collect();
                let a = chars.get(cut.0.min(chars.len())).map_or(t.len(), |c| c.0);
                let b = chars.get((cut.0 + cut.1).min(chars.len())).map_or(t.len(), |c| c.0);
                Ok(vec![Edit { range: a..b, text: "[X]".to_string() }])
            }).unwrap();
            // Outside the targets the bytes are the same; inside, the value
            // decodes to the expected text.
            let pieces: Vec<&str> = expected.split('\u{0}').collect();
            let mut rest = out.as_str();
            for (k, piece) in pieces.iter().enumerate() {
                if k % 2 == 0 {
                    prop_assert!(rest.starts_with(piece), "{:?} / {:?}", rest, piece);
                    rest = &rest[piece.len()..];
                } else {
                    let mut de = serde_json::Deserializer::from_str(rest).into_iter::<String>();
                    let value = de.next().unwrap().unwrap();
                    prop_assert_eq!(&value, piece);
                    rest = &rest[de.byte_offset()..];
                }
            }
            prop_assert_eq!(rest, "");
        }

        #[test]
        fn csv_records_round_trip_and_edits_stay_in_their_column(
            rows in proptest::collection::vec(proptest::collection::vec((text_strategy(), any::<bool>()), 3), 1..6),
            crlf in any::<bool>(),
            semicolon in any::<bool>(),
        ) {
            let d = if semicolon { ';' } else { ',' };
            let nl = if crlf { "\r\n" } else { "\n" };
            let render = |t: &str, quote: bool| {
                let needs = t.contains(['"', '\n', '\r', d]) || t.is_empty();
                if quote || needs {
                    format!("\"{}\"", t.replace('"', "\"\""))
                } else {
                    t.to_string()
                }
            };
            let mut input = format!("a{d}b{d}c{nl}");
            let mut expected = input.clone();
            for row in &rows {
                let fields: Vec<String> = row.iter().map(|(t, q)| render(t, *q)).collect();
                input.push_str(&fields.join(&d.to_string()));
                input.push_str(nl);
                let new = format!("[X]{}", row[1].0);
                let quoted = fields[1].starts_with('"');
                let mut changed = fields.clone();
                changed[1] = render(&new, quoted);
                expected.push_str(&changed.join(&d.to_string()));
                expected.push_str(nl);
            }
            let o = opts(&["b"]);
            let (out, stats) = csv(&input, &o, none).unwrap();
            prop_assert_eq!(&out, &input);
            prop_assert_eq!(stats.records, rows.len());
            let (out, _) = csv(&input, &o, |_, _| {
                Ok(vec![Edit { range: 0..0, text: "[X]".to_string() }])
            }).unwrap();
            prop_assert_eq!(&out, &expected);
        }
    }
}
