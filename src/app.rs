//! Runs a parsed command line: builds the engine, drives files in parallel,
//! hands results to `report`, and decides the outcome (exit status).

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use rayon::prelude::*;

use crate::annotate::{self, Score};
use crate::cli::{
    CheckArgs, CheckFormat, Cli, Command, EvalArgs, EvalFormat, Global, RedactArgs, RulesCommand,
};
use crate::engine::{CategoryFilter, Engine, Finding, Scratch};
use crate::input::{self, Source};
use crate::replace::{self, Labels, Style};
use crate::report::{self, FileError, LineCounter, Reported};
use crate::rules::{Category, RuleSet};

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

// ---------------------------------------------------------------- redact

fn redact(g: &Global, args: RedactArgs) -> Result<Outcome> {
    let engine = engine(g)?;
    let style = if args.mask {
        Style::Mask
    } else {
        Style::Placeholder
    };
    if is_stdin(&args.paths) {
        if args.in_place {
            bail!("--in-place needs file paths, not stdin");
        }
        let stdin = io::stdin().lock();
        match &args.out {
            Some(out) => {
                let mut buf = Vec::new();
                redact_stream(&engine, stdin, &mut buf, style)?;
                input::write_atomic(out, &buf)?;
            }
            None => {
                let mut w = BufWriter::new(io::stdout().lock());
                match redact_stream(&engine, stdin, &mut w, style)
                    .and_then(|()| w.flush().map_err(Into::into))
                {
                    Err(e) if is_broken_pipe(&e) => {}
                    other => other?,
                }
            }
        }
        return Ok(Outcome::default());
    }
    let single_file = args.paths.len() == 1 && args.paths[0].is_file();
    if single_file && !args.in_place && args.out.as_ref().is_none_or(|o| !o.is_dir()) {
        let src = &args.paths[0];
        if let Some(out) = &args.out
            && input::is_within(out, src)
        {
            bail!(
                "`--out {}` is the input itself; use --in-place to rewrite inputs",
                out.display()
            );
        }
        let (text, bom) = read_text(src)?;
        let mut scratch = engine.scratch();
        let red = redact_text(&engine, &text, &mut scratch, style, bom);
        match &args.out {
            Some(out) => input::write_atomic(out, red.as_bytes())?,
            None => {
                let mut w = io::stdout().lock();
                match w.write_all(red.as_bytes()).and_then(|()| w.flush()) {
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                    other => other?,
                }
            }
        }
        return Ok(Outcome::default());
    }
    let out_dir = match (&args.out, args.in_place) {
        (Some(d), false) => Some(d.clone()),
        (None, true) => None,
        _ => bail!(
            "redacting a directory or several files needs --out DIR (mirrors the tree) or --in-place"
        ),
    };
    if let Some(d) = &out_dir {
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
    let (mut sources, skipped) = input::collect(&args.paths)?;
    for s in &skipped {
        report::notice(
            g.quiet,
            &format!("{}: skipped (not a supported format)", s.display()),
        );
    }
    if args.paths.len() > 1 {
        prefix_roots(&mut sources, &args.paths);
    }
    let mut outcome = Outcome::default();
    let (mut done, mut bytes, mut counts) = (0, 0, [0usize; 12]);
    let pool = Pool::new(&engine);
    for batch in sources.chunks(BATCH) {
        let results: Vec<Result<(usize, [usize; 12])>> = batch
            .par_iter()
            .map_init(
                || pool.take(),
                |pooled, src| -> Result<(usize, [usize; 12])> {
                    let (scratch, findings) = pooled.parts();
                    let (text, bom) = read_text(&src.path)?;
                    scratch.new_document();
                    engine.scan(&text, scratch, findings);
                    let mut counts = [0usize; 12];
                    for f in findings.iter() {
                        counts[f.category.index()] += 1;
                    }
                    let red = render(&engine, &text, findings, style, bom);
                    let dest = match &out_dir {
                        Some(d) => d.join(&src.rel),
                        None => src.path.clone(),
                    };
                    input::write_atomic(&dest, red.as_bytes())?;
                    Ok((text.len(), counts))
                },
            )
            .collect();
        for (src, r) in batch.iter().zip(results) {
            match r {
                Ok((n, c)) => {
                    done += 1;
                    bytes += n;
                    counts.iter_mut().zip(c).for_each(|(a, b)| *a += b);
                }
                Err(e) => {
                    outcome.errors = true;
                    report::file_error(&FileError {
                        path: src.path.display().to_string(),
                        message: format!("{e:#}"),
                    });
                }
            }
        }
    }
    report::notice(
        g.quiet,
        &format!(
            "redacted {done} of {} files ({bytes} bytes): {}",
            sources.len(),
            count_line(&counts)
        ),
    );
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

fn count_line(counts: &[usize; 12]) -> String {
    let parts: Vec<String> = Category::ALL
        .iter()
        .filter(|c| counts[c.index()] > 0)
        .map(|c| format!("{} {}", c.id(), counts[c.index()]))
        .collect();
    if parts.is_empty() {
        "nothing found".into()
    } else {
        parts.join(", ")
    }
}

fn read_text(path: &Path) -> Result<(String, bool)> {
    let bytes = fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    input::decode(bytes)
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
    mut w: impl Write,
    style: Style,
) -> Result<()> {
    let ph = engine.placeholders();
    let mut labels = Labels::default();
    let mut scratch = engine.scratch();
    scratch.new_document();
    let mut findings = Vec::new();
    let mut out = String::new();
    for_each_chunk(reader, |chunk, _| {
        engine.scan(chunk, &mut scratch, &mut findings);
        out.clear();
        replace::apply(chunk, &findings, ph, &mut labels, style, &mut out);
        w.write_all(out.as_bytes())?;
        Ok(())
    })?;
    w.flush()?;
    Ok(())
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

fn check(g: &Global, args: CheckArgs) -> Result<Outcome> {
    let engine = engine(g)?;
    let mut outcome = Outcome::default();
    let mut all: Vec<Reported> = Vec::new();
    let mut errors: Vec<FileError> = Vec::new();
    let files;
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut write_ok = true;
    let mut emit =
        |w: &mut BufWriter<io::StdoutLock<'_>>, batch: &[Reported], all: &mut Vec<Reported>| {
            if args.format == CheckFormat::Json {
                all.extend_from_slice(batch);
            } else if write_ok && report::write_findings(w, args.format, batch).is_err() {
                write_ok = false;
            }
        };
    if is_stdin(&args.paths) {
        files = 1;
        let mut scratch = engine.scratch();
        scratch.new_document();
        let mut findings = Vec::new();
        let mut line = 1;
        let res = for_each_chunk(io::stdin().lock(), |chunk, offset| {
            engine.scan(chunk, &mut scratch, &mut findings);
            let batch = reported(
                &engine,
                "-",
                chunk,
                offset,
                line,
                &findings,
                args.show_matches,
            );
            let mut lc = LineCounter::new(chunk, line);
            line = lc.lines_at_end();
            outcome.findings |= !batch.is_empty();
            emit(&mut w, &batch, &mut all);
            Ok(())
        });
        if let Err(e) = res {
            outcome.errors = true;
            errors.push(FileError {
                path: "-".into(),
                message: format!("{e:#}"),
            });
        }
    } else {
        let (sources, skipped) = input::collect(&args.paths)?;
        for s in &skipped {
            report::notice(
                g.quiet,
                &format!("{}: skipped (not a supported format)", s.display()),
            );
        }
        files = sources.len();
        // Batches keep the output in input order while memory stays bounded
        // whatever the number of files.
        let pool = Pool::new(&engine);
        for batch in sources.chunks(BATCH) {
            let results: Vec<Result<Vec<Reported>>> = batch
                .par_iter()
                .map_init(
                    || pool.take(),
                    |pooled, src| {
                        let (scratch, findings) = pooled.parts();
                        let (text, _) = read_text(&src.path)?;
                        scratch.new_document();
                        engine.scan(&text, scratch, findings);
                        let path = src.path.display().to_string();
                        Ok(reported(
                            &engine,
                            &path,
                            &text,
                            0,
                            1,
                            findings,
                            args.show_matches,
                        ))
                    },
                )
                .collect();
            for (src, r) in batch.iter().zip(results) {
                match r {
                    Ok(batch) => {
                        outcome.findings |= !batch.is_empty();
                        emit(&mut w, &batch, &mut all);
                    }
                    Err(e) => errors.push(FileError {
                        path: src.path.display().to_string(),
                        message: format!("{e:#}"),
                    }),
                }
            }
        }
    }
    outcome.errors |= !errors.is_empty();
    for e in &errors {
        report::file_error(e);
    }
    let mut counts: BTreeMap<Category, usize> = BTreeMap::new();
    if args.format == CheckFormat::Json {
        for f in &all {
            *counts.entry(f.category).or_default() += 1;
        }
        let doc = report::JsonReport {
            files,
            counts,
            findings: &all,
            errors: &errors,
        };
        if write_ok && serde_json::to_writer(&mut w, &doc).is_ok() {
            let _ = writeln!(w);
        }
    }
    let _ = w.flush();
    Ok(outcome)
}

/// Findings of one text (or chunk at `offset`, starting at line `first_line`) as reported.
fn reported(
    engine: &Engine,
    path: &str,
    text: &str,
    offset: usize,
    first_line: usize,
    findings: &[Finding],
    show: bool,
) -> Vec<Reported> {
    let mut lc = LineCounter::new(text, first_line);
    findings
        .iter()
        .map(|f| {
            let (line, column) = lc.locate(f.start);
            Reported {
                path: path.to_string(),
                start: offset + f.start,
                end: offset + f.end,
                line,
                column,
                category: f.category,
                rule: engine.rule_id(f.rule).to_string(),
                matched: show.then(|| text[f.start..f.end].to_string()),
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
                let (marked, _) = read_text(&src.path)?;
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
