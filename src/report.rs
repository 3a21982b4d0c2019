//! Everything the tool prints: findings (human, JSON, JSON lines), eval
//! tables, error lines. Matched text is printed only when asked for.
#![allow(clippy::print_stderr)]

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::annotate::Score;
use crate::cli::CheckFormat;
use crate::manifest::Tally;
use crate::rules::Category;

/// One finding as reported by `check`.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Reported {
    /// File path (`-` for stdin).
    pub path: String,
    /// UTF-8 byte offset of the start in the file's text.
    pub start: usize,
    /// UTF-8 byte offset of the end.
    pub end: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column of the end (the character after the match), in characters.
    pub end_column: usize,
    /// Category id.
    pub category: Category,
    /// Rule id.
    pub rule: String,
    /// The matched text, only with `--show-matches`.
    #[serde(skip_serializing_if = "Option::is_none", rename = "match")]
    pub matched: Option<String>,
    /// Keyed baseline fingerprint, when a baseline key is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

/// Counts line and column lazily while walking forward through sorted offsets.
pub struct LineCounter<'t> {
    text: &'t str,
    at: usize,
    line: usize,
    line_start: usize,
}

impl<'t> LineCounter<'t> {
    /// Starts at the beginning of `text`, whose first line has number `first_line`.
    pub fn new(text: &'t str, first_line: usize) -> Self {
        LineCounter {
            text,
            at: 0,
            line: first_line,
            line_start: 0,
        }
    }

    /// Line and column (1-based, characters) of byte `offset`, which must not
    /// be before the previous one.
    pub fn locate(&mut self, offset: usize) -> (usize, usize) {
        let bytes = &self.text.as_bytes()[self.at..offset];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.line_start = self.at + i + 1;
            }
        }
        self.at = offset;
        (
            self.line,
            self.text[self.line_start..offset].chars().count() + 1,
        )
    }

    /// Lines seen up to the end of the text (for the next chunk).
    pub fn lines_at_end(&mut self) -> usize {
        let end = self.text.len();
        self.locate(end).0
    }
}

/// Writes findings in the chosen format; `Err` only on a broken pipe or
/// another write error (the caller stops writing but keeps the exit status).
pub fn write_findings(
    out: &mut impl Write,
    format: CheckFormat,
    findings: &[Reported],
) -> io::Result<()> {
    match format {
        CheckFormat::Human => {
            for f in findings {
                write!(
                    out,
                    "{}:{}:{}: {}/{}",
                    f.path, f.line, f.column, f.category, f.rule
                )?;
                if let Some(m) = &f.matched {
                    write!(out, ": {m}")?;
                }
                writeln!(out)?;
            }
        }
        CheckFormat::Jsonl => {
            for f in findings {
                serde_json::to_writer(&mut *out, f)?;
                writeln!(out)?;
            }
        }
        CheckFormat::Json | CheckFormat::Sarif => {}
    }
    Ok(())
}

/// The JSON document of `check --format json`.
#[derive(Serialize)]
pub struct JsonReport<'a> {
    /// Files read.
    pub files: usize,
    /// Findings per category.
    pub counts: BTreeMap<Category, usize>,
    /// Findings accepted by the baseline (left out of `findings`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baselined: Option<usize>,
    /// Every finding (new ones only with a baseline).
    pub findings: &'a [Reported],
    /// Files that could not be processed, with the reason.
    pub errors: &'a [FileError],
}

/// A file that could not be processed.
#[derive(Clone, Debug, Serialize)]
pub struct FileError {
    /// Path.
    pub path: String,
    /// Why (never contains the file's text).
    pub message: String,
}

/// Prints an error line on stderr: `depersonalize: error: …`.
pub fn error(msg: &str) {
    eprintln!("depersonalize: error: {msg}");
}

/// Prints a file's soft error: `depersonalize: <path>: …`.
pub fn file_error(e: &FileError) {
    eprintln!("depersonalize: {}: {}", e.path, e.message);
}

/// Prints a notice on stderr (unless quiet).
pub fn notice(quiet: bool, msg: &str) {
    if !quiet {
        eprintln!("depersonalize: {msg}");
    }
}

/// A progress bar on stderr (files, MB, MB/s, ETA) when stderr is a terminal
/// and not `quiet`; otherwise a hidden bar that draws nothing.
/// `bytes` (the total, for the ETA) is called only when the bar is shown.
pub fn progress(quiet: bool, files: usize, bytes: impl FnOnce() -> u64) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bytes = bytes();
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {wide_bar} {msg} files, {decimal_bytes}/{decimal_total_bytes} ({decimal_bytes_per_sec}, ETA {eta})",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::stderr());
    bar.set_style(style);
    bar.set_message(format!("0/{files}"));
    bar
}

/// Prints the summary of a run on stderr (unless quiet): files done,
/// skipped and failed (with the failed paths), findings per category,
/// volume and speed.
pub fn summary(quiet: bool, verb: &str, t: &Tally) {
    if quiet {
        return;
    }
    let total = t.done + t.failed + t.skipped.len();
    eprintln!(
        "depersonalize: {total} file{}: {} {verb}, {} skipped (unknown format), {} failed",
        if total == 1 { "" } else { "s" },
        t.done,
        t.skipped.len(),
        t.failed
    );
    for (path, e) in &t.failures {
        eprintln!("depersonalize: failed: {path}: {e}");
    }
    let mut found = format!("depersonalize: findings: {}", count_line(&t.counts));
    if let Some(b) = t.baselined {
        found.push_str(&format!(
            " ({} new, {b} accepted by the baseline)",
            t.findings() - b
        ));
    }
    eprintln!("{found}");
    eprintln!(
        "depersonalize: {:.2} MB in {:.2} s ({:.2} MB/s)",
        t.bytes as f64 / 1e6,
        t.elapsed().as_secs_f64(),
        t.mb_per_s()
    );
}

/// `iin 2, phone 1`, or `none`.
pub fn count_line(counts: &[usize; 12]) -> String {
    let parts: Vec<String> = Category::ALL
        .iter()
        .filter(|c| counts[c.index()] > 0)
        .map(|c| format!("{} {}", c.id(), counts[c.index()]))
        .collect();
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(", ")
    }
}

/// The eval table, or its JSON (the shape of `tools/score.py --json`).
pub fn write_eval(
    out: &mut impl Write,
    score: &Score,
    json: bool,
    show_leaks: bool,
) -> io::Result<()> {
    let (spans, leaked) = score.totals();
    if json {
        let per: BTreeMap<&str, serde_json::Value> = score
            .per
            .iter()
            .map(|(c, s)| (c.id(), serde_json::json!({"spans": s.spans, "leaked": s.leaked, "recall": round4(s.recall())})))
            .collect();
        let mut v = serde_json::json!({
            "docs": score.docs,
            "recall": round4(score.recall()),
            "precision": round4(score.precision()),
            "spans": spans,
            "leaked": leaked,
            "keep_total": score.keep_total,
            "keep_hit": score.keep_hit,
            "per_category": per,
        });
        if show_leaks {
            v["misses"] = serde_json::to_value(&score.misses).unwrap_or_default();
        }
        writeln!(out, "{v}")?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<12} {:>6} {:>7} {:>7}",
        "category", "spans", "leaked", "recall"
    )?;
    for (c, s) in &score.per {
        writeln!(
            out,
            "{:<12} {:>6} {:>7} {:>7.4}",
            c.id(),
            s.spans,
            s.leaked,
            s.recall()
        )?;
    }
    writeln!(
        out,
        "{:<12} {:>6} {:>7} {:>7.4}",
        "ALL",
        spans,
        leaked,
        score.recall()
    )?;
    writeln!(
        out,
        "precision (letters/digits) {:.4}   KEEP spans hit {}/{}   documents {}",
        score.precision(),
        score.keep_hit,
        score.keep_total,
        score.docs
    )?;
    if show_leaks {
        for m in &score.misses {
            writeln!(
                out,
                "{} {} {} {}",
                m.kind.to_uppercase(),
                m.doc,
                m.category,
                m.text
            )?;
        }
    }
    Ok(())
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_counter() {
        let t = "ab\ncd\nэю";
        let mut lc = LineCounter::new(t, 1);
        assert_eq!(lc.locate(1), (1, 2));
        assert_eq!(lc.locate(4), (2, 2));
        assert_eq!(lc.locate(t.len()), (3, 3));
    }

    #[test]
    fn human_never_prints_text_unless_asked() {
        let f = Reported {
            path: "a.txt".into(),
            start: 4,
            end: 16,
            line: 1,
            column: 5,
            end_line: 1,
            end_column: 17,
            category: Category::Iin,
            rule: "iin".into(),
            matched: None,
            fingerprint: None,
        };
        let mut out = Vec::new();
        write_findings(&mut out, CheckFormat::Human, &[f]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a.txt:1:5: iin/iin\n");
    }
}
