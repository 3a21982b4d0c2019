//! Contact data: telephone numbers and social-network handles (e-mail is a
//! pattern only).

use super::{Candidate, digits, thousands_grouped};

/// Validator `phone`: 11 digits, a trunk prefix 7/8 and an area or mobile
/// code that exists in the +7 zone (3–9), not written as an amount.
pub fn phone(c: &Candidate<'_>) -> bool {
    let t = c.text();
    let Some(d) = digits(t) else { return false };
    let d = d.as_slice();
    // Without «+», a leading 7 is the country code only before a Kazakh
    // mobile or city code (7xx); 8 is the trunk prefix.
    d.len() == 11
        && (d[0] == 8 || (d[0] == 7 && (t.starts_with('+') || d[1] == 7)))
        && (3..=9).contains(&d[1])
        && !thousands_grouped(t)
        && t.matches('\n').count() <= 1
}

/// Validator `phone-foreign`: 8 to 15 digits after a `+` country code, not
/// written as an amount.
pub fn phone_foreign(c: &Candidate<'_>) -> bool {
    let t = c.text();
    digits(t).is_some_and(|d| (8..=15).contains(&d.as_slice().len())) && !thousands_grouped(t)
}

/// Validator `phone-local`: after a telephone keyword, a local number of 5–7
/// digits or a 10-digit number without the trunk prefix.
pub fn phone_local(c: &Candidate<'_>) -> bool {
    let t = c.text();
    // More digit groups after it: the start of a longer number («тел. 8 7182
    // 55 19 64» is no «8 7182»), which the other phone rules read whole.
    let a = c.after(2);
    let more = a.strip_prefix([' ', '-']).unwrap_or(a);
    digits(t).is_some_and(|d| matches!(d.as_slice().len(), 5..=7 | 10))
        && !thousands_grouped(t)
        && !more.starts_with(|ch: char| ch.is_ascii_digit())
}

/// Validator `nickname`: a quoted nickname with a digit, a Latin letter or
/// a sign in it («Ира Петренко 58», «Самал_Astana»). One of Cyrillic words
/// only («Шах») is left to the name detector, which finds its case forms
/// («Шахом») too.
pub fn nickname(c: &Candidate<'_>) -> bool {
    c.text()
        .chars()
        .any(|ch| (!ch.is_alphabetic() || ch.is_ascii()) && !matches!(ch, ' ' | '-'))
}

/// Validator `social-handle`: a handle, not the domain of an e-mail
/// («@mail.ru») or a brand in quotes («Kaspi Gold», «Google»): lowercase, or
/// holding «_», «.» or a digit.
pub fn social_handle(c: &Candidate<'_>) -> bool {
    let t = c.text();
    let h = t.strip_prefix('@').unwrap_or(t);
    if h.len() < 3 || c.after(1).starts_with('@') {
        return false;
    }
    // An e-mail domain: a known mail host or a top-level domain after a dot.
    let domain = h.rsplit_once('.').is_some_and(|(_, tld)| {
        matches!(
            tld,
            "ru" | "kz" | "com" | "net" | "org" | "su" | "ua" | "uz" | "kg" | "by"
        )
    });
    // «@arman.travel.kz» деген парақша: the page word makes it a handle.
    let page = ["парақша", "аккаунт", "профил", "страниц"]
        .iter()
        .any(|w| c.hay[c.whole.clone()].contains(w));
    if t.starts_with('@') && domain && !page {
        return false;
    }
    h.bytes().any(|b| matches!(b, b'_' | b'.' | b'0'..=b'9'))
        || h.bytes().all(|b| !b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::{Candidate, cand};

    #[test]
    fn phone_table() {
        let rows = [
            ("+7 701 234 56 78", true),
            ("8(702)1234567", true),
            ("8-777-123-45-67", true),
            ("87271234567", true),
            ("8 (7212) 41-22-33", true),
            ("80 000 000 000", false),
            ("8 000 123 45 67", false),
            ("8701234567", false),
            ("89 500 000 000", false),
            ("8 705 1\n19 63 28", true),
            ("7-747-315-08-81", true),
            ("7 495 123 45 67", false),
            ("8 705\n1\n19 63 28", false),
        ];
        for (t, want) in rows {
            assert_eq!(phone(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn social_handle_table() {
        for (t, want) in [
            ("@elya_gainullina_kz", true),
            ("@serik88", true),
            ("dinara.zhumabek", true),
            ("seitkalimebel", true),
            ("@mail.ru", false),
            ("@gmail.com", false),
            ("Google", false),
            ("@ab", false),
        ] {
            assert_eq!(social_handle(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn nickname_table() {
        for (t, want) in [
            ("Ира Петренко 58", true),
            ("Самал_Astana", true),
            ("Жанибек 4 подъезд", true),
            ("Шах", false),
            ("Кара-Бала", false),
        ] {
            assert_eq!(nickname(&cand(t)), want, "{t}");
        }
    }

    #[test]
    fn local_table() {
        for (t, want) in [
            ("41-22-33", true),
            ("701 234 56 78", true),
            ("1 250 000", false),
            ("12", false),
        ] {
            assert_eq!(phone_local(&cand(t)), want, "{t}");
        }
        // followed by more digit groups: part of a longer number
        for (t, end, want) in [
            ("8 7182 55 19 64.", 6, false),
            ("8 7182-55-19-64", 6, false),
            ("41-22-33, далее", 8, true),
            ("41-22-33 5 экз.", 8, false),
        ] {
            let c = Candidate {
                hay: t,
                whole: 0..end,
                value: 0..end,
            };
            assert_eq!(phone_local(&c), want, "{t}");
        }
    }
}
