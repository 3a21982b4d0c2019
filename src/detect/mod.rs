//! Validators that rules refer to by name (`validate: iin`), plus the detectors
//! that are not a single pattern (names, addresses). A rule's pattern finds a
//! candidate; its validator decides whether the candidate is personal data.

pub mod addresses;
pub mod assets;
pub mod contact;
pub mod financial;
pub mod ids;

use std::ops::Range;

/// A candidate found by a rule's pattern, handed to its validator.
#[derive(Clone, Debug)]
pub struct Candidate<'h> {
    /// The whole document text.
    pub hay: &'h str,
    /// The span of the whole pattern match (keywords included).
    pub whole: Range<usize>,
    /// The span of the value the validator judges (group `v`, or the whole match).
    pub value: Range<usize>,
}

impl Candidate<'_> {
    /// The value's text.
    pub fn text(&self) -> &str {
        &self.hay[self.value.clone()]
    }

    /// The text of the match before the value (keywords and separators).
    pub fn lead(&self) -> &str {
        &self.hay[self.whole.start..self.value.start.max(self.whole.start)]
    }

    /// Up to `n` bytes of text after the value, cut on a character boundary.
    pub fn after(&self, n: usize) -> &str {
        let end = floor_char_boundary(self.hay, (self.value.end + n).min(self.hay.len()));
        &self.hay[self.value.end..end]
    }

    /// Up to `n` bytes of text before the whole match, cut on a character boundary.
    pub fn before(&self, n: usize) -> &str {
        let start = ceil_char_boundary(self.hay, self.whole.start.saturating_sub(n));
        &self.hay[start..self.whole.start]
    }
}

/// A validator: true when the candidate is personal data.
pub type Validator = fn(&Candidate<'_>) -> bool;

/// Every validator a rule may name, with a one-line description.
pub const VALIDATORS: &[(&str, Validator, &str)] = &[
    (
        "iin",
        ids::iin,
        "12-digit IIN with a valid check digit, birth date and century digit",
    ),
    (
        "iin-keyword",
        ids::iin_keyword,
        "12 digits after ИИН/ЖСН; not a company BIN after «БИН/ИИН»",
    ),
    (
        "rnn",
        ids::rnn,
        "12 digits after РНН/СТН, not in a company's requisites",
    ),
    (
        "twelve-digits",
        ids::twelve_digits,
        "exactly 12 digits (after a keyword: typos allowed)",
    ),
    (
        "id-number",
        ids::id_number,
        "an identity-document number: 5 to 12 digits, optional series letters",
    ),
    (
        "issue-date",
        ids::issue_date,
        "a document issue date: a real calendar date",
    ),
    ("date", ids::date, "a real calendar date"),
    (
        "id-number-second",
        ids::id_number_second,
        "a second document's number right after the first one's number or issue date",
    ),
    (
        "id-number-after-document",
        ids::id_number_after_document,
        "a new document's number when an identity document is named earlier in the sentence",
    ),
    (
        "phone",
        contact::phone,
        "a telephone number of Kazakhstan or Russia (+7/8 and 10 digits)",
    ),
    (
        "phone-foreign",
        contact::phone_foreign,
        "a foreign number: + country code and 8 to 15 digits",
    ),
    (
        "phone-local",
        contact::phone_local,
        "a local number after a telephone keyword",
    ),
    (
        "card",
        financial::card,
        "a payment card number passing the Luhn check",
    ),
    (
        "card-masked",
        financial::card_masked,
        "a masked card number (first and last digits shown)",
    ),
    (
        "iban",
        financial::iban,
        "an IBAN passing mod-97 with the length of its country",
    ),
    (
        "iban-unchecked",
        financial::iban_unchecked,
        "an IBAN-shaped account of a person, whatever its check digits",
    ),
    (
        "account",
        financial::account,
        "an account number after «счет/шот», not an invoice",
    ),
    (
        "plate",
        assets::plate,
        "a Kazakhstan state registration plate",
    ),
    (
        "certificate",
        assets::certificate,
        "a vehicle registration certificate «04 ТВ 118563», region 01–20",
    ),
    (
        "registry-number",
        assets::registry_number,
        "a real-estate registration number: 7 digits or more, not a date",
    ),
    (
        "social-handle",
        contact::social_handle,
        "a social-network handle: not an e-mail domain, lowercase or with «_», «.» or digits",
    ),
    (
        "nickname",
        contact::nickname,
        "a quoted nickname with a digit, a Latin letter or a sign in it",
    ),
    (
        "vin",
        assets::vin,
        "a 17-character vehicle identification number",
    ),
    (
        "cadastral",
        assets::cadastral,
        "a cadastral number of land or real estate",
    ),
    (
        "address",
        addresses::address,
        "a house or flat number when no keyword precedes; not the court, a legal or an organisation's address",
    ),
    (
        "address-bare",
        addresses::address_bare,
        "a settlement and a street with a number, no keywords, after a residence keyword; no person's name",
    ),
    (
        "birth-date",
        addresses::birth_date,
        "a date next to «года рождения», «г.р.», «ж.т.», «родился», «туған»",
    ),
    (
        "birth-date-table",
        addresses::birth_date_table,
        "a date or year in a table column headed «Туған күні», «Дата рождения», «Год рождения»",
    ),
    (
        "birth-place",
        addresses::birth_place,
        "after a birth keyword, «родился … в», or before «туған/тумасы»",
    ),
];

/// Finds a validator by name.
pub fn validator(name: &str) -> Option<Validator> {
    VALIDATORS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, f, _)| *f)
}

/// A cheap test a validator may have, run on the whole match before its
/// capture groups are searched: false only when the validator would surely
/// say no (most candidates of a broad pattern are rejected here, cheaply).
pub type Prefilter = fn(hay: &str, whole: Range<usize>) -> bool;

/// The prefilter of a validator, if it has one.
pub fn prefilter(validator: &str) -> Option<Prefilter> {
    match validator {
        "address" => Some(addresses::address_prefilter),
        _ => None,
    }
}

/// ASCII digits of `s`, ignoring every other character, in a fixed buffer
/// (no allocation per candidate). `None` when there are more than 40.
pub(crate) fn digits(s: &str) -> Option<Digits> {
    let mut d = Digits {
        buf: [0; 40],
        len: 0,
    };
    for b in s.bytes() {
        if b.is_ascii_digit() {
            if d.len == d.buf.len() {
                return None;
            }
            d.buf[d.len] = b - b'0';
            d.len += 1;
        }
    }
    Some(d)
}

/// Digit values of a candidate, see [`digits`].
pub(crate) struct Digits {
    buf: [u8; 40],
    len: usize,
}

impl Digits {
    pub(crate) fn as_slice(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Sizes of the runs of digits in `s` (`"8 701 123"` → 1, 3, 3), at most 16 groups.
pub(crate) fn digit_groups(s: &str) -> ([u8; 16], usize) {
    let mut groups = [0u8; 16];
    let mut n = 0;
    let mut in_run = false;
    for b in s.bytes() {
        if b.is_ascii_digit() {
            if !in_run {
                if n == groups.len() {
                    break;
                }
                n += 1;
                in_run = true;
            }
            groups[n - 1] = groups[n - 1].saturating_add(1);
        } else {
            in_run = false;
        }
    }
    (groups, n)
}

/// True when `s` is written as an amount: several digit groups, every group
/// after the first exactly three digits long (`125 000 000`).
pub(crate) fn thousands_grouped(s: &str) -> bool {
    let (groups, n) = digit_groups(s);
    n >= 2 && groups[0] <= 3 && groups[1..n].iter().all(|&g| g == 3)
}

/// Whether a calendar date exists.
pub(crate) fn real_date(year: u32, month: u32, day: u32) -> bool {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Whether `ch` glues to the edge character `edge` of a match. A Cyrillic
/// letter against a digit is a missing space («6018С.Б.», «ИИН850512…»),
/// not one code: Kazakhstan codes mixing the two are matched whole.
pub fn glue(ch: char, edge: Option<char>) -> bool {
    ch.is_alphanumeric() && !(edge.is_some_and(|e| e.is_ascii_digit()) && is_cyrillic(ch))
}

/// A letter of the Cyrillic block (Russian and Kazakh).
pub fn is_cyrillic(ch: char) -> bool {
    matches!(ch, '\u{0400}'..='\u{04FF}')
}

#[cfg(test)]
pub(crate) fn cand(text: &str) -> Candidate<'_> {
    Candidate {
        hay: text,
        whole: 0..text.len(),
        value: 0..text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validator_names_are_unique_and_found() {
        for (i, (name, _, _)) in VALIDATORS.iter().enumerate() {
            assert!(validator(name).is_some());
            assert!(
                VALIDATORS[i + 1..].iter().all(|(n, _, _)| n != name),
                "{name}"
            );
        }
        assert!(validator("no-such").is_none());
    }

    #[test]
    fn groups_and_amounts() {
        assert_eq!(digit_groups("8 701 123-45-67").1, 5);
        assert!(thousands_grouped("125 000 000"));
        assert!(thousands_grouped("1 250 000"));
        assert!(!thousands_grouped("8 701 123 45 67"));
        assert!(!thousands_grouped("850512300123"));
    }

    #[test]
    fn calendar() {
        assert!(real_date(2000, 2, 29));
        assert!(!real_date(1900, 2, 29));
        assert!(!real_date(1985, 13, 1));
        assert!(!real_date(1985, 4, 31));
        assert!(real_date(1985, 12, 31));
    }
}
