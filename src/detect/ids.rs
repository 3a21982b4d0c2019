//! National identifiers: IIN (ЖСН), identity-document numbers and their issue dates.

use super::{Candidate, digits, real_date, thousands_grouped};

/// First-pass weights of the IIN/BIN check digit.
const W1: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/// Second-pass weights, used when the first pass gives 10.
const W2: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// The IIN/BIN check digit of the first 11 digits; `None` when both passes give
/// 10 (no number is issued with such a body).
pub fn iin_check_digit(d: &[u8]) -> Option<u8> {
    let sum = |w: &[u32; 11]| -> u32 {
        d.iter()
            .zip(w)
            .map(|(&x, &w)| u32::from(x) * w)
            .sum::<u32>()
            % 11
    };
    let mut c = sum(&W1);
    if c == 10 {
        c = sum(&W2);
        if c == 10 {
            return None;
        }
    }
    Some(c as u8)
}

/// True when 12 digit values form a valid IIN: check digit, century/sex digit
/// 1–6 and a real birth date. A company BIN (5th digit 4–6) never passes, since
/// its 5th and 6th digits cannot be a day of the month in the 40s.
pub fn valid_iin_digits(d: &[u8]) -> bool {
    if d.len() != 12 || iin_check_digit(&d[..11]) != Some(d[11]) {
        return false;
    }
    let century = match d[6] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        5 | 6 => 2000,
        _ => return false,
    };
    let n = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    real_date(century + n(0), n(2), n(4))
}

/// True when 12 digit values form a valid BIN (legal entity): check digit and
/// a 5th digit of 4, 5 or 6.
pub fn valid_bin_digits(d: &[u8]) -> bool {
    d.len() == 12 && (4..=6).contains(&d[4]) && iin_check_digit(&d[..11]) == Some(d[11])
}

/// True when 12 digit values have an IIN's shape whatever the check digit:
/// a century digit and a real birth date.
fn iin_shaped_digits(d: &[u8]) -> bool {
    let century = match d.get(6) {
        Some(1 | 2) => 1800,
        Some(3 | 4) => 1900,
        Some(5 | 6) => 2000,
        _ => return false,
    };
    let n = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    d.len() == 12 && real_date(century + n(0), n(2), n(4))
}

/// Validator `iin`: a valid IIN, not written as an amount; or a number of an
/// IIN's shape with a broken check digit a few words after ИИН/ЖСН («ИИН
/// истца «790328404886»»: a typo does not make the number public).
pub fn iin(c: &Candidate<'_>) -> bool {
    let text = c.text();
    if thousands_grouped(text) {
        return false;
    }
    let Some(d) = digits(text) else {
        return false;
    };
    let d = d.as_slice();
    valid_iin_digits(d) || (iin_shaped_digits(d) && iin_keyword_near(c.before(64)))
}

/// Whether ИИН or ЖСН stands as a word in `t`.
fn iin_keyword_near(t: &str) -> bool {
    let t = t.to_lowercase();
    ["иин", "жсн"].iter().any(|k| {
        t.match_indices(k).any(|(i, _)| {
            let prev = t[..i].chars().next_back();
            let next = t[i + k.len()..].chars().next();
            !prev.is_some_and(char::is_alphanumeric) && !next.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Validator `twelve-digits`: after an IIN keyword a typo in the check digit
/// does not make the number public.
pub fn twelve_digits(c: &Candidate<'_>) -> bool {
    digits(c.text()).is_some_and(|d| d.as_slice().len() == 12)
}

/// Validator `iin-keyword`: twelve digits after ИИН/ЖСН, unless the keyword
/// reads «БИН/ИИН» and the number is a valid company BIN.
pub fn iin_keyword(c: &Candidate<'_>) -> bool {
    let Some(d) = digits(c.text()) else {
        return false;
    };
    let d = d.as_slice();
    if d.len() != 12 {
        return false;
    }
    let near = [c.before(12), c.lead()];
    !(valid_bin_digits(d) && near.iter().any(|t| t.contains("БИН") || t.contains("BIN")))
}

/// Validator `rnn`: twelve digits after РНН/СТН, unless the requisites are a
/// company's (a BIN right before).
pub fn rnn(c: &Candidate<'_>) -> bool {
    twelve_digits(c) && !crate::detect::financial::company_context(c)
}

/// Validator `id-number`: 5 to 12 digits.
pub fn id_number(c: &Candidate<'_>) -> bool {
    digits(c.text()).is_some_and(|d| (5..=12).contains(&d.as_slice().len()))
}

/// Validator `id-number-after-document`: a new document's number («получил
/// новое за № …») when an identity document is named earlier in the sentence.
pub fn id_number_after_document(c: &Candidate<'_>) -> bool {
    if !id_number(c) {
        return false;
    }
    document_named_before(c, &["удостоверени", "паспорт", "куәлі", "төлқұжат"])
}

/// Whether one of `words` (lowercase stems of document names) stands
/// earlier in the candidate's sentence.
fn document_named_before(c: &Candidate<'_>, words: &[&str]) -> bool {
    let sentence = crate::detect::addresses::clause(c.before(320)).to_lowercase();
    words.iter().any(|k| sentence.contains(k))
}

/// Validator `id-number-second`: a second document's number («… № 0417625,
/// 2015 жылғы 10 қыркүйекте берілген және № 0598134»): what comes right before
/// «және/и» is the first one's number, its issue date or «берілген/выдано»,
/// and an identity document is named earlier in the sentence.
pub fn id_number_second(c: &Candidate<'_>) -> bool {
    if !id_number(c)
        || !document_named_before(
            c,
            &[
                "удостоверени",
                "паспорт",
                "куәлі",
                "төлқұжат",
                "свидетельств",
                "билет",
            ],
        )
    {
        return false;
    }
    let before = c.before(64).trim_end_matches([' ', ',', '\u{a0}']);
    let before = before
        .strip_suffix("года")
        .or_else(|| before.strip_suffix("г."))
        .unwrap_or(before)
        .trim_end();
    if before.ends_with(|ch: char| ch.is_ascii_digit()) {
        return true;
    }
    let lower = before.to_lowercase();
    let last = lower.rsplit(char::is_whitespace).next().unwrap_or("");
    last == "берілген"
        || last.starts_with("выдан")
        || super::addresses::KZ_MONTHS
            .iter()
            .any(|m| last.starts_with(m))
}

/// Validator `date`: numeric dates must exist in the calendar; dates written
/// with a month name are constrained by the pattern itself.
pub fn date(c: &Candidate<'_>) -> bool {
    let t = c.text();
    let parts: Vec<&str> = t
        .split(['.', '/', '-'])
        .map(|p| p.trim_matches(|ch: char| !ch.is_ascii_digit()))
        .collect();
    if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4) {
        let n = |p: &str| p.parse::<u32>().unwrap_or(0);
        return real_date(n(parts[2]), n(parts[1]), n(parts[0]));
    }
    true
}

/// Whether `t` is a numeric date «12.03.2001».
pub fn date_like(t: &str) -> bool {
    let parts: Vec<&str> = t.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Words that say a date is the document's date of issue.
const ISSUE_WORDS: &[&str] = &[
    "выд",
    "от ",
    "дата",
    "берг",
    "беріл",
    "МВД",
    "ІІМ",
    "ІІМ",
    "МЮ",
    "ӘМ",
    "ЦОН",
    "ХҚКО",
    "органом",
];

/// What follows a date of birth.
const BIRTH_AFTER: &[&str] = &[
    "ж.т",
    "ж. т",
    "г.р",
    "г. р",
    "года рождения",
    "г. рождения",
    "жылы туған",
    "жылғы туған",
    "туған",
];

/// Validator `issue-date`: a real date tied to the document by an issue word
/// between the number and the date, or «берген/берілген» right after it;
/// never a date followed by a birth marker («14.02.2015 ж.т.»).
pub fn issue_date(c: &Candidate<'_>) -> bool {
    if !date(c) {
        return false;
    }
    let lead = c.lead();
    let gap = match lead.rfind(|ch: char| ch.is_ascii_digit()) {
        Some(i) => &lead[i..],
        None => lead,
    };
    let after = c.after(48);
    // «…, 14.02.2015 ж.т.»: a date of birth, whatever stands before it.
    let next = after.trim_start_matches([' ', ',', ')']).to_lowercase();
    if BIRTH_AFTER.iter().any(|w| next.starts_with(w)) {
        return false;
    }
    // «№ 036677105 (05.01.2015)»: the date in brackets right after the number.
    let bracketed = gap
        .trim_start_matches(|ch: char| ch.is_ascii_digit())
        .trim()
        == "(";
    // «…, 2013 жылғы 27 мамырда Қызылорда қаласының ХАЖ тіркеу бөлімі
    // берген»: the issuer may stand between the date and «берген», up to
    // the next number or the end of the clause.
    let issuer = c.after(160);
    let issuer = issuer
        .find(|ch: char| ch.is_ascii_digit() || matches!(ch, '\n' | ';'))
        .map_or(issuer, |i| &issuer[..i]);
    let issuer = issuer
        .char_indices()
        .nth(72)
        .map_or(issuer, |(i, _)| &issuer[..i]);
    bracketed
        || ISSUE_WORDS.iter().any(|w| gap.contains(w))
        || ["берг", "беріл", "выда"]
            .iter()
            .any(|w| after.contains(w) || issuer.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::cand;

    /// Builds a valid IIN from a birth date and serial (test helper).
    pub(crate) fn make_iin(yymmdd: &str, century_sex: u8, serial: u32) -> Option<String> {
        let body = format!("{yymmdd}{century_sex}{serial:04}");
        let d: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
        iin_check_digit(&d).map(|c| format!("{body}{c}"))
    }

    #[test]
    fn second_document_number_table() {
        // (text before «және/и № …», the number; expected)
        for (before, number, want) in [
            (
                "туу туралы куәлігі № 0417625, 2015 жылғы 10 қыркүйекте берілген және № ",
                "0598134",
                true,
            ),
            (
                "свидетельства о рождении № 0412345, выданного 12.03.2015 г. и № ",
                "0598134",
                true,
            ),
            ("удостоверения личности № 041234567 и № ", "041234568", true),
            ("паспорт выдан и № ", "1234567", true),
            // no document named in the sentence
            ("справка № 0412345 и № ", "0598134", false),
            // a document named, but no number, date or issue word before «и»
            ("паспорт предъявлен, а дело и № ", "1234567", false),
            ("удостоверения личности № 041234567 и № ", "12", false),
        ] {
            let text = format!("{before}{number}");
            let c = Candidate {
                hay: &text,
                whole: before.rfind(['и', 'ж']).unwrap()..text.len(),
                value: before.len()..text.len(),
            };
            assert_eq!(id_number_second(&c), want, "{text}");
        }
    }

    #[test]
    fn iin_table() {
        let valid = make_iin("850512", 3, 12).unwrap();
        let rows: &[(&str, bool)] = &[
            (&valid, true),
            ("000000000000", false),
            ("851312300120", false), // month 13
            ("123456789012", false),
        ];
        for (text, want) in rows {
            assert_eq!(iin(&cand(text)), *want, "{text}");
        }
        let spaced = format!("{} {} {}", &valid[..4], &valid[4..8], &valid[8..]);
        assert!(iin(&cand(&spaced)));
    }

    #[test]
    fn bin_is_not_iin() {
        // Build a BIN: 5th digit 4..6, valid check digit.
        for serial in 0..50u32 {
            let body = format!("0504{}{:06}", 4 + serial % 3, serial);
            let d: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
            if let Some(c) = iin_check_digit(&d) {
                let bin = format!("{body}{c}");
                let dd: Vec<u8> = bin.bytes().map(|b| b - b'0').collect();
                assert!(valid_bin_digits(&dd));
                assert!(!iin(&cand(&bin)), "{bin}");
            }
        }
    }

    #[test]
    fn dates() {
        for (t, want) in [
            ("12.03.2015", true),
            ("31.02.2015", false),
            ("12 марта 2015", true),
        ] {
            assert_eq!(date(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn issue_date_needs_issue_word() {
        let text = "№ 041234567 выдано МВД РК 12.03.2015";
        let start = text.find("12.03").unwrap();
        let c = Candidate {
            hay: text,
            whole: 0..text.len(),
            value: start..text.len(),
        };
        assert!(issue_date(&c));
        let text = "№ 041234567, 12.03.2015 он пришёл";
        let start = text.find("12.03").unwrap();
        let c = Candidate {
            hay: text,
            whole: 0..start + 10,
            value: start..start + 10,
        };
        assert!(!issue_date(&c));
        // the issuer between the date and «берген»
        let text = "куәлігі № 0784512, 2013 жылғы 27 мамырда Қызылорда қаласының ХАЖ тіркеу бөлімі берген, ЖСН";
        let start = text.find("2013").unwrap();
        let end = text.find(" Қызылорда").unwrap();
        let c = Candidate {
            hay: text,
            whole: 0..end,
            value: start..end,
        };
        assert!(issue_date(&c));
        // a date of birth after a document number, even near «берілген»
        for text in [
            "куәлігі № 0412877 берілген, ұлы Нұрасыл, 14.02.2015 ж.т., ЖСН",
            "паспорт № 041234567 выдан сыну Ивану, 14.02.2015 г.р., проживающему",
        ] {
            let start = text.find("14.02").unwrap();
            let c = Candidate {
                hay: text,
                whole: 0..start + 10,
                value: start..start + 10,
            };
            assert!(!issue_date(&c), "{text}");
        }
    }
}
