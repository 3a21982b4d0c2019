//! Addresses, dates and places of birth: the context checks behind the rules
//! of `rules/addresses.yaml`.
//!
//! The patterns find address chains, dates and places; the checks here decide
//! what the patterns cannot: whether a chain without a keyword holds a house
//! or flat number, whether it is the court's building, a company's legal
//! address or a shop, whether a date or a place is a person's birth. Each check
//! reads a small window around its candidate: the clause before it (cut at a
//! line break, a semicolon or a sentence end) and the rest of its line after
//! it, so a document gives the same findings whole or streamed line by line.

use super::Candidate;

/// Bytes of text read before a candidate.
const BEFORE: usize = 160;
/// Bytes of text read before an address for its clause: enough that a chain
/// and every shorter chain inside it see the same clause start.
const CLAUSE_BEFORE: usize = 1024;
/// Characters before an address searched for a court or an organisation.
const TAIL_CHARS: usize = 90;
/// Bytes of text read after a candidate.
const AFTER: usize = 240;

// ------------------------------------------------------------------ address

/// Validator `address`: an address chain after a keyword, or without one when
/// it holds a house or flat number (or «мекенжайында» follows); never the
/// court's building or a company's legal address; not an organisation or a
/// public place unless the keyword names a resident; street-level when the
/// keyword is a bare verb («проживающий в г. Алматы» is no address), unless
/// it names a village, a district or a microdistrict.
pub fn address(c: &Candidate<'_>) -> bool {
    if !bounded(c) {
        return false;
    }
    let text = c.text();
    let lead = c.lead().trim_matches(|ch: char| !ch.is_alphabetic());
    let after = line_after(c, 80).trim_start();
    let address_after = after.starts_with("мекенжай");
    // «… 5-үй, 12-пәтерде тұрады»: a Kazakh verb of residence after it.
    // «… 116-үй тұрғыны» (a resident of it).
    let lives_after = starts_with_any(
        after,
        &["тұрады", "тұратын", "тұрған", "тіркелген", "тұрғыны"],
    );
    // «… в с. Карабулак, где проживают родители»: a clause of residence
    // after a place below a city.
    let lives_where = after.strip_prefix(',').is_some_and(|a| {
        starts_with_any(
            a.trim_start(),
            &[
                "где прожива",
                "где зарегистрирова",
                "где жив",
                "где постоянно прожива",
            ],
        )
    });
    if lead.is_empty() {
        // Most candidates are a city or a region alone: decided first.
        let house = has_house(text)
            || (lives_after && street_level(text))
            || (lives_where && (street_level(text) || below_city(text)));
        if !address_after && !house {
            return false;
        }
        // «Жауапкер Шымкент қаласы», «Абенованың Алашахан көшесі»: a word before
        // the address read as the first word of a two-word name.
        let first = text.split_whitespace().next().unwrap_or("");
        let capital = first.starts_with(char::is_uppercase);
        let first = first.to_lowercase();
        if STOP_WORDS.contains(&first.as_str())
            || (capital && PERSON_ENDINGS.iter().any(|e| first.ends_with(e)))
        {
            return false;
        }
    }
    let lead = lead.to_lowercase();
    let after = after.to_lowercase();
    if starts_with_any(&after, COURT_AFTER) {
        return false;
    }
    // «алаңы 96,4 шаршы метр»: a decimal quantity.
    let decimal = after.strip_prefix(',').is_some_and(|r| {
        let unit = r.trim_start_matches(|ch: char| ch.is_ascii_digit());
        unit.len() < r.len() && unit.starts_with(' ') && unit_word(unit)
    });
    if ends_with_digit(text) && (unit_word(&after) || decimal || part_of_number(c.after(4))) {
        return false;
    }
    // What stands before the whole address: the keyword and the words before it.
    let before = Before::of(c);
    let near = &before.lower;
    if before.court_keyword() {
        return false;
    }
    // An individual entrepreneur is a person: the legal address of
    // «ЖК «…» (ЖСН …, заңды мекенжайы: …)» is a home.
    let entrepreneur = entrepreneur(last_chars(near, 120));
    if !entrepreneur && contains_any(last_chars(near, 40), LEGAL_KEYWORD) {
        return false;
    }
    // A residence word or a participant's property right before the address
    // («проживает с семьёй по адресу:», «гараж по адресу») makes it personal
    // even after an employer in the same clause.
    // «…, участок № 348, принадлежащем Касымову Б.Е.»: a person's property,
    // even in a clause that names an organization or an operation.
    let owned_after = starts_with_any(
        after.trim_start_matches([',', ' ']),
        &[
            "принадлежащ",
            "принадлежавш",
            "собственником которого",
            "собственником которой",
        ],
    );
    let personal = entrepreneur
        || owned_after
        || contains_any(&lead, PERSONAL)
        || before.personal()
        || contains_any(last_chars(near, 40), PROPERTY_BEFORE);
    if !personal && !lives_after && !lives_where && before.court() {
        return false;
    }
    // «… Рысқұлов даңғылы, 54 мекенжайында орналасқан «Алтын Сарай»
    // мейрамханасында»: the address of a public place, the scene of an event.
    if !personal && !lives_after && public_place_after(c) {
        return false;
    }
    // «…, Абай даңғылы, 5-үй мекенжайында тұратын» names a resident even after
    // an employer; «… мекенжайындағы дүкенде» does not.
    // «… мекенжайындағы саяжай теліміне»: a participant's property.
    let resident_after = (address_after
        && (contains_any(first_chars(&after, 40), &["тұра", "тіркел"])
            || contains_any(first_chars(&after, 32), PROPERTY_AFTER)))
        || lives_after
        || contains_any(first_chars(&after, 24), &["тұрғылықты", "тіркелген"]);
    // A flat or a room («…, корпус 2, комната 314» of a hostel) is a home
    // even where an organization is named before it.
    let dwelling = || {
        contains_any(
            &text.to_lowercase(),
            &["комнат", "ком.", "кв.", "квартир", "пәтер", "бөлме"],
        )
    };
    if !personal
        && !resident_after
        && (before.org_words()
            || org_quote(last_chars(last_segments(before.case, 2), TAIL_CHARS))
            || contains_any(last_chars(near, 48), COMPANY_ID))
        && !dwelling()
    {
        return false;
    }
    if !lead.is_empty() && !contains_any(&lead, EXPLICIT) {
        // «проживает в с. Каскелен Карасайского района»: a village, a
        // district or a microdistrict locates a home; a city alone
        // («проживающий в г. Алматы») does not.
        return street_level(text)
            || ((lives_where || contains_any(&lead, PERSONAL)) && below_city(text));
    }
    true
}

/// Validator `address-bare`: a settlement and a street with a number and no
/// keywords, after a residence keyword: not a person's name or a pronoun
/// («проживающий Иванов, Петров 15»).
pub fn address_bare(c: &Candidate<'_>) -> bool {
    if !bounded(c) {
        return false;
    }
    let text = c.text();
    let next = line_after(c, 80);
    let after = next.trim_start().to_lowercase();
    // «15 лет», «5 человек»: a count, not a house. «44-үй»: a numbered
    // house that the `address` rule reads whole.
    if starts_with_any(
        &after,
        &["лет", "год", "жыл", "человек", "адам", "үй", "пәтер"],
    ) || next
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(char::is_alphabetic))
    {
        return false;
    }
    let person = !text.split([',', ' ']).take(2).all(|w| {
        let w = w.to_lowercase();
        !STOP_WORDS.contains(&w.as_str())
            && !PERSON_ENDINGS.iter().any(|e| w.ends_with(e))
            && !crate::names::is_patronymic(&w)
    });
    // «Ахметов, Серіков 10-15»: two surnames, not a town and its street.
    let surname = |w: &str| crate::names::surname_morph(&w.to_lowercase()) == 2;
    let mut names = text.split([',', ' ']).filter(|w| !w.is_empty());
    let two_surnames = names.next().is_some_and(surname) && names.next().is_some_and(surname);
    if person || two_surnames {
        return false;
    }
    // The court's building («… 61 мекенжайындағы сот»), an organization
    // or the court named before it, as for [`address`].
    if starts_with_any(&after, COURT_AFTER) {
        return false;
    }
    let before = Before::of(c);
    if before.court_keyword() {
        return false;
    }
    let resident = contains_any(first_chars(&after, 40), &["тұра", "тіркел"]) || before.personal();
    resident || !(public_place_after(c) || before.court() || before.org_words())
}

/// «… 54 мекенжайында орналасқан «Алтын Сарай» мейрамханасында»: the
/// address of a public place, the scene of an event.
fn public_place_after(c: &Candidate<'_>) -> bool {
    let end = super::floor_char_boundary(c.hay, (c.value.end + 240).min(c.hay.len()));
    let a = first_chars(c.hay[c.value.end..end].trim_start(), 90).to_lowercase();
    let a = a.as_str();
    // «… 55 мекенжайындағы дүкенге»: the place right after the address.
    let at_place = a
        .strip_prefix("мекенжайындағы")
        .is_some_and(|r| contains_any(first_chars(r.trim_start(), 16), PUBLIC_PLACE_AFTER));
    a.starts_with("мекенжай")
        && (at_place || (a.contains("орналасқан") && contains_any(a, PUBLIC_PLACE_AFTER)))
}

/// The clause before an address, up to its keyword: it tells the court's
/// building, an organization's address and a person's home apart. Shared by
/// [`address`] and [`address_bare`].
struct Before<'a> {
    /// As written (quoted names keep their capitals).
    case: &'a str,
    /// In lowercase.
    lower: String,
}

impl<'a> Before<'a> {
    fn of(c: &Candidate<'a>) -> Before<'a> {
        let start = super::ceil_char_boundary(c.hay, c.value.start.saturating_sub(CLAUSE_BEFORE));
        let case = strip_chain(inside_quote(clause(&c.hay[start..c.value.start])));
        Before {
            case,
            lower: case.to_lowercase(),
        }
    }

    /// The last two pieces of the clause, where the owner of the address is
    /// named («Сарыарқа аудандық сотының ғимаратында, …»).
    fn tail(&self) -> &str {
        last_chars(last_segments(&self.lower, 2), TAIL_CHARS)
    }

    /// A residence word or a participant right before the address.
    fn personal(&self) -> bool {
        contains_any(last_chars(&self.lower, 48), PERSONAL)
    }

    /// «Сот мекенжайы: …», «Адрес суда: …»: the court's own address.
    fn court_keyword(&self) -> bool {
        contains_any(
            last_chars(&self.lower, 32),
            &["сот мекенжай", "сотының мекенжай", "адрес суда"],
        )
    }

    /// The court named before the address (its building).
    fn court(&self) -> bool {
        let tail = self.tail();
        contains_any(tail, COURT) || court_subject(tail)
    }

    /// An organization's word before the address; a garden or garage
    /// partnership is one of private plots («серіктестігінің мүшесі және …,
    /// 4-көше, № 117 учаске»).
    fn org_words(&self) -> bool {
        let tail = self.tail();
        contains_any(tail, ORG) && !contains_any(tail, PLOTS)
    }
}

/// Prefilter of [`address`] (keep it in step with [`has_house`] and the
/// keywords of the pattern): a match with no keyword before the address
/// (none of the keyword stems in it), no digit (so no house number) and no
/// Kazakh residence word after it is a city or a region alone, which the
/// validator rejects: decided without the capture search.
pub fn address_prefilter(hay: &str, whole: std::ops::Range<usize>) -> bool {
    let text = &hay[whole.clone()];
    // The two ways `has_house` finds a home: a number, or a farmstead.
    if text.bytes().any(|b| b.is_ascii_digit()) || farmstead(text) {
        return true;
    }
    let end = super::floor_char_boundary(hay, (whole.end + 48).min(hay.len()));
    let after = hay[whole.end..end].trim_start();
    if starts_with_any(after, &["мекенжай", "тұр", "тірк"])
        || after
            .strip_prefix(',')
            .is_some_and(|a| a.trim_start().starts_with("где "))
    {
        return true;
    }
    let lower = text.to_lowercase();
    PREFILTER_KEYWORDS.iter().any(|k| lower.contains(k))
}

/// Stems of every keyword of the `address` pattern's `adr_trigger`.
const PREFILTER_KEYWORDS: &[&str] = &[
    "адрес",
    "мест",
    "прожива",
    "зарегистрирова",
    "пребыва",
    "располож",
    "находящ",
    "жител",
    "жив",
    "дом",
    "мекенжай",
    "тұратын",
    "тұрғылықты",
    "тіркелген",
];

/// Whether an address names a place smaller than a city: a village, a
/// district, a microdistrict.
fn below_city(value: &str) -> bool {
    let l = value.to_lowercase();
    l.starts_with("с.")
        || l.starts_with("а.")
        || l.starts_with("п.")
        || contains_any(
            &l,
            &[
                " с.",
                " а.",
                " п.",
                "сел",
                "пос",
                "аул",
                "ауыл",
                "район",
                "р-н",
                "аудан",
                "станиц",
                "кишлак",
                "махалл",
                "ж/м",
                "жилмассив",
                "массив",
                "мкр",
                "микрорайон",
                "ықшам",
                "шағын",
            ],
        )
}

/// Keywords of a person's residence or registration: the address is theirs
/// even next to an organisation («работающего в ТОО «…», проживающего …»).
const PERSONAL: &[&str] = &[
    "прожива",
    "зарегистр",
    "жительств",
    "регистрац",
    "пребыва",
    "житель",
    "живет",
    "живёт",
    "живут",
    "живешь",
    "живёшь",
    "живущ",
    "домой",
    "тұратын",
    "тұрғылықты",
    "тіркелген",
];

/// A participant's property named right before its address.
const PROPERTY_BEFORE: &[&str] = &[
    // a house by its street, not a shop in it («у дома по ул. …»)
    "у дома по",
    "к дому по",
    "из дома по",
    "возле дома по",
    "около дома по",
    "дворе дома по",
    "подъезде дома по",
    "гараж",
    "квартир",
    "жилой дом",
    "жилого дома",
    "жилом доме",
    "жилье",
    "жильё",
    "земельн",
    "дачн",
    "пәтер",
    "тұрғын үй",
    "жер учаске",
];

/// A participant's property named right after «мекенжайындағы».
/// Public places and organizations named after «… мекенжайында орналасқан».
const PUBLIC_PLACE_AFTER: &[&str] = &[
    "мейрамхана",
    "дәмхана",
    "кафе",
    "дүкен",
    "сауда орталы",
    "базар",
    "емхана",
    "аурухана",
    "мектеп",
    "мекеме",
    "кеңсе",
    "офис",
    "банк",
    "қонақүй",
    "ғимарат",
    "жшс",
    " ақ ",
    "клуб",
    "сауна",
    "монша",
];

const PROPERTY_AFTER: &[&str] = &[
    "саяжай",
    "пәтер",
    "тұрғын үй",
    "үйге",
    "үйді",
    "үйдің",
    "жер учаске",
    "телім",
    "гараж",
];

/// Keywords that name what follows as an address, so a settlement alone will do.
const EXPLICIT: &[&str] = &["адрес", "мекенжай", "жительств", "регистрац", "жер"];

/// Whether the last owner named in `near` (lowercase) is an individual
/// entrepreneur rather than a company or the court.
fn entrepreneur(near: &str) -> bool {
    let last = |needles: &[&str]| {
        needles
            .iter()
            .filter_map(|n| {
                near.match_indices(n)
                    .filter(|(i, _)| {
                        !near[..*i]
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphabetic)
                    })
                    .map(|(i, _)| i)
                    .last()
            })
            .max()
    };
    let person = last(&["ип «", "ип \"", "жк «", "индивидуальн", "жеке кәсіпкер"]);
    let company = last(&[
        "тоо",
        "жшс",
        "ао ",
        "ақ ",
        "ооо",
        "товариществ",
        "серіктестік",
        "суд",
        "сот",
    ]);
    person.is_some_and(|p| company.is_none_or(|c| c < p))
}

/// A company's business identification number right before an address
/// («КМҚК (БСН 291042277656, мекенжайы: …)», «ТОО «…» (БИН …), расположенный
/// по …»): its requisites, not a home.
const COMPANY_ID: &[&str] = &["бин ", "бин:", "бсн ", "бсн:"];

/// Right before the keyword: a company's or the court's address.
const LEGAL_KEYWORD: &[&str] = &[
    "юридическ",
    "юр. адрес",
    "заңды мекенжай",
    "заңды тұлға",
    "адрес суда",
    "суда:",
];

/// In the two pieces before the address: the court's building or a company.
const COURT: &[&str] = &[
    "юридическ",
    "заңды мекенжай",
    "заңды тұлға",
    "адрес суда",
    "суда:",
    "суд (",
    "суда (",
    "районный суд",
    "городской суд",
    "областной суд",
    "межрайонный суд",
    "административный суд",
    "специализированный суд",
    "суд города",
    "суд г.",
    "суд района",
    "суд области",
    "суд по ",
    "здании суда",
    "здание суда",
    "помещении суда",
    "зале судебн",
    // «рассмотрев в открытом судебном заседании по адресу: …»
    "судебном заседании",
    "сот отырысында",
    "сот отырысы зал",
    "зале суда",
    "зал суда",
    "зал судебн",
    "залы судебн",
    "сот залы",
    "сот залын",
    "сот ғимарат",
    "ғимарат",
    "соты (",
    "сотының (",
    "аудандық сот",
    "қалалық сот",
    "облыстық сот",
    "ауданаралық сот",
    // the court's «почтовый адрес», a post office; not «почтового
    // отправления» (an item sent to a participant's address)
    "почтовый адрес",
    "почтовому адрес",
    "почтового адрес",
    "почтовое отделени",
    "почтовом отделени",
    "почтового отделени",
    "место нахождения",
    "местонахождени",
    "орналасқан жері",
];

/// Right after the address: the court sits there.
const COURT_AFTER: &[&str] = &[
    "мекенжайындағы сот",
    "мекенжайында орналасқан сот",
    "мекенжайы бойынша орналасқан сот",
    "мекенжайы бойынша сот",
    "сот ғимарат",
    "здании суда",
    "здание суда",
];

/// In the two pieces before the address: an organisation or a public place.
const ORG: &[&str] = &[
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
    "прокуратур",
    "нотариал",
    "нотариус",
    "полици",
    "больниц",
    "аурухана",
    "поликлиник",
    "школ",
    "мектеп",
    "университет",
    "колледж",
    "цон ",
    // state enterprises and bodies («КГП «Центр психического здоровья»
    // Управления здравоохранения ВКО по адресу: …»)
    "кгп ",
    "гкп ",
    "ргп ",
    "кгу ",
    "управлени",
    "здравоохранени",
    "денсаулық",
    "диспансер",
    "клиник",
    "центр",
    "орталығ",
];

/// A quoted name ends right before the address («Krisha.kz», г. Алматы):
/// nothing capitalised (a person's name, a placeholder) stands between. A
/// garden partnership or a garage cooperative («в садоводческом товариществе
/// «Строитель» (…)») is a place of private plots, not an organisation.
fn org_quote(tail: &str) -> bool {
    tail.rfind('»').is_some_and(|i| {
        let open = tail[..i].rfind('«').unwrap_or(i);
        let named = last_chars(&tail[..open], 32).to_lowercase();
        // «ГАЗель» автокөлігімен: a vehicle's make, not a company;
        // «Көктем» саяжай серіктестігінің мүшесі: a partnership of plots.
        let after = tail[i + '»'.len_utf8()..].trim_start();
        let vehicle = starts_with_any(
            after,
            &["автокөлі", "автомобил", "көлігі", "машин", "автомашин"],
        );
        let plots = contains_any(&first_chars(after, 24).to_lowercase(), PLOTS);
        !vehicle
            && !plots
            && !tail[i..]
                .chars()
                .any(|ch| ch.is_uppercase() || ch == '[' || ch.is_ascii_digit())
            && !contains_any(&named, PLOTS)
    })
}

/// Partnerships and cooperatives of private plots, garages and homes.
const PLOTS: &[&str] = &[
    "садоводческ",
    "дачн",
    "снт ",
    "с/т ",
    "саяжай",
    "гаражн",
    "гк ",
    "гск ",
    "жилой комплекс",
    "жилом комплексе",
    "тұрғын үй кешен",
];

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
    "к-сі",
    "к.",
    "даңғ.",
    "даң.",
    "д-лы",
];

/// Microdistricts and residential areas: a named one followed by a number
/// gives the house («мкр. Нурсат, 112-47», «Бірлік ықшамауданы, 33»).
const MICRO_NAMED: &[&str] = &[
    "мкр",
    "микрорайон",
    "м-н",
    "ықшам",
    "шағын аудан",
    "мөлтек",
    "жилмассив",
    "ж/м",
    "кв-л",
    "квартал",
];

/// Words right before a number that make it a house, flat or plot number.
const HOUSE_BEFORE: &[&str] = &[
    "д.",
    "дом",
    "дома",
    "доме",
    "дому",
    "домом",
    "кв.",
    "квартира",
    "квартиры",
    "квартире",
    "квартиру",
    "квартирой",
    "уч.",
];

/// Participants named between a house or flat word and its number («к дому
/// потерпевшего № 64 по ул. …»), as the pattern allows them.
const OWNER_AFTER_HOUSE: &[&str] = &[
    "потерпевш",
    "подсудим",
    "осужденн",
    "осуждённ",
    "обвиняем",
    "истц",
    "истиц",
    "ответчи",
    "свидетел",
    "заявител",
    "должник",
    "взыскател",
];

/// Room words: a room number is a home's number in a hostel only
/// («общежитие № 3, комната 314», «комнату № 314 общежития»).
const ROOM_BEFORE: &[&str] = &["комната", "комнату", "комнате", "комн.", "ком."];

/// A hostel named in the same chain as a room.
const HOSTEL: &[&str] = &["общежити", "жатақхана"];

/// Plot words, which need «№» to be followed by a plot number («участок № 214»,
/// not «участок 0,06 га»).
const PLOT_BEFORE: &[&str] = &["участок №", "участка №", "участке №"];

/// Words after a number that make it a microdistrict or a street, not a house.
const NUMBERED_PLACE: &[&str] = &[
    "ықшам",
    "шағын",
    "мөлтек",
    "көше",
    "мкр",
    "микрорайон",
    "кв-л",
    "квартал",
];

/// Endings of a person's name in the genitive, or of a patronymic.
const PERSON_ENDINGS: &[&str] = &[
    "ның", "нің", "дың", "дің", "тың", "тің", "қызы", "ұлы", "вич", "вна",
];

/// Capitalised words that begin a sentence before an address, never a name in it.
const STOP_WORDS: &[&str] = &[
    "истец",
    "истица",
    "ответчик",
    "ответчица",
    "свидетель",
    "потерпевший",
    "потерпевшая",
    "подсудимый",
    "подсудимая",
    "осужденный",
    "он",
    "она",
    "они",
    "также",
    "затем",
    "согласно",
    "кроме",
    "так",
    "после",
    "талапкер",
    "жауапкер",
    "сотталушы",
    "айыпталушы",
    "куә",
    "жәбірленуші",
    "ол",
    "олар",
    "оның",
    "оқиға",
    "сот",
    "кейін",
    "сондай-ақ",
    "бұрын",
    "қазір",
    "осы",
    "сол",
    "бұл",
    "және",
    "немесе",
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
        // «56-й квартире», «5-м доме»: an ordinal ending before the word
        let ordinal = rest.trim_start_matches(|c: char| c.is_alphabetic() && c != 'ү' && c != 'п');
        // «212 және 213-учаскелердің арасы»: plots in the plural are no address
        let plural = starts_with_any(rest, &["үйлер", "пәтерлер", "учаскелер", "бөлмелер"]);
        if (starts_with_any(rest, &["үй", "пәтер", "пәт.", "п.", "учаске", "телім"])
            || (rest.starts_with("бөлме") && !rest.starts_with("бөлмелі")))
            && !plural
            || (ordinal.len() < rest.len()
                && starts_with_any(ordinal.trim_start(), &["квартир", "дом"]))
        {
            return true;
        }
        let head = v[..start].trim_end();
        if PLOT_BEFORE.iter().any(|w| head.ends_with(w)) {
            return true;
        }
        let head = head.trim_end_matches(['№', ' ']);
        // «к дому потерпевшего № 64»: the owner between the word and its number
        let house_word = match head.rsplit_once(' ') {
            Some((h, last)) if starts_with_any(last, OWNER_AFTER_HOUSE) => h,
            _ => head,
        };
        if HOUSE_BEFORE.iter().any(|w| house_word.ends_with(w))
            || (ROOM_BEFORE.iter().any(|w| head.ends_with(w)) && contains_any(v, HOSTEL))
        {
            return true;
        }
        // «ул. Абая, 12», «Limmerstraße 42»: a number right after its street
        let component = head
            .trim_end_matches(',')
            .rsplit(',')
            .next()
            .unwrap_or(head);
        let latin = component.chars().any(|c| c.is_ascii_alphabetic());
        // «мкр. Нурсат, 112-47»: a house and flat right after a named
        // microdistrict (a numbered one, «мкр. 5, 12», may be its number).
        let micro = component.to_lowercase();
        if head.len() < start
            && !starts_with_any(rest, NUMBERED_PLACE)
            && contains_any(&micro, MICRO_NAMED)
            && component.chars().any(char::is_uppercase)
        {
            return true;
        }
        if !starts_with_any(rest, NUMBERED_PLACE)
            && head.len() < start
            && (contains_any(component, STREET_NUMBERED) || latin)
        {
            return true;
        }
    }
    if farmstead(v) {
        return true;
    }
    let l = v.to_lowercase();
    unnumbered_house(&l) || coop_plot(v, &l)
}

/// «ул. Абая, дом без номера»: a house on a named street that has no number
/// (`l` in lowercase).
fn unnumbered_house(l: &str) -> bool {
    contains_any(l, &["дом без номера", "дом б/н", "д. б/н", "д.б/н"])
        && contains_any(l, STREET_NUMBERED)
}

/// «участок 45 в СТ «Учитель»»: a numbered plot in a garden partnership
/// (`l` is `v` in lowercase).
fn coop_plot(v: &str, l: &str) -> bool {
    contains_any(l, &["участок ", "участка ", "участке ", "уч-к "])
        && l.bytes().any(|b| b.is_ascii_digit())
        && (contains_any(l, PLOTS) || contains_any(v, &["СТ «", "СТ \"", "СНТ", "ДНТ"]))
}

/// A wintering place or a peasant farm named in a chain of several parts
/// («Төлеби ауданы, …, «Көкжайлау» қыстағы»): a home with no house number.
fn farmstead(v: &str) -> bool {
    v.contains(',') && contains_any(v, &["қыстақ", "қыстағ", "шаруа қожалығ"])
}

/// A street, a microdistrict or a number: more than a settlement.
fn street_level(value: &str) -> bool {
    value.bytes().any(|b| b.is_ascii_digit()) || contains_any(&value.to_lowercase(), STREET)
}

/// A piece before the address that starts with «суд»/«сот» («Суд,
/// расположенный по адресу: …»).
fn court_subject(tail: &str) -> bool {
    tail.split([',', '(', ')']).any(|piece| {
        let piece = piece.trim_start();
        piece.starts_with("суд ")
            || piece.starts_with("суд,")
            || piece == "суд"
            || piece.starts_with("соты ")
    })
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

/// Words of address components, to recognise a piece of an address.
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
fn address_like(piece: &str) -> bool {
    !piece.contains('[')
        && piece.split_whitespace().count() <= 3
        && (piece.bytes().any(|b| b.is_ascii_digit())
            || contains_any(&piece.to_lowercase(), COMPONENT))
}

/// Whether the text after a number ends in a month, «года» or a unit («лет»,
/// «тенге»): the number is no house number.
fn unit_word(s: &str) -> bool {
    let w = s.split_whitespace().next().unwrap_or("");
    starts_with_any(w, RU_MONTHS)
        || starts_with_any(w, KZ_MONTHS)
        || UNITS.contains(&w.trim_end_matches([',', '.', ';']))
}

/// Words after a number that make it a quantity or a year.
const UNITS: &[&str] = &[
    "года",
    "г",
    "год",
    "лет",
    "жылы",
    "жылғы",
    "ж",
    "жыл",
    "дней",
    "дня",
    "день",
    "күн",
    "раз",
    "тенге",
    "теңге",
    "человек",
    "мин",
    "минут",
    "час",
    "часов",
    "сағат",
    "м",
    "км",
    "метр",
    "метров",
    "га",
    "кв",
    "шт",
    "комнаты",
    "комнат",
    "этажа",
    "шаршы",
    "сотых",
    "соток",
    "гектар",
];

/// Whether the text after a number goes on with it: «20-311-024» of the
/// cadastral number «20-311-024-157», «12» of «12-шақырымында».
fn part_of_number(after: &str) -> bool {
    let mut chars = after.chars();
    let (Some(sep), Some(next)) = (chars.next(), chars.next()) else {
        return false;
    };
    (matches!(sep, '-' | ':' | '/' | '.') && next.is_ascii_digit())
        || (sep == '-' && next.is_alphabetic())
}

// --------------------------------------------------------------- birth date

/// Validator `birth-date`: a date is a date of birth when «года рождения»,
/// «г.р.», «ж.т.», «туған» (maybe after a place) or «у нее родилась» follows,
/// or «дата рождения», «родился», «туған күні» precedes.
pub fn birth_date(c: &Candidate<'_>) -> bool {
    bounded(c) && (birth_after(line_after(c, AFTER)) || birth_before(c.before(BEFORE)))
}

/// Rows above a table cell searched for its column heading.
const TABLE_ROWS: usize = 100;

/// Validator `birth-date-table`: a date or a year in a table whose column
/// heading names a birth («| № | ФИО | Туған күні |», «Год рождения»), or in
/// the cell right after such a heading («| Дата рождения | 05.06.1988 |»).
/// The candidate starts at its cell separator, `|` or a tab; the heading is
/// the cell with the same number of separators before it in a row above,
/// through data rows and «|---|» rules, up to a row of another table. A row
/// has two separators at least, so paragraphs indented by a tab are no table.
pub fn birth_date_table(c: &Candidate<'_>) -> bool {
    let hay = c.hay;
    let Some(sep) = hay[c.whole.start..].chars().next() else {
        return false;
    };
    let line_start = hay[..c.value.start].rfind('\n').map_or(0, |i| i + 1);
    let line = hay[line_start..].split('\n').next().unwrap_or("");
    if line.matches(sep).count() < 2 {
        return false;
    }
    let prefix = &hay[line_start..c.value.start];
    if prefix.rsplit(sep).nth(1).is_some_and(birth_heading) {
        return true;
    }
    let col = prefix.matches(sep).count();
    let mut end = line_start;
    for _ in 0..TABLE_ROWS {
        let Some(above) = end.checked_sub(1).map(|e| &hay[..e]) else {
            return false;
        };
        let start = above.rfind('\n').map_or(0, |i| i + 1);
        let row = above[start..].trim_end_matches('\r');
        end = start;
        if row.matches(sep).count() < 2 {
            return false;
        }
        if row.split(sep).nth(col).is_some_and(birth_heading) {
            return true;
        }
        // A row of headings without a birth column: another table.
        if !row.bytes().any(|b| b.is_ascii_digit()) && row.chars().any(char::is_alphabetic) {
            return false;
        }
    }
    false
}

/// A table heading of a date or year of birth: a few words.
fn birth_heading(cell: &str) -> bool {
    if cell.chars().count() > 48 {
        return false;
    }
    let cell = cell.to_lowercase();
    contains_any(
        &cell,
        &[
            "рождения",
            "рожд.",
            "туған",
            "туылған",
            "г.р.",
            "г/р",
            "ж.т.",
        ],
    ) && !contains_any(&cell, &["место", "жері"])
        || contains_any(&cell, &["дата и место рождения", "туған күні мен жері"])
}

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
    "р.",
    "р,",
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

/// Ends of the text before a date that make it a date of birth.
const BIRTH_BEFORE: &[&str] = &[
    "рождения",
    "рожд.",
    "туған күні",
    "туылған күні",
    "туған уақыты",
    "туған жылы",
];

/// Lowercase words that may stand in a place of birth before «туған».
const PLACE_WORDS: &[&str] = &[
    "кеңшар",
    "ұжымшар",
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
    // the second word of a place name: «Жібек жолы ауылында», «Қабанбай батыр ауылында»
    "жолы",
    "батыр",
    "би",
    "ата",
];

/// Words after «туған» that make it «own» (a brother) or «native» rather than «born».
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

fn birth_after(after: &str) -> bool {
    let a = after.trim_start_matches([' ', '\u{a0}']);
    if starts_with_any(&first_chars(a, 16).to_lowercase(), BIRTH_AFTER) {
        return true;
    }
    // «1990 жылғы 17 шілдеде Павлодар қаласында туған»: skip the place,
    // and the word «жылы» after a year («1989 жылы Шымкент қаласында туған»).
    let a = a.strip_prefix("жылы ").unwrap_or(a);
    let mut words = a.split_whitespace().take(10).peekable();
    while let Some(w) = words.next() {
        let word = w.trim_matches([',', ';', ':', '(', ')', '.']);
        if matches!(word, "туған" | "тумасы" | "туылған" | "туғаны") {
            // «туған ағасы» is a blood brother; «туған, баланың…» a birth.
            let next = words.peek().map_or(String::new(), |n| n.to_lowercase());
            return w != word || !starts_with_any(&next, KIN);
        }
        let capital = word.starts_with(char::is_uppercase);
        if !(capital || starts_with_any(word, PLACE_WORDS))
            || (w.ends_with('.') && word.chars().count() > 4)
        {
            return false;
        }
    }
    false
}

fn birth_before(before: &str) -> bool {
    let b = last_chars(clause(before), 40).to_lowercase();
    let b = b.trim_end_matches([' ', ':', '-', '–', '—', '(', ',', '\u{a0}']);
    BIRTH_BEFORE.iter().any(|e| b.ends_with(e))
        || b.split_whitespace().next_back().is_some_and(born_word)
}

// -------------------------------------------------------------- birth place

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
    let mut words = line_after(c, 60).split_whitespace();
    let first = words
        .next()
        .unwrap_or("")
        .trim_matches([',', ';', ':', '.', ')']);
    matches!(
        first,
        "туған" | "туғаны" | "тумасы" | "тумасын" | "туылған" | "дүниеге"
    ) && !starts_with_any(&words.next().unwrap_or("").to_lowercase(), KIN)
}

/// «родился/родившийся» stands before «в», maybe with a date between them:
/// «родилась 12 мая 1985 года в», «родился в 1990 году в».
fn born_before(c: &Candidate<'_>) -> bool {
    let before = last_chars(clause(c.before(2 * BEFORE)), 120).to_lowercase();
    for (i, w) in before.split_whitespace().rev().enumerate() {
        if born_word(w) {
            return true;
        }
        let dateish = w.bytes().any(|b| b.is_ascii_digit())
            || matches!(w, "года" | "году" | "г." | "г" | "в" | "жылы" | "жылғы")
            || starts_with_any(w, RU_MONTHS)
            || starts_with_any(w, NUMBER_WORDS);
        if !dateish || i == 10 {
            return false;
        }
    }
    false
}

/// Stems of the Russian number words of a date written in words
/// («двадцать третьего июля тысяча девятьсот восемьдесят седьмого года»).
const NUMBER_WORDS: &[&str] = &[
    "перв",
    "втор",
    "трет",
    "четв",
    "пят",
    "шест",
    "седьм",
    "восьм",
    "девят",
    "десят",
    "одиннадцат",
    "двенадцат",
    "тринадцат",
    "четырнадцат",
    "двадцат",
    "тридцат",
    "сорок",
    "семьдесят",
    "восемьдесят",
    "девяност",
    "тысяч",
    "двухтысячн",
    "две",
];

/// «родился», «родившаяся», «рождённый».
fn born_word(w: &str) -> bool {
    starts_with_any(w, &["родил", "родивш", "рождён", "рожден"])
}

// ------------------------------------------------------------------ helpers

/// Russian month stems.
const RU_MONTHS: &[&str] = &[
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "май",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// Kazakh month stems.
pub(crate) const KZ_MONTHS: &[&str] = &[
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

/// No letter or digit glued to the value (the patterns start at a separator
/// and say `bounds: none`, so the value's ends are checked here).
fn bounded(c: &Candidate<'_>) -> bool {
    let text = c.text();
    let glued = |edge: Option<char>, out: Option<char>| {
        edge.is_some_and(char::is_alphanumeric) && out.is_some_and(|ch| super::glue(ch, edge))
    };
    let glued_left = glued(
        text.chars().next(),
        c.hay[..c.value.start].chars().next_back(),
    );
    let glued_right = glued(text.chars().next_back(), c.after(4).chars().next());
    !glued_left && !glued_right
}

/// Up to `n` bytes after the value, up to the end of its line.
fn line_after<'a>(c: &'a Candidate<'_>, n: usize) -> &'a str {
    let after = c.after(n);
    after.split('\n').next().unwrap_or(after)
}

/// The text after the last line break, semicolon or sentence end. A full
/// stop after an abbreviation («г.», «обл.», «просп.») or an initial ends no
/// sentence.
pub(crate) fn clause(s: &str) -> &str {
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
                    && !matches!(word, "просп" | "корп")
            }
            _ => false,
        };
        if end {
            start = i + ch.len_utf8();
        }
    }
    &s[start..]
}

/// The text after an opening quote still open at the end of `s`: a quoted
/// document or statement is judged by its own words.
fn inside_quote(s: &str) -> &str {
    match s.rfind('«') {
        Some(i) if !s[i..].contains('»') => &s[i + '«'.len_utf8()..],
        _ => s,
    }
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
/// start a word («ақ » is not found in «бірақ » nor in «сондай-ақ »).
fn contains_any(s: &str, needles: &[&str]) -> bool {
    let hay = s.as_bytes();
    needles.iter().any(|n| {
        let word = n.starts_with(char::is_alphabetic);
        let n = n.as_bytes();
        if n.is_empty() {
            return true;
        }
        // The haystacks are a few dozen bytes: a substring searcher costs
        // more to set up than a scan for one of the needle's bytes (the
        // second of a Cyrillic letter: its first is in every other byte).
        let k = usize::from(n[0] >= 0x80 && n.len() > 1);
        memchr::memchr_iter(n[k], hay).any(|j| {
            let i = j.wrapping_sub(k);
            j >= k
                && hay[i..].starts_with(n)
                && (!word
                    || !s[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphabetic() || c == '-'))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The participant words after a house word are the pattern's
    /// `adr_owner`, word for word.
    #[test]
    fn owner_words_match_the_pattern() {
        let (file, source) = crate::rules::builtin::BUILTIN
            .iter()
            .find(|(f, _)| *f == "addresses.yaml")
            .unwrap();
        let pack = crate::rules::load::parse_pack(file, source).unwrap();
        let var = &pack.vars["adr_owner"];
        let inner = var.trim_start_matches("(?:").trim_end_matches(')');
        let mut from_pack: Vec<String> = inner
            .split('|')
            .flat_map(|w| match w.split_once("[её]") {
                Some((a, b)) => vec![format!("{a}е{b}"), format!("{a}ё{b}")],
                None => vec![w.to_string()],
            })
            .collect();
        let mut from_code: Vec<String> = OWNER_AFTER_HOUSE.iter().map(|w| w.to_string()).collect();
        from_pack.sort();
        from_code.sort();
        assert_eq!(from_pack, from_code);
    }

    /// `t` without its `[[…]]` marks, and the marked span.
    fn marked(t: &str) -> (String, std::ops::Range<usize>) {
        let s = t.find("[[").unwrap();
        let e = t.find("]]").unwrap() - 2;
        (t.replace("[[", "").replace("]]", ""), s..e)
    }

    /// Runs a validator on the marked value of `t`, with `lead` bytes of
    /// keyword before it in the match.
    fn check_with(f: fn(&Candidate<'_>) -> bool, t: &str, lead: usize) -> bool {
        let (text, v) = marked(t);
        f(&Candidate {
            hay: &text,
            whole: v.start - lead..v.end,
            value: v,
        })
    }

    fn check(f: fn(&Candidate<'_>) -> bool, t: &str) -> bool {
        check_with(f, t, 0)
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
            ("судья Бақытов Ж.Т., [[19.08.2023 ж.]] № 6028", false),
            ("[[1985 жылғы 12 мамырда]]\nтуған", false),
        ] {
            assert_eq!(check(birth_date, t), want, "{t}");
        }
    }

    #[test]
    fn birth_date_tables() {
        for (t, want) in [
            (
                "| № | Аты-жөні | Туған күні | ЖСН |\n|---|---|---|---|\n| 1 | А | [[09.09.1970]] | 1 |",
                true,
            ),
            (
                "| Родство | Ф.И.О. | Год рождения |\n| мать | А | 1979 |\n| сестра | Б | [[2012]] |",
                true,
            ),
            ("№\tФИО\tДата рождения\n1\tА\t[[14.02.1975]]", true),
            ("| Дата рождения | [[05.06.1988]] |", true),
            (
                "| Дата и место рождения | [[05.06.1988]], г. Алматы |",
                true,
            ),
            ("| № | Дата | Сумма |\n| 1 | [[12.03.2023]] | 500 |", false),
            ("| Место рождения | [[1988]] |", false),
            (
                "| ФИО | Год рождения |\n| А | нет |\n| Сумма | Год |\n| 100 | [[2023]] |",
                false,
            ),
            ("Год рождения\n\n| 1 | [[1985]] |", false),
            // paragraphs indented by a tab
            (
                "\tИванов, 12.05.1985 года рождения, ранее\n\t[[15.03.2023]] года, около",
                false,
            ),
        ] {
            let (text, v) = marked(t);
            let sep = text[..v.start].rfind(['|', '\t']).unwrap();
            let c = Candidate {
                hay: &text,
                whole: sep..v.end,
                value: v,
            };
            assert_eq!(birth_date_table(&c), want, "{t}");
        }
    }

    #[test]
    fn birth_places() {
        let after_v = "в ".len();
        for (t, want) in [
            ("родившаяся 30 сентября 1952 года в [[с. Глубокое]]", true),
            ("родился в [[Ташкенте]]", true),
            ("родился в 1990 году в [[г. Омске]]", true),
            (
                "родившегося двадцать третьего июля тысяча девятьсот восемьдесят седьмого года в [[г. Казани]]",
                true,
            ),
            ("первого числа приехал в [[г. Омск]]", false),
            ("проживает в [[г. Алматы]]", false),
            ("12 марта 2023 года в [[г. Алматы]]", false),
        ] {
            assert_eq!(check_with(birth_place, t, after_v), want, "{t}");
        }
        assert!(check(birth_place, "[[Ақсу ауылында]] туған, ЖСН"));
        assert!(check(birth_place, "[[Ақсу ауылында]] туған."));
        assert!(!check(birth_place, "[[Алматы қаласында]] туған ағасы"));
        assert!(!check(birth_place, "[[Алматы қаласында]] тұрады"));
        assert!(check_with(
            birth_place,
            "уроженец [[г. Риддер]]",
            "уроженец ".len()
        ));
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
            (
                "Сот ғимараты Алматы қ., [[Абылай хан даңғылы, 50]] мекенжайында",
                false,
            ),
            ("в магазине «Магнум», по [[ул. Абая, 15]]", false),
            (
                "мероприятия «Мигрант» на объекте, расположенном по адресу: [[г. Алматы, мкр. Шугыла, участок № 348]], принадлежащем Касымову Б.Е.",
                true,
            ),
            (
                "в КГП «Центр психического здоровья» Управления здравоохранения ВКО по адресу: [[г. Усть-Каменогорск, ул. Бурова, 21]].",
                false,
            ),
            ("магазин «Магнум» в доме по [[ул. Абая, 15]]", false),
            (
                "колледжі» КМҚК (БСН 291042277656, мекенжайы: [[Қарағанды қ., Абай даңғылы, 5]], тел.",
                false,
            ),
            (
                "ТОО «Тест» (БИН 180960193647), расположенный по [[ул. Абая, 38]], предъявив",
                false,
            ),
            (
                "Сотрудники полиции остановили машину у дома по [[ул. Абая, 15]], где",
                true,
            ),
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
            ("[[г. Алматы]], работает", false),
            (
                "Жауапкер [[Шымкент қаласы, Асар шағын ауданы, 23-үйде]] тұрады",
                true,
            ),
            ("[[Жауапкер Шымкент қаласы, 23-үйде]] тұрады", false),
            (
                "[[Абенованың Алашахан көшесі, 28-үй]] мекенжайындағы",
                false,
            ),
            ("[[45-пәтердің]] есігін", true),
            ("тас жолының [[12]]-шақырымында", false),
            ("у него [[дома 5]] лет", false),
            (
                "жауапкер ЖК «Ахметов» (ЖСН 780304377228, заңды мекенжайы: [[Астана қ., Абай даңғылы, 6-үй, 4-пәтер]])",
                true,
            ),
            (
                "ЖК «Ахметов» пен «Нұр» ЖШС (заңды мекенжайы: [[Астана қ., Абай даңғылы, 6-үй]])",
                false,
            ),
            // a resident of it, even after «сот отырысында»
            (
                "Сот отырысында куә Ахметжанов М.Т., [[Түрген ауылы, Абай көшесі, 116-үй]] тұрғыны, деді",
                true,
            ),
            (
                "во дворе дома в [[с. Карабулак]], где проживают родители подсудимого",
                true,
            ),
            ("магазин в [[г. Алматы]], где живет много людей", false),
            ("Қабаттасу [[алаңы 96]],4 шаршы метрді құрайды", false),
        ] {
            assert_eq!(check(address, t), want, "{t}");
        }
    }

    #[test]
    fn address_keywords() {
        for (t, keyword, want) in [
            (
                "проживающий в [[г. Алматы]], работающий",
                "проживающий",
                false,
            ),
            (
                "проживающий в [[г. Алматы, ул. Абая]], работающий",
                "проживающий",
                true,
            ),
            ("место жительства: [[г. Алматы]]", "место", true),
            // a village or a district locates a home even after a bare verb
            (
                "проживает в [[с. Каскелен Карасайского района]].",
                "проживает",
                true,
            ),
            ("житель [[пос. Шахан]] пояснил", "житель", true),
            (
                "находящийся в [[с. Каскелен]] магазин",
                "находящийся",
                false,
            ),
            (
                "Суд, расположенный по адресу: [[г. Алматы, ул. Байзакова, 273]]",
                "расположенный",
                false,
            ),
            (
                "в иске о квартире, расположенной по адресу: [[г. Алматы, ул. Абая, 5]]",
                "расположенной",
                true,
            ),
            (
                "работающего в ТОО «Ырыс», проживающего: [[г. Алматы, ул. Абая, 5]]",
                "проживающего",
                true,
            ),
            (
                "ТОО «Ырыс», расположенное по адресу: [[г. Алматы, ул. Абая, 5]]",
                "расположенное",
                false,
            ),
            (
                "юридический адрес: [[г. Алматы, ул. Абая, 5]]",
                "адрес",
                false,
            ),
        ] {
            let lead = t.find("[[").unwrap() - t.find(keyword).unwrap();
            assert_eq!(check_with(address, t, lead), want, "{t}");
        }
    }

    #[test]
    fn prefilter_rejects_only_what_the_validator_rejects() {
        // (text with the whole match in [[ ]], separator first; the prefilter
        // lets it through)
        for (t, want) in [
            ("[[ г. Алматы]] и", false),
            ("[[ Республики Казахстан]] в", false),
            ("[[ Астана қаласы]] мекенжайында тұрады", true),
            ("[[ г. Алматы, ул. Абая, 12]] и", true),
            ("[[ проживающий в с. Каскелен]] и", true),
            ("[[ Адрес: г. Семей]] и", true),
            ("[[ Жеңіс даңғылы]] тұрады", true),
            ("[[ Төлеби ауданы, «Көкжайлау» қыстағы]] аумағында", true),
        ] {
            let (hay, whole) = marked(t);
            assert_eq!(address_prefilter(&hay, whole.clone()), want, "{t}");
            if !want {
                let c = Candidate {
                    hay: &hay,
                    whole: whole.clone(),
                    value: whole.start + 1..whole.end,
                };
                assert!(!address(&c), "{t}");
            }
        }
    }

    #[test]
    fn houses() {
        for (v, want) in [
            ("г. Алматы, ул. Абая, 12", true),
            ("д. 15/2", true),
            ("кв. 58 того же дома", true),
            ("5-үй, 12-пәтер", true),
            ("56-й квартире", true),
            ("участок № 214", true),
            ("г. Алматы", false),
            ("Самал-2 ықшамауданы", false),
            ("Жұлдыз шағын ауданы, 3-көше", false),
            ("мкр. 6", false),
            ("г. Павлодар, 5", false),
            ("№ 2 жатақхана, 317-бөлме", true),
            ("315-бөлмесінде", true),
            ("3 бөлмелі пәтер", false),
            ("213-учаске", true),
            ("212 және 213-учаскелердің", false),
            ("общежитие № 3, комната 314", true),
            ("комнату № 314 общежития", true),
            ("комната № 5", false),
            ("дому № 64 по ул. Байзак батыра", true),
            ("дому потерпевшего № 64 по ул. Байзак батыра", true),
            ("дому потерпевшего", false),
            ("Төлеби ауданы, «Көкжайлау» қыстағы", true),
            ("«Береке» шаруа қожалығы", false),
            ("ул. Абая, дом без номера", true),
            ("у дома без номера", false),
            ("участок 45 в СТ «Учитель»", true),
            ("участок 0,06 га", false),
        ] {
            assert_eq!(has_house(v), want, "{v}");
        }
    }

    #[test]
    fn pieces() {
        assert_eq!(clause("Первое. Второе, третье"), " Второе, третье");
        assert_eq!(clause("адрес: г. Караганда, "), "адрес: г. Караганда, ");
        assert_eq!(clause("обл. г. Алматы"), "обл. г. Алматы");
        assert_eq!(clause("строка\nследующая"), "следующая");
        assert_eq!(last_segments("a, b, c", 2), " b, c");
        assert_eq!(last_segments("abc", 2), "abc");
        assert_eq!(strip_chain("адрес: г. Алматы, "), "адрес:");
        assert_eq!(
            strip_chain("Сот ғимараты Алматы қ., "),
            "Сот ғимараты Алматы қ., "
        );
        assert!(contains_any("тоо «а»", &["тоо "]));
        assert!(!contains_any("бірақ ол", &["ақ "]));
        assert!(!contains_any("сондай-ақ пәтер", &["ақ "]));
        assert!(contains_any("«береке» ақ ", &["ақ "]));
        assert!(part_of_number("-157"));
        assert!(!part_of_number(", 5"));
        assert_eq!(strip_chain("» [ФИО1] , "), "» [ФИО1] , ");
        assert!(org_quote("на сайте «Krisha.kz», "));
        assert!(!org_quote("«Krisha.kz» Ахметов, "));
        assert!(!org_quote("ТОО «Береке» [ФИО1], "));
        assert!(!org_quote("в садоводческом товариществе «Рассвет» ("));
        assert!(org_quote("в товариществе «Рассвет» ("));
        assert!(entrepreneur(
            "ответчику ип «ким» (иин 1, юридический адрес: "
        ));
        assert!(!entrepreneur("ип «ким» и тоо «нур», юридический адрес: "));
    }

    proptest::proptest! {
        /// The byte scan finds what a plain substring search finds.
        #[test]
        fn contains_any_is_a_substring_search(
            s in "[аәқы a1-]{0,24}",
            n in "[аәқы a1-]{1,3}",
        ) {
            let naive = s.match_indices(n.as_str()).any(|(i, _)| {
                !n.starts_with(char::is_alphabetic)
                    || !s[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphabetic() || c == '-')
            });
            proptest::prop_assert_eq!(contains_any(&s, &[n.as_str()]), naive);
        }
    }
}
