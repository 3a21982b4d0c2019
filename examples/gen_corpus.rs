//! Writes a corpus of synthetic court judgments (see `depersonalize::synth`).
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT_DIR [--files N] [--bytes TOTAL] [--seed S] [--jsonl FILE]
//! ```
//!
//! Documents go to `OUT_DIR/aa/bb/NNNNNN.txt`: document `n` lands in folder
//! `n / 100`, split into two levels, so every folder holds about 100 entries.
//! With `--jsonl` they go to FILE instead, one JSON object per line:
//! `{"id": n, "text": "..."}` (OUT_DIR is then optional and unused).
//!
//! Generation stops after N documents or once TOTAL bytes of text are written,
//! whichever comes first; without either it writes 1000 documents. TOTAL takes
//! the suffixes `K`, `M` and `G` (powers of 1024), e.g. `--bytes 200M`. The same
//! seed (default 1) always gives the same corpus.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use depersonalize::synth::Synth;

const USAGE: &str =
    "usage: gen_corpus OUT_DIR [--files N] [--bytes TOTAL] [--seed S] [--jsonl FILE]";

/// Documents per folder of the output tree.
const PER_FOLDER: u64 = 100;

/// Documents written when neither `--files` nor `--bytes` is given.
const DEFAULT_FILES: u64 = 1000;

/// The parsed command line.
#[derive(Debug, Default)]
struct Options {
    out_dir: Option<PathBuf>,
    files: Option<u64>,
    bytes: Option<u64>,
    seed: u64,
    jsonl: Option<PathBuf>,
}

fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(Some(opts)) => opts,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("gen_corpus: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("gen_corpus: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Parses the arguments; `Ok(None)` when help was asked for.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut opts = Options {
        seed: 1,
        ..Options::default()
    };
    let mut args = args;
    while let Some(arg) = args.next() {
        // Accept both `--flag value` and `--flag=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
            _ => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match inline {
                Some(v) => Ok(v.to_string()),
                None => args.next().ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "--files" => opts.files = Some(parse_count(&value("--files")?)?),
            "--bytes" => opts.bytes = Some(parse_size(&value("--bytes")?)?),
            "--seed" => opts.seed = parse_count(&value("--seed")?)?,
            "--jsonl" => opts.jsonl = Some(PathBuf::from(value("--jsonl")?)),
            _ if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option {flag}"));
            }
            _ if opts.out_dir.is_none() => opts.out_dir = Some(PathBuf::from(&arg)),
            _ => return Err(format!("unexpected argument {arg}")),
        }
    }
    if opts.out_dir.is_none() && opts.jsonl.is_none() {
        return Err("OUT_DIR or --jsonl FILE is required".to_string());
    }
    if opts.files.is_none() && opts.bytes.is_none() {
        opts.files = Some(DEFAULT_FILES);
    }
    Ok(Some(opts))
}

fn parse_count(s: &str) -> Result<u64, String> {
    s.replace('_', "")
        .parse()
        .map_err(|_| format!("not a number: {s}"))
}

/// A size such as `50000000`, `500K`, `200M`, `1G` or `200MB`.
fn parse_size(s: &str) -> Result<u64, String> {
    let upper = s.trim().to_ascii_uppercase();
    let digits = upper.trim_end_matches(['B', 'I']);
    let (number, unit) = match digits.char_indices().last() {
        Some((i, 'K')) => (&digits[..i], 1u64 << 10),
        Some((i, 'M')) => (&digits[..i], 1 << 20),
        Some((i, 'G')) => (&digits[..i], 1 << 30),
        _ => (digits, 1),
    };
    let n = parse_count(number).map_err(|_| format!("not a size: {s}"))?;
    n.checked_mul(unit)
        .ok_or_else(|| format!("size too large: {s}"))
}

/// Where the documents go.
enum Sink {
    /// `root/aa/bb/NNNNNN.txt`; remembers the last folder created.
    Tree { root: PathBuf, folder: Option<u64> },
    /// One JSON object per line; `line` is a reused buffer.
    Jsonl {
        path: PathBuf,
        file: BufWriter<File>,
        line: String,
    },
}

impl Sink {
    fn open(opts: &Options) -> Result<Self, String> {
        if let Some(path) = &opts.jsonl {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
            }
            if opts.out_dir.is_some() {
                eprintln!(
                    "gen_corpus: writing {}; OUT_DIR is not used with --jsonl",
                    path.display()
                );
            }
            let file = File::create(path).map_err(|e| io_error(path, &e))?;
            return Ok(Self::Jsonl {
                path: path.clone(),
                file: BufWriter::with_capacity(1 << 20, file),
                line: String::with_capacity(32 * 1024),
            });
        }
        let root = opts.out_dir.clone().unwrap_or_default();
        Ok(Self::Tree { root, folder: None })
    }

    fn write(&mut self, id: u64, text: &str) -> Result<(), String> {
        match self {
            Self::Tree { root, folder } => {
                let f = id / PER_FOLDER;
                let dir = root
                    .join(format!("{:02}", f / PER_FOLDER))
                    .join(format!("{:02}", f % PER_FOLDER));
                if *folder != Some(f) {
                    fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
                    *folder = Some(f);
                }
                let path = dir.join(format!("{id:06}.txt"));
                fs::write(&path, text).map_err(|e| io_error(&path, &e))
            }
            Self::Jsonl { path, file, line } => {
                line.clear();
                line.push_str("{\"id\": ");
                line.push_str(&id.to_string());
                line.push_str(", \"text\": ");
                push_json_string(line, text);
                line.push_str("}\n");
                file.write_all(line.as_bytes())
                    .map_err(|e| io_error(path, &e))
            }
        }
    }

    fn finish(self) -> Result<(), String> {
        match self {
            Self::Tree { .. } => Ok(()),
            Self::Jsonl { path, mut file, .. } => file.flush().map_err(|e| io_error(&path, &e)),
        }
    }

    /// Where the corpus went, for the summary line.
    fn target(&self) -> String {
        match self {
            Self::Tree { root, .. } => root.display().to_string(),
            Self::Jsonl { path, .. } => path.display().to_string(),
        }
    }
}

fn io_error(path: &Path, err: &std::io::Error) -> String {
    format!("{}: {err}", path.display())
}

/// Appends `s` as a JSON string literal.
fn push_json_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xF]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn run(opts: &Options) -> Result<(), String> {
    let start = Instant::now();
    let mut sink = Sink::open(opts)?;
    let mut synth = Synth::new(opts.seed);
    let (mut count, mut total) = (0u64, 0u64);
    while opts.files.is_none_or(|max| count < max) && opts.bytes.is_none_or(|max| total < max) {
        let text = synth.document();
        sink.write(count, &text)?;
        count += 1;
        total += text.len() as u64;
    }
    let target = sink.target();
    sink.finish()?;
    let secs = start.elapsed().as_secs_f64();
    let mb = total as f64 / 1e6;
    eprintln!(
        "gen_corpus: {count} documents, {mb:.1} MB of text to {target} in {secs:.2} s ({:.1} MB/s), seed {}",
        mb / secs.max(1e-9),
        opts.seed
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Options>, String> {
        parse_args(args.iter().map(ToString::to_string))
    }

    #[test]
    fn arguments() {
        let o = parse(&["out", "--files", "5", "--seed=9"])
            .unwrap()
            .unwrap();
        assert_eq!(
            (o.out_dir, o.files, o.bytes, o.seed),
            (Some(PathBuf::from("out")), Some(5), None, 9)
        );
        let o = parse(&["--jsonl", "c.jsonl", "--bytes", "2M"])
            .unwrap()
            .unwrap();
        assert_eq!((o.files, o.bytes), (None, Some(2 << 20)));
        assert_eq!(parse(&["out"]).unwrap().unwrap().files, Some(DEFAULT_FILES));
        assert!(parse(&[]).is_err());
        assert!(parse(&["out", "--files"]).is_err());
        assert!(parse(&["out", "--frobnicate"]).is_err());
        assert!(parse(&["--help"]).unwrap().is_none());
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1500"), Ok(1500));
        assert_eq!(parse_size("500K"), Ok(500 << 10));
        assert_eq!(parse_size("200mb"), Ok(200 << 20));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert!(parse_size("12X").is_err());
    }

    #[test]
    fn json_escaping() {
        let mut s = String::new();
        push_json_string(&mut s, "a\"b\\c\nd\te\u{1}ж");
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\te\\u0001ж\"");
    }
}
