//! `check --format sarif`: SARIF 2.1.0, for code-scanning dashboards
//! (GitHub `upload-sarif`, GitLab, IDE viewers). Messages name the category
//! and rule only, never the matched text.

use std::io::{self, Write};

use serde_json::{Value, json};

use crate::engine::Engine;
use crate::report::{FileError, Reported};
use crate::rules::Category;

/// `$schema` of the documents written.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Key of our fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "depersonalize/v1";

/// A rule as listed in `tool.driver.rules`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleInfo {
    /// Rule id.
    pub id: String,
    /// One-line description.
    pub description: String,
    /// Category it finds.
    pub category: Category,
}

/// Every rule of an engine (pattern rules, then the built-in name detector's
/// ids), each once, in finding-index order.
pub fn rules_of(engine: &Engine) -> Vec<RuleInfo> {
    let set = engine.rule_set();
    let mut out: Vec<RuleInfo> = Vec::new();
    for id in engine.rule_ids() {
        if out.iter().any(|r| &r.id == id) {
            continue;
        }
        let info = match set.rules.iter().find(|r| &r.id == id) {
            Some(r) => RuleInfo {
                id: id.clone(),
                description: if r.description.is_empty() {
                    format!("{} ({})", r.category, id)
                } else {
                    r.description.clone()
                },
                category: r.category,
            },
            None => RuleInfo {
                id: id.clone(),
                description: format!("person names: built-in detector (`{id}`)"),
                category: Category::Name,
            },
        };
        out.push(info);
    }
    out
}

/// A path as a SARIF URI reference: forward slashes, no leading `./`,
/// percent-encoded; absolute paths become `file://` URIs.
pub fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let mut p = p.as_str();
    while let Some(rest) = p.strip_prefix("./") {
        p = rest;
    }
    let b = p.as_bytes();
    let drive = b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'/';
    let mut out = String::with_capacity(p.len() + 8);
    let body = if drive {
        out.push_str("file:///");
        out.push_str(&p[..2]);
        &p[2..]
    } else if p.starts_with('/') {
        out.push_str("file://");
        p
    } else {
        p
    };
    for b in body.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The SARIF document of a check run.
pub fn document(rules: &[RuleInfo], findings: &[Reported], errors: &[FileError]) -> Value {
    let driver_rules: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "name": r.id,
                "shortDescription": {"text": r.description},
                "fullDescription": {"text": format!("{} Category: `{}`.", r.description, r.category)},
                "defaultConfiguration": {"level": "error"},
                "properties": {"category": r.category, "tags": ["personal-data", r.category.id()]},
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut v = json!({
                "ruleId": f.rule,
                "level": "error",
                "message": {"text": format!("personal data of category `{}` (rule `{}`)", f.category, f.rule)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&f.path)},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    },
                }],
                "properties": {"category": f.category},
            });
            if let Some(i) = rules.iter().position(|r| r.id == f.rule) {
                v["ruleIndex"] = json!(i);
            }
            if let Some(fp) = &f.fingerprint {
                v["partialFingerprints"] = json!({ FINGERPRINT_KEY: fp });
            }
            v
        })
        .collect();
    let notifications: Vec<Value> = errors
        .iter()
        .map(|e| {
            json!({
                "level": "error",
                "message": {"text": e.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&e.path)}}}],
            })
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": env!("CARGO_PKG_NAME"),
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": driver_rules,
            }},
            "invocations": [{
                "executionSuccessful": errors.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

/// Writes the SARIF document and a final newline.
///
/// # Errors
/// Write errors (a broken pipe).
pub fn write(
    out: &mut impl Write,
    rules: &[RuleInfo],
    findings: &[Reported],
    errors: &[FileError],
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(rules, findings, errors))?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(uri("./data/a b.txt"), "data/a%20b.txt");
        assert_eq!(uri("data\\x.txt"), "data/x.txt");
        assert_eq!(uri("/tmp/d/x.txt"), "file:///tmp/d/x.txt");
        assert_eq!(uri("дело.txt"), "%D0%B4%D0%B5%D0%BB%D0%BE.txt");
        assert_eq!(uri("a:b.txt"), "a%3Ab.txt");
        assert_eq!(uri("C:\\d\\x.txt"), "file:///C:/d/x.txt");
    }

    #[test]
    fn every_rule_listed_once_with_its_category() {
        let engine = Engine::builtin();
        let rules = rules_of(&engine);
        assert!(rules.iter().any(|r| r.id == "name-full"));
        let iin = rules.iter().find(|r| r.id == "iin").unwrap();
        assert_eq!(iin.category, Category::Iin);
        let mut ids: Vec<_> = rules.iter().map(|r| &r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), rules.len());
    }
}
