//! End-to-end tests that drive the `depersonalize` binary.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

fn bin() -> Command {
    let mut c = Command::cargo_bin("depersonalize").expect("binary is built");
    c.env_remove("RUST_BACKTRACE");
    c
}

/// Runs the binary with `args` on `input` and returns its stdout; the run
/// must succeed.
fn stdout_of(args: &[&str], input: &str) -> String {
    let out = bin()
        .args(args)
        .write_stdin(input.to_string())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8 output")
}

const SAMPLE: &str = "Подсудимый Ахметов Серик Болатович, ИИН 850512300003, тел. +7 701 234 56 78.\n\
ЕРДР № 231500031000456, ТОО «Альфа», БИН 050540000006, сумма 1 250 000 тенге.\n\
Судья Касымов А.Б.\n";

#[test]
fn stdin_to_stdout_replaces_and_keeps() {
    let out = bin()
        .arg("redact")
        .write_stdin(SAMPLE)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("ИИН [ИИН]"), "{out}");
    assert!(out.contains("[ТЕЛЕФОН]"), "{out}");
    assert!(!out.contains("Ахметов"), "{out}");
    assert!(!out.contains("850512300003"));
    for kept in [
        "231500031000456",
        "050540000006",
        "1 250 000 тенге",
        "Касымов А.Б.",
    ] {
        assert!(out.contains(kept), "{kept} must stay: {out}");
    }
}

#[test]
fn dash_means_stdin() {
    let out = bin()
        .args(["redact", "-"])
        .write_stdin("ИИН 850512300003\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap(), "ИИН [ИИН]\n");
}

#[test]
fn check_exit_codes() {
    bin()
        .arg("check")
        .write_stdin("Суд рассмотрел дело № 2-1234/2023.\n")
        .assert()
        .code(0);
    bin().arg("check").write_stdin(SAMPLE).assert().code(1);
    bin()
        .args(["check", "/nonexistent/file.txt"])
        .assert()
        .code(2);
    // Errors win over findings.
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.txt");
    fs::write(&good, SAMPLE).unwrap();
    let bad = dir.path().join("b.txt");
    fs::write(&bad, b"\xff\xfe\x00bad").unwrap();
    bin().arg("check").arg(&good).arg(&bad).assert().code(2);
}

#[test]
fn check_never_prints_personal_data_unless_asked() {
    let out = bin()
        .arg("check")
        .write_stdin(SAMPLE)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("-:1:") && out.contains("iin/iin-keyword"),
        "{out}"
    );
    for secret in ["850512300003", "Ахметов", "701 234"] {
        assert!(!out.contains(secret), "{out}");
    }
    let out = bin()
        .args(["check", "--show-matches"])
        .write_stdin(SAMPLE)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("850512300003"));
}

#[test]
fn check_jsonl_offsets_are_what_redact_masks() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("doc.txt");
    fs::write(&f, SAMPLE).unwrap();
    let out = bin()
        .args(["check", "--format", "jsonl"])
        .arg(&f)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let mut masked: Vec<bool> = vec![false; SAMPLE.len()];
    for line in String::from_utf8(out).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for key in ["path", "start", "end", "line", "column", "category", "rule"] {
            assert!(v.get(key).is_some(), "{key} missing in {line}");
        }
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        masked[s..e].iter_mut().for_each(|m| *m = true);
    }
    let out = bin()
        .args(["redact", "--mask"])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    // A mask keeps every character in place: compare character by character.
    let mut expect = String::new();
    for (i, c) in SAMPLE.char_indices() {
        expect.push(if masked[i] && !c.is_whitespace() {
            '*'
        } else {
            c
        });
    }
    assert_eq!(out, expect);
}

#[test]
fn check_json_document() {
    let out = bin()
        .args(["check", "--format", "json"])
        .write_stdin(SAMPLE)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["files"], 1);
    assert!(v["counts"]["iin"].as_u64().unwrap() >= 1);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f.get("match").is_none())
    );
}

#[test]
fn broken_rule_pack_is_reported_with_file_line_and_rule() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("mine.yaml");
    fs::write(&pack, "rules:\n  - id: bad\n    category: iin\n    pattern: '[0-9'\n  - id: worse\n    category: phone\n    pattern: 'x'\n    validate: nope\n").unwrap();
    let out = bin()
        .arg("--rules")
        .arg(&pack)
        .arg("check")
        .write_stdin("x")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(
        err.contains("mine.yaml:2: rule `bad`: invalid pattern"),
        "{err}"
    );
    assert!(
        err.contains("mine.yaml:5: rule `worse`: unknown validator `nope`"),
        "{err}"
    );
    bin().args(["rules", "check"]).arg(&pack).assert().code(2);
}

#[test]
fn user_pack_adds_and_overrides_rules() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("extra.yaml");
    fs::write(
        &pack,
        "placeholders:\n  iin: \"<ИИН>\"\nrules:\n  - id: pension\n    category: id_doc\n    pattern: 'СИК (?P<v>[0-9A-Z]{16})'\n    examples: [\"СИК [[1A2B3C4D5E6F7G8H]]\"]\n",
    )
    .unwrap();
    let out = bin()
        .arg("--rules")
        .arg(&pack)
        .arg("redact")
        .write_stdin("СИК 1A2B3C4D5E6F7G8H, ИИН 850512300003\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "СИК [ДОКУМЕНТ], ИИН <ИИН>\n"
    );
    bin().args(["rules", "check"]).arg(&pack).assert().success();
    let out = bin()
        .arg("--rules")
        .arg(&pack)
        .args(["rules", "list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().contains("pension"));
}

#[test]
fn only_and_disable_filter_categories() {
    let out = stdout_of(&["--only", "phone", "redact"], SAMPLE);
    assert!(
        out.contains("850512300003") && out.contains("[ТЕЛЕФОН]"),
        "{out}"
    );
    let out = stdout_of(&["--disable", "phone,name", "redact"], SAMPLE);
    assert!(
        !out.contains("850512300003") && out.contains("+7 701"),
        "{out}"
    );
    bin()
        .args(["--only", "secrets", "check"])
        .write_stdin("x")
        .assert()
        .code(2);
}

fn write_tree(root: &Path) {
    fs::create_dir_all(root.join("a/b")).unwrap();
    fs::write(root.join("a/one.txt"), SAMPLE).unwrap();
    fs::write(root.join("a/b/two.txt"), "тел. 8 777 123 45 67\n").unwrap();
    fs::write(root.join("a/b/skip.bin"), [0u8, 1, 2]).unwrap();
}

#[test]
fn directory_is_mirrored_and_inputs_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write_tree(&input);
    let out = dir.path().join("out");
    bin()
        .arg("redact")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("-q")
        .assert()
        .success();
    assert_eq!(fs::read_to_string(input.join("a/one.txt")).unwrap(), SAMPLE);
    let one = fs::read_to_string(out.join("a/one.txt")).unwrap();
    assert!(one.contains("[ИИН]"));
    assert_eq!(
        fs::read_to_string(out.join("a/b/two.txt")).unwrap(),
        "тел. [ТЕЛЕФОН]\n"
    );
    assert!(!out.join("a/b/skip.bin").exists());
    // The redacted tree is clean.
    bin().arg("check").arg(&out).assert().code(0);
}

#[test]
fn output_inside_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    write_tree(&input);
    let err = bin()
        .arg("redact")
        .arg(&input)
        .arg("--out")
        .arg(input.join("out"))
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8(err)
            .unwrap()
            .contains("stored separately")
    );
    bin()
        .arg("redact")
        .arg(&input)
        .arg("--out")
        .arg(&input)
        .assert()
        .code(2);
    assert!(!input.join("out").exists());
}

#[test]
fn directory_without_destination_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write_tree(dir.path());
    bin().arg("redact").arg(dir.path()).assert().code(2);
}

#[test]
fn in_place_rewrites_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("doc.txt");
    fs::write(&f, SAMPLE).unwrap();
    bin()
        .args(["redact", "--in-place"])
        .arg(&f)
        .assert()
        .success();
    let text = fs::read_to_string(&f).unwrap();
    assert!(text.contains("[ИИН]"));
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "no temporary file stays: {leftovers:?}");
}

#[test]
fn single_file_to_out_file_and_never_over_input() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("doc.txt");
    fs::write(&f, SAMPLE).unwrap();
    let o = dir.path().join("red.txt");
    bin()
        .arg("redact")
        .arg(&f)
        .arg("--out")
        .arg(&o)
        .assert()
        .success();
    assert!(fs::read_to_string(&o).unwrap().contains("[ИИН]"));
    bin()
        .arg("redact")
        .arg(&f)
        .arg("--out")
        .arg(&f)
        .assert()
        .code(2);
    assert_eq!(fs::read_to_string(&f).unwrap(), SAMPLE);
}

#[test]
fn bom_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bom.txt");
    fs::write(&f, "\u{feff}ИИН 850512300003\n").unwrap();
    let out = bin()
        .arg("redact")
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8(out).unwrap(), "\u{feff}ИИН [ИИН]\n");
}

#[test]
fn long_stream_is_processed_in_chunks_with_stable_labels() {
    // Over two chunks: the same person keeps one label across chunk borders.
    let para = "Подсудимый Ахметов Серик Болатович пояснил суду, что ИИН 850512300003 принадлежит ему.\n\n";
    let n = depersonalize::app::CHUNK / para.len() + 50;
    let input = para.repeat(n);
    let out = bin()
        .arg("redact")
        .write_stdin(input.clone())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.lines().filter(|l| !l.is_empty()).count(), n);
    assert!(
        out.lines()
            .filter(|l| !l.is_empty())
            .all(|l| l.contains("[ФИО1]") && l.contains("[ИИН]")),
        "labels change across chunks"
    );
    assert!(!out.contains("Ахметов"));
}

#[test]
fn eval_reports_figures_and_json() {
    let out = bin()
        .args(["eval", "fixtures", "--format", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    for key in [
        "recall",
        "precision",
        "keep_total",
        "keep_hit",
        "per_category",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert!(v["spans"].as_u64().unwrap() > 1000);
}

#[test]
fn rules_list_and_validators() {
    let out = bin()
        .args(["rules", "list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    for id in [
        "iin",
        "phone-intl",
        "iban-kz",
        "card",
        "plate",
        "vin",
        "cadastral",
        "name-full",
    ] {
        assert!(out.contains(id), "{id}");
    }
    bin().args(["rules", "validators"]).assert().success();
    bin().args(["rules", "check"]).assert().success();
}
