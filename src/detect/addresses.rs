//! Addresses, dates and places of birth: context checks for the candidates of
//! `rules/addresses.yaml`. Each check reads a small window around the
//! candidate (the clause before it, a few words after it), never the document.

use super::Candidate;

/// Bytes of text read before a candidate.
const BEFORE: usize = 160;
/// Bytes of text read after a candidate.
const AFTER: usize = 240;

/// Words before an address that make it the court's or a company's address.
const LEGAL: &[&str] = &[
    "юридическ",
    "заңды",
    "адрес суда",
    "суда:",
    "суд (",
    "суда (",
    "суд:",
    " суд ",
    " суд,",
    "соты ",
    "соты,",
    "здании суда",
    "здание суда",
    "сот ғимарат",
    "ғимарат",
    "соты (",
    "сотының (",
    "почтов",
    "место нахождения",
    "местонахождени",
    "орналасқан жері",
];

/// Words right before an address keyword that make it a legal or court address.
const LEGAL_KEYWORD: &[&str] = &["юридическ", "заңды", "адрес суда", "суда:"];

/// Words before an address that make it an organisation's or a public place's.
const ORG: &[&str] = &[
    "»",
    "тоо ",
    "ао ",
    "жшс",
    "ақ ",
    "магазин",
    "кафе",
    "трц",
    "тц ",
    "рынок",
    "рынка",
    "базар",
    "дүкен",
    "банк",
    "сауда",
    "мейрамхан",
    "ресторан",
    "аптек",
    "азс",
    "филиал",
    "отделени",
    "офис",
    "ломбард",
    "организаци",
    "учреждени",
    "мекеме",
    "компани",
    "предприяти",
    "кәсіпорн",
    "бизнес-центр",
    "гостиниц",
    "ведомств",
    "департамент",
    "акимат",
    "әкімдік",
];

/// Keywords that show a person's residence or registration.
const PERSONAL: &[&str] = &[
    "прожива",
    "зарегистр",
    "жительств",
    "регистрац",
    "пребыва",
    "житель",
    "домой",
    "тұратын",
    "тұрғылықты",
    "тіркелген",
    "мекенжай",
];

/// Keywords that name the text after them as an address.
const EXPLICIT: &[&str] = &["адрес", "мекенжай", "жительств", "регистрац", "жер"];

/// Street-level words: a settlement alone is no address.
const STREET: &[&str] = &[
    "ул.",
    "улиц",
    "пр.",
    "пр-",
    "просп",
    "пер.",
    "переул",
    "б-р",
    "бульвар",
    "шоссе",
    "тупик",
    "мкр",
    "микрорайон",
    "м-н",
    "кв-л",
    "квартал",
    "ж/м",
    "с/т",
    "көше",
    "даңғыл",
    "аудан",
];

/// Validator `address`: an address chain after a keyword, or without one
/// when it holds a house or flat number (or «мекенжайында» follows); never the
/// court's building or a company's legal address; not an organisation or a
/// public place unless the keyword names a resident; street-level when the
/// keyword is a bare verb («проживающий в г. Алматы» is no address).
pub fn address(c: &Candidate<'_>) -> bool {
    if !bounded(c) {
        return false;
    }
    let lead = c.lead().trim_matches(|ch: char| !ch.is_alphabetic());
    let after = c.after(80).trim_start();
    let kz_keyword_after =
        after.starts_with("мекенжай") || starts_with_any(after, &["тұрады", "тұратын"]);
    // most candidates are a city or a region alone: decided before any other work
    if lead.is_empty() && !kz_keyword_after && !has_house(c.text()) {
        return false;
    }
    let lead = lead.to_lowercase();
    let after = after.to_lowercase();
    let after = after.as_str();
    if after.starts_with("мекенжайындағы сот")
        || after.starts_with("мекенжайында орналасқан сот")
        || starts_with_any(after, &["сот ғимарат", "здании суда", "здание суда"])
    {
        return false;
    }
    let value = c.text().to_lowercase();
    if ends_with_digit(&value) && (unit_word(after) || part_of_number(c.after(2))) {
        return false;
    }
    // the text before the value, with the keyword and the separator before it
    let start = super::ceil_char_boundary(c.hay, c.value.start.saturating_sub(BEFORE));
    let near = strip_chain(inside_quote(clause(&c.hay[start..c.value.start]))).to_lowercase();
    if contains_any(last_chars(&near, 40), LEGAL_KEYWORD) {
        return false;
    }
    let personal = contains_any(&lead, PERSONAL) || kz_keyword_after;
    let tail = last_segments(&near, 2);
    if !personal && (contains_any(tail, LEGAL) || contains_any(tail, ORG)) {
        return false;
    }
    if !lead.is_empty() && !contains_any(&lead, EXPLICIT) {
        return value.bytes().any(|b| b.is_ascii_digit()) || contains_any(&value, STREET);
    }
    true
}

/// Street keywords after which a bare number is a house number.
const STREET_NUMBERED: &[&str] = &[
    "ул.",
    "улиц",
    "пр.",
    "пр-",
    "просп",
    "пер.",
    "переул",
    "б-р",
    "бульвар",
    "шоссе",
    "тупик",
    "наб.",
    "набережн",
    "пл.",
    "площад",
    "көше",
    "даңғыл",
    "тұйық",
    "алаң",
    "тас жол",
    "көш.",
    "даң.",
];

/// Words right before a number that make it a house, flat or plot number.
const HOUSE_BEFORE: &[&str] = &[
    "д.",
    "дом",
    "дома",
    "доме",
    "кв.",
    "квартира",
    "квартиры",
    "квартире",
    "квартиру",
    "уч.",
    "участок №",
    "участка №",
    "участке №",
];

/// Whether an address chain holds a house, flat or plot number: «д. 5»,
/// «кв. 12», «5-үй», «12-пәтер», «56-й квартире», «ул. Абая, 12».
fn has_house(v: &str) -> bool {
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'/') {
            i += 1;
        }
        let rest = v[i..].trim_start_matches(['-', ' ']);
        // «56-й квартире», «5-м доме»: skip an ordinal ending
        let ordinal = rest.trim_start_matches(|c: char| c.is_alphabetic() && c != 'ү' && c != 'п');
        if starts_with_any(rest, &["үй", "пәтер"])
            || (ordinal.len() < rest.len()
                && starts_with_any(ordinal.trim_start(), &["квартир", "дом"]))
        {
            return true;
        }
        let head = v[..start].trim_end();
        if HOUSE_BEFORE.iter().any(|w| head.ends_with(w)) {
            return true;
        }
        let head = head.trim_end_matches(['№', ' ']);
        if HOUSE_BEFORE
            .iter()
            .any(|w| head.ends_with(w) && !w.ends_with('№'))
        {
            return true;
        }
        let micro = starts_with_any(
            rest,
            &[
                "ықшам",
                "шағын",
                "мөлтек",
                "көше",
                "мкр",
                "микрорайон",
                "кв-л",
                "квартал",
            ],
        );
        let component = head
            .trim_end_matches(',')
            .rsplit(',')
            .next()
            .unwrap_or(head);
        let latin = component.chars().any(|c| c.is_ascii_alphabetic());
        if !micro && head.len() < start && (contains_any(component, STREET_NUMBERED) || latin) {
            return true;
        }
    }
    false
}

/// Validator `birth-date`: a date is a date of birth when «года рождения»,
/// «г.р.», «ж.т.», «туған» (maybe after a place) or «у нее родилась» follows,
/// or «дата рождения», «родился», «туған күні» precedes.
pub fn birth_date(c: &Candidate<'_>) -> bool {
    birth_after(c.after(AFTER)) || birth_before(c.before(BEFORE))
}

/// Validator `birth-place`: a place after «уроженец», «место рождения»,
/// «туған жері»; after «в» when «родился/родившийся» (maybe and a date)
/// precedes; without a keyword when «туған» or «тумасы» follows.
pub fn birth_place(c: &Candidate<'_>) -> bool {
    if !bounded(c) {
        return false;
    }
    let lead = c.lead().trim_matches(|ch: char| !ch.is_alphabetic());
    if lead == "в" {
        return born_before(c);
    }
    if !lead.is_empty() {
        return true;
    }
    let after = c.after(60);
    let mut words = after.split_whitespace();
    let first = words.next().unwrap_or("").trim_matches([',', ';', ':']);
    matches!(
        first,
        "туған" | "тумасы" | "тумасын" | "туылған" | "дүниеге"
    ) && !starts_with_any(&words.next().unwrap_or("").to_lowercase(), KIN)
}

/// No letter or digit right before or after the value (the patterns start
/// at a separator and say `bounds: none`, so the value's ends are checked here).
fn bounded(c: &Candidate<'_>) -> bool {
    let alnum = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
    !alnum(c.hay[..c.value.start].chars().next_back()) && !alnum(c.after(4).chars().next())
}

/// «родился/родившийся» stands before «в», maybe with a date between them.
fn born_before(c: &Candidate<'_>) -> bool {
    let before = c.before(BEFORE).to_lowercase();
    let words: Vec<&str> = clause(&before).split_whitespace().collect();
    let mut skipped = 0;
    for w in words.iter().rev() {
        if born_word(w) {
            return true;
        }
        let dateish = w.bytes().any(|b| b.is_ascii_digit())
            || matches!(*w, "года" | "г." | "г" | "жылы" | "жылғы")
            || RU_MONTHS.iter().any(|m| w.starts_with(m));
        if !dateish || skipped == 4 {
            return false;
        }
        skipped += 1;
    }
    false
}

/// Russian month stems, for dates written in words.
const RU_MONTHS: &[&str] = &[
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// Beginnings of the text after a date that make it a date of birth.
const BIRTH_AFTER: &[&str] = &[
    "года рождения",
    "года р.",
    "г. рождения",
    "г.рождения",
    "г.р.",
    "г. р.",
    "г.р,",
    "г. р,",
    "г.р ",
    "г. р ",
    "г.р)",
    "г/р",
    "гр.",
    "рождения",
    "ж.т.",
    "ж. т.",
    "ж.т,",
    "ж.т ",
    "жылы туған",
    "жылғы туған",
    "у нее родил",
    "у неё родил",
    "у него родил",
    "у них родил",
    "родил",
];

/// Words after «туған» that make it «own» (a brother) rather than «born».
const KIN: &[&str] = &[
    "аға",
    "іні",
    "әпке",
    "қарындас",
    "сіңлі",
    "бауыр",
    "апа",
    "әке",
    "шеше",
    "ана",
    "бала",
    "күн",
    "жер",
    "кез",
    "жыл",
];

/// Lowercase words that may stand in a place of birth before «туған».
const PLACE_WORDS: &[&str] = &[
    "облыс",
    "аудан",
    "қала",
    "қ.",
    "ауыл",
    "а.",
    "кент",
    "село",
    "станция",
    "елді",
    "мекен",
    "округ",
    "обл.",
];

fn birth_after(after: &str) -> bool {
    let a = after.trim_start_matches([' ', '\u{a0}']);
    if starts_with_any(&first_chars(a, 16).to_lowercase(), BIRTH_AFTER) {
        return true;
    }
    // «1990 жылғы 17 шілдеде Павлодар қаласында туған»: skip the place.
    let mut words = a.split_whitespace().take(10).peekable();
    while let Some(w) = words.next() {
        let word = w.trim_matches([',', ';', ':', '(', ')']);
        if matches!(word, "туған" | "тумасы" | "туылған") {
            let next = words.peek().map_or(String::new(), |n| n.to_lowercase());
            return !starts_with_any(&next, KIN);
        }
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let place = capital || starts_with_any(word, PLACE_WORDS);
        if !place || (w.ends_with('.') && word.chars().count() > 4) {
            return false;
        }
    }
    false
}

fn birth_before(before: &str) -> bool {
    let b = last_chars(clause(before), 40).to_lowercase();
    let b = b.trim_end_matches([' ', ':', '-', '–', '—', '(', ',', '\u{a0}']);
    if [
        "г.р.",
        "г. р.",
        "ж.т.",
        "рождения",
        "рожд.",
        "д.р.",
        "д/р",
        "туған күні",
        "туылған күні",
        "туған уақыты",
        "туған жылы",
    ]
    .iter()
    .any(|e| b.ends_with(e))
    {
        return true;
    }
    b.split_whitespace().next_back().is_some_and(born_word)
}

/// «родился», «родившаяся», «рождённый», «туған».
fn born_word(w: &str) -> bool {
    starts_with_any(w, &["родил", "родивш", "рождён", "рожден"])
}

/// The text after the last line break, semicolon or sentence end. A full
/// stop after an abbreviation («г.», «обл.», «просп.») or an initial ends no
/// sentence.
fn clause(s: &str) -> &str {
    let mut start = 0;
    for (i, ch) in s.char_indices() {
        let end = match ch {
            '\n' | ';' => true,
            '.' => {
                let rest = &s[i + 1..];
                let word = s[..i]
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                let next = rest.trim_start_matches(' ').chars().next();
                rest.starts_with(' ')
                    && next.is_none_or(char::is_uppercase)
                    && word.chars().count() >= 4
                    && !matches!(word, "просп" | "корп" | "пгт")
            }
            _ => false,
        };
        if end {
            start = i + ch.len_utf8();
        }
    }
    &s[start..]
}

/// The text after an opening quote that is still open at the end of `s`: a
/// quoted document or statement is judged by its own words.
fn inside_quote(s: &str) -> &str {
    match s.rfind('«') {
        Some(i) if !s[i..].contains('»') => &s[i + '«'.len_utf8()..],
        _ => s,
    }
}

/// `s` without the address components it ends with («г. Алматы, »), so that a
/// candidate starting inside a longer address sees what stands before the
/// whole address.
fn strip_chain(mut s: &str) -> &str {
    for _ in 0..8 {
        let Some(t) = s.trim_end().strip_suffix(',') else {
            return s;
        };
        let start = t
            .rfind([',', '(', ')', ':', ';', '–', '—'])
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        if !address_like(&t[start..]) {
            return s;
        }
        s = &t[..start];
    }
    s
}

/// Address component words, to recognise a piece of an address.
const COMPONENT: &[&str] = &[
    "г.",
    "с.",
    "п.",
    "пос.",
    "а.",
    "қ.",
    "обл",
    "р-н",
    "район",
    "аудан",
    "қала",
    "ауыл",
    "кент",
    "ул.",
    "пр.",
    "пер.",
    "мкр",
    "көше",
    "даңғыл",
    "д.",
    "кв.",
    "үй",
    "пәтер",
    "ықшам",
];

/// A short piece of text holding an address component word or a number.
fn address_like(seg: &str) -> bool {
    let lower = seg.to_lowercase();
    seg.split_whitespace().count() <= 6
        && (seg.bytes().any(|b| b.is_ascii_digit()) || contains_any(&lower, COMPONENT))
}

/// The last `n` comma- or bracket-separated pieces of `s`.
fn last_segments(s: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, ch) in s.char_indices().rev() {
        if matches!(ch, ',' | '(' | ')') {
            seen += 1;
            if seen == n {
                return &s[i + 1..];
            }
        }
    }
    s
}

/// Whether `s` starts with a month name, «года», or a unit («лет», «тенге»):
/// the number before it is no house number.
fn unit_word(s: &str) -> bool {
    let w = s.split_whitespace().next().unwrap_or("");
    RU_MONTHS.iter().any(|m| w.starts_with(m) && w.len() > 3)
        || KZ_MONTHS.iter().any(|m| w.starts_with(m))
        || matches!(
            w.trim_end_matches([',', '.', ';']),
            "года"
                | "г"
                | "год"
                | "лет"
                | "жылы"
                | "жылғы"
                | "ж"
                | "жыл"
                | "дней"
                | "дня"
                | "день"
                | "күн"
                | "раз"
                | "тенге"
                | "теңге"
                | "человек"
                | "мин"
                | "минут"
                | "час"
                | "часов"
                | "сағат"
                | "м"
                | "км"
                | "метр"
                | "метров"
                | "га"
                | "кв"
                | "шт"
        )
}

/// Whether the text after a number continues it («20-311-024» of a cadastral
/// number «20-311-024-157»).
fn part_of_number(after: &str) -> bool {
    let b = after.as_bytes();
    b.len() == 2 && matches!(b[0], b'-' | b':' | b'/' | b'.') && b[1].is_ascii_digit()
}

/// Kazakh month stems.
const KZ_MONTHS: &[&str] = &[
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// The first `n` characters of `s`.
fn first_chars(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// The last `n` characters of `s`.
fn last_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[start..]
}

fn ends_with_digit(s: &str) -> bool {
    s.bytes().last().is_some_and(|b| b.is_ascii_digit())
}

fn starts_with_any(s: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| s.starts_with(p))
}

/// Whether `s` holds one of `needles`; a needle that starts with a letter must
/// start a word («ақ » is not found in «бірақ »).
fn contains_any(s: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| {
        let word = n.starts_with(char::is_alphabetic);
        s.match_indices(n)
            .any(|(i, _)| !word || !s[..i].chars().next_back().is_some_and(char::is_alphabetic))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A candidate whose value is the `[[…]]`-marked part of `t`.
    fn marked(t: &str) -> (String, std::ops::Range<usize>) {
        let s = t.find("[[").unwrap();
        let e = t.find("]]").unwrap() - 2;
        (t.replace("[[", "").replace("]]", ""), s..e)
    }

    fn check(f: fn(&Candidate<'_>) -> bool, t: &str) -> bool {
        let (text, v) = marked(t);
        f(&Candidate {
            hay: &text,
            whole: v.clone(),
            value: v,
        })
    }

    #[test]
    fn birth_dates() {
        for (t, want) in [
            ("Иванов, [[12.05.1985]] года рождения", true),
            ("Иванов, [[12.05.1985]] г.р.", true),
            ("дата рождения: [[12.05.1985]], ИИН", true),
            ("родился [[12 мая 1985 года]] в", true),
            ("[[1985 жылғы 12 мамырда]] Ақсу ауылында туған", true),
            ("[[1985 жылғы 12 мамырда]] туған ағасы", false),
            ("[[2004 жылғы 17 қыркүйекте]] некеге тұрған", false),
            ("договор от [[12.05.2020]] года", false),
            ("[[12.05.2020]] у нее родилась дочь", true),
        ] {
            assert_eq!(check(birth_date, t), want, "{t}");
        }
    }

    #[test]
    fn birth_place_table() {
        for (t, want) in [
            ("родившаяся 30 сентября 1952 года в [[с. Глубокое]]", true),
            ("родился в [[Ташкенте]]", true),
            ("проживает в [[г. Алматы]]", false),
            ("12 марта 2023 года в [[г. Алматы]]", false),
        ] {
            let (text, v) = marked(t);
            let whole = v.start - "в ".len()..v.end;
            let c = Candidate {
                hay: &text,
                whole,
                value: v,
            };
            assert_eq!(birth_place(&c), want, "{t}");
        }
        assert!(check(birth_place, "[[Ақсу ауылында]] туған, ЖСН"));
        assert!(!check(birth_place, "[[Алматы қаласында]] туған ағасы"));
        assert!(!check(birth_place, "[[Алматы қаласында]] тұрады"));
    }

    #[test]
    fn address_context() {
        for (t, want) in [
            (
                "юридический адрес: [[г. Караганда, пр. Строителей, 21]].",
                false,
            ),
            (
                "(адрес суда: [[г. Усть-Каменогорск, ул. Казахстан, 72]])",
                false,
            ),
            (
                "сот ғимаратында ([[Шымкент қ., Тәуке хан даңғылы, 3]])",
                false,
            ),
            (
                "[[Талғар қаласы, Ленин көшесі, 61]] мекенжайындағы сот",
                false,
            ),
            ("в магазине «Магнум», по [[ул. Абая, 15]]", false),
            (
                "оқытушысы, [[Атырау қаласы, Азаттық даңғылы, 61-үй]] мекенжайында тұрады",
                true,
            ),
            ("осмотрен дом по [[пер. Сиреневый, 3]], на раме", true),
            (
                "КСК «Алмалы» составил акт: «[[Төле би көшесі, 155-үй]] ас үйі",
                true,
            ),
            ("на [[пр. Абая 12]] марта", false),
        ] {
            assert_eq!(check(address, t), want, "{t}");
        }
    }

    #[test]
    fn pieces() {
        assert_eq!(clause("Первое. Второе, третье"), " Второе, третье");
        assert_eq!(clause("адрес: г. Караганда, "), "адрес: г. Караганда, ");
        assert_eq!(clause("обл. г. Алматы"), "обл. г. Алматы");
        assert_eq!(last_segments("a, b, c", 2), " b, c");
        assert_eq!(last_segments("abc", 2), "abc");
    }
}
