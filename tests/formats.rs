//! End-to-end tests of the input formats (`src/formats/`): plain text in its
//! encodings, HTML, DOCX, JSON Lines and CSV, driven through the binary.
//!
//! The people are invented; the IINs are valid ones made by
//! `kzgen.py iin 1985-05-12 M` and `kzgen.py iin 1990-03-07 F`.

use std::fs;
use std::io::{Cursor, Read, Write};

use assert_cmd::Command;

/// A valid IIN (man born 1985-05-12).
const IIN: &str = "850512376872";
/// A valid IIN (woman born 1990-03-07).
const IIN_F: &str = "900307454726";

fn bin() -> Command {
    let mut c = Command::cargo_bin("depersonalize").expect("binary is built");
    c.env_remove("RUST_BACKTRACE");
    c.env_remove("DEPERSONALIZE_BASELINE_KEY");
    c
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Runs the binary and returns (exit code, stdout, stderr).
fn run(c: &mut Command) -> (i32, Vec<u8>, String) {
    let out = c.output().expect("the binary runs");
    (
        out.status.code().expect("an exit code"),
        out.stdout,
        text_of(&out.stderr),
    )
}

/// 1-based line and column (in chars) of byte `offset` of `src`.
fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, src[start..offset].chars().count() + 1)
}

/// `line:col` of the first occurrence of `needle` in `src`, shifted by
/// `skip` bytes (to point past a tag in front of it).
fn pos_of(src: &str, needle: &str, skip: usize) -> String {
    let at = src.find(needle).expect("needle in source") + skip;
    let (l, c) = line_col(src, at);
    format!("{l}:{c}")
}

/// Every tag (`<…>`) of an HTML text, in order.
fn tags(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(s) = rest.find('<') {
        let e = rest[s..].find('>').expect("closed tag") + s + 1;
        out.push(&rest[s..e]);
        rest = &rest[e..];
    }
    out
}

fn assert_absent(what: &str, text: &str, secrets: &[&str]) {
    for s in secrets {
        assert!(!text.contains(s), "{what} still holds `{s}`:\n{text}");
    }
}

// ---------------------------------------------------------------- plain text

const PLAIN: &str = "Подсудимый Ахметов Серик Болатович, ИИН 850512376872.\r\n\
Свидетель Иванова Айгуль Маратовна пояснила.\r\n\
Повторно подсудимый Ахметов Серик Болатович раскаялся.\r\n";

const PLAIN_REDACTED: &str = "Подсудимый [ФИО1], ИИН [ИИН].\r\n\
Свидетель [ФИО2] пояснила.\r\n\
Повторно подсудимый [ФИО1] раскаялся.\r\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for u in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

type Encoder = fn(&str) -> Vec<u8>;

const ENCODINGS: &[(&str, Encoder)] = &[
    ("utf8.txt", |t| t.as_bytes().to_vec()),
    ("utf8-bom.txt", |t| [b"\xEF\xBB\xBF", t.as_bytes()].concat()),
    ("utf16le.txt", |t| utf16(t, false)),
    ("utf16be.txt", |t| utf16(t, true)),
    ("cp1251.txt", |t| {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(t);
        assert!(!unmappable);
        bytes.into_owned()
    }),
];

#[test]
fn text_encodings_round_trip_byte_for_byte() {
    assert!(PLAIN.contains(IIN));
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    for (name, encode) in ENCODINGS {
        fs::write(input.join(name), encode(PLAIN)).unwrap();
    }
    let out = dir.path().join("out");
    bin()
        .args(["redact", "-q"])
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    for (name, encode) in ENCODINGS {
        // The inputs are untouched.
        assert_eq!(fs::read(input.join(name)).unwrap(), encode(PLAIN), "{name}");
        // The output is the expected text in the same encoding, same BOM,
        // CRLF kept: every byte outside the replacements is unchanged.
        let got = fs::read(out.join(name)).unwrap();
        assert_eq!(
            got,
            encode(PLAIN_REDACTED),
            "{name}: got {:?}",
            String::from_utf8_lossy(&got)
        );
    }
    // The same text decoded by an independent decoder, for the non-UTF-8 ones.
    let le = fs::read(out.join("utf16le.txt")).unwrap();
    let (decoded, enc, bad) = encoding_rs::UTF_16LE.decode(&le);
    assert!(!bad && enc == encoding_rs::UTF_16LE);
    assert_eq!(decoded, PLAIN_REDACTED);
    let be = fs::read(out.join("utf16be.txt")).unwrap();
    let (decoded, enc, bad) = encoding_rs::UTF_16BE.decode(&be);
    assert!(!bad && enc == encoding_rs::UTF_16BE);
    assert_eq!(decoded, PLAIN_REDACTED);
    let cp = fs::read(out.join("cp1251.txt")).unwrap();
    let (decoded, bad) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&cp);
    assert!(!bad);
    assert_eq!(decoded, PLAIN_REDACTED);

    // `check` reads each encoding to the same findings at the same places.
    for (name, _) in ENCODINGS {
        let (code, stdout, _) = run(bin().args(["check", "-q"]).arg(input.join(name)));
        assert_eq!(code, 1, "{name}");
        let stdout = text_of(&stdout);
        for at in [
            "1:12: name/",
            "1:41: iin/iin-keyword",
            "2:11: name/",
            "3:21: name/",
        ] {
            assert!(stdout.contains(at), "{name}: `{at}` missing:\n{stdout}");
        }
    }
}

// ---------------------------------------------------------------------- HTML

const PAGE: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Дело Иванова Айгуль Маратовна</title>
<script>var s = "Подсудимый Ахметов Серик Болатович";</script>
<style>p.x { color: red }</style></head>
<body><p class="Ахметов Серик x">Подсудимый <b>Ахметов</b> <span>Серик Болатович</span>, ИИН 850512376872, ТОО &laquo;Альфа&raquo;.</p>
<p>Свидетель &laquo;Иванова Айгуль Маратовна&raquo; пояснила.</p>
</body></html>
"#;

#[test]
fn html_changes_only_text_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("page.html");
    fs::write(&f, PAGE).unwrap();
    let (code, stdout, stderr) = run(bin().args(["redact", "-q"]).arg(&f));
    assert_eq!(code, 0, "{stderr}");
    let out = text_of(&stdout);
    let expected = PAGE
        .replace(
            "<title>Дело Иванова Айгуль Маратовна</title>",
            "<title>Дело [ФИО1]</title>",
        )
        .replace(
            "<b>Ахметов</b> <span>Серик Болатович</span>, ИИН 850512376872,",
            "<b>[ФИО2]</b><span></span>, ИИН [ИИН],",
        )
        .replace(
            "&laquo;Иванова Айгуль Маратовна&raquo;",
            "&laquo;[ФИО1]&raquo;",
        );
    assert_eq!(out, expected);
    // Every tag is kept byte for byte: the script, the class attribute.
    assert_eq!(tags(&out), tags(PAGE));
    assert!(out.contains(r#"<p class="Ахметов Серик x">"#));
    assert!(out.contains(r#"<script>var s = "Подсудимый Ахметов Серик Болатович";</script>"#));
    assert!(out.contains("ТОО &laquo;Альфа&raquo;."));
    // The visible text holds no name and no IIN.
    let body = &out[out.find("<body>").unwrap()..];
    assert_absent(
        "body",
        body.replace("class=\"Ахметов Серик x\"", "").as_str(),
        &["Ахметов", "Серик", "Иванова", IIN],
    );

    // `check` points into the source: line and column of the first char.
    let (code, stdout, _) = run(bin().args(["check", "-q"]).arg(&f));
    assert_eq!(code, 1);
    let stdout = text_of(&stdout);
    let p = f.display();
    for expected in [
        format!("{p}:{}: name/", pos_of(PAGE, "Иванова Айгуль", 0)),
        format!("{p}:{}: name/", pos_of(PAGE, "<b>Ахметов", "<b>".len())),
        format!("{p}:{}: iin/iin-keyword", pos_of(PAGE, IIN, 0)),
        format!(
            "{p}:{}: name/",
            pos_of(PAGE, "&laquo;Иванова", "&laquo;".len())
        ),
    ] {
        assert!(
            stdout.contains(&expected),
            "`{expected}` missing:\n{stdout}"
        );
    }
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    assert_absent("check output", &stdout, &["Ахметов", "Иванова", IIN]);
}

#[test]
fn html_same_person_keeps_one_placeholder_across_paragraphs() {
    let page = "<html><body>\n\
<p>Подсудимый Ахметов Серик Болатович признал вину.</p>\n\
<p>Свидетель Иванова Айгуль Маратовна, ИИН 900307454726, пояснила.</p>\n\
<div><p>Подсудимый Ахметов <i>Серик Болатович</i> раскаялся.</p></div>\n\
</body></html>\n";
    assert!(page.contains(IIN_F));
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("same.htm");
    fs::write(&f, page).unwrap();
    let out = dir.path().join("same-out.htm");
    bin()
        .args(["redact", "-q"])
        .arg(&f)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let out = fs::read_to_string(&out).unwrap();
    assert_eq!(
        out,
        "<html><body>\n\
<p>Подсудимый [ФИО1] признал вину.</p>\n\
<p>Свидетель [ФИО2], ИИН [ИИН], пояснила.</p>\n\
<div><p>Подсудимый [ФИО1]<i></i> раскаялся.</p></div>\n\
</body></html>\n"
    );
    assert_eq!(out.matches("[ФИО1]").count(), 2);
}

// ---------------------------------------------------------------------- DOCX

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#;

const DOCUMENT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body><w:p><w:r><w:t xml:space="preserve">Подсудимый Ахметов </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Серик Болатович</w:t></w:r><w:r><w:t xml:space="preserve">, ИИН 850512376872.</w:t></w:r></w:p><w:p><w:r><w:t>Суд рассмотрел дело.</w:t></w:r></w:p><w:sectPr><w:footerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>"#;

const FOOTER: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Секретарь, тел. +7 701 234 56 78</w:t></w:r></w:p></w:ftr>"#;

const CORE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Приговор</dc:title><dc:creator>Иванова Айгуль Маратовна</dc:creator></cp:coreProperties>"#;

const DOCX_PARTS: &[(&str, &str)] = &[
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", RELS),
    ("word/_rels/document.xml.rels", DOC_RELS),
    ("word/document.xml", DOCUMENT),
    ("word/styles.xml", STYLES),
    ("word/footer1.xml", FOOTER),
    ("docProps/core.xml", CORE),
];

const DOCX_CHANGED: &[&str] = &["word/document.xml", "word/footer1.xml", "docProps/core.xml"];

fn build_docx() -> Vec<u8> {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in DOCX_PARTS {
        z.start_file(*name, opts).unwrap();
        z.write_all(content.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// (name, decompressed content, raw compressed bytes) of every entry.
fn zip_entries(bytes: &[u8]) -> Vec<(String, String, Vec<u8>)> {
    let mut a = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut out = Vec::new();
    for i in 0..a.len() {
        let mut content = String::new();
        let name = {
            let mut f = a.by_index(i).unwrap();
            f.read_to_string(&mut content).unwrap();
            f.name().unwrap().into_owned()
        };
        let mut raw = Vec::new();
        a.by_index_raw(i).unwrap().read_to_end(&mut raw).unwrap();
        out.push((name, content, raw));
    }
    out
}

fn pandoc_available() -> bool {
    std::process::Command::new("pandoc")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn docx_runs_footer_and_properties_are_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.docx");
    let original = build_docx();
    fs::write(&f, &original).unwrap();
    let red = dir.path().join("y.docx");
    let (code, _, stderr) = run(bin().args(["redact", "-q"]).arg(&f).arg("--out").arg(&red));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(fs::read(&f).unwrap(), original, "input untouched");

    let before = zip_entries(&original);
    let after = zip_entries(&fs::read(&red).unwrap());
    let names = |v: &[(String, String, Vec<u8>)]| v.iter().map(|e| e.0.clone()).collect::<Vec<_>>();
    assert_eq!(names(&after), names(&before), "same entries, same order");
    let part = |name: &str| &after.iter().find(|e| e.0 == name).unwrap().1;

    let doc = part("word/document.xml");
    assert_absent("document.xml", doc, &["Ахметов", "Серик", "Болатович", IIN]);
    assert!(doc.contains("Подсудимый [ФИО1]"), "{doc}");
    assert!(doc.contains(", ИИН [ИИН]."), "{doc}");
    assert!(
        doc.contains("<w:rPr><w:b/></w:rPr>"),
        "bold run kept: {doc}"
    );
    assert!(doc.contains("<w:t>Суд рассмотрел дело.</w:t>"), "{doc}");
    assert!(doc.contains(r#"<w:footerReference w:type="default" r:id="rId1"/>"#));
    let footer = part("word/footer1.xml");
    assert_eq!(footer, &FOOTER.replace("+7 701 234 56 78", "[ТЕЛЕФОН]"));
    let core = part("docProps/core.xml");
    assert_absent("core.xml", core, &["Иванова", "Айгуль"]);
    assert!(core.contains("<dc:creator>[ФИО"), "{core}");
    assert!(core.contains("<dc:title>Приговор</dc:title>"), "{core}");
    // Untouched entries are copied byte for byte (compressed data too).
    for (b, a) in before.iter().zip(&after) {
        if !DOCX_CHANGED.contains(&b.0.as_str()) {
            assert_eq!(a.1, b.1, "{} changed", b.0);
            assert_eq!(a.2, b.2, "{} recompressed", b.0);
        }
    }

    // `check` names the part.
    let (code, stdout, _) = run(bin().args(["check", "-q"]).arg(&f));
    assert_eq!(code, 1);
    let stdout = text_of(&stdout);
    let p = f.display();
    for expected in [
        format!("{p}#word/document.xml:1:12: name/"),
        format!("{p}#word/document.xml:1:41: iin/iin-keyword"),
        format!("{p}#word/footer1.xml:1:17: phone/"),
        format!("{p}#docProps/core.xml:"),
    ] {
        assert!(
            stdout.contains(&expected),
            "`{expected}` missing:\n{stdout}"
        );
    }
    // And the redacted file is clean.
    bin().args(["check", "-q"]).arg(&red).assert().code(0);

    // An independent reader sees the placeholders.
    if pandoc_available() {
        let out = std::process::Command::new("pandoc")
            .args(["-f", "docx", "-t", "plain"])
            .arg(&red)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let plain = text_of(&out.stdout);
        assert!(plain.contains("Подсудимый [ФИО1], ИИН [ИИН]."), "{plain}");
        assert_absent("pandoc output", &plain, &["Ахметов", IIN]);
    } else {
        assert!(
            std::env::var_os("DEPERSONALIZE_REQUIRE_PANDOC").is_none(),
            "pandoc is required (DEPERSONALIZE_REQUIRE_PANDOC) but not on PATH"
        );
        eprintln!("pandoc not on PATH: docx check with pandoc skipped");
    }
}

// --------------------------------------------------------------- JSON Lines

const JSONL: &str = concat!(
    r#"{"id":"\u0410-1","text":"Подсудимый Ахметов Серик Болатович, ИИН 850512376872.","note":"Ахметов Серик Болатович \u00ab\u00bb"}"#,
    "\n",
    r#"{"id":2,"other":"Иванова Айгуль Маратовна"}"#,
    "\n",
    r#"{"id":3, "body": {"text": "Свидетель Иванова Айгуль Маратовна"}, "text": "тел. +7 701 234 56 78"}"#,
    "\n",
);

#[test]
fn jsonl_changes_only_the_named_fields() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.jsonl");
    fs::write(&f, JSONL).unwrap();
    let lines: Vec<&str> = JSONL.lines().collect();

    let only_text = [
        lines[0].replace(
            "Подсудимый Ахметов Серик Болатович, ИИН 850512376872.",
            "Подсудимый [ФИО1], ИИН [ИИН].",
        ),
        lines[1].to_string(),
        lines[2].replace("тел. +7 701 234 56 78", "тел. [ТЕЛЕФОН]"),
    ]
    .map(|l| l + "\n")
    .concat();
    // From a file and from stdin alike.
    let (code, out, stderr) = run(bin().args(["redact", "-q", "--field", "text"]).arg(&f));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(text_of(&out), only_text);
    let (code, out, stderr) = run(bin()
        .args(["redact", "-q", "--field", "text"])
        .write_stdin(JSONL));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(text_of(&out), only_text);
    // The `note` field and the escapes elsewhere are byte-identical.
    assert!(only_text.contains(r#"{"id":"\u0410-1","text":"#));
    assert!(only_text.contains(r#""note":"Ахметов Серик Болатович \u00ab\u00bb"}"#));

    // A nested field only.
    let nested = [
        lines[0].to_string(),
        lines[1].to_string(),
        lines[2].replace("Свидетель Иванова Айгуль Маратовна", "Свидетель [ФИО1]"),
    ]
    .map(|l| l + "\n")
    .concat();
    let (code, out, _) = run(bin().args(["redact", "-q", "--field", "body.text"]).arg(&f));
    assert_eq!(code, 0);
    assert_eq!(text_of(&out), nested);

    // Both, comma-separated or repeated.
    let both = only_text.replace("Свидетель Иванова Айгуль Маратовна", "Свидетель [ФИО1]");
    for args in [
        &["--field", "text,body.text"][..],
        &["--field", "text", "--field", "body.text"][..],
    ] {
        let (code, out, _) = run(bin().args(["redact", "-q"]).args(args).arg(&f));
        assert_eq!(code, 0, "{args:?}");
        assert_eq!(text_of(&out), both, "{args:?}");
    }

    // `check` names the field; the line is the record's.
    let (code, out, _) = run(bin()
        .args(["check", "-q", "--field", "text,body.text"])
        .arg(&f));
    assert_eq!(code, 1);
    let out = text_of(&out);
    let p = f.display();
    for expected in [
        format!("{p}#text:1:12: name/"),
        format!("{p}#text:1:41: iin/iin-keyword"),
        format!("{p}#body.text:3:11: name/"),
        format!("{p}#text:3:6: phone/"),
    ] {
        assert!(out.contains(&expected), "`{expected}` missing:\n{out}");
    }
    assert_absent("check output", &out, &["Ахметов", "Иванова", IIN, "701"]);
}

#[test]
fn jsonl_malformed_line_fails_without_quoting_it() {
    let bad = format!(
        "{{\"id\":1,\"text\":\"Ахметов Серик Болатович\"}}\n\
         {{\"id\":2,\"text\":\"Иванова Айгуль Маратовна ИИН {IIN_F}\n\
         {{\"id\":3,\"text\":\"ok\"}}\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("bad.jsonl"), &bad).unwrap();
    fs::write(input.join("good.txt"), "ИИН 850512376872\n").unwrap();

    let (code, _, stderr) = run(bin()
        .args(["redact", "-q", "--field", "text"])
        .arg(input.join("bad.jsonl")));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("bad.jsonl") && stderr.contains("line 2"),
        "{stderr}"
    );
    assert_absent("stderr", &stderr, &["Иванова", "Айгуль", IIN_F, "Ахметов"]);

    let (code, _, stderr) = run(bin()
        .args(["redact", "-q", "--field", "text"])
        .write_stdin(bad.clone()));
    assert_eq!(code, 2);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert_absent("stderr", &stderr, &["Иванова", "Айгуль", IIN_F]);

    // In a tree: the bad file is not written (not even its good first
    // record), the good one is.
    let out = dir.path().join("out");
    let (code, _, stderr) = run(bin()
        .args(["redact", "-q", "--field", "text"])
        .arg(&input)
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("line 2"), "{stderr}");
    assert_absent("stderr", &stderr, &["Иванова", "Айгуль", IIN_F]);
    assert_eq!(
        fs::read_to_string(out.join("good.txt")).unwrap(),
        "ИИН [ИИН]\n"
    );
    assert!(
        !out.join("bad.jsonl").exists(),
        "partial output left behind"
    );
}

// ----------------------------------------------------------------------- CSV

const CSV: &str = "id;text;judge\r\n\
1;\"Подсудимый Ахметов Серик Болатович;\r\nИИН 850512376872, \"\"кавычки\"\"\";Ахметов Серик Болатович\r\n\
2;без данных;Иванова Айгуль Маратовна\r\n\
3;тел. +7 701 234 56 78;x\r\n";

#[test]
fn csv_changes_only_the_named_column() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("d.csv");
    fs::write(&f, CSV).unwrap();
    let expected = CSV
        .replace(
            "\"Подсудимый Ахметов Серик Болатович;\r\nИИН 850512376872,",
            "\"Подсудимый [ФИО1];\r\nИИН [ИИН],",
        )
        .replace("3;тел. +7 701 234 56 78;", "3;тел. [ТЕЛЕФОН];");
    // Header, the quoted multi-line field's quoting and `""`, the other
    // columns (`judge` holds names but is not selected) stay as they are.
    assert!(expected.starts_with("id;text;judge\r\n"));
    assert!(expected.contains(";Ахметов Серик Болатович\r\n2;без данных;Иванова"));
    for args in [&["--column", "text"][..], &["--column", "2"][..]] {
        let (code, out, stderr) = run(bin().args(["redact", "-q"]).args(args).arg(&f));
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert_eq!(text_of(&out), expected, "{args:?}");
    }
    let (code, out, _) = run(bin()
        .args(["redact", "-q", "--column", "text"])
        .write_stdin(CSV));
    assert_eq!(code, 0);
    assert_eq!(text_of(&out), expected, "stdin");

    // `check` names the column; the line is where the record starts.
    let (code, out, _) = run(bin().args(["check", "-q", "--column", "text"]).arg(&f));
    assert_eq!(code, 1);
    let out = text_of(&out);
    let p = f.display();
    for expected in [
        format!("{p}#text:2:12: name/"),
        format!("{p}#text:2:"),
        format!("{p}#text:5:6: phone/"),
    ] {
        assert!(out.contains(&expected), "`{expected}` missing:\n{out}");
    }
    assert!(out.contains("iin/iin-keyword"), "{out}");
    assert!(!out.contains("#judge"), "{out}");

    // An unknown column is an error that lists the header.
    let (code, out, stderr) = run(bin().args(["redact", "-q", "--column", "body"]).arg(&f));
    assert_eq!(code, 2);
    assert!(out.is_empty() || !text_of(&out).contains("Ахметов"));
    assert!(stderr.contains("body"), "{stderr}");
    assert!(stderr.contains("`id`, `text`, `judge`"), "{stderr}");
}

// ----------------------------------------------------- mixed trees, skipping

#[test]
fn dataset_without_field_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(input.join("export")).unwrap();
    fs::write(input.join("a.txt"), "Подсудимый Ахметов Серик Болатович.\n").unwrap();
    fs::write(input.join("export/c.jsonl"), JSONL).unwrap();
    fs::write(input.join("export/d.csv"), CSV).unwrap();
    let out = dir.path().join("out");
    let (code, _, stderr) = run(bin().arg("redact").arg(&input).arg("--out").arg(&out));
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("c.jsonl") && stderr.contains("--field"),
        "{stderr}"
    );
    assert!(
        stderr.contains("d.csv") && stderr.contains("--column"),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 files: 1 redacted, 0 skipped (unknown format), 2 failed"),
        "{stderr}"
    );
    assert_absent("stderr", &stderr, &["Ахметов", IIN]);
    assert_eq!(
        fs::read_to_string(out.join("a.txt")).unwrap(),
        "Подсудимый [ФИО1].\n"
    );
    assert!(!out.join("export/c.jsonl").exists());
    assert!(!out.join("export/d.csv").exists());
}

/// `--field` is for JSON Lines and `--column` for CSV, so that one run can
/// do a mixed export (the README's `redact export/ --out published/ --field
/// text --column body`).
#[test]
fn mixed_export_field_and_column_apply_to_their_own_format() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("export");
    fs::create_dir(&input).unwrap();
    let jsonl = "{\"text\":\"Ахметов Серик Болатович\",\"body\":{\"author\":\"Иванова Айгуль Маратовна\"}}\n";
    fs::write(input.join("a.jsonl"), jsonl).unwrap();
    fs::write(input.join("b.csv"), "id;body\n1;Ахметов Серик Болатович\n").unwrap();
    let out = dir.path().join("published");
    let (code, _, stderr) = run(bin()
        .args(["redact", "-q", "--field", "text", "--column", "body"])
        .arg(&input)
        .arg("--out")
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        fs::read_to_string(out.join("a.jsonl")).unwrap(),
        jsonl.replace(
            "\"text\":\"Ахметов Серик Болатович\"",
            "\"text\":\"[ФИО1]\""
        ),
        "only `text` changes in JSON Lines"
    );
    assert_eq!(
        fs::read_to_string(out.join("b.csv")).unwrap(),
        "id;body\n1;[ФИО1]\n"
    );
}

#[test]
fn unknown_extensions_are_skipped_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(input.join("sub")).unwrap();
    fs::write(input.join("a.txt"), "ИИН 850512376872\n").unwrap();
    fs::write(input.join("sub/p.html"), "<p>Ахметов Серик Болатович</p>\n").unwrap();
    fs::write(input.join("scan.pdf"), "%PDF-1.4 Ахметов Серик Болатович").unwrap();
    fs::write(input.join("sub/notes"), "Ахметов Серик Болатович").unwrap();
    let out = dir.path().join("out");
    let (code, _, stderr) = run(bin().arg("redact").arg(&input).arg("--out").arg(&out));
    assert_eq!(code, 0, "{stderr}");
    for notice in [
        format!(
            "{}: skipped: unknown format",
            input.join("scan.pdf").display()
        ),
        format!(
            "{}: skipped: unknown format",
            input.join("sub/notes").display()
        ),
        "4 files: 2 redacted, 2 skipped (unknown format), 0 failed".to_string(),
    ] {
        assert!(stderr.contains(&notice), "`{notice}` missing:\n{stderr}");
    }
    assert_absent("stderr", &stderr, &["Ахметов", IIN]);
    assert_eq!(
        fs::read_to_string(out.join("a.txt")).unwrap(),
        "ИИН [ИИН]\n"
    );
    assert_eq!(
        fs::read_to_string(out.join("sub/p.html")).unwrap(),
        "<p>[ФИО1]</p>\n"
    );
    // Skipped files are not copied: they might hold personal data.
    assert!(!out.join("scan.pdf").exists());
    assert!(!out.join("sub/notes").exists());
}

/// A baseline over a dataset counts a value repeated in later records as a
/// later occurrence: a third record with an accepted IIN is new.
#[test]
fn dataset_baseline_counts_repeats_across_records() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data.jsonl");
    let record = format!("{{\"text\":\"ИИН {IIN}\"}}\n");
    fs::write(&data, record.repeat(2)).unwrap();
    let baseline = dir.path().join("baseline.json");
    let check = |extra: &[&str]| {
        let mut c = bin();
        c.env(
            "DEPERSONALIZE_BASELINE_KEY",
            "a secret key of the CI, 32 bytes long",
        )
        .args(["check", "-q", "--field", "text"])
        .args(extra)
        .arg(&data);
        run(&mut c)
    };
    let (code, _, _) = check(&["--write-baseline", baseline.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, stdout, _) = check(&["--baseline", baseline.to_str().unwrap()]);
    assert_eq!((code, text_of(&stdout)), (0, String::new()));
    fs::write(&data, record.repeat(3)).unwrap();
    let (code, stdout, _) = check(&["--baseline", baseline.to_str().unwrap()]);
    assert_eq!(code, 1);
    let stdout = text_of(&stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("data.jsonl#text:3:"), "{stdout}");
}
