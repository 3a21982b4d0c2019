//! Rewrites a document: each finding becomes its category's placeholder
//! (`[ИИН]`, numbered `[ФИО1]` per person or value) or a same-length mask.

use std::collections::HashMap;

use crate::engine::Finding;
use crate::rules::{Category, RuleSet};

/// How a finding is replaced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Style {
    /// The category's placeholder from the rule pack.
    #[default]
    Placeholder,
    /// Every non-space character becomes `*`.
    Mask,
}

/// Placeholder templates per category, compiled from a rule set.
#[derive(Clone, Debug)]
pub struct Placeholders {
    templates: Vec<(String, bool)>,
}

impl Placeholders {
    /// From the rule set's `placeholders` (a `{n}` in a template numbers it).
    pub fn new(set: &RuleSet) -> Placeholders {
        let templates = Category::ALL
            .iter()
            .map(|&c| {
                let t = set.placeholder(c);
                let numbered = t.contains("{n}");
                (t, numbered)
            })
            .collect();
        Placeholders { templates }
    }

    /// The template of a category.
    pub fn template(&self, c: Category) -> &str {
        &self.templates[c.index()].0
    }
}

/// Numbers of persons and values within one document, kept across the chunks
/// of a stream so the same person keeps the same label.
#[derive(Clone, Debug, Default)]
pub struct Labels {
    by_key: HashMap<(Category, Key), u32>,
    next: [u32; 12],
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Entity(u32),
    Value(String),
}

impl Labels {
    /// Forgets every label (a new document starts).
    pub fn clear(&mut self) {
        self.by_key.clear();
        self.next = [0; 12];
    }

    fn number(&mut self, c: Category, key: Key) -> u32 {
        let next = &mut self.next[c.index()];
        *self.by_key.entry((c, key)).or_insert_with(|| {
            *next += 1;
            *next
        })
    }
}

/// Normalized value key: letters and digits, lowercased.
fn value_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Writes `text` with every finding replaced into `out` (appended).
pub fn apply(
    text: &str,
    findings: &[Finding],
    ph: &Placeholders,
    labels: &mut Labels,
    style: Style,
    out: &mut String,
) {
    let mut at = 0;
    for f in findings {
        out.push_str(&text[at..f.start]);
        replacement(&text[f.start..f.end], f, ph, labels, style, out);
        at = f.end;
    }
    out.push_str(&text[at..]);
}

/// The replacement of every finding as an edit of `text`, for formats that
/// write the edits back themselves (HTML, DOCX, datasets).
pub fn edits(
    text: &str,
    findings: &[Finding],
    ph: &Placeholders,
    labels: &mut Labels,
    style: Style,
) -> Vec<crate::formats::Edit> {
    findings
        .iter()
        .map(|f| {
            let mut out = String::new();
            replacement(&text[f.start..f.end], f, ph, labels, style, &mut out);
            crate::formats::Edit {
                range: f.start..f.end,
                text: out,
            }
        })
        .collect()
}

/// Appends the replacement of finding `f` (whose text is `span`) to `out`.
fn replacement(
    span: &str,
    f: &Finding,
    ph: &Placeholders,
    labels: &mut Labels,
    style: Style,
    out: &mut String,
) {
    match style {
        Style::Mask => out.extend(
            span.chars()
                .map(|c| if c.is_whitespace() { c } else { '*' }),
        ),
        Style::Placeholder => {
            let (tpl, numbered) = &ph.templates[f.category.index()];
            if *numbered {
                let key = if f.entity != 0 {
                    Key::Entity(f.entity)
                } else {
                    Key::Value(value_key(span))
                };
                let n = labels.number(f.category, key);
                out.push_str(&tpl.replace("{n}", &n.to_string()));
            } else {
                out.push_str(tpl);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(start: usize, end: usize, category: Category, entity: u32) -> Finding {
        Finding {
            start,
            end,
            category,
            rule: 0,
            entity,
        }
    }

    fn ph() -> Placeholders {
        let mut set = RuleSet::default();
        set.placeholders.insert(Category::Name, "[ФИО{n}]".into());
        set.placeholders.insert(Category::Iin, "[ИИН]".into());
        set.placeholders
            .insert(Category::Address, "[АДРЕС{n}]".into());
        Placeholders::new(&set)
    }

    #[test]
    fn numbered_by_entity_and_value() {
        let text = "A 1 B 2 C 3 D 3";
        let fs = [
            f(0, 1, Category::Name, 7),
            f(2, 3, Category::Iin, 0),
            f(4, 5, Category::Name, 9),
            f(8, 9, Category::Name, 7),
            f(10, 11, Category::Address, 0),
            f(14, 15, Category::Address, 0),
        ];
        let mut out = String::new();
        apply(
            text,
            &fs,
            &ph(),
            &mut Labels::default(),
            Style::Placeholder,
            &mut out,
        );
        assert_eq!(out, "[ФИО1] [ИИН] [ФИО2] 2 [ФИО1] [АДРЕС1] D [АДРЕС1]");
    }

    #[test]
    fn mask_keeps_length_in_chars() {
        let text = "ИИН 8505 1230";
        let mut out = String::new();
        apply(
            text,
            &[f("ИИН ".len(), text.len(), Category::Iin, 0)],
            &ph(),
            &mut Labels::default(),
            Style::Mask,
            &mut out,
        );
        assert_eq!(out, "ИИН **** ****");
    }
}
