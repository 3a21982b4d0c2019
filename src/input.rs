//! Reading and writing documents: walking directories in sorted order,
//! atomic writes (decoding is `formats`).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// A file to process: its path and, when it came from a directory walk, its
/// path relative to that directory (used to mirror the tree).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Path to read.
    pub path: PathBuf,
    /// Path relative to the walked root (the file name for a file argument).
    pub rel: PathBuf,
}

/// Expands file and directory arguments into files, directories walked
/// recursively in sorted order, symlinks not followed. Skipped entries (other
/// extensions) are counted in the second value.
///
/// # Errors
/// A path that does not exist, or a directory that cannot be walked.
pub fn collect(paths: &[PathBuf]) -> Result<(Vec<Source>, Vec<PathBuf>)> {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        let meta = fs::metadata(p).with_context(|| format!("cannot read `{}`", p.display()))?;
        if meta.is_dir() {
            for entry in walkdir::WalkDir::new(p)
                .follow_links(false)
                .sort_by_file_name()
            {
                let entry = entry.with_context(|| format!("cannot walk `{}`", p.display()))?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let path = entry.path();
                let rel = path.strip_prefix(p).unwrap_or(path).to_path_buf();
                if crate::formats::Format::of_path(path).is_some() {
                    out.push(Source {
                        path: path.to_path_buf(),
                        rel,
                    });
                } else {
                    skipped.push(path.to_path_buf());
                }
            }
        } else {
            let rel = PathBuf::from(p.file_name().unwrap_or(p.as_os_str()));
            out.push(Source {
                path: p.clone(),
                rel,
            });
        }
    }
    Ok((out, skipped))
}

/// Writes `data` to `path` atomically: a temporary file in the same
/// directory, the original's permissions when it exists, then a rename.
///
/// # Errors
/// Any I/O failure; the temporary file is removed.
pub fn write_atomic(path: &Path, data: &[u8]) -> Result<()> {
    write_streamed(path, true, |w| Ok(w.write_all(data)?))
}

/// Writes a new file of an output tree: atomic (a reader never sees half a
/// file) but not flushed to disk one by one, which would cost more than the
/// work (`--in-place` uses [`write_atomic`]: there the original is at stake).
///
/// # Errors
/// When the directory cannot be created or the file written.
pub fn write_new(path: &Path, data: &[u8]) -> Result<()> {
    write_streamed(path, false, |w| Ok(w.write_all(data)?))
}

/// Writes `path` atomically from what `fill` writes: into a temporary file in
/// the same directory, renamed over `path` at the end (flushed to disk first
/// when `durable`). Nothing is left behind when `fill` fails.
///
/// # Errors
/// When the directory cannot be created, `fill` fails or the file cannot be
/// written.
pub fn write_streamed(
    path: &Path,
    durable: bool,
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.depersonalize-{}.tmp", std::process::id()));
    let result = (|| -> Result<()> {
        let f = fs::File::create(&tmp)?;
        let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
        fill(&mut w)?;
        let f = w.into_inner().map_err(|e| e.into_error())?;
        if durable {
            f.sync_all()?;
        }
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        fs::rename(&tmp, path)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.with_context(|| format!("cannot write `{}`", path.display()))
}

/// True when `inner` is `outer` or lies below it (both made absolute).
pub fn is_within(inner: &Path, outer: &Path) -> bool {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        // Canonicalize the longest existing ancestor so `..` and links resolve.
        let mut existing = p.clone();
        let mut tail = Vec::new();
        while !existing.exists() {
            match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    tail.push(name.to_os_string());
                    existing = parent.to_path_buf();
                }
                _ => break,
            }
        }
        let mut out = fs::canonicalize(&existing).unwrap_or(existing);
        for t in tail.into_iter().rev() {
            out.push(t);
        }
        out
    };
    abs(inner).starts_with(abs(outer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within() {
        assert!(is_within(Path::new("/tmp/a/b"), Path::new("/tmp/a")));
        assert!(is_within(Path::new("/tmp/a"), Path::new("/tmp/a")));
        assert!(!is_within(Path::new("/tmp/ab"), Path::new("/tmp/a")));
    }
}
