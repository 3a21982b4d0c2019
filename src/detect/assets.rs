//! Property: vehicle plates, VINs and cadastral numbers.

use super::{Candidate, digits};

/// Validator `plate`: the current format «123 ABC 02» needs a region code
/// 01–20; the older formats «A 123 BCD» are accepted as the pattern shapes them.
pub fn plate(c: &Candidate<'_>) -> bool {
    let t = c.text();
    let first = t.chars().next().unwrap_or(' ');
    if first.is_ascii_digit() {
        // 3 digits, letters, 2-digit region at the end.
        let tail: Vec<u8> = t.bytes().rev().take_while(u8::is_ascii_digit).collect();
        if tail.len() != 2 {
            return false;
        }
        let region = u32::from(tail[1] - b'0') * 10 + u32::from(tail[0] - b'0');
        return (1..=20).contains(&region);
    }
    true
}

/// Validator `certificate`: a registration certificate «04 ТВ 118563» with a
/// region code 01–20.
pub fn certificate(c: &Candidate<'_>) -> bool {
    let t = c.text();
    // The country code before the region («KZ 10 AB 278415»).
    let t = t.strip_prefix("KZ").map_or(t, str::trim_start);
    let region: String = t.chars().take(2).collect();
    region.parse::<u32>().is_ok_and(|r| (1..=20).contains(&r))
}

/// Validator `registry-number`: a registration number of 7 digits or more
/// that is not a date.
pub fn registry_number(c: &Candidate<'_>) -> bool {
    let t = c.text();
    digits(t).is_some_and(|d| d.as_slice().len() >= 7) && !crate::detect::ids::date_like(t)
}

/// Validator `vin`: 17 characters without I, O, Q, with at least three digits
/// and two letters (so a word in capitals or a long number never passes).
pub fn vin(c: &Candidate<'_>) -> bool {
    let t = c.text();
    let letters = t.bytes().filter(u8::is_ascii_uppercase).count();
    let nums = t.bytes().filter(u8::is_ascii_digit).count();
    t.len() == 17
        && letters >= 2
        && nums >= 3
        && !t.bytes().any(|b| matches!(b, b'I' | b'O' | b'Q'))
}

/// Validator `cadastral`: 9 to 16 digits in at least three groups.
pub fn cadastral(c: &Candidate<'_>) -> bool {
    let t = c.text();
    let (sizes, groups) = super::digit_groups(t);
    digits(t).is_some_and(|d| (9..=18).contains(&d.as_slice().len()))
        && groups >= 3
        && sizes[0] == 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::cand;

    #[test]
    fn plate_table() {
        for (t, want) in [
            ("123 ABC 02", true),
            ("123ABC02", true),
            ("123 ABC 45", false),
            ("A 123 BCD", true),
        ] {
            assert_eq!(plate(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn vin_table() {
        for (t, want) in [
            ("XTA21099043512345", true),
            ("WVWZZZ3CZWE123456", true),
            ("XTA2109904351234O", false),
            ("12345678901234567", false),
            ("ABCDEFGHJKLMNPRST", false),
        ] {
            assert_eq!(vin(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn registry_number_table() {
        for (t, want) in [
            ("2217/1903/04", true),
            ("0102200017539", true),
            ("1-2001-0048812", true),
            ("12.03.2001", false),
            ("1234/21", false),
        ] {
            assert_eq!(registry_number(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn certificate_table() {
        for (t, want) in [
            ("04 ТВ 118563", true),
            ("15ТА 008417", true),
            ("99 ТВ 118563", false),
            ("KZ 10 AB 278415", true),
            ("KZ10AB278415", true),
            ("KZ 99 AB 278415", false),
        ] {
            assert_eq!(certificate(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn cadastral_table() {
        for (t, want) in [
            ("20-311-024-157", true),
            ("21:320:012:345", true),
            ("2-1234/2023", false),
            ("03:047:125:318:1/А", true),
        ] {
            assert_eq!(cadastral(&cand(t)), want, "{t}");
        }
    }
}
