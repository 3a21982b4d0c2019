//! `depersonalize` removes personal data from court judgments of the Republic
//! of Kazakhstan (Russian and Kazakh, often mixed) before publication, as the
//! Rules for the collection and processing of personal data (2020, §30) ask.
//!
//! # Overview
//! Rule packs (`rules/*.yaml`, built in) define pattern rules; all patterns are
//! compiled into one multi-pattern automaton that makes a single pass over the
//! text. Each candidate is checked by a validator (IIN check digit, Luhn,
//! mod-97, calendar dates, context words) and by its neighbours. Context
//! detectors (person names) run after it, and a resolver leaves one finding
//! per region. The library never prints; [`app`] and [`report`] do.
//!
//! # Example
//! ```
//! use depersonalize::{Engine, replace::Style};
//! let engine = Engine::builtin();
//! let mut scratch = engine.scratch();
//! let out = depersonalize::app::redact_text(&engine, "ИИН 850512300003", &mut scratch, Style::Placeholder, false);
//! assert_eq!(out, "ИИН [ИИН]");
//! ```
#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod annotate;
pub mod app;
pub mod baseline;
pub mod cli;
pub mod detect;
pub mod engine;
pub mod formats;
pub mod input;
pub mod manifest;
pub mod names;
pub mod replace;
pub mod report;
pub mod rules;
pub mod sarif;
pub mod synth;

pub use engine::{CategoryFilter, Engine, Finding, Scratch};
pub use rules::{Category, RuleSet};

/// Checks every rule of an engine against its own examples: each example is
/// found (exactly the `[[…]]`-marked spans when marked) and survives overlap
/// resolution, each negative example gives this rule nothing, and the
/// redacted example is clean. Returns one message per problem.
pub fn check_examples(engine: &Engine) -> Vec<String> {
    let mut problems = Vec::new();
    let mut scratch = engine.scratch();
    let mut raw = Vec::new();
    let mut resolved = Vec::new();
    for rule in &engine.rule_set().rules {
        let Some(idx) = engine.rule_ids().iter().position(|id| id == &rule.id) else {
            continue;
        };
        let at = format!(
            "{}:{}: rule `{}`",
            rule.origin.file, rule.origin.line, rule.id
        );
        for ex in &rule.examples {
            let (text, marks) = strip_marks(ex);
            raw.clear();
            engine.scan_patterns(&text, &mut scratch, &mut raw);
            let mine: Vec<(usize, usize)> = raw
                .iter()
                .filter(|f| f.rule as usize == idx)
                .map(|f| (f.start, f.end))
                .collect();
            if mine.is_empty() {
                problems.push(format!("{at}: example not found: {ex:?}"));
                continue;
            }
            scratch.new_document();
            engine.scan(&text, &mut scratch, &mut resolved);
            for m in &marks {
                if !mine.contains(m) {
                    problems.push(format!(
                        "{at}: example {ex:?}: span {:?} not found exactly (found {:?})",
                        &text[m.0..m.1],
                        mine.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>()
                    ));
                } else if !resolved.iter().any(|f| f.start <= m.0 && m.1 <= f.end) {
                    problems.push(format!(
                        "{at}: example {ex:?}: span {:?} lost in overlap resolution",
                        &text[m.0..m.1]
                    ));
                }
            }
            let red = app::redact_text(
                engine,
                &text,
                &mut scratch,
                replace::Style::Placeholder,
                false,
            );
            scratch.new_document();
            engine.scan(&red, &mut scratch, &mut resolved);
            if !resolved.is_empty() {
                problems.push(format!(
                    "{at}: example {ex:?}: redacted text {red:?} is not clean"
                ));
            }
        }
        for ex in &rule.negative_examples {
            raw.clear();
            engine.scan_patterns(ex, &mut scratch, &mut raw);
            if raw.iter().any(|f| f.rule as usize == idx) {
                problems.push(format!("{at}: negative example matched: {ex:?}"));
            }
        }
    }
    problems
}

/// Removes `[[`/`]]` marks from an example, returning the text and marked spans.
fn strip_marks(ex: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut marks = Vec::new();
    let mut rest = ex;
    while let Some(i) = rest.find("[[") {
        text.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let j = after.find("]]").unwrap_or(after.len());
        let start = text.len();
        text.push_str(&after[..j]);
        marks.push((start, text.len()));
        rest = after.get(j + 2..).unwrap_or("");
    }
    text.push_str(rest);
    (text, marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_pass_their_examples() {
        let engine = Engine::builtin();
        let problems = check_examples(&engine);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn marks_are_stripped() {
        assert_eq!(
            strip_marks("a [[b]] c"),
            ("a b c".to_string(), vec![(2, 3)])
        );
    }
}
