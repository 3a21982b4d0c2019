//! Runs a parsed command line: builds the engine, drives files in parallel,
//! hands results to `report`, and decides the outcome (exit status).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result, anyhow, bail};
use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::annotate::{self, Score};
use crate::baseline::{self, Baseline, Fingerprinter, Key};
use crate::cli::{
    CheckArgs, CheckFormat, Cli, Command, EvalArgs, EvalFormat, Global, RedactArgs, RulesCommand,
};
use crate::engine::{CategoryFilter, Engine, Finding, Scratch};
use crate::formats::records::RecordOptions;
use crate::formats::{self, Format};
use crate::input::{self, Source};
use crate::manifest::{self, Manifest, Tally};
use crate::replace::{self, Labels, Style};
use crate::report::{self, FileError, LineCounter, Reported};
use crate::rules::{Category, RuleSet};
use crate::sarif;

/// How a run ended; picks the exit status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// `check` found personal data.
    pub findings: bool,
    /// Something failed (a file, the rules, the arguments).
    pub errors: bool,
}

impl Outcome {
    /// 2 on any error (errors win), 1 when `check` found something, else 0.
    pub fn exit_code(self) -> u8 {
        if self.errors {
            2
        } else if self.findings {
            1
        } else {
            0
        }
    }
}

/// Files processed in parallel between two ordered writes of results.
const BATCH: usize = 256;

/// Per-thread scratch kept across batches: the automaton's lazy-DFA cache
/// stays warm (a cold cache per batch costs more than the scan itself).
struct Pool<'e> {
    engine: &'e Engine,
    free: std::sync::Mutex<Vec<(Scratch, Vec<Finding>)>>,
}

/// A scratch borrowed from a [`Pool`], returned when dropped.
struct Pooled<'p, 'e> {
    pool: &'p Pool<'e>,
    item: Option<(Scratch, Vec<Finding>)>,
}

impl<'e> Pool<'e> {
    fn new(engine: &'e Engine) -> Self {
        Pool {
            engine,
            free: std::sync::Mutex::new(Vec::new()),
        }
    }

    fn take(&self) -> Pooled<'_, 'e> {
        let item = self.free.lock().ok().and_then(|mut v| v.pop());
        let item = item.unwrap_or_else(|| (self.engine.scratch(), Vec::new()));
        Pooled {
            pool: self,
            item: Some(item),
        }
    }
}

impl Pooled<'_, '_> {
    fn parts(&mut self) -> (&mut Scratch, &mut Vec<Finding>) {
        let (s, f) = self.item.as_mut().expect("present until drop");
        (s, f)
    }
}

impl Drop for Pooled<'_, '_> {
    fn drop(&mut self) {
        if let (Some(item), Ok(mut free)) = (self.item.take(), self.pool.free.lock()) {
            free.push(item);
        }
    }
}

/// Streams are cut into chunks of about this size, at a line end.
pub const CHUNK: usize = 4 << 20;

/// Runs a command line.
pub fn run(cli: Cli) -> Outcome {
    match dispatch(cli) {
        Ok(o) => o,
        Err(e) => {
            report::error(&format!("{e:#}"));
            Outcome {
                findings: false,
                errors: true,
            }
        }
    }
}

fn dispatch(cli: Cli) -> Result<Outcome> {
    if let Some(n) = cli.global.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .ok();
    }
    match cli.command {
        Command::Redact(args) => redact(&cli.global, args),
        Command::Check(args) => check(&cli.global, args),
        Command::Eval(args) => eval(&cli.global, args),
        Command::Rules { command } => rules(&cli.global, command),
    }
}

/// Loads the user packs given by `--rules`.
fn user_packs(g: &Global) -> Result<Vec<(String, String)>> {
    g.rules
        .iter()
        .map(|p| {
            let src = fs::read_to_string(p)
                .with_context(|| format!("cannot read rules `{}`", p.display()))?;
            Ok((p.display().to_string(), src))
        })
        .collect()
}

fn parse_categories(ids: &[String]) -> Result<Vec<Category>> {
    ids.iter()
        .filter(|s| !s.is_empty())
        .map(|s| {
            Category::from_id(s.trim())
                .ok_or_else(|| anyhow!("unknown category `{s}` (see `depersonalize rules list`)"))
        })
        .collect()
}

/// Builds the engine from the global options, reporting every rule error.
pub fn engine(g: &Global) -> Result<Engine> {
    let set = RuleSet::layered(&user_packs(g)?).map_err(rule_errors)?;
    let only = parse_categories(&g.only)?;
    let mut filter = if only.is_empty() {
        CategoryFilter::default()
    } else {
        CategoryFilter::only(&only)
    };
    filter = filter.except(&parse_categories(&g.disable)?);
    Engine::new(set, filter).map_err(rule_errors)
}

fn rule_errors(errors: Vec<crate::rules::RuleError>) -> anyhow::Error {
    let n = errors.len();
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    anyhow!(
        "{}\n{n} problem(s) in the rule packs",
        lines.join("\ndepersonalize: error: ")
    )
}

fn is_stdin(paths: &[PathBuf]) -> bool {
    paths.is_empty() || (paths.len() == 1 && paths[0].as_os_str() == "-")
}

// ---------------------------------------------------------------- files

/// Where `redact` writes a file.
#[derive(Clone, Copy, Debug)]
enum Dest<'a> {
    /// Under this directory, at the file's relative path (mirrors the tree).
    Dir(&'a Path),
    /// Over the input itself.
    InPlace,
    /// This file (one input).
    File(&'a Path),
    /// Back to the caller, for stdout (one input).
    Stdout,
}

/// What to do with each file.
#[derive(Clone, Copy, Debug)]
enum Job<'a> {
    /// Rewrite it.
    Redact {
        style: Style,
        dest: Dest<'a>,
        records: &'a Datasets,
    },
    /// Report its findings, fingerprinted when a baseline key is given.
    Check {
        show_matches: bool,
        key: Option<&'a Key>,
        records: &'a Datasets,
    },
}

impl<'a> Job<'a> {
    fn records(&self) -> &'a Datasets {
        match *self {
            Job::Redact { records, .. } | Job::Check { records, .. } => records,
        }
    }
}

/// What processing one file gave.
#[derive(Debug, Default)]
struct FileResult {
    /// Bytes read.
    bytes: u64,
    /// Findings per category.
    counts: [usize; 12],
    /// `check`: the findings as reported, in text order.
    reported: Vec<Reported>,
    /// `redact` to stdout: the rewritten file.
    stdout: Option<Vec<u8>>,
}

/// What to depersonalize in datasets: the `--field`s of JSON Lines, the
/// `--column`s of CSV.
#[derive(Debug, Default)]
struct Datasets {
    jsonl: RecordOptions,
    csv: RecordOptions,
}

impl Datasets {
    fn of(&self, format: Format) -> &RecordOptions {
        if format == Format::Csv {
            &self.csv
        } else {
            &self.jsonl
        }
    }
}

fn record_options(g: &Global) -> Datasets {
    let options = |names: &[String]| RecordOptions {
        fields: names.to_vec(),
        ..RecordOptions::default()
    };
    Datasets {
        jsonl: options(&g.fields),
        csv: options(&g.columns),
    }
}

/// Processes one file: read → decode → scan → write (`redact`) or report
/// (`check`). The one place that knows how a file is read and written back:
/// by its format (`formats`), plain text when the extension says nothing.
fn process_file(
    engine: &Engine,
    src: &Source,
    scratch: &mut Scratch,
    findings: &mut Vec<Finding>,
    job: Job<'_>,
) -> Result<FileResult> {
    let format = Format::of_path(&src.path).unwrap_or(Format::Text);
    if format.is_dataset() {
        return process_dataset(engine, src, format, scratch, findings, job);
    }
    let raw =
        fs::read(&src.path).with_context(|| format!("cannot read `{}`", src.path.display()))?;
    let mut r = FileResult {
        bytes: raw.len() as u64,
        ..FileResult::default()
    };
    let doc = formats::read(format, raw).map_err(|e| anyhow!("{}: {e}", format.name()))?;
    let text = doc.text();
    scratch.new_document();
    engine.scan(text, scratch, findings);
    for f in findings.iter() {
        r.counts[f.category.index()] += 1;
    }
    match job {
        Job::Redact { style, dest, .. } => {
            let edits = document_edits(engine, text, findings, style);
            let out = doc
                .write(&edits)
                .map_err(|e| anyhow!("cannot write back the {}: {e}", format.name()))?;
            match dest {
                Dest::Dir(d) => input::write_new(&d.join(&src.rel), &out)?,
                Dest::InPlace => input::write_atomic(&src.path, &out)?,
                Dest::File(f) => input::write_atomic(f, &out)?,
                Dest::Stdout => r.stdout = Some(out),
            }
        }
        Job::Check {
            show_matches, key, ..
        } => {
            let mut fp = key.map(Fingerprinter::new);
            let at = Place {
                path: &src.path.display().to_string(),
                rel: &rel_path(&src.rel),
                offset: 0,
                first_line: 1,
            };
            r.reported = reported(engine, &at, text, findings, show_matches, fp.as_mut());
            if format != Format::Text {
                relocate(&mut r.reported, &*doc, 0);
            }
        }
    }
    Ok(r)
}

/// Lines and columns of the source file (an HTML line, a DOCX paragraph, a
/// dataset record) for findings located in a document's scanned text;
/// `offset` is the scanned text's offset in the reported byte positions.
fn relocate(reported: &mut [Reported], doc: &dyn formats::Document, offset: usize) {
    for rep in reported {
        let start = doc.locate(rep.start - offset);
        let end = doc.locate(rep.end - offset);
        rep.line = start.line;
        rep.column = start.column;
        rep.end_line = end.line;
        rep.end_column = end.column;
        if let Some(part) = start.part {
            rep.path = format!("{}#{part}", rep.path);
        }
    }
}

/// A JSON Lines or CSV file, record by record: each record is a document of
/// its own, written to a temporary file next to the output (`redact`) or only
/// scanned (`check`), in bounded memory whatever the file's size.
fn process_dataset(
    engine: &Engine,
    src: &Source,
    format: Format,
    scratch: &mut Scratch,
    findings: &mut Vec<Finding>,
    job: Job<'_>,
) -> Result<FileResult> {
    let opts = job.records().of(format);
    if opts.fields.is_empty() {
        bail!(
            "{} needs the fields to depersonalize: --field NAME (JSON Lines) or --column NAME (CSV)",
            format.name()
        );
    }
    let file = fs::File::open(&src.path)
        .with_context(|| format!("cannot read `{}`", src.path.display()))?;
    let bytes = file.metadata().map_or(0, |m| m.len());
    let mut r = FileResult {
        bytes,
        ..FileResult::default()
    };
    let reader = io::BufReader::with_capacity(1 << 16, file);
    let failed = |e| anyhow!("{}: {e}", format.name());
    match job {
        Job::Redact { style, dest, .. } => {
            let counts = &mut r.counts;
            let run = |w: &mut dyn Write| -> Result<()> {
                formats::records::rewrite(format, reader, w, opts, |rec, _| {
                    let text = scan_record(engine, rec, scratch, findings, counts);
                    Ok(document_edits(engine, text, findings, style))
                })
                .map(|_| ())
                .map_err(failed)
            };
            match dest {
                Dest::Stdout => {
                    let mut out = Vec::new();
                    run(&mut out)?;
                    r.stdout = Some(out);
                }
                Dest::Dir(d) => input::write_streamed(&d.join(&src.rel), false, run)?,
                Dest::InPlace => input::write_streamed(&src.path, true, run)?,
                Dest::File(f) => input::write_streamed(f, true, run)?,
            }
        }
        Job::Check {
            show_matches, key, ..
        } => {
            // One fingerprinter per file: a value repeated in later records
            // counts as a later occurrence.
            let mut fp = key.map(Fingerprinter::new);
            let shown = src.path.display().to_string();
            let at = Place {
                path: &shown,
                rel: &rel_path(&src.rel),
                offset: 0,
                first_line: 1,
            };
            formats::records::rewrite(format, reader, io::sink(), opts, |rec, _| {
                let text = scan_record(engine, rec, scratch, findings, &mut r.counts);
                let mut rep = reported(engine, &at, text, findings, show_matches, fp.as_mut());
                relocate(&mut rep, rec, 0);
                r.reported.extend(rep);
                Ok(Vec::new())
            })
            .map_err(failed)?;
        }
    }
    Ok(r)
}

/// Scans one dataset record as a document of its own and counts its
/// findings; returns the record's scanned text.
fn scan_record<'r>(
    engine: &Engine,
    rec: &'r formats::records::Record,
    scratch: &mut Scratch,
    findings: &mut Vec<Finding>,
    counts: &mut [usize; 12],
) -> &'r str {
    let text = formats::Document::text(rec);
    scratch.new_document();
    engine.scan(text, scratch, findings);
    for f in findings.iter() {
        counts[f.category.index()] += 1;
    }
    text
}

/// The replacements of one document's findings (its own placeholder numbers).
fn document_edits(
    engine: &Engine,
    text: &str,
    findings: &[Finding],
    style: Style,
) -> Vec<formats::Edit> {
    replace::edits(
        text,
        findings,
        engine.placeholders(),
        &mut Labels::default(),
        style,
    )
}

/// Runs `job` over `sources` in parallel, batch by batch, and hands each
/// result to `each` in input order (on the calling thread).
fn run_files(
    engine: &Engine,
    sources: &[Source],
    job: Job<'_>,
    bar: &ProgressBar,
    mut each: impl FnMut(&Source, Result<FileResult>),
) {
    let pool = Pool::new(engine);
    let finished = AtomicUsize::new(0);
    let total = sources.len();
    // Batches keep the output in input order while memory stays bounded
    // whatever the number of files.
    for batch in sources.chunks(BATCH) {
        let results: Vec<Result<FileResult>> = batch
            .par_iter()
            .map_init(
                || pool.take(),
                |pooled, src| {
                    let (scratch, findings) = pooled.parts();
                    let r = process_file(engine, src, scratch, findings, job);
                    if !bar.is_hidden() {
                        let n = match &r {
                            Ok(r) => r.bytes,
                            Err(_) => fs::metadata(&src.path).map_or(0, |m| m.len()),
                        };
                        bar.inc(n);
                        let d = finished.fetch_add(1, Ordering::Relaxed) + 1;
                        bar.set_message(format!("{d}/{total}"));
                    }
                    r
                },
            )
            .collect();
        bar.suspend(|| {
            for (src, r) in batch.iter().zip(results) {
                each(src, r);
            }
        });
    }
    bar.finish_and_clear();
}

/// The progress bar of a run over `sources` (hidden unless stderr is a
/// terminal and not `--quiet`).
fn progress_for(g: &Global, sources: &[Source]) -> ProgressBar {
    report::progress(g.quiet, sources.len(), || {
        sources
            .iter()
            .map(|s| fs::metadata(&s.path).map_or(0, |m| m.len()))
            .sum()
    })
}

/// A relative path with forward slashes (reports, baselines, manifests).
fn rel_path(p: &Path) -> String {
    let parts: Vec<String> = p
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// Expands the path arguments, noting skipped files (unknown formats).
fn collect_sources(g: &Global, paths: &[PathBuf], tally: &mut Tally) -> Result<Vec<Source>> {
    let (mut sources, skipped) = input::collect(paths)?;
    let mut skipped: Vec<Source> = skipped
        .into_iter()
        .map(|path| {
            let rel = paths
                .iter()
                .find_map(|r| path.strip_prefix(r).ok())
                .unwrap_or(&path)
                .to_path_buf();
            Source { path, rel }
        })
        .collect();
    if paths.len() > 1 {
        prefix_roots(&mut sources, paths);
        prefix_roots(&mut skipped, paths);
    }
    for s in &skipped {
        report::notice(
            g.quiet,
            &format!("{}: skipped: unknown format", s.path.display()),
        );
        tally.skipped.push(rel_path(&s.rel));
    }
    Ok(sources)
}

/// Records a failed file: message now, in the tally for the summary.
fn file_failed(src: &Source, e: &anyhow::Error, tally: &mut Tally) -> FileError {
    let err = FileError {
        path: src.path.display().to_string(),
        message: format!("{e:#}"),
    };
    report::file_error(&err);
    tally.failed(rel_path(&src.rel), err.path.clone(), err.message.clone());
    err
}

/// The options part of a manifest.
fn manifest_options(engine: &Engine) -> manifest::Options {
    let filter = engine.filter();
    manifest::Options {
        categories: Category::ALL
            .into_iter()
            .filter(|c| filter.allows(*c))
            .collect(),
        threads: rayon::current_num_threads(),
        style: None,
        in_place: None,
        out: None,
        format: None,
        baseline: None,
    }
}

fn write_manifest(
    path: &Path,
    command: &'static str,
    engine: &Engine,
    options: manifest::Options,
    tally: Tally,
) -> Result<()> {
    let m = Manifest::new(command, engine.rule_set(), options, tally);
    input::write_atomic(path, &m.to_json()).context("cannot write the manifest")
}

// ---------------------------------------------------------------- redact

fn redact(g: &Global, args: RedactArgs) -> Result<Outcome> {
    let engine = engine(g)?;
    let records = record_options(g);
    let style = if args.mask {
        Style::Mask
    } else {
        Style::Placeholder
    };
    let mut tally = Tally::new();
    let mut outcome = Outcome::default();
    let mut options = manifest_options(&engine);
    options.style = Some(if args.mask { "mask" } else { "placeholder" });
    options.in_place = Some(args.in_place);
    options.out = args.out.as_ref().map(|p| p.display().to_string());
    if is_stdin(&args.paths) {
        if args.in_place {
            bail!("--in-place needs file paths, not stdin");
        }
        let stdin = io::stdin().lock();
        // With --field or --column, stdin is a dataset, one record per document.
        let dataset = if !g.columns.is_empty() {
            Some(Format::Csv)
        } else if !g.fields.is_empty() {
            Some(Format::Jsonl)
        } else {
            None
        };
        let run = |r: io::StdinLock<'static>, w: &mut dyn Write| match dataset {
            Some(format) => redact_records(&engine, format, r, w, style, records.of(format)),
            None => redact_counted(&engine, r, w, style),
        };
        let res = match &args.out {
            Some(out) => {
                let mut r = Ok((0, [0; 12]));
                input::write_streamed(out, true, |w| {
                    r = Ok(run(stdin, w)?);
                    Ok(())
                })
                .and(r)
            }
            None => {
                let mut w = BufWriter::new(io::stdout().lock());
                match run(stdin, &mut w) {
                    Err(e) if is_broken_pipe(&e) => Ok((0, [0; 12])),
                    other => other,
                }
            }
        };
        match res {
            Ok((bytes, counts)) => tally.done("-".into(), bytes, &counts),
            Err(e) => {
                outcome.errors = true;
                let message = format!("{e:#}");
                report::file_error(&FileError {
                    path: "-".into(),
                    message: message.clone(),
                });
                tally.failed("-".into(), "-".into(), message);
            }
        }
    } else {
        let single_file = args.paths.len() == 1 && args.paths[0].is_file();
        let dest = if args.in_place {
            Dest::InPlace
        } else if single_file && args.out.as_ref().is_none_or(|o| !o.is_dir()) {
            match &args.out {
                Some(out) if input::is_within(out, &args.paths[0]) => bail!(
                    "`--out {}` is the input itself; use --in-place to rewrite inputs",
                    out.display()
                ),
                Some(out) => Dest::File(out),
                None => Dest::Stdout,
            }
        } else {
            match &args.out {
                Some(d) => Dest::Dir(d),
                None => bail!(
                    "redacting a directory or several files needs --out DIR (mirrors the tree) or --in-place"
                ),
            }
        };
        if let Dest::Dir(d) = dest {
            for p in &args.paths {
                if input::is_within(d, p) {
                    bail!(
                        "output `{}` lies inside input `{}`: depersonalized and original data must be stored separately",
                        d.display(),
                        p.display()
                    );
                }
            }
        }
        let sources = collect_sources(g, &args.paths, &mut tally)?;
        let bar = progress_for(g, &sources);
        let mut stdout_ok = true;
        run_files(
            &engine,
            &sources,
            Job::Redact {
                style,
                dest,
                records: &records,
            },
            &bar,
            |src, r| match r {
                Ok(r) => {
                    if let Some(text) = r.stdout
                        && stdout_ok
                    {
                        let mut w = io::stdout().lock();
                        match w.write_all(&text).and_then(|()| w.flush()) {
                            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => stdout_ok = false,
                            Err(e) => {
                                stdout_ok = false;
                                outcome.errors = true;
                                report::error(&format!("cannot write stdout: {e}"));
                            }
                            Ok(()) => {}
                        }
                    }
                    tally.done(rel_path(&src.rel), r.bytes, &r.counts);
                }
                Err(e) => {
                    outcome.errors = true;
                    file_failed(src, &e, &mut tally);
                }
            },
        );
        report::summary(g.quiet, "redacted", &tally);
    }
    if let Some(path) = &args.manifest {
        write_manifest(path, "redact", &engine, options, tally)?;
    }
    Ok(outcome)
}

/// With several roots, outputs go under each root's own name.
fn prefix_roots(sources: &mut [Source], roots: &[PathBuf]) {
    for s in sources {
        if let Some(root) = roots.iter().find(|r| s.path.starts_with(r) && r.is_dir())
            && let Some(name) = root.file_name()
        {
            s.rel = Path::new(name).join(&s.rel);
        }
    }
}

/// A plain-text file decoded as `redact` and `check` decode it.
fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    let doc = formats::text::read(bytes).map_err(|e| anyhow!("`{}`: {e}", path.display()))?;
    Ok(formats::Document::text(&doc).to_string())
}

/// Scans and rewrites one whole document.
pub fn redact_text(
    engine: &Engine,
    text: &str,
    scratch: &mut Scratch,
    style: Style,
    bom: bool,
) -> String {
    let mut findings = Vec::new();
    scratch.new_document();
    engine.scan(text, scratch, &mut findings);
    render(engine, text, &findings, style, bom)
}

fn render(engine: &Engine, text: &str, findings: &[Finding], style: Style, bom: bool) -> String {
    let ph = engine.placeholders();
    let mut out = String::with_capacity(text.len() + 3);
    if bom {
        out.push('\u{feff}');
    }
    replace::apply(text, findings, ph, &mut Labels::default(), style, &mut out);
    out
}

/// Redacts a stream chunk by chunk (cut at line ends), in bounded memory;
/// labels persist across chunks so a person keeps one placeholder.
pub fn redact_stream(
    engine: &Engine,
    reader: impl Read,
    w: impl Write,
    style: Style,
) -> Result<()> {
    redact_counted(engine, reader, w, style).map(|_| ())
}

/// [`redact_stream`], returning the bytes read and the findings per category.
/// Redacts a JSON Lines or CSV stream record by record (each record its own
/// document), in bounded memory.
fn redact_records(
    engine: &Engine,
    format: Format,
    reader: impl Read,
    mut w: impl Write,
    style: Style,
    opts: &RecordOptions,
) -> Result<(u64, [usize; 12])> {
    let mut scratch = engine.scratch();
    let mut findings = Vec::new();
    let mut counts = [0usize; 12];
    let mut reader = Counting {
        inner: reader,
        bytes: 0,
    };
    formats::records::rewrite(
        format,
        io::BufReader::with_capacity(1 << 16, &mut reader),
        &mut w,
        opts,
        |rec, _| {
            let text = scan_record(engine, rec, &mut scratch, &mut findings, &mut counts);
            Ok(document_edits(engine, text, &findings, style))
        },
    )
    .map_err(|e| anyhow!("{}: {e}", format.name()))?;
    w.flush()?;
    Ok((reader.bytes, counts))
}

/// A reader that counts the bytes read through it.
struct Counting<R> {
    inner: R,
    bytes: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
}

fn redact_counted(
    engine: &Engine,
    reader: impl Read,
    mut w: impl Write,
    style: Style,
) -> Result<(u64, [usize; 12])> {
    let ph = engine.placeholders();
    let mut labels = Labels::default();
    let mut scratch = engine.scratch();
    scratch.new_document();
    let mut findings = Vec::new();
    let mut out = String::new();
    let (mut bytes, mut counts) = (0u64, [0usize; 12]);
    for_each_chunk(reader, |chunk, _| {
        engine.scan(chunk, &mut scratch, &mut findings);
        bytes += chunk.len() as u64;
        for f in &findings {
            counts[f.category.index()] += 1;
        }
        out.clear();
        replace::apply(chunk, &findings, ph, &mut labels, style, &mut out);
        w.write_all(out.as_bytes())?;
        Ok(())
    })?;
    w.flush()?;
    Ok((bytes, counts))
}

/// Calls `f(chunk, offset)` for consecutive chunks of a stream, each ending
/// at a line end (or at the end of the stream); a chunk never splits a
/// character.
///
/// # Errors
/// Read errors, invalid UTF-8 (with its offset), and errors of `f`.
pub fn for_each_chunk(
    mut reader: impl Read,
    mut f: impl FnMut(&str, usize) -> Result<()>,
) -> Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(CHUNK + 64 * 1024);
    let mut offset = 0;
    let mut eof = false;
    while !eof || !buf.is_empty() {
        while !eof && buf.len() < CHUNK {
            let start = buf.len();
            buf.resize(start + 64 * 1024, 0);
            let n = match reader.read(&mut buf[start..]) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => 0,
                Err(e) => return Err(e).context("cannot read stdin"),
            };
            buf.truncate(start + n);
            eof = n == 0;
        }
        let cut = if eof {
            buf.len()
        } else {
            // Prefer a paragraph break in the second half, then any line end.
            let half = buf.len() / 2;
            let para = buf[half..]
                .windows(2)
                .rposition(|w| w == b"\n\n")
                .map(|i| half + i + 2);
            match para.or_else(|| memrchr(b'\n', &buf).map(|i| i + 1)) {
                Some(c) => c,
                // A giant line: cut after the last space that is a char boundary.
                None => memrchr(b' ', &buf).map_or(utf8_floor(&buf, buf.len()), |i| i + 1),
            }
        };
        let chunk = std::str::from_utf8(&buf[..cut]).map_err(|e| {
            anyhow!(
                "not valid UTF-8 (first bad byte at offset {})",
                offset + e.valid_up_to()
            )
        })?;
        f(chunk, offset)?;
        offset += cut;
        buf.drain(..cut);
    }
    Ok(())
}

fn memrchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().rposition(|&b| b == needle)
}

fn utf8_floor(buf: &[u8], mut i: usize) -> usize {
    while i > 0 && i < buf.len() && (buf[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    i
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

// ---------------------------------------------------------------- check

/// Where `check` findings go: baseline filtering, then stdout (streamed for
/// human and JSON lines, collected for JSON and SARIF).
struct CheckSink<W: Write> {
    format: CheckFormat,
    w: W,
    write_ok: bool,
    /// Fingerprints accepted by `--baseline`.
    accepted: Option<BTreeSet<String>>,
    /// Every finding, for `--write-baseline`.
    entries: Option<Vec<baseline::Entry>>,
    /// Reported findings, for JSON and SARIF.
    collected: Vec<Reported>,
    /// A finding not in the baseline was reported.
    found: bool,
    /// Findings the baseline accepted.
    baselined: usize,
}

impl<W: Write> CheckSink<W> {
    /// Takes the findings of one file (or stdin chunk), in text order.
    fn take(&mut self, rel: &str, reported: Vec<Reported>) {
        if let Some(entries) = &mut self.entries {
            entries.extend(reported.iter().filter_map(|r| {
                r.fingerprint.as_ref().map(|fp| baseline::Entry {
                    path: rel.to_string(),
                    category: r.category,
                    fingerprint: fp.clone(),
                })
            }));
        }
        let new: Vec<Reported> = match &self.accepted {
            Some(set) => {
                let (old, new): (Vec<_>, Vec<_>) = reported
                    .into_iter()
                    .partition(|r| r.fingerprint.as_ref().is_some_and(|f| set.contains(f)));
                self.baselined += old.len();
                new
            }
            None => reported,
        };
        self.found |= !new.is_empty();
        match self.format {
            CheckFormat::Json | CheckFormat::Sarif => self.collected.extend(new),
            CheckFormat::Human | CheckFormat::Jsonl => {
                if self.write_ok && report::write_findings(&mut self.w, self.format, &new).is_err()
                {
                    self.write_ok = false;
                }
            }
        }
    }
}

fn check(g: &Global, args: CheckArgs) -> Result<Outcome> {
    let records = record_options(g);
    let engine = engine(g)?;
    let key = match (&args.baseline, &args.write_baseline) {
        (Some(_), _) => Some(Key::require(
            args.baseline_key_file.as_deref(),
            "--baseline",
        )?),
        (None, Some(_)) => Some(Key::require(
            args.baseline_key_file.as_deref(),
            "--write-baseline",
        )?),
        (None, None) => Key::load(args.baseline_key_file.as_deref())?,
    };
    let digest = manifest::rules_digest(engine.rule_set());
    let accepted = match &args.baseline {
        Some(p) => {
            let b = Baseline::read(p)?;
            if b.rules_digest != digest {
                report::notice(
                    g.quiet,
                    &format!(
                        "baseline `{}` was written with other rules ({}): findings the rules now report differently count as new",
                        p.display(),
                        b.rules_digest
                    ),
                );
            }
            Some(b.fingerprints())
        }
        None => None,
    };
    let mut tally = Tally::new();
    if accepted.is_some() {
        tally.baselined = Some(0);
    }
    let mut sink = CheckSink {
        format: args.format,
        w: BufWriter::new(io::stdout().lock()),
        write_ok: true,
        accepted,
        entries: args.write_baseline.as_ref().map(|_| Vec::new()),
        collected: Vec::new(),
        found: false,
        baselined: 0,
    };
    let mut errors: Vec<FileError> = Vec::new();
    let stdin = is_stdin(&args.paths);
    if stdin {
        let mut scratch = engine.scratch();
        scratch.new_document();
        let mut findings = Vec::new();
        let mut fp = key.as_ref().map(Fingerprinter::new);
        let (mut line, mut bytes, mut counts) = (1, 0u64, [0usize; 12]);
        let res = for_each_chunk(io::stdin().lock(), |chunk, offset| {
            engine.scan(chunk, &mut scratch, &mut findings);
            bytes += chunk.len() as u64;
            for f in &findings {
                counts[f.category.index()] += 1;
            }
            let at = Place {
                path: "-",
                rel: "-",
                offset,
                first_line: line,
            };
            let batch = reported(
                &engine,
                &at,
                chunk,
                &findings,
                args.show_matches,
                fp.as_mut(),
            );
            line = LineCounter::new(chunk, line).lines_at_end();
            sink.take("-", batch);
            Ok(())
        });
        match res {
            Ok(()) => tally.done("-".into(), bytes, &counts),
            Err(e) => {
                let err = FileError {
                    path: "-".into(),
                    message: format!("{e:#}"),
                };
                report::file_error(&err);
                tally.failed("-".into(), "-".into(), err.message.clone());
                errors.push(err);
            }
        }
    } else {
        let sources = collect_sources(g, &args.paths, &mut tally)?;
        let bar = progress_for(g, &sources);
        let job = Job::Check {
            records: &records,
            show_matches: args.show_matches,
            key: key.as_ref(),
        };
        run_files(&engine, &sources, job, &bar, |src, r| match r {
            Ok(r) => {
                let rel = rel_path(&src.rel);
                sink.take(&rel, r.reported);
                tally.done(rel, r.bytes, &r.counts);
            }
            Err(e) => errors.push(file_failed(src, &e, &mut tally)),
        });
    }
    if tally.baselined.is_some() {
        tally.baselined = Some(sink.baselined);
    }
    let mut outcome = Outcome {
        findings: sink.found,
        errors: !errors.is_empty(),
    };
    match args.format {
        CheckFormat::Json => {
            let mut counts: BTreeMap<Category, usize> = BTreeMap::new();
            for f in &sink.collected {
                *counts.entry(f.category).or_default() += 1;
            }
            let doc = report::JsonReport {
                files: tally.done + tally.failed,
                counts,
                baselined: tally.baselined,
                findings: &sink.collected,
                errors: &errors,
            };
            if sink.write_ok && serde_json::to_writer(&mut sink.w, &doc).is_ok() {
                let _ = writeln!(sink.w);
            }
        }
        CheckFormat::Sarif => {
            let rules = sarif::rules_of(&engine);
            if sink.write_ok {
                let _ = sarif::write(&mut sink.w, &rules, &sink.collected, &errors);
            }
        }
        CheckFormat::Human | CheckFormat::Jsonl => {}
    }
    let _ = sink.w.flush();
    if let (Some(path), Some(entries)) = (&args.write_baseline, sink.entries.take()) {
        if errors.is_empty() {
            let n = entries.len();
            let b = Baseline::new(digest, entries);
            input::write_atomic(path, &b.to_json()).context("cannot write the baseline")?;
            report::notice(
                g.quiet,
                &format!(
                    "baseline `{}` written: {n} findings accepted",
                    path.display()
                ),
            );
            // The findings are now accepted: only errors fail this run.
            outcome.findings = false;
        } else {
            report::error(&format!(
                "baseline `{}` not written: {} file(s) failed",
                path.display(),
                errors.len()
            ));
        }
    }
    if !stdin {
        report::summary(g.quiet, "checked", &tally);
    }
    if let Some(path) = &args.manifest {
        let mut options = manifest_options(&engine);
        options.format = Some(format!("{:?}", args.format).to_lowercase());
        options.baseline = Some(args.baseline.is_some());
        write_manifest(path, "check", &engine, options, tally)?;
    }
    Ok(outcome)
}

/// Where a text being reported lies.
struct Place<'a> {
    /// Path as shown (`-` for stdin).
    path: &'a str,
    /// Relative path (fingerprints).
    rel: &'a str,
    /// Byte offset of the text in the file (a stdin chunk).
    offset: usize,
    /// Line number of the text's first line.
    first_line: usize,
}

/// Findings of one text (or chunk) as reported, fingerprinted when a
/// fingerprinter is given.
fn reported(
    engine: &Engine,
    at: &Place<'_>,
    text: &str,
    findings: &[Finding],
    show: bool,
    mut fp: Option<&mut Fingerprinter<'_>>,
) -> Vec<Reported> {
    let mut lc = LineCounter::new(text, at.first_line);
    findings
        .iter()
        .map(|f| {
            let (line, column) = lc.locate(f.start);
            let (end_line, end_column) = lc.locate(f.end);
            let value = &text[f.start..f.end];
            Reported {
                path: at.path.to_string(),
                start: at.offset + f.start,
                end: at.offset + f.end,
                line,
                column,
                end_line,
                end_column,
                category: f.category,
                rule: engine.rule_id(f.rule).to_string(),
                matched: show.then(|| value.to_string()),
                fingerprint: fp
                    .as_mut()
                    .map(|fp| fp.fingerprint(at.rel, f.category, value)),
            }
        })
        .collect()
}

// ---------------------------------------------------------------- eval

/// One annotated document after scanning: name, plain text, gold spans, removed spans.
type ScoredDoc = (String, String, Vec<annotate::GoldSpan>, Vec<(usize, usize)>);

/// Scores the engine on a directory of annotated judgments.
///
/// # Errors
/// Unreadable files or broken markup.
pub fn score_dir(engine: &Engine, dir: &Path) -> Result<Score> {
    let (sources, _) = input::collect(&[dir.to_path_buf()])?;
    if sources.is_empty() {
        bail!("no annotated `.txt` files in `{}`", dir.display());
    }
    let filter = engine.filter();
    let docs: Vec<Result<ScoredDoc>> = sources
        .par_iter()
        .map_init(
            || (engine.scratch(), Vec::new()),
            |(scratch, findings), src| {
                let marked = read_text(&src.path)?;
                let (text, mut gold) = annotate::parse_markup(&marked)
                    .map_err(|e| anyhow!("{}: {e}", src.path.display()))?;
                gold.retain(|g| match g.label {
                    annotate::Label::Keep => true,
                    annotate::Label::Pd(c) => filter.allows(c),
                });
                scratch.new_document();
                engine.scan(&text, scratch, findings);
                let removed = findings.iter().map(|f| (f.start, f.end)).collect();
                Ok((src.rel.display().to_string(), text, gold, removed))
            },
        )
        .collect();
    let mut score = Score::default();
    for d in docs {
        let (name, text, gold, removed) = d?;
        score.add(&name, &text, &gold, &removed);
    }
    Ok(score)
}

fn eval(g: &Global, args: EvalArgs) -> Result<Outcome> {
    let engine = engine(g)?;
    let score = score_dir(&engine, &args.dir)?;
    let mut w = io::stdout().lock();
    let _ = report::write_eval(
        &mut w,
        &score,
        args.format == EvalFormat::Json,
        args.show_leaks,
    );
    Ok(Outcome::default())
}

// ---------------------------------------------------------------- rules

fn rules(g: &Global, command: RulesCommand) -> Result<Outcome> {
    let mut w = io::stdout().lock();
    match command {
        RulesCommand::List => {
            let engine = engine(g)?;
            let set = engine.rule_set();
            for r in &set.rules {
                writeln!(
                    w,
                    "{:<22} {:<12} {:<14} {}",
                    r.id,
                    r.category.id(),
                    r.validate.as_deref().unwrap_or("-"),
                    r.description
                )?;
            }
            for id in &engine.rule_ids()[set.rules.len().min(engine.rule_ids().len())..] {
                if !set.rules.iter().any(|r| &r.id == id) {
                    writeln!(w, "{id:<22} {:<12} {:<14} built-in detector", "name", "-")?;
                }
            }
            writeln!(w, "# rule set digest {}", set.digest())?;
            Ok(Outcome::default())
        }
        RulesCommand::Validators => {
            for (name, _, doc) in crate::detect::VALIDATORS {
                writeln!(w, "{name:<16} {doc}")?;
            }
            Ok(Outcome::default())
        }
        RulesCommand::Check { files } => {
            let g2 = Global {
                rules: [g.rules.clone(), files].concat(),
                ..g.clone()
            };
            let engine = engine(&g2)?;
            let problems = crate::check_examples(&engine);
            for p in &problems {
                report::error(p);
            }
            if problems.is_empty() {
                writeln!(
                    w,
                    "ok: {} rules, every example passes",
                    engine.rule_set().rules.len()
                )?;
                Ok(Outcome::default())
            } else {
                Ok(Outcome {
                    findings: false,
                    errors: true,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes() {
        assert_eq!(
            Outcome {
                findings: false,
                errors: false
            }
            .exit_code(),
            0
        );
        assert_eq!(
            Outcome {
                findings: true,
                errors: false
            }
            .exit_code(),
            1
        );
        assert_eq!(
            Outcome {
                findings: true,
                errors: true
            }
            .exit_code(),
            2
        );
        assert_eq!(
            Outcome {
                findings: false,
                errors: true
            }
            .exit_code(),
            2
        );
    }

    #[test]
    fn chunks_cut_at_line_ends_and_cover_everything() {
        let line = "строка текста с ИИН\n";
        let text: String = line.repeat(CHUNK / line.len() * 2 + 7);
        let mut seen = String::new();
        let mut offsets = Vec::new();
        for_each_chunk(text.as_bytes(), |c, off| {
            assert!(c.ends_with('\n'));
            offsets.push(off);
            seen.push_str(c);
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, text);
        assert!(offsets.len() >= 2);
    }
}
