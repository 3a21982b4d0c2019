//! YAML → [`Pack`]. Every serde_yaml call of the crate lives here, so that
//! replacing the deprecated crate touches one file.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use super::{Bounds, Category, Origin, Pack, Rule};

/// A problem in a rule pack, printed as `file:line: rule `id`: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    /// Pack file name.
    pub file: String,
    /// 1-based line (0 when unknown).
    pub line: usize,
    /// The rule concerned, if any.
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl RuleError {
    /// An error tied to a rule.
    pub fn rule(origin: &Origin, id: &str, message: String) -> RuleError {
        RuleError {
            file: origin.file.clone(),
            line: origin.line,
            rule: Some(id.to_string()),
            message,
        }
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        if let Some(id) = &self.rule {
            write!(f, "rule `{id}`: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuleError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPack {
    #[serde(default)]
    vars: BTreeMap<String, String>,
    #[serde(default)]
    placeholders: BTreeMap<Category, String>,
    #[serde(default)]
    rules: Vec<RawRule>,
    #[serde(default)]
    dictionaries: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    settings: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRule {
    id: String,
    category: Option<Category>,
    pattern: Option<String>,
    validate: Option<String>,
    #[serde(default)]
    groups: BTreeMap<String, String>,
    #[serde(default)]
    bounds: Bounds,
    #[serde(default)]
    priority: i32,
    #[serde(default)]
    disabled: bool,
    #[serde(default)]
    propagate: bool,
    #[serde(default)]
    description: String,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    negative_examples: Vec<String>,
}

/// Parses one pack. Structural problems (unknown fields, wrong types) stop at
/// the first, as YAML parsing does; rule-level problems are all reported.
///
/// # Errors
/// Each problem with its file, line and rule id.
pub fn parse_pack(file: &str, source: &str) -> Result<Pack, Vec<RuleError>> {
    let raw: RawPack = match serde_yaml::from_str(source) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.location().map_or(0, |l| l.line());
            let message = e.to_string();
            // serde_yaml appends " at line L column C"; the prefix says it already.
            let message = match message.find(" at line ") {
                Some(i) => message[..i].to_string(),
                None => message,
            };
            return Err(vec![RuleError {
                file: file.to_string(),
                line,
                rule: None,
                message,
            }]);
        }
    };
    let mut errors = Vec::new();
    let mut rules = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for r in &raw.rules {
        let origin = Origin {
            file: file.to_string(),
            line: line_of_id(source, &r.id),
        };
        if seen.contains(&r.id.as_str()) {
            errors.push(RuleError::rule(
                &origin,
                &r.id,
                "duplicate id in this pack".into(),
            ));
        }
        seen.push(&r.id);
        if r.disabled {
            rules.push((stub(&r.id, origin), true));
            continue;
        }
        let (Some(category), Some(pattern)) = (r.category, r.pattern.clone()) else {
            errors.push(RuleError::rule(
                &origin,
                &r.id,
                "needs `category` and `pattern` (or `disabled: true`)".into(),
            ));
            continue;
        };
        let rule = Rule {
            id: r.id.clone(),
            category,
            pattern,
            validate: r.validate.clone(),
            groups: r.groups.clone(),
            bounds: r.bounds,
            priority: r.priority,
            propagate: r.propagate,
            description: r.description.clone(),
            examples: r.examples.clone(),
            negative_examples: r.negative_examples.clone(),
            origin,
        };
        rules.push((rule, false));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Pack {
        file: file.to_string(),
        vars: raw.vars,
        placeholders: raw.placeholders,
        rules,
        dictionaries: raw.dictionaries,
        settings: raw.settings,
        source: source.to_string(),
    })
}

fn stub(id: &str, origin: Origin) -> Rule {
    Rule {
        id: id.to_string(),
        category: Category::Name,
        pattern: String::new(),
        validate: None,
        groups: BTreeMap::new(),
        bounds: Bounds::None,
        priority: 0,
        propagate: false,
        description: String::new(),
        examples: Vec::new(),
        negative_examples: Vec::new(),
        origin,
    }
}

/// The 1-based line of `id: <id>` in the source (0 when not found).
fn line_of_id(source: &str, id: &str) -> usize {
    for (i, line) in source.lines().enumerate() {
        let t = line.trim_start().trim_start_matches("- ").trim_start();
        if let Some(rest) = t.strip_prefix("id:") {
            let v = rest.trim().trim_matches(|c| c == '"' || c == '\'');
            if v == id {
                return i + 1;
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_field_has_line() {
        let e = parse_pack(
            "p.yaml",
            "rules:\n  - id: a\n    category: iin\n    patern: 'x'\n",
        )
        .unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 4);
        assert!(e[0].message.contains("unknown field"), "{}", e[0]);
    }

    #[test]
    fn unknown_category_is_an_error() {
        let e = parse_pack(
            "p.yaml",
            "rules:\n  - id: a\n    category: secrets\n    pattern: 'x'\n",
        )
        .unwrap_err();
        assert!(e[0].to_string().starts_with("p.yaml:3:"), "{}", e[0]);
    }

    #[test]
    fn every_rule_problem_is_reported() {
        let src = "rules:\n  - id: a\n    category: iin\n  - id: b\n    pattern: x\n  - id: a\n    category: iin\n    pattern: y\n";
        let e = parse_pack("p.yaml", src).unwrap_err();
        assert_eq!(e.len(), 3, "{e:?}");
        assert_eq!(
            e[0].to_string(),
            "p.yaml:2: rule `a`: needs `category` and `pattern` (or `disabled: true`)"
        );
    }
}
