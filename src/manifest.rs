//! The record of a run (`--manifest FILE`): tool, rule-set digest, options,
//! per-file counts, totals and timings — what was done to which file and
//! how, as paragraph 22 of the Rules asks to document. It holds counts and
//! paths only: no matched text, no hash of any value.

use std::collections::BTreeMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::rules::{Category, RuleSet};

/// Version of the manifest format.
pub const VERSION: u32 = 1;

/// BLAKE3 digest of the effective rule packs: the sources of the built-in
/// packs and of the `--rules` files, in load order (file names left out, so
/// the same pack at another path gives the same digest).
pub fn rules_digest(set: &RuleSet) -> String {
    let mut h = blake3::Hasher::new();
    for (_, src) in &set.sources {
        h.update(&(src.len() as u64).to_le_bytes());
        h.update(src.as_bytes());
    }
    format!("blake3:{}", h.finalize().to_hex())
}

/// Counts per category, nonzero ones only, keyed by category id.
pub fn count_map(counts: &[usize; 12]) -> BTreeMap<Category, usize> {
    Category::ALL
        .iter()
        .filter(|c| counts[c.index()] > 0)
        .map(|&c| (c, counts[c.index()]))
        .collect()
}

/// One file of a run.
#[derive(Clone, Debug, Serialize)]
pub struct FileEntry {
    /// Path relative to the walked directory (forward slashes); `-` for stdin.
    pub path: String,
    /// Bytes read (0 when the file failed).
    pub bytes: u64,
    /// Findings per category.
    pub counts: BTreeMap<Category, usize>,
    /// Why the file could not be processed (never its content).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What a run did, gathered as files finish (in input order).
#[derive(Debug)]
pub struct Tally {
    started: SystemTime,
    clock: Instant,
    /// Every processed or failed file, in input order.
    pub files: Vec<FileEntry>,
    /// Files skipped for their format.
    pub skipped: Vec<String>,
    /// Findings per category, over all files.
    pub counts: [usize; 12],
    /// Bytes read.
    pub bytes: u64,
    /// Files done.
    pub done: usize,
    /// Files failed.
    pub failed: usize,
    /// Findings accepted by a baseline (`check --baseline`).
    pub baselined: Option<usize>,
    /// Failed files as shown to the user (path as given, reason), for the summary.
    pub failures: Vec<(String, String)>,
}

impl Default for Tally {
    fn default() -> Self {
        Tally::new()
    }
}

impl Tally {
    /// Starts the clock.
    pub fn new() -> Self {
        Tally {
            started: SystemTime::now(),
            clock: Instant::now(),
            files: Vec::new(),
            skipped: Vec::new(),
            counts: [0; 12],
            bytes: 0,
            done: 0,
            failed: 0,
            baselined: None,
            failures: Vec::new(),
        }
    }

    /// A file processed.
    pub fn done(&mut self, path: String, bytes: u64, counts: &[usize; 12]) {
        self.done += 1;
        self.bytes += bytes;
        self.counts
            .iter_mut()
            .zip(counts)
            .for_each(|(a, b)| *a += b);
        self.files.push(FileEntry {
            path,
            bytes,
            counts: count_map(counts),
            error: None,
        });
    }

    /// A file that could not be processed: `path` relative (manifest),
    /// `shown` as given (summary).
    pub fn failed(&mut self, path: String, shown: String, message: String) {
        self.failed += 1;
        self.failures.push((shown, message.clone()));
        self.files.push(FileEntry {
            path,
            bytes: 0,
            counts: BTreeMap::new(),
            error: Some(message),
        });
    }

    /// Wall time since the start.
    pub fn elapsed(&self) -> Duration {
        self.clock.elapsed()
    }

    /// Start as Unix seconds.
    pub fn started_unix(&self) -> u64 {
        self.started
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    }

    /// Megabytes (10^6 bytes) per second of wall time.
    pub fn mb_per_s(&self) -> f64 {
        let s = self.elapsed().as_secs_f64();
        if s > 0.0 {
            self.bytes as f64 / 1e6 / s
        } else {
            0.0
        }
    }

    /// Findings over all categories.
    pub fn findings(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// Options of the run, as recorded.
#[derive(Clone, Debug, Serialize)]
pub struct Options {
    /// Categories searched.
    pub categories: Vec<Category>,
    /// Worker threads.
    pub threads: usize,
    /// `redact`: `placeholder` or `mask`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub style: Option<&'static str>,
    /// `redact`: inputs rewritten in place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_place: Option<bool>,
    /// `redact`: output directory or file (absent: stdout or in place).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out: Option<String>,
    /// `check`: output format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// `check`: a baseline filtered the findings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<bool>,
}

/// The manifest document.
#[derive(Debug, Serialize)]
pub struct Manifest {
    /// [`VERSION`].
    pub manifest_version: u32,
    /// Tool name and version.
    pub tool: Tool,
    /// `redact` or `check`.
    pub command: &'static str,
    /// The effective rules.
    pub rules: Rules,
    /// Options.
    pub options: Options,
    /// Per file, in input order.
    pub files: Vec<FileEntry>,
    /// Files skipped as an unknown format.
    pub skipped: Vec<String>,
    /// Totals.
    pub totals: Totals,
    /// Timings.
    pub timing: Timing,
}

/// Tool name and version.
#[derive(Debug, Serialize)]
pub struct Tool {
    /// `depersonalize`.
    pub name: &'static str,
    /// Crate version.
    pub version: &'static str,
}

/// The rule packs used.
#[derive(Debug, Serialize)]
pub struct Rules {
    /// [`rules_digest`].
    pub digest: String,
    /// Pack names in load order (built-in names, then `--rules` paths).
    pub packs: Vec<String>,
}

/// Totals of a run.
#[derive(Debug, Serialize)]
pub struct Totals {
    /// Files done.
    pub done: usize,
    /// Files skipped (unknown format).
    pub skipped: usize,
    /// Files failed.
    pub failed: usize,
    /// Findings over all categories.
    pub findings: usize,
    /// Findings per category.
    pub counts: BTreeMap<Category, usize>,
    /// `check --baseline`: findings accepted by the baseline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baselined: Option<usize>,
}

/// Timings of a run.
#[derive(Debug, Serialize)]
pub struct Timing {
    /// Start, Unix seconds.
    pub started_unix: u64,
    /// Wall time, seconds.
    pub wall_seconds: f64,
    /// Bytes read.
    pub bytes: u64,
    /// Megabytes (10^6 bytes) per second.
    pub mb_per_s: f64,
}

impl Manifest {
    /// The manifest of a finished run.
    pub fn new(command: &'static str, set: &RuleSet, options: Options, tally: Tally) -> Self {
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        let timing = Timing {
            started_unix: tally.started_unix(),
            wall_seconds: round(tally.elapsed().as_secs_f64()),
            bytes: tally.bytes,
            mb_per_s: round(tally.mb_per_s()),
        };
        let totals = Totals {
            done: tally.done,
            skipped: tally.skipped.len(),
            failed: tally.failed,
            findings: tally.findings(),
            counts: count_map(&tally.counts),
            baselined: tally.baselined,
        };
        Manifest {
            manifest_version: VERSION,
            tool: Tool {
                name: env!("CARGO_PKG_NAME"),
                version: env!("CARGO_PKG_VERSION"),
            },
            command,
            rules: Rules {
                digest: rules_digest(set),
                packs: set.sources.iter().map(|(n, _)| n.clone()).collect(),
            },
            options,
            files: tally.files,
            skipped: tally.skipped,
            totals,
            timing,
        }
    }

    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).unwrap_or_default();
        v.push(b'\n');
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digest_is_stable_and_follows_sources() {
        let a = RuleSet::builtin().unwrap();
        let d = rules_digest(&a);
        assert_eq!(d, rules_digest(&RuleSet::builtin().unwrap()));
        assert!(d.starts_with("blake3:") && d.len() == 7 + 64);
        let mut b = a.clone();
        b.sources[0].0 = "elsewhere/ids.yaml".into();
        assert_eq!(rules_digest(&b), d, "file names do not count");
        b.sources[0].1.push(' ');
        assert_ne!(rules_digest(&b), d);
    }

    #[test]
    fn tally_counts() {
        let mut t = Tally::new();
        let mut c = [0; 12];
        c[Category::Iin.index()] = 2;
        t.done("a.txt".into(), 10, &c);
        t.failed("b.txt".into(), "d/b.txt".into(), "binary file".into());
        assert_eq!((t.done, t.failed, t.bytes, t.findings()), (1, 1, 10, 2));
        assert_eq!(t.files[0].counts[&Category::Iin], 2);
    }
}
