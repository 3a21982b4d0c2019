//! End-to-end tests that drive the `depersonalize` binary.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

fn bin() -> Command {
    let mut c = Command::cargo_bin("depersonalize").expect("binary is built");
    c.env_remove("RUST_BACKTRACE");
    c.env_remove("DEPERSONALIZE_BASELINE_KEY");
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
    fs::write(&bad, b"\x00\x01bad\xff").unwrap();
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

// ---------------------------------------------------------------- CI gate

/// Invented people and identifiers (IINs from `kzgen.py`), never real data.
const SECRETS: &[&str] = &[
    "Ахметов",
    "Серик",
    "850512300003",
    "900321431535",
    "781102371552",
    "701 234",
];

const KEY: &str = "test-key-0123456789abcdef";

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn assert_no_secrets(what: &str, text: &str) {
    for s in SECRETS {
        assert!(!text.contains(s), "{what} holds `{s}`:\n{text}");
    }
}

/// A dataset of two good judgments (one in a Cyrillic-named folder).
fn dataset(root: &Path) {
    fs::create_dir_all(root.join("дела")).unwrap();
    fs::write(root.join("one.txt"), SAMPLE).unwrap();
    fs::write(
        root.join("дела/two.txt"),
        "Свидетель ИИН 900321431535 пояснил.\nИИН 900321431535 повторно.\n",
    )
    .unwrap();
}

#[test]
fn sarif_validates_against_the_official_schema_and_holds_no_matched_text() {
    let mut schema: serde_json::Value =
        serde_json::from_str(include_str!("data/sarif-schema-2.1.0.json")).unwrap();
    // The official schema's `language` patterns (of `run` and of
    // `toolComponent`) have a stray `]`, a literal in ECMA-262 Annex B but
    // refused by the draft-07 `regex` format check that jsonschema runs on
    // every schema. Escape it, in memory only: same meaning, and the file
    // stays byte-identical to the published one.
    fn escape_stray_bracket(v: &mut serde_json::Value) -> usize {
        const BAD: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
        match v {
            serde_json::Value::String(s) if s == BAD => {
                *s = r"^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\]?$".into();
                1
            }
            serde_json::Value::Object(m) => m.values_mut().map(escape_stray_bracket).sum(),
            serde_json::Value::Array(a) => a.iter_mut().map(escape_stray_bracket).sum(),
            _ => 0,
        }
    }
    assert_eq!(escape_stray_bracket(&mut schema), 2);
    let validator = jsonschema::options()
        .build(&schema)
        .expect("the schema compiles");
    let dir = tempfile::tempdir().unwrap();
    dataset(dir.path());
    for key in [None, Some(KEY)] {
        let mut cmd = bin();
        cmd.current_dir(dir.path())
            .args(["check", "--format", "sarif", "."]);
        if let Some(k) = key {
            cmd.env("DEPERSONALIZE_BASELINE_KEY", k);
        }
        let out = cmd.assert().code(1).get_output().clone();
        let stdout = text_of(&out.stdout);
        assert_no_secrets("SARIF", &stdout);
        let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        let mut broken = doc.clone();
        broken["runs"][0]["results"][0]["level"] = "severe".into();
        assert!(
            !validator.is_valid(&broken),
            "the validator rejects what it must"
        );
        assert_eq!(doc["version"], "2.1.0");
        assert!(
            doc["$schema"]
                .as_str()
                .unwrap()
                .contains("sarif-schema-2.1.0")
        );
        let run = &doc["runs"][0];
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "depersonalize");
        let rules = driver["rules"].as_array().unwrap();
        for id in ["iin", "iin-keyword", "phone-intl", "name-full"] {
            let r = rules
                .iter()
                .find(|r| r["id"] == id)
                .unwrap_or_else(|| panic!("{id}"));
            assert!(
                r["shortDescription"]["text"]
                    .as_str()
                    .is_some_and(|t| !t.is_empty())
            );
            assert!(r["properties"]["category"].is_string());
        }
        let results = run["results"].as_array().unwrap();
        assert!(results.len() >= 5, "{results:?}");
        for r in results {
            assert_eq!(r["level"], "error");
            let loc = &r["locations"][0]["physicalLocation"];
            let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
            assert!(
                uri == "one.txt" || uri == "%D0%B4%D0%B5%D0%BB%D0%B0/two.txt",
                "{uri}"
            );
            for k in ["startLine", "startColumn", "endLine", "endColumn"] {
                assert!(loc["region"][k].as_u64().unwrap() >= 1, "{k}");
            }
            assert_eq!(
                r["partialFingerprints"].get("depersonalize/v1").is_some(),
                key.is_some()
            );
        }
        // The IIN of the first judgment: "ИИН 850512300003" at column 41 (characters).
        let iin = results
            .iter()
            .find(|r| {
                r["ruleId"] == "iin-keyword"
                    && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "one.txt"
            })
            .unwrap();
        let region = &iin["locations"][0]["physicalLocation"]["region"];
        assert_eq!(
            (
                region["startLine"].as_u64(),
                region["endColumn"].as_u64().unwrap() - region["startColumn"].as_u64().unwrap()
            ),
            (Some(1), 12)
        );
    }
}

#[test]
fn baseline_accepts_old_findings_and_fails_on_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("dataset");
    dataset(&data);
    let baseline = dir.path().join("baseline.json");
    let run = |args: &[&str]| {
        let mut c = bin();
        c.env("DEPERSONALIZE_BASELINE_KEY", KEY)
            .args(args)
            .arg(&data);
        c
    };
    run(&[
        "check",
        "-q",
        "--write-baseline",
        baseline.to_str().unwrap(),
    ])
    .assert()
    .code(0);
    let written = fs::read_to_string(&baseline).unwrap();
    assert_no_secrets("baseline", &written);
    let b: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert_eq!(b["version"], 1);
    assert!(b["rules_digest"].as_str().unwrap().starts_with("blake3:"));
    let entries = b["findings"].as_array().unwrap();
    // The repeated IIN of two.txt counts twice.
    assert_eq!(
        entries
            .iter()
            .filter(|e| e["path"] == "дела/two.txt" && e["category"] == "iin")
            .count(),
        2
    );
    let out = run(&["check", "--baseline", baseline.to_str().unwrap()])
        .assert()
        .code(0)
        .get_output()
        .clone();
    assert_eq!(text_of(&out.stdout), "");
    assert!(text_of(&out.stderr).contains("accepted by the baseline"));
    // A new datum, and a third mention of an accepted IIN: both are new.
    let mut two = fs::read_to_string(data.join("дела/two.txt")).unwrap();
    two.push_str("Потерпевшая, ИИН 781102371552.\nИИН 900321431535 в третий раз.\n");
    fs::write(data.join("дела/two.txt"), two).unwrap();
    let out = run(&[
        "check",
        "--format",
        "jsonl",
        "--baseline",
        baseline.to_str().unwrap(),
    ])
    .assert()
    .code(1)
    .get_output()
    .clone();
    let lines: Vec<serde_json::Value> = text_of(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let at: Vec<(u64, &str)> = lines
        .iter()
        .map(|v| (v["line"].as_u64().unwrap(), v["category"].as_str().unwrap()))
        .collect();
    assert_eq!(at, vec![(3, "iin"), (4, "iin")], "{lines:?}");
    // The same baseline read with another key accepts nothing.
    let key_file = dir.path().join("key");
    fs::write(&key_file, "another-secret-key-0123456789\n").unwrap();
    let out = bin()
        .args(["check", "--baseline"])
        .arg(&baseline)
        .arg("--baseline-key-file")
        .arg(&key_file)
        .arg(&data)
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert_eq!(
        text_of(&out.stdout).lines().count(),
        at.len() + entries.len()
    );
}

#[test]
fn baseline_without_a_secret_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    dataset(dir.path());
    let baseline = dir.path().join("b.json");
    for flag in ["--write-baseline", "--baseline"] {
        let out = bin()
            .arg("check")
            .arg(flag)
            .arg(&baseline)
            .arg(dir.path())
            .assert()
            .code(2)
            .get_output()
            .clone();
        let err = text_of(&out.stderr);
        assert!(err.contains("DEPERSONALIZE_BASELINE_KEY"), "{err}");
        assert!(err.contains("--baseline-key-file"), "{err}");
    }
    assert!(!baseline.exists());
    bin()
        .env("DEPERSONALIZE_BASELINE_KEY", "short")
        .arg("check")
        .arg("--write-baseline")
        .arg(&baseline)
        .arg(dir.path())
        .assert()
        .code(2);
    assert!(!baseline.exists());
}

#[test]
fn manifest_records_the_run_without_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("in");
    dataset(&data);
    fs::write(data.join("notes.pdf"), "x").unwrap();
    let out = dir.path().join("out");
    let manifest = dir.path().join("manifest.json");
    bin()
        .args(["--threads", "2", "redact", "-q", "--mask"])
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .arg("--manifest")
        .arg(&manifest)
        .assert()
        .success();
    let text = fs::read_to_string(&manifest).unwrap();
    assert_no_secrets("manifest", &text);
    let m: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(m["tool"]["name"], "depersonalize");
    assert_eq!(m["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(m["command"], "redact");
    let digest = m["rules"]["digest"].as_str().unwrap();
    assert!(
        digest.starts_with("blake3:") && digest.len() == 71,
        "{digest}"
    );
    assert_eq!(m["options"]["style"], "mask");
    assert_eq!(m["options"]["threads"], 2);
    assert_eq!(m["options"]["in_place"], false);
    assert_eq!(m["options"]["categories"].as_array().unwrap().len(), 12);
    let files = m["files"].as_array().unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["one.txt", "дела/two.txt"]);
    assert_eq!(files[1]["counts"]["iin"], 2);
    assert_eq!(files[0]["counts"]["iin"], 1);
    assert_eq!(files[0]["counts"]["phone"], 1);
    assert_eq!(m["skipped"], serde_json::json!(["notes.pdf"]));
    assert_eq!(m["totals"]["done"], 2);
    assert_eq!(m["totals"]["skipped"], 1);
    assert_eq!(m["totals"]["failed"], 0);
    assert_eq!(m["totals"]["counts"]["iin"], 3);
    let bytes =
        (SAMPLE.len() + fs::metadata(data.join("дела/two.txt")).unwrap().len() as usize) as u64;
    assert_eq!(m["timing"]["bytes"], bytes);
    for k in ["started_unix", "wall_seconds", "mb_per_s"] {
        assert!(m["timing"][k].is_number(), "{k}");
    }
    // The same digest for `check`, which records its own options.
    bin()
        .args(["check", "-q", "--format", "json"])
        .arg(&data)
        .arg("--manifest")
        .arg(&manifest)
        .assert()
        .code(1);
    let m2: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&manifest).unwrap()).unwrap();
    assert_eq!(m2["command"], "check");
    assert_eq!(m2["rules"]["digest"], digest);
    assert_eq!(m2["options"]["format"], "json");
}

#[test]
fn bad_files_are_reported_and_the_others_processed() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("in");
    dataset(&data);
    fs::write(data.join("b-binary.txt"), b"\x00\x01\x02 bin").unwrap();
    let mut undecodable = "Ахметов Серик ".as_bytes().to_vec();
    undecodable.extend_from_slice(b"\xff\xfe");
    fs::write(data.join("c-bad.txt"), &undecodable).unwrap();
    fs::write(data.join("scan.pdf"), "%PDF").unwrap();
    let out = bin()
        .arg("check")
        .arg(&data)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stdout = text_of(&out.stdout);
    assert!(stdout.contains("one.txt:1:41: iin/iin-keyword"), "{stdout}");
    assert!(stdout.contains("two.txt:2:5: iin/iin-keyword"), "{stdout}");
    let stderr = text_of(&out.stderr);
    assert_no_secrets("stderr", &stderr);
    for expected in [
        "scan.pdf: skipped: unknown format",
        "5 files: 2 checked, 1 skipped (unknown format), 2 failed",
        "failed: ",
        "b-binary.txt: text: binary content",
        "c-bad.txt: text: not valid UTF-8",
        "findings: name 1, phone 1, iin 3",
        "MB/s",
    ] {
        assert!(stderr.contains(expected), "`{expected}` missing:\n{stderr}");
    }
    assert_eq!(stderr.matches("failed: ").count(), 2, "{stderr}");
    // `redact` goes on past them too, and --quiet keeps only the errors.
    let red = dir.path().join("out");
    let out = bin()
        .args(["redact", "-q"])
        .arg(&data)
        .arg("--out")
        .arg(&red)
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(red.join("one.txt").exists() && red.join("дела/two.txt").exists());
    assert!(!red.join("c-bad.txt").exists());
    let stderr = text_of(&out.stderr);
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(!stderr.contains("files:"), "{stderr}");
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        fs::write(dir.path().join(format!("{i:02}.txt")), SAMPLE).unwrap();
    }
    let out = bin()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = text_of(&out.stderr);
    assert!(
        !stderr.contains('\r') && !stderr.contains('\x1b'),
        "{stderr:?}"
    );
    assert!(!stderr.contains("ETA"), "{stderr}");
    assert_eq!(stderr.lines().count(), 3, "only the summary: {stderr}");
}

#[test]
fn threads_flag_and_order_are_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..300 {
        let text = if i % 3 == 0 {
            SAMPLE
        } else {
            "Суд постановил.\n"
        };
        fs::write(dir.path().join(format!("{i:03}.txt")), text).unwrap();
    }
    let run = |flag: &str, n: &str| {
        bin()
            .args([flag, n, "check", "-q"])
            .arg(dir.path())
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone()
    };
    let one = run("--threads", "1");
    assert_eq!(one, run("-j", "2"));
    let one = text_of(&one);
    let files: Vec<&str> = one.lines().map(|l| l.split(':').next().unwrap()).collect();
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(files, sorted);
    assert_eq!(one.lines().filter(|l| l.contains("iin/")).count(), 100);
}
