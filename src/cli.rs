//! Command-line definition (clap derive): raw arguments only; `app` validates
//! and runs them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Removes personal data from court judgments of the Republic of Kazakhstan
/// (Russian and Kazakh) before publication.
#[derive(Debug, Parser)]
#[command(name = "depersonalize", version, about, max_term_width = 100)]
pub struct Cli {
    /// Global options.
    #[command(flatten)]
    pub global: Global,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Clone, Debug, Args)]
pub struct Global {
    /// A rule pack (YAML) layered over the built-in rules: adds rules, or
    /// overrides built-in ones by id. Repeatable.
    #[arg(long = "rules", value_name = "FILE", global = true)]
    pub rules: Vec<PathBuf>,
    /// Only these categories (comma-separated ids, e.g. `iin,phone`).
    #[arg(long, value_name = "CATS", value_delimiter = ',', global = true)]
    pub only: Vec<String>,
    /// All categories but these (comma-separated ids).
    #[arg(long, value_name = "CATS", value_delimiter = ',', global = true)]
    pub disable: Vec<String>,
    /// Worker threads (default: one per core); `-j N` is the short form.
    #[arg(long = "threads", short = 'j', value_name = "N", global = true)]
    pub threads: Option<usize>,
    /// JSON Lines: the field to depersonalize (a dotted path reaches into
    /// objects, e.g. `body.text`); everything else stays byte-identical.
    /// Repeatable or comma-separated. With it, stdin is read as JSON Lines.
    #[arg(
        long = "field",
        value_name = "NAME",
        value_delimiter = ',',
        global = true
    )]
    pub fields: Vec<String>,
    /// CSV: the column to depersonalize, by header name (or 1-based number).
    /// Repeatable or comma-separated. With it, stdin is read as CSV.
    #[arg(
        long = "column",
        value_name = "NAME",
        value_delimiter = ',',
        global = true
    )]
    pub columns: Vec<String>,
    /// No progress bar and no summary on stderr.
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Writes the documents with personal data replaced.
    ///
    /// No PATH (or `-`) streams stdin to stdout. One file writes to stdout or
    /// `--out FILE`. Directories (walked recursively, sorted) and several paths
    /// need `--out DIR`, which mirrors the input tree, or `--in-place`.
    Redact(RedactArgs),
    /// Reports personal data without rewriting; exit 1 when any is found.
    Check(CheckArgs),
    /// Scores the rules on annotated judgments (`[[CATEGORY|text]]` markup).
    Eval(EvalArgs),
    /// Lists or checks rule packs.
    Rules {
        /// What to do with the rules.
        #[command(subcommand)]
        command: RulesCommand,
    },
}

/// `redact` options.
#[derive(Debug, Args)]
pub struct RedactArgs {
    /// Files or directories; none or `-` reads stdin.
    pub paths: Vec<PathBuf>,
    /// Output file (one input) or directory (mirrors the input tree).
    #[arg(long, short = 'o', value_name = "PATH", conflicts_with = "in_place")]
    pub out: Option<PathBuf>,
    /// Rewrite the inputs themselves (atomically, file by file).
    #[arg(long)]
    pub in_place: bool,
    /// Replace with a same-length mask of `*` instead of placeholders.
    #[arg(long)]
    pub mask: bool,
    /// Write a JSON record of the run (tool, rule digest, options, counts
    /// per file and category, timings; never any personal data).
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
}

/// Output format of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// `path:line:column: category/rule`.
    Human,
    /// One JSON document with every finding.
    Json,
    /// One JSON object per finding and line.
    Jsonl,
    /// SARIF 2.1.0 (code scanning: GitHub, GitLab, IDEs).
    Sarif,
}

/// `check` options.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories; none or `-` reads stdin.
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Print the matched text too (it is personal data: off by default).
    #[arg(long)]
    pub show_matches: bool,
    /// Write a JSON record of the run (tool, rule digest, options, counts
    /// per file and category, timings; never any personal data).
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Accept the findings listed in this baseline: only new ones are
    /// reported and fail the run. Needs the baseline key.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write every current finding to this baseline file (the run then
    /// exits 0 unless a file failed). Needs the baseline key.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Read the secret baseline key from this file instead of the
    /// environment variable `DEPERSONALIZE_BASELINE_KEY`.
    #[arg(long, value_name = "FILE")]
    pub baseline_key_file: Option<PathBuf>,
}

/// Output format of `eval`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// A table.
    Human,
    /// One JSON object, as `tools/score.py --json`.
    Json,
}

/// `eval` options.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of annotated `.txt` judgments (walked recursively).
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Human)]
    pub format: EvalFormat,
    /// List every leaked span and KEEP hit with its text (annotated test data only).
    #[arg(long)]
    pub show_leaks: bool,
}

/// `rules` subcommands.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Lists the effective rules: id, category, validator, description.
    List,
    /// Checks packs: they parse, compile, and every rule passes its examples.
    Check {
        /// Packs to check on top of the built-in ones (none: the built-in ones).
        files: Vec<PathBuf>,
    },
    /// Lists the validators a rule may name.
    Validators,
}
