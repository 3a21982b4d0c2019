//! Rule packs: categories, rules and dictionaries. Packs are YAML files
//! (`rules/*.yaml`, built into the binary) layered with user packs given by
//! `--rules`; a later pack overrides a rule of the same id.

pub(crate) mod builtin;
pub(crate) mod load;

pub use builtin::BUILTIN;
pub use load::{RuleError, parse_pack};

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// A category of personal data (paragraph 30 of the Rules), named as in the
/// annotation markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Surnames, first names, patronymics, initials.
    Name,
    /// Date of birth.
    BirthDate,
    /// Place of birth.
    BirthPlace,
    /// Place of residence or stay; location of a participant's property.
    Address,
    /// Telephone numbers.
    Phone,
    /// Identity-document numbers and issue dates.
    IdDoc,
    /// Individual identification number (ЖСН).
    Iin,
    /// Legacy taxpayer numbers (РНН/СТН) of persons.
    TaxId,
    /// Plates, VINs, vehicle registration certificates.
    Vehicle,
    /// Cadastral and real-estate registration numbers.
    Property,
    /// IBANs, accounts, card numbers.
    Bank,
    /// E-mail addresses.
    Email,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 12] = [
        Category::Name,
        Category::BirthDate,
        Category::BirthPlace,
        Category::Address,
        Category::Phone,
        Category::IdDoc,
        Category::Iin,
        Category::TaxId,
        Category::Vehicle,
        Category::Property,
        Category::Bank,
        Category::Email,
    ];

    /// The lowercase id used in reports and rule packs.
    pub fn id(self) -> &'static str {
        match self {
            Category::Name => "name",
            Category::BirthDate => "birth_date",
            Category::BirthPlace => "birth_place",
            Category::Address => "address",
            Category::Phone => "phone",
            Category::IdDoc => "id_doc",
            Category::Iin => "iin",
            Category::TaxId => "tax_id",
            Category::Vehicle => "vehicle",
            Category::Property => "property",
            Category::Bank => "bank",
            Category::Email => "email",
        }
    }

    /// Parses a category id (`iin`) or markup name (`IIN`).
    pub fn from_id(s: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.id().eq_ignore_ascii_case(s))
    }

    /// Index into per-category tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// How a value must stand apart from its neighbours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bounds {
    /// No letter or digit right before or after the value.
    #[default]
    Alnum,
    /// As `alnum`, and no digit group joined by a space or dash either
    /// (so 12 digits inside a grouped card number are not an IIN).
    Group,
    /// No check.
    None,
}

/// Where a rule was defined, for error messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// Pack file name.
    pub file: String,
    /// 1-based line of the rule's `id:`.
    pub line: usize,
}

/// One pattern rule, with its pattern's `${var}` references expanded.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Stable id, used in reports.
    pub id: String,
    /// Category of what it finds.
    pub category: Category,
    /// Regular expression; the named group `v` is the value (else the whole
    /// match); every other named group is a further value of the same category.
    pub pattern: String,
    /// Validator of the value (see `depersonalize rules list`).
    pub validate: Option<String>,
    /// Validators of the other named groups; a group that fails is dropped.
    pub groups: BTreeMap<String, String>,
    /// Neighbour check of the value.
    pub bounds: Bounds,
    /// Higher runs first when two rules match at the same place.
    pub priority: i32,
    /// Every other occurrence of a value found in the document is the same
    /// datum (a nickname quoted once after «под ником» and later alone).
    pub propagate: bool,
    /// One-line description.
    pub description: String,
    /// Texts in which the rule must find something (`[[…]]` marks the exact spans).
    pub examples: Vec<String>,
    /// Texts in which the rule must find nothing.
    pub negative_examples: Vec<String>,
    /// Where it was defined.
    pub origin: Origin,
}

/// The effective rules: built-in packs layered with user packs.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    /// Replacement per category; `{n}` is numbered per person or value.
    pub placeholders: BTreeMap<Category, String>,
    /// Pattern rules in definition order.
    pub rules: Vec<Rule>,
    /// Word lists by name (merged across packs).
    pub dictionaries: BTreeMap<String, Vec<String>>,
    /// Settings of the built-in detectors (`names.keep-roles`, …), merged across packs.
    pub settings: BTreeMap<String, Vec<String>>,
    /// The source of every pack, in load order (for the digest).
    pub sources: Vec<(String, String)>,
}

/// One parsed pack, before layering.
#[derive(Clone, Debug, Default)]
pub struct Pack {
    /// File name.
    pub file: String,
    /// Variables for `${name}` in patterns.
    pub vars: BTreeMap<String, String>,
    /// Placeholders.
    pub placeholders: BTreeMap<Category, String>,
    /// Rules with unexpanded patterns, and whether each disables its id.
    pub rules: Vec<(Rule, bool)>,
    /// Word lists.
    pub dictionaries: BTreeMap<String, Vec<String>>,
    /// Detector settings.
    pub settings: BTreeMap<String, Vec<String>>,
    /// Source text.
    pub source: String,
}

impl RuleSet {
    /// The built-in packs alone.
    pub fn builtin() -> Result<RuleSet, Vec<RuleError>> {
        RuleSet::layered(&[])
    }

    /// The built-in packs layered with user packs `(file name, source)`.
    ///
    /// # Errors
    /// Every problem of every pack, as `file:line: rule <id>: …`.
    pub fn layered(user: &[(String, String)]) -> Result<RuleSet, Vec<RuleError>> {
        let mut errors = Vec::new();
        let mut packs = Vec::new();
        for (file, src) in BUILTIN
            .iter()
            .map(|(f, s)| (f.to_string(), s.to_string()))
            .chain(user.iter().cloned())
        {
            match parse_pack(&file, &src) {
                Ok(p) => packs.push(p),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        RuleSet::from_packs(packs)
    }

    /// Layers packs in order: a rule overrides an earlier one of the same id
    /// (or removes it with `disabled: true`), placeholders and variables
    /// override, dictionaries and settings extend.
    ///
    /// # Errors
    /// Unknown `${var}` references.
    pub fn from_packs(packs: Vec<Pack>) -> Result<RuleSet, Vec<RuleError>> {
        let mut set = RuleSet::default();
        let mut vars = BTreeMap::new();
        let mut rules: Vec<Rule> = Vec::new();
        for pack in packs {
            vars.extend(pack.vars);
            set.placeholders.extend(pack.placeholders);
            for (k, mut v) in pack.dictionaries {
                set.dictionaries.entry(k).or_default().append(&mut v);
            }
            for (k, mut v) in pack.settings {
                set.settings.entry(k).or_default().append(&mut v);
            }
            for (rule, disabled) in pack.rules {
                let existing = rules.iter().position(|r| r.id == rule.id);
                match (existing, disabled) {
                    (Some(i), true) => {
                        rules.remove(i);
                    }
                    (Some(i), false) => rules[i] = rule,
                    (None, true) => {}
                    (None, false) => rules.push(rule),
                }
            }
            set.sources.push((pack.file, pack.source));
        }
        let mut errors = Vec::new();
        for rule in &mut rules {
            match expand_vars(&rule.pattern, &vars) {
                Ok(p) => rule.pattern = p,
                Err(name) => errors.push(RuleError::rule(
                    &rule.origin,
                    &rule.id,
                    format!("unknown variable `${{{name}}}`"),
                )),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        set.rules = rules;
        Ok(set)
    }

    /// The placeholder of a category (`[ИИН]`), or its markup name in brackets.
    pub fn placeholder(&self, c: Category) -> String {
        self.placeholders
            .get(&c)
            .cloned()
            .unwrap_or_else(|| format!("[{}]", c.id().to_uppercase()))
    }

    /// A setting's values (`names.keep-roles`), empty when unset.
    pub fn setting(&self, key: &str) -> &[String] {
        self.settings.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A dictionary's words, empty when unset.
    pub fn dictionary(&self, key: &str) -> &[String] {
        self.dictionaries.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A stable 64-bit FNV-1a digest of the effective sources, as 16 hex digits.
    pub fn digest(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for (name, src) in &self.sources {
            for b in name.bytes().chain([0]).chain(src.bytes()).chain([0]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{h:016x}")
    }
}

/// Expands `${name}` references, also inside variables (up to 8 levels);
/// `Err(name)` for an unknown one.
fn expand_vars(pattern: &str, vars: &BTreeMap<String, String>) -> Result<String, String> {
    let mut p = expand_once(pattern, vars)?;
    for _ in 0..8 {
        if !p.contains("${") {
            break;
        }
        p = expand_once(&p, vars)?;
    }
    Ok(p)
}

fn expand_once(pattern: &str, vars: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let Some(j) = after.find('}') else {
            out.push_str(&rest[i..]);
            return Ok(out);
        };
        let name = &after[..j];
        match vars.get(name) {
            Some(v) => out.push_str(v),
            None => return Err(name.to_string()),
        }
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_id(c.id()), Some(c));
            assert_eq!(Category::from_id(&c.id().to_uppercase()), Some(c));
        }
        assert_eq!(Category::from_id("keep"), None);
    }

    #[test]
    fn vars_expand() {
        let vars = BTreeMap::from([("d".to_string(), "[0-9]".to_string())]);
        assert_eq!(
            expand_vars("${d}{2}x${d}", &vars).unwrap(),
            "[0-9]{2}x[0-9]"
        );
        assert_eq!(expand_vars("${nope}", &vars), Err("nope".to_string()));
        let mut vars = vars;
        vars.insert("dd".into(), "${d}${d}".into());
        assert_eq!(expand_vars("${dd}", &vars).unwrap(), "[0-9][0-9]");
    }

    #[test]
    fn later_pack_overrides_and_disables() {
        let a = parse_pack("a.yaml", "rules:\n  - id: x\n    category: iin\n    pattern: 'a'\n  - id: y\n    category: iin\n    pattern: 'b'\n").unwrap();
        let b = parse_pack("b.yaml", "rules:\n  - id: x\n    category: phone\n    pattern: 'c'\n  - id: y\n    disabled: true\n").unwrap();
        let set = RuleSet::from_packs(vec![a, b]).unwrap();
        assert_eq!(set.rules.len(), 1);
        assert_eq!(set.rules[0].category, Category::Phone);
        assert_eq!(set.rules[0].pattern, "c");
    }
}
