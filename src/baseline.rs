//! Baselines for `check`: fingerprints of accepted findings, so a CI gate
//! fails only on new personal data.
//!
//! A fingerprint is a keyed BLAKE3 hash of the file's relative path, the
//! category, the normalized value and the occurrence index of that value in
//! the file. The key is secret (env `DEPERSONALIZE_BASELINE_KEY` or
//! `--baseline-key-file`): an unkeyed hash of a 12-digit IIN could be
//! reversed by trying every valid IIN, so there is no default key and the key
//! is never stored in the baseline.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::rules::Category;

/// Environment variable holding the baseline key.
pub const KEY_ENV: &str = "DEPERSONALIZE_BASELINE_KEY";

/// Shortest accepted secret, in bytes.
pub const MIN_SECRET: usize = 16;

/// Version of the fingerprint scheme and of the baseline file.
pub const VERSION: u32 = 1;

/// Hex digits kept of a fingerprint (128 bits).
const FINGERPRINT_HEX: usize = 32;

/// Context string of the key derivation (BLAKE3 `derive_key`).
const KEY_CONTEXT: &str = "depersonalize baseline fingerprint key v1";

/// The secret key of fingerprints, derived from the user's secret.
#[derive(Clone)]
pub struct Key([u8; 32]);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

impl Key {
    /// Derives a key from a secret (surrounding whitespace ignored).
    ///
    /// # Errors
    /// A secret shorter than [`MIN_SECRET`] bytes.
    pub fn from_secret(secret: &[u8]) -> Result<Key> {
        let secret = secret.trim_ascii();
        if secret.len() < MIN_SECRET {
            bail!(
                "the baseline key is too short ({} bytes): use at least {MIN_SECRET} random bytes, e.g. `openssl rand -hex 32`",
                secret.len()
            );
        }
        Ok(Key(blake3::derive_key(KEY_CONTEXT, secret)))
    }

    /// The key from `--baseline-key-file` when given, else from
    /// [`KEY_ENV`]; `None` when neither is set.
    ///
    /// # Errors
    /// An unreadable key file, or a secret that is too short.
    pub fn load(file: Option<&Path>) -> Result<Option<Key>> {
        if let Some(p) = file {
            let secret =
                fs::read(p).with_context(|| format!("cannot read key file `{}`", p.display()))?;
            return Key::from_secret(&secret)
                .with_context(|| format!("key file `{}`", p.display()))
                .map(Some);
        }
        match std::env::var_os(KEY_ENV) {
            Some(v) if !v.is_empty() => Key::from_secret(v.as_encoded_bytes())
                .with_context(|| format!("`{KEY_ENV}`"))
                .map(Some),
            _ => Ok(None),
        }
    }

    /// The key, or an error saying how to give one.
    ///
    /// # Errors
    /// See [`Key::load`]; also when no key is given.
    pub fn require(file: Option<&Path>, what: &str) -> Result<Key> {
        match Key::load(file)? {
            Some(k) => Ok(k),
            None => bail!(
                "{what} needs a secret key: set `{KEY_ENV}` or give --baseline-key-file FILE \
                 (at least {MIN_SECRET} random bytes, kept as a CI secret; fingerprints without \
                 a secret key could be reversed to the IINs they stand for)"
            ),
        }
    }
}

/// The value as fingerprinted: letters and digits only, lowercase, so that
/// `850512 300003` and `850512300003` are one value.
pub fn normalize(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Fingerprints the findings of one document, in text order (the
/// occurrence index of each value counts within the document).
pub struct Fingerprinter<'k> {
    key: &'k Key,
    seen: HashMap<(Category, [u8; 32]), u32>,
}

impl<'k> Fingerprinter<'k> {
    /// For a new document.
    pub fn new(key: &'k Key) -> Self {
        Fingerprinter {
            key,
            seen: HashMap::new(),
        }
    }

    /// The fingerprint of the next finding of `category` with text `value`
    /// in the file at `path` (relative, forward slashes).
    pub fn fingerprint(&mut self, path: &str, category: Category, value: &str) -> String {
        let value_hash = *blake3::keyed_hash(&self.key.0, normalize(value).as_bytes()).as_bytes();
        let n = self.seen.entry((category, value_hash)).or_insert(0);
        let index = *n;
        *n += 1;
        let mut h = blake3::Hasher::new_keyed(&self.key.0);
        h.update(&VERSION.to_le_bytes());
        h.update(&(path.len() as u64).to_le_bytes());
        h.update(path.as_bytes());
        h.update(category.id().as_bytes());
        h.update(&[0]);
        h.update(&value_hash);
        h.update(&index.to_le_bytes());
        let mut hex = h.finalize().to_hex().to_string();
        hex.truncate(FINGERPRINT_HEX);
        hex
    }
}

/// One accepted finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    /// Relative path of the file (forward slashes).
    pub path: String,
    /// Category id.
    pub category: Category,
    /// Keyed fingerprint.
    pub fingerprint: String,
}

/// A baseline file: the accepted findings, sorted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Format version ([`VERSION`]).
    pub version: u32,
    /// Version of the tool that wrote it.
    pub tool_version: String,
    /// Digest of the rule set it was written with.
    pub rules_digest: String,
    /// Accepted findings, sorted by path, category, fingerprint.
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// A baseline of these findings (sorted and deduplicated here).
    pub fn new(rules_digest: String, mut findings: Vec<Entry>) -> Self {
        findings.sort();
        findings.dedup();
        Baseline {
            version: VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            rules_digest,
            findings,
        }
    }

    /// Reads a baseline file.
    ///
    /// # Errors
    /// Unreadable file, bad JSON, or another version.
    pub fn read(path: &Path) -> Result<Baseline> {
        let bytes =
            fs::read(path).with_context(|| format!("cannot read baseline `{}`", path.display()))?;
        let b: Baseline = serde_json::from_slice(&bytes)
            .with_context(|| format!("baseline `{}` is not valid", path.display()))?;
        if b.version != VERSION {
            bail!(
                "baseline `{}` has version {}, this tool reads version {VERSION}",
                path.display(),
                b.version
            );
        }
        Ok(b)
    }

    /// The baseline as pretty JSON with a final newline.
    pub fn to_json(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).unwrap_or_default();
        v.push(b'\n');
        v
    }

    /// The accepted fingerprints.
    pub fn fingerprints(&self) -> BTreeSet<String> {
        self.findings
            .iter()
            .map(|e| e.fingerprint.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        Key::from_secret(s.as_bytes()).unwrap()
    }

    #[test]
    fn same_input_same_fingerprint() {
        let k = key("0123456789abcdef-secret");
        let a = Fingerprinter::new(&k).fingerprint("a/b.txt", Category::Iin, "850512300003");
        let b = Fingerprinter::new(&k).fingerprint("a/b.txt", Category::Iin, "850512 300003");
        assert_eq!(a, b);
        assert_eq!(a.len(), FINGERPRINT_HEX);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn different_key_path_category_or_occurrence_differ() {
        let k1 = key("0123456789abcdef-secret");
        let k2 = key("0123456789abcdef-other!");
        let fp = |k: &Key, p: &str, c: Category| Fingerprinter::new(k).fingerprint(p, c, "x1");
        let base = fp(&k1, "a.txt", Category::Iin);
        assert_ne!(base, fp(&k2, "a.txt", Category::Iin));
        assert_ne!(base, fp(&k1, "b.txt", Category::Iin));
        assert_ne!(base, fp(&k1, "a.txt", Category::Phone));
        let mut f = Fingerprinter::new(&k1);
        let first = f.fingerprint("a.txt", Category::Iin, "x1");
        let second = f.fingerprint("a.txt", Category::Iin, "X1");
        assert_eq!(first, base);
        assert_ne!(first, second, "a repeated value gets its own fingerprint");
    }

    #[test]
    fn short_secret_is_refused() {
        assert!(Key::from_secret(b"short").is_err());
        assert!(Key::from_secret(b"  0123456789abcdef \n").is_ok());
    }

    #[test]
    fn baseline_round_trips_sorted() {
        let e = |p: &str, f: &str| Entry {
            path: p.into(),
            category: Category::Iin,
            fingerprint: f.into(),
        };
        let b = Baseline::new("d".into(), vec![e("b", "2"), e("a", "1"), e("b", "2")]);
        assert_eq!(b.findings, vec![e("a", "1"), e("b", "2")]);
        let back: Baseline = serde_json::from_slice(&b.to_json()).unwrap();
        assert_eq!(back, b);
    }
}
