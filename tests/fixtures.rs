//! Quality guards on the annotated fixtures (the markup of
//! `../shared/ANNOTATION.md`): the same figures `depersonalize eval` prints.
//! Thresholds sit at the targets; a regression below them fails.

use std::path::Path;

use depersonalize::annotate::{Label, parse_markup};
use depersonalize::app::{redact_text, score_dir};
use depersonalize::replace::Style;
use depersonalize::{Category, Engine};

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures"))
}

#[test]
fn identifier_categories_meet_recall_target() {
    let engine = Engine::builtin();
    let score = score_dir(&engine, fixtures()).unwrap();
    for cat in [
        Category::Iin,
        Category::TaxId,
        Category::Email,
        Category::Phone,
        Category::Bank,
    ] {
        let s = score.per[&cat];
        assert!(
            s.recall() >= 0.97,
            "{cat}: recall {:.4} ({} of {} leaked)",
            s.recall(),
            s.leaked,
            s.spans
        );
    }
    assert_eq!(
        score.per[&Category::Iin].leaked,
        0,
        "a missed IIN is the worst failure"
    );
}

#[test]
fn names_meet_recall_and_precision_targets() {
    let engine = Engine::builtin();
    let score = score_dir(&engine, fixtures()).unwrap();
    let names = score.per[&Category::Name];
    assert!(names.recall() >= 0.97, "name recall {:.4}", names.recall());
    assert!(
        score.precision() >= 0.95,
        "precision {:.4}",
        score.precision()
    );
    assert!(
        score.recall() >= 0.95,
        "overall recall {:.4}",
        score.recall()
    );
}

#[test]
fn every_fixture_redacts_clean_and_idempotently() {
    let engine = Engine::builtin();
    let mut scratch = engine.scratch();
    let mut findings = Vec::new();
    let mut n = 0;
    for entry in walkdir::WalkDir::new(fixtures()).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "txt") {
            continue;
        }
        n += 1;
        let marked = std::fs::read_to_string(entry.path()).unwrap();
        let (text, gold) = parse_markup(&marked).unwrap();
        assert!(
            gold.iter().any(|g| matches!(g.label, Label::Pd(_))),
            "{}: no annotation",
            entry.path().display()
        );
        let once = redact_text(&engine, &text, &mut scratch, Style::Placeholder, false);
        scratch.new_document();
        engine.scan(&once, &mut scratch, &mut findings);
        let left: Vec<&str> = findings.iter().map(|f| &once[f.start..f.end]).collect();
        assert!(
            findings.is_empty(),
            "{}: redacted text still has {left:?}",
            entry.path().display()
        );
        let twice = redact_text(&engine, &once, &mut scratch, Style::Placeholder, false);
        assert_eq!(once, twice, "{}", entry.path().display());
    }
    assert!(n >= 55, "fixtures: {n}");
}

/// A prefilter only saves time: the findings on every fixture are the same
/// without it.
#[test]
fn prefilters_change_no_finding() {
    let fast = Engine::builtin();
    let slow = Engine::builtin().without_prefilters();
    let (mut s1, mut s2) = (fast.scratch(), slow.scratch());
    let (mut f1, mut f2) = (Vec::new(), Vec::new());
    for entry in walkdir::WalkDir::new(fixtures()).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let (text, _) = parse_markup(&std::fs::read_to_string(entry.path()).unwrap()).unwrap();
        s1.new_document();
        s2.new_document();
        fast.scan(&text, &mut s1, &mut f1);
        slow.scan(&text, &mut s2, &mut f2);
        let spans = |f: &[depersonalize::Finding]| -> Vec<(usize, usize, Category)> {
            f.iter().map(|f| (f.start, f.end, f.category)).collect()
        };
        assert_eq!(spans(&f1), spans(&f2), "{}", entry.path().display());
    }
}

/// The rules run as a few automata, one per family of categories; the
/// findings are those of one automaton over every rule, rule for rule, on
/// every fixture and on a generated corpus.
#[test]
fn rule_groups_change_no_finding() {
    let grouped = Engine::builtin();
    let one = Engine::with_one_automaton(
        depersonalize::RuleSet::builtin().unwrap(),
        depersonalize::CategoryFilter::default(),
    )
    .unwrap();
    let (mut s1, mut s2) = (grouped.scratch(), one.scratch());
    let (mut f1, mut f2) = (Vec::new(), Vec::new());
    let mut texts = depersonalize::synth::corpus(7, 1 << 20);
    for entry in walkdir::WalkDir::new(fixtures()).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "txt") {
            let raw = std::fs::read_to_string(entry.path()).unwrap();
            texts.push(parse_markup(&raw).unwrap().0);
        }
    }
    let mut findings = 0;
    for text in &texts {
        f1.clear();
        f2.clear();
        grouped.scan_patterns(text, &mut s1, &mut f1);
        one.scan_patterns(text, &mut s2, &mut f2);
        assert_eq!(f1, f2, "{}", &text[..text.len().min(200)]);
        findings += f1.len();
    }
    assert!(findings > 1000, "{findings}");
}
