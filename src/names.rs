//! Person names in Russian and Kazakh. Dictionaries alone do not find names
//! that decline and take Kazakh suffixes, so the detector combines
//! morphology (patronymics, surname endings, case endings), context (role
//! words, initials, first names) and propagation: every anchor registers its
//! person, and a second pass finds every other mention of that person in any
//! inflected form, before or after the anchor. The court composition (judges,
//! secretary) is recognized from the judgment's own wording and kept.

use std::collections::{HashMap, HashSet};

use crate::engine::Finding;
use crate::rules::{Category, RuleSet};

/// Rule ids of the name findings, in `Kind` order.
const RULE_IDS: [&str; 5] = [
    "name-full",
    "name-initials",
    "name-role",
    "name-single",
    "name-propagated",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Full,
    Initials,
    Role,
    Single,
    Propagated,
}

/// Role groups found before a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Court,
    Prosecutor,
    Lawyer,
    Participant,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Lower,
    Title,
    Upper,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokKind {
    Word(Case),
    /// One capital letter and its dot («С.»).
    Initial,
    Num,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    start: usize,
    end: usize,
    kind: TokKind,
    /// A blank line (paragraph break) lies between this token and the previous one.
    para_before: bool,
    /// The token starts a line.
    line_start: bool,
    /// Offset of the lowercase form in `NameScratch::lower` (words only).
    lo: (u32, u32),
}

/// Facts about a capitalized word.
#[derive(Clone, Copy, Debug, Default)]
struct Info {
    stop: bool,
    first: Option<u32>,
    patronymic: bool,
    /// 2: clear surname ending (-ов/-ева/-енко…), 1: weaker (-ин, -ский…), 0: none.
    morph: u8,
    dict_surname: bool,
    role: Option<Role>,
    sentence_start: bool,
    /// A first name that is also an ordinary word («Кеңес», «Бақыт»), or a
    /// first name in a locative form («Оралдағы»): no name alone at a
    /// sentence start.
    word_too: bool,
    /// A place or institution word (a toponym list), not a common word.
    place: bool,
    /// Hash of the word's stem, compared with `NameScratch::common`.
    key: u64,
    /// Surname stem readings.
    stem: StemKey,
}

/// A fast non-keyed hasher for short dictionary keys (the FxHash scheme of
/// rustc): the maps hold the project's own word lists, not attacker input
/// that could force collisions worth worrying about.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type FxBuild = std::hash::BuildHasherDefault<FxHasher>;
type FxMap<K, V> = HashMap<K, V, FxBuild>;
type FxSet<K> = HashSet<K, FxBuild>;

/// Hasher for keys that are already hashes.
#[derive(Default)]
struct U64Hasher(u64);

impl std::hash::Hasher for U64Hasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A person registered by an anchor.
#[derive(Clone, Copy, Debug)]
struct Person {
    stem: StemKey,
    first: Option<u32>,
    i1: Option<char>,
    i2: Option<char>,
    kept: bool,
    /// Another surname of a person registered before (a maiden name in
    /// brackets): mentions of it take that person's placeholder.
    alias_of: Option<usize>,
}

/// Per-thread scratch of the name detector, reused across documents.
#[derive(Default)]
pub struct NameScratch {
    toks: Vec<Tok>,
    info: Vec<Option<Info>>,
    lower: String,
    persons: Vec<Person>,
    taken: Vec<bool>,
    groups: Vec<(usize, usize, Kind, usize)>,
    /// Hashes of the stems of lowercase words of the document: a
    /// capitalized word also written in lowercase is a common word.
    common: std::cell::RefCell<Common>,
    key: String,
    /// Classification of the document's distinct capitalized words.
    seen: HashMap<u64, Info, std::hash::BuildHasherDefault<U64Hasher>>,
}

/// Distinct words whose classification (or stem key) a scratch keeps.
const SEEN_MAX: usize = 1 << 16;

/// The stems of the document's lowercase words, built on first use.
#[derive(Default)]
struct Common {
    built: bool,
    set: HashSet<u64, std::hash::BuildHasherDefault<U64Hasher>>,
    buf: String,
    /// Stem keys of lowercase words by the hash of the word, across
    /// documents (stemming costs more than a lookup).
    keys: HashMap<u64, u64, std::hash::BuildHasherDefault<U64Hasher>>,
}

impl NameScratch {
    /// The lowercase form of token `j` (empty for punctuation and numbers).
    fn word(&self, j: usize) -> &str {
        &self.lower[self.toks[j].lo.0 as usize..self.toks[j].lo.1 as usize]
    }

    /// Whether a capitalized word's stem also occurs in lowercase in the
    /// document (then it is a common word, not a name).
    fn is_common(&self, key: u64) -> bool {
        let mut c = self.common.borrow_mut();
        if !c.built {
            let Common {
                built,
                set,
                buf,
                keys,
            } = &mut *c;
            *built = true;
            set.clear();
            if keys.len() > SEEN_MAX {
                keys.clear();
            }
            for (i, t) in self.toks.iter().enumerate() {
                // Words of one to three letters (prepositions, particles) are
                // never the stem of a capitalized name: skip them. A title
                // after a name («Қабанбай батыр», «Төле би») is no common use.
                let after_name = i > 0
                    && self.toks[i - 1].kind == TokKind::Word(Case::Title)
                    && TITLES_AFTER_NAME.contains(&self.word(i));
                if t.kind == TokKind::Word(Case::Lower) && t.end - t.start > 6 && !after_name {
                    let h = fnv(&self.lower.as_bytes()[t.lo.0 as usize..t.lo.1 as usize]);
                    let key = *keys
                        .entry(h)
                        .or_insert_with(|| word_key(&self.lower, t, buf));
                    set.insert(key);
                }
            }
        }
        c.set.contains(&key)
    }

    /// Forgets the persons of the previous document.
    pub fn clear(&mut self) {
        self.persons.clear();
    }
}

/// The name detector, built from the rule set's dictionaries.
pub struct NameDetector {
    first_forms: FirstForms,
    /// Per first name: the hash of its stem, shared by the male and female
    /// forms (Валентин, Валентина), whose case forms collide.
    first_stems: Vec<u64>,
    surname_stems: FxSet<String>,
    hard_stop: FxSet<String>,
    hard_stems: FxSet<String>,
    soft_stop: FxSet<String>,
    soft_stems: FxSet<String>,
    /// First names that are also ordinary words, folded.
    word_firsts: FxSet<String>,
    /// Role words: (is a word beginning, role).
    roles: FxMap<String, (bool, Role)>,
    role_prefix_max: usize,
    /// The first four letters of every role word beginning.
    role_heads: FxSet<String>,
    /// Words that block a name after them: (is a word beginning).
    blockers_before: Prefixes,
    /// Organizations and works: they block a name of one's own, not a
    /// person's full name.
    org_blockers: Prefixes,
    /// Words that make a quoted name after them an organization's, and
    /// block nothing unquoted («с ограниченной ответственностью «Альфа»»,
    /// but «смягчающим ответственность Жумабекова»).
    quote_blockers: Prefixes,
    blockers_after: Prefixes,
    person_verbs: Vec<String>,
    /// Words of an account or a card («шот», «карт»): a name before
    /// «атындағы» and one of them is the holder's.
    account_words: Vec<String>,
    /// Company types written after a quoted name, whole words («ЖШС», «АҚ»).
    org_types_after: Vec<String>,
    /// Words of organizations and public places after a quoted name
    /// (beginnings: «серіктест», «мейрамхана»).
    org_words_after: Vec<String>,
    /// Latin patronymic markers ending a passport name («UGLI», «QIZI»).
    latin_patronymics: Vec<String>,
    /// Two-word phrases (lowercase beginnings) whose first word is a name
    /// but which name something else («жеңіс күн» is Victory Day).
    phrases_not_names: Vec<String>,
    keep: [bool; 4],
    first_rule: u32,
}

/// Russian case endings and Kazakh possessives after a role word
/// («министрі», «басшысы», «төрағасына»).
const ROLE_ENDINGS: &[&str] = &[
    "",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "и",
    "ы",
    "ь",
    "ой",
    "ей",
    "ом",
    "ем",
    "ым",
    "им",
    "их",
    "ых",
    "ого",
    "его",
    "ому",
    "ему",
    "ая",
    "яя",
    "ую",
    "юю",
    "ие",
    "ые",
    "ий",
    "ый",
    "ам",
    "ям",
    "ами",
    "ями",
    "ах",
    "ях",
    "ов",
    "ев",
    "ью",
    "ыми",
    "ими",
    // Kazakh possessives («министрі», «басшысы», «төрағасына»)
    "і",
    "ы",
    "сі",
    "сы",
    "сіне",
    "сына",
    "сінің",
    "сының",
    "сімен",
    "сымен",
];

/// Kazakh case and possessive suffixes (also written with Russian letters),
/// longest first so that the longest one is stripped.
const KZ_SUFFIXES: &[&str] = &[
    "ларының",
    "лерінің",
    "дарының",
    "дерінің",
    "ларына",
    "леріне",
    "ларын",
    "лерін",
    "ларға",
    "лерге",
    "ндағы",
    "ндегі",
    "нның",
    "ының",
    "інің",
    "ынан",
    "інен",
    "ымен",
    "імен",
    "ына",
    "іне",
    "нан",
    "нен",
    "дан",
    "ден",
    "тан",
    "тен",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "нын",
    "нин",
    "дын",
    "дин",
    "тын",
    "тин",
    "мен",
    "бен",
    "пен",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "нда",
    "нде",
    "ға",
    "ге",
    "қа",
    "ке",
    "га",
    "ка",
    "на",
    "не",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "да",
    "де",
    "та",
    "те",
    "ын",
    "ін",
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
];

/// Endings of surnames shaped like adjectives (-ский/-цкий in every case).
const SURNAME_ADJ: &[&str] = &[
    "ский",
    "цкий",
    "ская",
    "цкая",
    "ского",
    "цкого",
    "скому",
    "цкому",
    "ским",
    "цким",
    "ской",
    "цкой",
];

/// Russian case endings stripped from surnames of other types.
const RU_ENDINGS: &[&str] = &[
    "ыми", "ой", "ей", "ом", "ем", "ым", "их", "ых", "а", "я", "у", "ю", "е", "ы", "и",
];

/// Kazakh forms of address written after a first name with a hyphen, folded
/// (ғ → г, ә → а…) as the words they are compared with.
const HONORIFIC_TAILS: &[&str] = &[
    "ака",
    "ага",
    "апа",
    "аже",
    "эже",
    "тате",
    "коке",
    "ханым",
    "мырза",
    "жан",
];

/// Endings after the -ов/-ев/-ин suffix of a surname.
const OV_ENDINGS: &[&str] = &["", "а", "у", "ым", "ом", "е", "ой", "ых", "ы", "ыми"];

/// Every Russian and Kazakh case form of the first names ([`inflections`]),
/// looked up through the bases a form may have: a table of every form would
/// hold some 400,000 strings, built at every start.
struct FirstForms {
    /// Folded first name → its indices in the dictionary.
    by_name: FxMap<String, Vec<u32>>,
    /// A folded first name ending in а, я, й or ь, without that letter.
    by_stem: FxMap<String, Vec<u32>>,
    /// Folded first names, by index.
    names: Vec<String>,
    /// Folded Kazakh suffixes, bare and after a hyphen.
    kz: FxSet<String>,
    hyphen: FxSet<String>,
    /// The longest ending of any form, in bytes.
    max_end: usize,
}

/// Russian endings of a first name by its last letter, folded ([`inflections`]).
const RU_AFTER_A: &[&str] = &["ы", "и", "е", "у", "ой", "ей", "ою"];
const RU_AFTER_YA: &[&str] = &["и", "е", "ю", "ей", "ею"];
const RU_AFTER_SOFT: &[&str] = &["я", "ю", "ем", "е", "ем"];
const RU_AFTER_CONSONANT: &[&str] = &["а", "у", "ом", "е", "ым", "ем"];
/// Kazakh endings written after a hyphen («Ли-нің»).
const KZ_HYPHEN: &[&str] = &[
    "ның", "ға", "ге", "қа", "ке", "ны", "ні", "мен", "нан", "нен", "ға", "да", "де",
];

impl FirstForms {
    fn new(firsts: &[String]) -> FirstForms {
        let folded = |w: &str| -> String { w.chars().map(fold_char).collect() };
        let mut by_name: FxMap<String, Vec<u32>> = FxMap::default();
        let mut by_stem: FxMap<String, Vec<u32>> = FxMap::default();
        let mut names = Vec::with_capacity(firsts.len());
        for (i, name) in firsts.iter().enumerate() {
            let l = fold(name);
            by_name.entry(l.clone()).or_default().push(i as u32);
            if let Some(last) = l.chars().last()
                && matches!(last, 'а' | 'я' | 'й' | 'ь')
            {
                by_stem
                    .entry(l[..l.len() - last.len_utf8()].to_string())
                    .or_default()
                    .push(i as u32);
            }
            names.push(l);
        }
        let kz: FxSet<String> = KZ_SUFFIXES.iter().map(|s| folded(s)).collect();
        let hyphen: FxSet<String> = KZ_HYPHEN
            .iter()
            .map(|s| format!("-{}", folded(s)))
            .collect();
        let max_end = kz.iter().chain(&hyphen).map(String::len).max().unwrap_or(0) + 4;
        FirstForms {
            by_name,
            by_stem,
            names,
            kz,
            hyphen,
            max_end,
        }
    }

    /// The folded first name of index `id`.
    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }

    /// The first name (its lowest index) a folded word is a form of.
    fn get(&self, f: &str) -> Option<u32> {
        let mut best: Option<u32> = None;
        let mut keep = |id: u32| best = Some(best.map_or(id, |b| b.min(id)));
        for (i, _) in f
            .char_indices()
            .skip(1)
            .chain(std::iter::once((f.len(), ' ')))
        {
            if f.len() - i > self.max_end {
                continue;
            }
            let (base, end) = f.split_at(i);
            if let Some(ids) = self.by_name.get(base) {
                for &id in ids {
                    if self.base_form(&self.names[id as usize], end) {
                        keep(id);
                    }
                }
            }
            if let Some(ids) = self.by_stem.get(base) {
                for &id in ids {
                    let ends = match self.names[id as usize].chars().last() {
                        Some('а') => RU_AFTER_A,
                        Some('я') => RU_AFTER_YA,
                        _ => RU_AFTER_SOFT,
                    };
                    if ends.contains(&end) {
                        keep(id);
                    }
                }
            }
        }
        best
    }

    /// Whether the name `l` followed by `end` is one of its forms.
    fn base_form(&self, l: &str, end: &str) -> bool {
        if end.is_empty() || self.kz.contains(end) || self.hyphen.contains(end) {
            return true;
        }
        let last = l.chars().last().unwrap_or(' ');
        last.is_alphabetic()
            && !"аеёиоуыэюяәөүұійь".contains(last)
            && RU_AFTER_CONSONANT.contains(&end)
    }
}

impl NameDetector {
    /// Builds the detector; `None` when the rule set has no first-name dictionary.
    pub fn new(set: &RuleSet, first_rule: u32) -> Option<NameDetector> {
        let firsts = set.dictionary("first_names");
        if firsts.is_empty() {
            return None;
        }
        let first_forms = FirstForms::new(firsts);
        let surname_stems = set
            .dictionary("surnames")
            .iter()
            .map(|s| stem(&fold(s)))
            .collect();
        // Curated non-names block every word, first names included («Роза»,
        // «Вера» as ordinary words); places and institutions block only
        // words that are not first names («Анатолия», «София»).
        let mut hard = (FxSet::default(), FxSet::default());
        let mut soft = (FxSet::default(), FxSet::default());
        let lists = [
            ("not_names", true),
            ("toponyms", false),
            ("world_places", false),
            ("world_not_names", false),
        ];
        for (key, is_hard) in lists {
            let (exact, stems_) = if is_hard { &mut hard } else { &mut soft };
            for w in set.dictionary(key) {
                let l = fold(w);
                // Multi-word entries («Бауыржан Момышұлы ауданы») never match
                // one token; their parts are often names.
                if !l.contains(char::is_whitespace) {
                    stems_.insert(stem_ru(&l));
                    exact.insert(l);
                }
            }
        }
        let mut roles = FxMap::default();
        let mut role_prefix_max = 0;
        for (key, role) in [
            ("roles-court", Role::Court),
            ("roles-prosecutor", Role::Prosecutor),
            ("roles-lawyer", Role::Lawyer),
            ("roles-participant", Role::Participant),
        ] {
            for r in set.dictionary(key) {
                let last = r.split_whitespace().last().unwrap_or("").to_lowercase();
                if last.is_empty() {
                    continue;
                }
                let len = last.chars().count();
                let prefix = len >= 4;
                if prefix {
                    role_prefix_max = role_prefix_max.max(len);
                }
                roles.entry(last).or_insert((prefix, role));
            }
        }
        // Entries of four letters or more are word beginnings.
        let lower_list = |key: &str| -> Vec<String> {
            set.dictionary(key)
                .iter()
                .map(|v| v.to_lowercase())
                .collect()
        };
        let lower_set = |key: &str| -> Prefixes {
            let map: FxMap<String, bool> = set
                .dictionary(key)
                .iter()
                .map(|s| {
                    let l = s.to_lowercase();
                    let prefix = l.chars().count() > 3;
                    (l, prefix)
                })
                .collect();
            let heads = map
                .iter()
                .filter(|(_, p)| **p)
                .map(|(l, _)| l.chars().take(4).collect())
                .collect();
            Prefixes { map, heads }
        };
        let mut keep = [false; 4];
        for k in set.setting("names.keep-roles") {
            match k.as_str() {
                "court" => keep[0] = true,
                "prosecutor" => keep[1] = true,
                "lawyer" => keep[2] = true,
                _ => {}
            }
        }
        Some(NameDetector {
            first_forms,
            first_stems: firsts
                .iter()
                .map(|n| fnv(stem_ru(&fold(n)).as_bytes()))
                .collect(),
            surname_stems,
            hard_stop: hard.0,
            hard_stems: hard.1,
            soft_stop: soft.0,
            soft_stems: soft.1,
            word_firsts: set
                .dictionary("first-names-also-words")
                .iter()
                .map(|w| fold(w))
                .collect(),
            role_heads: roles
                .iter()
                .filter(|(_, (p, _))| *p)
                .map(|(w, _)| w.chars().take(4).collect())
                .collect(),
            roles,
            role_prefix_max,
            blockers_before: lower_set("name-blockers-before"),
            org_blockers: lower_set("name-blockers-before-org"),
            quote_blockers: lower_set("name-blockers-before-quote"),
            blockers_after: lower_set("name-blockers-after"),
            person_verbs: lower_list("person-verbs"),
            account_words: lower_list("name-account-words"),
            org_types_after: lower_list("name-org-types-after-quote"),
            org_words_after: lower_list("name-org-words-after-quote"),
            latin_patronymics: lower_list("name-latin-patronymics"),
            phrases_not_names: lower_list("name-phrases-not-names"),
            keep,
            first_rule,
        })
    }

    /// One line per capitalized word with what the detector knows of it
    /// (for debugging rule packs; never used in reports).
    #[doc(hidden)]
    pub fn explain(&self, text: &str) -> String {
        let mut s = NameScratch::default();
        tokenize(text, &mut s.toks, &mut s.lower);
        let mut out = String::new();
        for i in 0..s.toks.len() {
            if let TokKind::Word(case) = s.toks[i].kind
                && matches!(case, Case::Title | Case::Upper)
            {
                let st = sentence_start(&s, i);
                let f = self.classify(&s.lower, &s.toks[i], case, st);
                let t = s.toks[i];
                out.push_str(&format!(
                    "{} {:?} stem={} {:?}\n",
                    &text[t.start..t.end],
                    case,
                    stem(&fold(&s.lower[t.lo.0 as usize..t.lo.1 as usize])),
                    f
                ));
            }
        }
        out
    }

    /// Rule ids of its findings.
    pub fn rule_ids(&self) -> &'static [&'static str] {
        &RULE_IDS
    }

    fn kept(&self, role: Role) -> bool {
        match role {
            Role::Court => self.keep[0],
            Role::Prosecutor => self.keep[1],
            Role::Lawyer => self.keep[2],
            Role::Participant => false,
        }
    }

    fn role_of(&self, lower: &str) -> Option<Role> {
        self.role_by(lower, |_| true)
    }

    /// The role of a word whose prefix match must leave an inflection
    /// behind: a capitalized word inside a sentence that only begins like a
    /// role word is a name («Братушек», «Кличко»), «Ответчика» is the role.
    fn role_of_title(&self, lower: &str) -> Option<Role> {
        // Kazakh derivations keep the role («Президенттік», «Әкімшілігінің»):
        // a Russian surname has none of the Kazakh letters.
        self.role_by(lower, |rest| {
            ROLE_ENDINGS.contains(&rest)
                || kz_suffix(rest)
                || rest.contains(['і', 'ә', 'ө', 'ү', 'ұ', 'қ', 'ғ', 'ң', 'һ'])
        })
    }

    /// The role of a word that is also a first name: only a role word with
    /// an inflection («Ғалымға»), never a longer name that begins like one
    /// («Ғалымжан» is no «ғалым», scientist).
    fn role_of_first_name(&self, lower: &str) -> Option<Role> {
        self.role_by(lower, |rest| {
            ROLE_ENDINGS.contains(&rest) || kz_suffix(rest)
        })
    }

    fn role_by(&self, lower: &str, rest_ok: impl Fn(&str) -> bool) -> Option<Role> {
        if let Some(&(_, r)) = self.roles.get(lower) {
            return Some(r);
        }
        // Quick exit: no role word begins with these four letters.
        match lower.char_indices().nth(4) {
            Some((i, _)) if self.role_heads.contains(&lower[..i]) => {}
            _ => return None,
        }
        // Word beginnings of four letters or more («подсудим» → «подсудимого»),
        // longest first, cut positions kept on the stack.
        let mut cuts = [0usize; 32];
        let mut n = 0;
        for (i, _) in lower
            .char_indices()
            .skip(4)
            .take(self.role_prefix_max.min(32))
        {
            cuts[n] = i;
            n += 1;
        }
        cuts[..n]
            .iter()
            .rev()
            .find_map(|&cut| match self.roles.get(&lower[..cut]) {
                Some(&(true, r)) if rest_ok(&lower[cut..]) => Some(r),
                _ => None,
            })
    }

    /// Appends the name findings of `text` to `found` (which holds the
    /// pattern findings; names never overlap them).
    pub fn detect(&self, text: &str, found: &mut Vec<Finding>, s: &mut NameScratch) {
        tokenize(text, &mut s.toks, &mut s.lower);
        let n = s.toks.len();
        s.info.clear();
        s.info.resize(n, None);
        s.common.get_mut().built = false;
        // Classification depends on the word, its case and its position
        // only: the cache serves the following documents too, in bounded
        // memory.
        if s.seen.len() > SEEN_MAX {
            s.seen.clear();
        }
        for i in 0..n {
            if let TokKind::Word(case @ (Case::Title | Case::Upper)) = s.toks[i].kind {
                let start = sentence_start(s, i);
                // Names and capitalized words repeat within a document:
                // classify each distinct (word, case, position) once.
                let t = s.toks[i];
                let word = &s.lower[t.lo.0 as usize..t.lo.1 as usize];
                let h = fnv(word.as_bytes());
                let h = h ^ (u64::from(start) << 63) ^ (u64::from(case == Case::Upper) << 62);
                let info = match s.seen.get(&h) {
                    Some(info) => *info,
                    None => {
                        let mut info = self.classify(&s.lower, &t, case, start);
                        info.key = word_key(&s.lower, &t, &mut s.key);
                        s.seen.insert(h, info);
                        info
                    }
                };
                s.info[i] = Some(info);
            }
        }
        s.taken.clear();
        s.taken.resize(n, false);
        table_headers(text, &s.toks, &mut s.taken);
        s.groups.clear();
        // Pattern findings (IIN, addresses…) are not names.
        let mut sorted: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        sorted.sort_unstable();
        let mut fi = 0;
        for (i, t) in s.toks.iter().enumerate() {
            while fi < sorted.len() && sorted[fi].1 <= t.start {
                fi += 1;
            }
            if fi < sorted.len() && sorted[fi].0 < t.end {
                s.taken[i] = true;
            }
        }
        // Names of organizations and objects in quotes («АО «Береке Финанс
        // Банк»», «кафе «Айгерім»») are not persons; «ИП «Сейткали»» is.
        let mut i = 0;
        while i < n {
            if i > 0 && opening_quote(&s.toks, i) {
                let mut j = i - 1;
                while j > 0 && matches!(s.toks[j].kind, TokKind::Punct('«' | '"' | '“')) {
                    j -= 1;
                }
                let owner = s.word(j);
                let org = if owner.chars().count() <= 3 {
                    (self.blockers_before.contains_key(owner)
                        || self.org_blockers.contains_key(owner))
                        && !matches!(
                            owner,
                            "им" | "ул"
                                | "пр"
                                | "пер"
                                | "мкр"
                                | "г"
                                | "с"
                                | "пос"
                                | "а"
                                | "пл"
                        )
                } else {
                    self.is_blocker_before(owner, false)
                };
                // Kazakh order: the company type after the name («Номад
                // Иншуранс» АҚ, «Алатау Фарм» ЖШС-дағы).
                if (matches!(s.toks[j].kind, TokKind::Word(_)) && org)
                    || org_after_quote(s, i, &self.org_types_after, &self.org_words_after)
                {
                    let mut k = i + 1;
                    while k < n
                        && k - i < 16
                        && !s.toks[k].para_before
                        && !matches!(s.toks[k].kind, TokKind::Punct('»' | '"' | '”'))
                    {
                        s.taken[k] = true;
                        k += 1;
                    }
                    i = k;
                    continue;
                }
            }
            i += 1;
        }

        // Pass 1a0: a surname with the maiden name in brackets, then a first
        // name and patronymic or initials («Ивановой (Петровой) С.Н.»,
        // «Хасанова (Гарипова) Лилия Маратовна»): one person, two surnames.
        for x in 0..n.saturating_sub(4) {
            let Some((end, maiden)) = self.maiden_name(s, x) else {
                continue;
            };
            let before = s.groups.len();
            self.anchor(s, x, end, Kind::Full);
            let Some(&(_, _, _, person)) = s.groups.get(before) else {
                continue;
            };
            let main = &s.persons[person];
            let alias = Person {
                stem: s.info[maiden].map_or([0, 0], |f| f.stem),
                alias_of: Some(main.alias_of.unwrap_or(person)),
                ..*main
            };
            s.persons.push(alias);
        }

        // Pass 1a: patronymic anchors («Ахметов Серик Болатович», «Серик Болат ұлы»).
        for p in 0..n {
            if s.taken[p] {
                continue;
            }
            // «Жақып ұлы», and in capitals «ЖАҚЫП ҰЛЫ»
            let marker = matches!(s.toks[p].kind, TokKind::Word(Case::Lower | Case::Upper))
                && is_kz_patronymic_word(&s.lower, &s.toks[p]);
            let patr = marker || s.info[p].is_some_and(|f| f.patronymic && !f.stop);
            if !patr {
                continue;
            }
            let mut a = p;
            if marker {
                // «Жанұзақовтың ұлы» is his son, not a patronymic.
                if !self.name_slot(s, p, false)
                    || GENITIVE.iter().any(|e| s.word(p - 1).ends_with(e))
                {
                    continue;
                }
                a = p - 1;
            }
            let mut b = p + 1;
            // First name, then surname before it. Before a first name and a
            // patronymic, a capitalized common word inside a sentence is the
            // surname («понятой Кузнец Ирины Сергеевны», «Волк Сергей
            // Николаевич»).
            if self.name_slot(s, a, false) {
                a -= 1;
                if self.name_slot(s, a, true)
                    || (s.info[a].is_some_and(|f| f.first.is_some())
                        && a > 0
                        && self.common_surname(s, a - 1)
                        // «Елбасы Нұрсұлтан Әбішұлы Назарбаев»: the surname follows.
                        && !(b < n
                            && !s.taken[b]
                            && s.info[b].is_some_and(|f| !f.stop && !f.patronymic)))
                {
                    a -= 1;
                }
            }
            // Surname after («Серик Болатович Ахметов»).
            if a + 2 >= b
                && b < n
                && !s.taken[b]
                && s.info[b].is_some_and(|f| !f.stop && !f.patronymic)
                && !s.toks[b].para_before
            {
                b += 1;
            }
            // The surname's initial after («Асхат Мухтарович С.»).
            if b - a == 2
                && b < n
                && s.info[a].is_some_and(|f| f.first.is_some())
                && s.toks[b].kind == TokKind::Initial
                && !s.taken[b]
                && !s.toks[b].para_before
                && !(b + 1 < n
                    && matches!(
                        s.toks[b + 1].kind,
                        TokKind::Initial | TokKind::Word(Case::Title | Case::Upper)
                    ))
            {
                b += 1;
            }
            if b - a >= 2 {
                self.anchor(s, a, b, Kind::Full);
            }
        }

        // Pass 1b: initials anchors («Ахметов С.Б.», «С.Б. Ахметов», «Ахметова С. Б.-ның»).
        let mut k = 0;
        while k < n {
            if s.taken[k] || s.toks[k].kind != TokKind::Initial {
                k += 1;
                continue;
            }
            let mut m = k + 1;
            while m < n && m - k < 3 && s.toks[m].kind == TokKind::Initial && !s.taken[m] {
                m += 1;
            }
            let after_ok = m < n
                && !s.taken[m]
                && !s.toks[m].para_before
                && s.info[m].is_some_and(|f| {
                    f.role.is_none() && (!f.stop || f.dict_surname || f.morph > 0)
                });
            // A sentence's first word with no surname evidence gives way to
            // a surname after the initials («Ескертулер Н.Қ. Есжановқа»).
            let weak_before = k > 0
                && s.info[k - 1].is_some_and(|f| {
                    f.stop
                        || (f.sentence_start
                            && f.morph == 0
                            && !f.dict_surname
                            && f.first.is_none())
                });
            let strong_after = after_ok && s.info[m].is_some_and(|f| f.morph > 0 || f.dict_surname);
            if self.name_slot(s, k, true)
                && !(after_ok && s.info[k - 1].is_some_and(|f| f.stop))
                && !(strong_after && weak_before)
            {
                self.anchor(s, k - 1, m, Kind::Initials);
            } else if after_ok {
                self.anchor(s, k, m + 1, Kind::Initials);
            }
            k = m;
        }

        // Pass 1b': nicknames in quotes, whatever word they are («по прозвищу
        // «Шах»», «лақап аты «Шуша»», «достары «Боксёр» деп атайтын»).
        for q in 1..n {
            if s.taken[q]
                || !matches!(s.toks[q].kind, TokKind::Word(Case::Title | Case::Upper))
                || !opening_quote(&s.toks, q - 1)
            {
                continue;
            }
            let mut e = q;
            while e < n && e - q < 3 && matches!(s.toks[e].kind, TokKind::Word(_)) && !s.taken[e] {
                e += 1;
            }
            if e == q || e >= n || !matches!(s.toks[e].kind, TokKind::Punct('»' | '"' | '”')) {
                continue;
            }
            if (nickname_before(s, q - 1) || nickname_after(s, e + 1)) && !animal_near(s, q, e) {
                self.anchor(s, q, e, Kind::Role);
            }
        }

        // Pass 1c: other groups of capitalized words (first name + surname,
        // role word + name, clear surname endings, Latin and capitals).
        let mut i = 0;
        while i < n {
            // Most tokens are lowercase words: no group starts there.
            if !opens_group(&s.toks[i]) {
                i += 1;
                continue;
            }
            let Some(end) = self.group_end(text, s, i) else {
                i += 1;
                continue;
            };
            // A sentence's first word before a known person's surname is a
            // word of the sentence («Вина Хасанова подтверждается», «Действия
            // Хасанова», «Личность Хасанова»), found by pass 2.
            if end - i >= 2
                && s.info[i].is_some_and(|f| {
                    f.sentence_start
                        && f.first.is_none()
                        && !f.patronymic
                        && (f.stop || s.is_common(f.key))
                })
                && self.mention_of(s, i + 1, end).is_some()
            {
                i += 1;
                continue;
            }
            match self.judge_group(text, s, i, end) {
                Some(kind) => {
                    // «Елбасы Нұрсұлтан Назарбаев»: a leading title word with no
                    // evidence of its own stays when the rest is a name.
                    let (mut a, mut b) = (i, end);
                    let evidence = |j: usize| {
                        s.info[j].is_some_and(|f| {
                            f.first.is_some() || f.morph > 0 || f.dict_surname || f.patronymic
                        })
                    };
                    // A sentence's first word with no evidence before a first
                    // name is no part of it («Прибыл Мухаммед ибн Салман»).
                    if b - a > 2
                        && !evidence(a)
                        && s.info[a].is_some_and(|f| f.sentence_start)
                        && s.info[a + 1].is_some_and(|f| f.first.is_some())
                    {
                        a += 1;
                    }
                    // Only a known common word is trimmed; an unknown word
                    // next to a name is most often a rare name of its own.
                    let evidence = |j: usize| {
                        evidence(j)
                            || s.info[j].is_some_and(|f| !f.stop)
                            || hyphen_particle(&text[s.toks[j].start..s.toks[j].end])
                    };
                    while b - a > 1
                        && !evidence(a)
                        && (a + 1..b).filter(|&j| evidence(j)).count() >= 2
                    {
                        a += 1;
                    }
                    while b - a > 1
                        && !evidence(b - 1)
                        && (a..b - 1).filter(|&j| evidence(j)).count() >= 2
                    {
                        b -= 1;
                    }
                    self.anchor(s, a, b, kind);
                    i = end;
                }
                // A quoted group that is no name is a title as a whole: its
                // later words are no name of their own («Ахметов Аққ»); so is
                // a street or an organization named after a person («ул. Абая
                // Кунанбаева»).
                None if (i > 0 && opening_quote(&s.toks, i - 1)) || self.blocked(s, i, end) => {
                    i = end;
                }
                // Two persons side by side, each a surname and a first name
                // («Тұрсынбаев Бақыттан Мамырова Айгүлдің пайдасына»).
                None if end - i >= 4
                    && self.judge_group(text, s, i, i + 2) == Some(Kind::Full)
                    && s.info[i].is_some_and(|f| f.morph > 0 || f.dict_surname)
                    && s.info[i + 2].is_some_and(|f| f.morph > 0 || f.dict_surname) =>
                {
                    self.anchor(s, i, i + 2, Kind::Full);
                    i += 2;
                }
                None => i += 1,
            }
        }

        // Pass 2: other mentions of registered persons, before or after.
        if !s.persons.is_empty() {
            let mut i = 0;
            while i < n {
                if s.taken[i] || !opens_group(&s.toks[i]) {
                    i += 1;
                    continue;
                }
                let end = match self.group_end(text, s, i) {
                    Some(end) => end,
                    None if self.stop_surname(s, i) => self
                        .group_end(text, s, i + 1)
                        .filter(|_| i + 1 < n)
                        .unwrap_or(i + 1)
                        .max(i + 1),
                    None => {
                        i += 1;
                        continue;
                    }
                };
                // Initials before a registered surname that is also a word
                // («Д.И. Соловей», «С.Н. Волка»).
                let end = if s.toks[end - 1].kind == TokKind::Initial
                    && end < n
                    && !s.toks[end].para_before
                    && self.stop_surname(s, end)
                {
                    end + 1
                } else {
                    end
                };
                if let Some(person) = self.mention_of(s, i, end) {
                    s.groups.push((i, end, Kind::Propagated, person));
                    for t in &mut s.taken[i..end] {
                        *t = true;
                    }
                    i = end;
                } else {
                    i += 1;
                }
            }
        }

        // Pass 2b: fond forms of a registered person's first name («Бауке»,
        // «Қанекең» for Бауыржан, Қанат), and a nickname called out at the
        // start of a quoted message («Даук, телефон пока у тебя»).
        if s.persons.iter().any(|p| !p.kept && p.first.is_some()) {
            for i in 0..n {
                if let Some(person) = self.fond_form(s, i) {
                    s.groups.push((i, i + 1, Kind::Propagated, person));
                    s.taken[i] = true;
                }
            }
        }

        for &(a, b, kind, person) in &s.groups {
            let person = s.persons[person].alias_of.unwrap_or(person);
            let start = s.toks[a].start;
            let end = extend_suffix(text, s.toks[b - 1].end);
            found.push(Finding {
                start,
                end,
                category: Category::Name,
                rule: self.first_rule + kind as u32,
                entity: person as u32 + 1,
            });
        }
    }

    /// The end of «Surname (Maiden) First Patronymic» or «Surname (Maiden)
    /// I.I.» starting at token `x`, both surnames with a surname's ending.
    fn maiden_name(&self, s: &NameScratch, x: usize) -> Option<(usize, usize)> {
        let t = &s.toks;
        let surname = |j: usize| {
            !s.taken[j]
                && matches!(t[j].kind, TokKind::Word(Case::Title | Case::Upper))
                && s.info[j].is_some_and(|f| {
                    f.role.is_none() && f.first.is_none() && (f.morph > 0 || f.dict_surname)
                })
        };
        // The brackets first: this runs at every token.
        if t[x + 1].kind != TokKind::Punct('(') || !surname(x) {
            return None;
        }
        // A few words may name the maiden name inside the brackets («(до
        // брака – Нурпеисова)», «(урожд. Петрова)», «(бұрынғы тегі Петрова)»).
        let mut m = x + 2;
        while m < t.len()
            && m - x < 7
            && (matches!(t[m].kind, TokKind::Word(Case::Lower))
                || matches!(t[m].kind, TokKind::Punct('-' | '.' | ':')))
        {
            m += 1;
        }
        if m + 2 >= t.len()
            || t[m + 1].kind != TokKind::Punct(')')
            || !surname(m)
            || t[x + 1..=m + 2].iter().any(|t| t.para_before)
        {
            return None;
        }
        let y = m + 2;
        if t[y].kind == TokKind::Initial {
            let mut e = y + 1;
            while e < t.len() && e - y < 3 && t[e].kind == TokKind::Initial {
                e += 1;
            }
            return Some((e, m));
        }
        let first = s.info[y].is_some_and(|f| f.first.is_some());
        let patronymic =
            y + 1 < t.len() && !t[y + 1].para_before && s.info[y + 1].is_some_and(|f| f.patronymic);
        (first && patronymic).then_some((y + 2, m))
    }

    /// The person whose first name token `i` is a fond form of: an unknown
    /// capitalized word that begins like the first name (three letters) and
    /// ends in a Kazakh endearment («Бау-ке», «Қан-екең»), or is called out
    /// at the start of a quoted message («Даук, …»).
    fn fond_form(&self, s: &NameScratch, i: usize) -> Option<usize> {
        let t = s.toks[i];
        if s.taken[i] || t.kind != TokKind::Word(Case::Title) {
            return None;
        }
        let unknown = s.info[i].is_some_and(|f| {
            !f.stop
                && !f.place
                && !f.word_too
                && !f.patronymic
                && f.role.is_none()
                && f.first.is_none()
                && f.morph == 0
                && !f.dict_surname
        });
        if !unknown {
            return None;
        }
        let word: Vec<char> = s.word(i).chars().map(fold_char).collect();
        if !(4..=12).contains(&word.len()) {
            return None;
        }
        let rest: String = word[3..].iter().collect();
        // Kazakh endearments with a case ending, folded («Бауке-нің»,
        // «Қанекеңге», «Әлиханжан»); Russian diminutives with theirs
        // («Ерлаша», «Ержику»).
        let kz = [
            "ке", "еке", "аке", "кен", "екен", "акан", "аган", "кем", "екем", "ш",
        ];
        let kz_end = [
            "", "н", "нин", "ге", "ни", "мен", "нен", "де", "дин", "ка", "ке",
        ];
        let ru = [
            "аша",
            "ашка",
            "ик",
            "ок",
            "ек",
            "ечка",
            "ичка",
            "уля",
            "уся",
            "юша",
            "чик",
            "енька",
            "онька",
            "ушка",
            "юшка",
        ];
        let ru_end = ["", "а", "у", "е", "ом", "ой", "ей", "и", "ы", "ю", "ем"];
        let with_end = |sufs: &[&str], ends: &[&str]| {
            sufs.iter()
                .any(|e| rest.strip_prefix(e).is_some_and(|r| ends.contains(&r)))
        };
        let fond = with_end(&kz, &kz_end) || with_end(&ru, &ru_end);
        let called = i > 0
            && opening_quote(&s.toks, i - 1)
            && s.toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokKind::Punct(','));
        let whole: String = word.iter().collect();
        let head: String = word[..3].iter().collect();
        let mut found = None;
        for (k, p) in s.persons.iter().enumerate() {
            let Some(f) = p.first.filter(|_| !p.kept) else {
                continue;
            };
            let name = self.first_forms.name(f);
            // «Әлихан-жан»: the whole first name with «жан».
            let jan = whole
                .strip_prefix(name)
                .is_some_and(|r| ["жан", "жанга", "жанды", "жаннын", "жанмен"].contains(&r));
            if jan || ((fond || called) && name.starts_with(&head)) {
                if found.is_some_and(|q: usize| s.persons[q].first != p.first) {
                    return None;
                }
                found = found.or(Some(k));
            }
        }
        found
    }

    /// A capitalized common word that is the registered surname of a person
    /// (Мороз), for the propagation pass.
    fn stop_surname(&self, s: &NameScratch, i: usize) -> bool {
        if s.taken[i] || !s.info[i].is_some_and(|f| f.stop && f.role.is_none()) {
            return false;
        }
        let st = s.info[i].map_or([0, 0], |f| f.stem);
        s.persons.iter().any(|p| !p.kept && keys_meet(&p.stem, &st))
    }

    /// Whether token `j` is a capitalized common word that may be a surname
    /// before a first name and a patronymic: not a role, a place or an
    /// organization word, inside a sentence, in the same paragraph.
    fn common_surname(&self, s: &NameScratch, j: usize) -> bool {
        // Before a first name and a patronymic («Зима Валентин Иванович» at a
        // line start, «Орёл Любовь Николаевна», «ЗИМЫ ВАЛЕНТИНА ИВАНОВИЧА»),
        // a word or a town is the surname too, unless it has an adjective's
        // shape («Уважаемый Иван Петрович»).
        let full = j + 2 < s.toks.len()
            && s.info[j + 1].is_some_and(|f| f.first.is_some())
            && s.info[j + 2].is_some_and(|f| f.patronymic)
            && (s.toks[j].kind == TokKind::Word(Case::Title)
                || (s.toks[j].kind == TokKind::Word(Case::Upper)
                    && s.toks[j + 1].kind == TokKind::Word(Case::Upper)))
            && !common_shape(s.word(j));
        j + 1 < s.toks.len()
            && !s.taken[j]
            && !s.toks[j + 1].para_before
            && (s.toks[j].kind == TokKind::Word(Case::Title) || full)
            && s.info[j].is_some_and(|f| {
                f.stop
                    && f.role.is_none()
                    && ((!f.sentence_start && !f.place) || list_item(s, j) || full)
            })
            // A Kazakh title in its possessive form («Елбасы Нұрсұлтан Әбішұлы»).
            && !s.word(j).ends_with(['ы', 'і'])
            // Not the second word of a proper noun («Российской Федерации
            // Дмитрий Анатольевич»); a role word may stand before it.
            && !(j > 0
                && matches!(s.toks[j - 1].kind, TokKind::Word(Case::Title | Case::Upper))
                && s.info[j - 1].is_none_or(|f| f.role.is_none()))
    }

    /// Whether the token before `j` can be a first name or surname next to
    /// stronger evidence: a capitalized word, not a role word, not taken, in
    /// the same paragraph. A common word (Мороз, Арман) may fill the slot; at a
    /// sentence start only with `surname` evidence of its own.
    fn name_slot(&self, s: &NameScratch, j: usize, surname: bool) -> bool {
        if j == 0 || s.taken[j - 1] || s.toks[j].para_before {
            return false;
        }
        let Some(f) = s.info[j - 1] else { return false };
        if f.role.is_some() {
            return false;
        }
        if !f.stop {
            return true;
        }
        if surname {
            f.dict_surname || f.morph > 0 || (f.first.is_some() && !f.sentence_start)
        } else {
            f.first.is_some() || !f.sentence_start
        }
    }

    /// Registers an anchor group unless a street, place or organization
    /// blocks it; kept roles (the court) register without a finding.
    fn anchor(&self, s: &mut NameScratch, a: usize, b: usize, kind: Kind) {
        if self.blocked(s, a, b) {
            return;
        }
        let role = self.role_before(s, a);
        let mut kept = role.is_some_and(|r| self.kept(r));
        let (stem_, _, i1, i2) = self.parts(s, a, b);
        if role.is_none() && stem_[0] != 0 && i1.is_some() {
            // A later full mention of a court member («судья Касымов А.Б.» in
            // the header, «Касымов А.Б.» in the text).
            kept = s.persons.iter().any(|p| {
                p.kept && keys_meet(&p.stem, &stem_) && p.i1 == i1 && compatible(p.i2, i2)
            });
        }
        let person = self.register(s, a, b, kept);
        if !kept {
            s.groups.push((a, b, kind, person));
        }
        for t in &mut s.taken[a..b] {
            *t = true;
        }
    }

    fn classify(&self, lower_buf: &str, t: &Tok, case: Case, sentence_start: bool) -> Info {
        let l = &lower_buf[t.lo.0 as usize..t.lo.1 as usize];
        let f: String = l.chars().map(fold_char).collect();
        let first = self.first_forms.get(&f).or_else(|| {
            // A first name with a form of address after a hyphen
            // («Кайрат-ака», «Гүлнар-апай», «Серік-аға»).
            let (head, tail) = f.rsplit_once('-')?;
            HONORIFIC_TAILS
                .iter()
                .any(|h| tail.starts_with(h))
                .then(|| self.first_forms.get(head))
                .flatten()
        });
        // A capitalized role word mid-sentence that is also a first name
        // («Азамат») is the name.
        // A capitalized word inside a sentence that only begins like a role
        // word and ends like a surname is the surname («Кличко», «Опекунов»).
        let role = if first.is_some() {
            self.role_of_first_name(l)
        } else if case == Case::Title && !sentence_start {
            self.role_of_title(l)
        } else {
            self.role_of(l)
        };
        let role = role
            .filter(|_| case == Case::Upper || sentence_start || first.is_none())
            .filter(|_| {
                case != Case::Title
                    || sentence_start
                    || self.roles.contains_key(l)
                    || surname_morph(l) == 0
            });
        let (kz, ru) = (strip_kz(&f), stem_ru(&f));
        let hard = self.hard_stop.contains(&f)
            || (first.is_none() && (self.hard_stop.contains(kz) || self.hard_stems.contains(&ru)));
        let soft = first.is_none()
            && (self.soft_stop.contains(&f)
                || self.soft_stop.contains(kz)
                || self.soft_stems.contains(&ru));
        let stop_word = hard || soft;
        let word_too = first.is_some()
            && (self.word_firsts.contains(&f)
                || self.word_firsts.contains(kz)
                // the same name in a Russian case form, not another name
                // with that stem («Таня» is no «Таң»)
                || (self.word_firsts.contains(&ru) && self.first_forms.get(&ru) == first)
                || ["дагы", "деги", "тагы", "теги"]
                    .iter()
                    .any(|x| f.ends_with(x)));
        let patronymic = is_patronymic(l);
        let kz_patronymic =
            l.contains('ы') && ["ұлы", "улы", "қызы", "кызы"].iter().any(|m| l.contains(m));
        Info {
            stop: stop_word || role.is_some() || f.chars().count() < 2,
            first,
            patronymic,
            morph: if patronymic && !kz_patronymic {
                0
            } else {
                surname_morph(l)
            },
            dict_surname: stems(&f)
                .iter()
                .any(|x| !x.is_empty() && self.surname_stems.contains(x)),
            role,
            sentence_start,
            word_too,
            place: soft,
            key: 0,
            stem: stem_key(&f),
        }
    }

    /// The end (exclusive) of the group of capitalized non-stop words and
    /// initials starting at `i`. `None` when `i` cannot start one.
    fn group_end(&self, text: &str, s: &NameScratch, i: usize) -> Option<usize> {
        let end = self.group_end_words(text, s, i)?;
        // «ұлы Әлихан Шахтерская көшесімен»: a street's own name (a common
        // word or a place) after a first name, before a street word, is no
        // part of the person's name.
        if end - i >= 2
            && s.info[i].is_some_and(|f| f.first.is_some() && !f.stop)
            && s.info[end - 1].is_some_and(|f| f.stop || f.place)
            && self.blocked(s, i, end)
            && !self.blocked(s, i, end - 1)
        {
            return Some(end - 1);
        }
        Some(end)
    }

    fn group_end_words(&self, text: &str, s: &NameScratch, i: usize) -> Option<usize> {
        let surname_at = |j: usize| -> bool {
            j < s.toks.len()
                && !s.taken[j]
                && s.info[j].is_some_and(|f| !f.stop && (f.morph > 0 || f.dict_surname))
        };
        // A capitalized common word right after a first name, inside a
        // sentence, is a surname («Александр Брод», «Виктор Понедельник»).
        let surname_after_first = |j: usize| -> bool {
            j > 0
                && s.toks[j].kind == TokKind::Word(Case::Title)
                && !s.toks[j].para_before
                && s.toks[j - 1].kind == TokKind::Word(Case::Title)
                && s.info[j].is_some_and(|f| f.role.is_none() && !f.sentence_start)
                && s.info[j - 1].is_some_and(|f| f.first.is_some() && !f.stop)
        };
        // A first name that is also a common word or a place, before a
        // capitalized word that is neither («Сальвадора Дали», «Любовь Полежай»).
        let unknown_after = |j: usize| -> bool {
            j + 1 < s.toks.len()
                && !s.taken[j + 1]
                && !s.toks[j + 1].para_before
                && s.toks[j + 1].kind == TokKind::Word(Case::Title)
                && s.info[j + 1].is_some_and(|f| !f.stop)
        };
        let ok = |j: usize| -> bool {
            match s.toks[j].kind {
                TokKind::Initial => true,
                // A document series before its number («АА 0923417»).
                TokKind::Word(Case::Upper)
                    if s.toks[j].end - s.toks[j].start <= 6
                        && s.toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num) =>
                {
                    false
                }
                TokKind::Word(Case::Title | Case::Upper) => s.info[j].is_some_and(|f| {
                    // A first name that is also a common word («Роза», «Лев») next to a surname.
                    !f.stop
                        || (f.first.is_some()
                            && (surname_at(j + 1)
                                || (j > 0 && surname_at(j - 1))
                                || unknown_after(j)))
                        // a surname that is also a word («Ким», «Кім») before
                        // its given name («Ким Чен Ын»)
                        || (f.dict_surname
                            && f.role.is_none()
                            && (unknown_after(j) || self.role_word_before(s, j)))
                        // «Розы апай», «Сәуле апа»: a first name before a
                        // Kazakh form of address
                        || (f.first.is_some() && honorific_at(s, j + 1))
                        // «куә Орал», «әкесі Орал ата»: right after a role
                        // or kin word
                        || (f.first.is_some()
                            && f.role.is_none()
                            && j == i
                            && self.role_word_before(s, j))
                        // «Мирас пен Інжу»: a first name joined to a name found
                        || (f.first.is_some() && joined_to_name(s, j))
                        // «Роза пояснила»: a first name before a verb of speech
                        || (f.first.is_some() && j == i && self.speech_after(s, j + 1))
                        || surname_after_first(j)
                }),
                _ => false,
            }
        };
        if s.taken[i] || !ok(i) {
            return None;
        }
        if i > 0 && matches!(s.toks[i - 1].kind, TokKind::Punct('[')) {
            return None; // a placeholder such as [ФИО1]
        }
        // «свидетеля Пака Д.О. Сведения об …»: after a surname and its
        // initials, a word with no surname shape opens the next sentence.
        let goes_on = |j: usize| -> bool {
            s.toks[j - 1].kind != TokKind::Initial
                || (i..j - 1).all(|k| !matches!(s.toks[k].kind, TokKind::Word(_)))
                || s.info[j].is_none_or(|f| f.morph > 0 || f.dict_surname || f.patronymic)
        };
        let mut j = i + 1;
        loop {
            // A new line after two words starts another group (a headline
            // repeated below it: «… Кшиштоф Пендерецкий\nКшиштоф Пендерецкий»).
            if j < s.toks.len()
                && j - i < 4
                && !s.taken[j]
                && !s.toks[j].para_before
                && !(s.toks[j].line_start && j - i >= 2)
                && goes_on(j)
                && ok(j)
            {
                j += 1;
            } else if j + 1 < s.toks.len()
                && j - i < 6
                && name_particle(&s.lower, &s.toks[j])
                && !s.taken[j + 1]
                && !s.toks[j].para_before
                && !s.toks[j + 1].para_before
                && ok(j + 1)
            {
                // «Висенте дель Боске», «Мухаммед ибн Салман», «Кристиан фон Беттихер»
                j += 2;
            } else if j < s.toks.len()
                && j - i < 6
                && !s.taken[j]
                && !s.toks[j].para_before
                && hyphen_particle(&text[s.toks[j].start..s.toks[j].end])
            {
                // «Камаль аль-Ганзури», «Сабах аль-Ахмед ас-Сабах»
                j += 1;
            } else {
                break;
            }
        }
        // The form of address goes with the name («Розы апай»): annotators
        // differ on it, and a leak is worse than a redacted «апай».
        if honorific_at(s, j) && s.info[j - 1].is_some_and(|f| f.first.is_some()) {
            j += 1;
        }
        Some(j)
    }

    /// Decides whether the group `[a, b)` is a name by its own evidence.
    fn judge_group(&self, text: &str, s: &NameScratch, a: usize, b: usize) -> Option<Kind> {
        if self.blocked(s, a, b) {
            return None;
        }
        let words: Vec<Info> = (a..b).filter_map(|j| s.info[j]).collect();
        if words.is_empty() || (a..b).any(|j| s.toks[j].kind == TokKind::Initial) {
            return None;
        }
        // «Жеңіс күні мерекесі»: a holiday, not Жеңіс.
        if b - a == 1
            && s.toks
                .get(b)
                .is_some_and(|t| t.kind == TokKind::Word(Case::Lower))
            && self.phrases_not_names.iter().any(|p| {
                p.split_once(' ')
                    .is_some_and(|(w, next)| s.word(a) == w && s.word(b).starts_with(next))
            })
        {
            return None;
        }
        // «свидетеля Пака Д.О. Сведения об …»: a word with no evidence of its
        // own after a surname's initials opens the next sentence.
        if a > 0
            && s.toks[a - 1].kind == TokKind::Initial
            && s.taken[a - 1]
            && words
                .iter()
                .all(|w| w.morph == 0 && !w.dict_surname && w.first.is_none() && !w.patronymic)
        {
            return None;
        }
        let role = self.role_before(s, a);
        let has_first = words.iter().any(|w| w.first.is_some());
        let has_sur = words.iter().any(|w| w.morph > 0 || w.dict_surname);
        // A form's label at a line start («Марка: Toyota», «Роза: сорт») or
        // in a column after a wide gap («Счет: …     Валюта: KZT»).
        let column = a > 0 && {
            let gap = &text[s.toks[a - 1].end..s.toks[a].start];
            gap.contains("  ") || gap.contains('\t')
        };
        if b - a == 1
            && (s.toks[a].line_start || column)
            && !has_sur
            && s.toks.get(b).is_some_and(|t| t.kind == TokKind::Punct(':'))
        {
            return None;
        }
        let all_upper = (a..b).all(|j| matches!(s.toks[j].kind, TokKind::Word(Case::Upper)));
        let quoted = a > 0 && opening_quote(&s.toks, a - 1);
        // A pet's name in quotes («собака по кличке «Барон»»).
        if quoted && animal_near(s, a, b) {
            return None;
        }
        // A role word makes a name of what follows it, but not of a quoted
        // name («жауапкердің «Kaspi Bank»») unless it is an entrepreneur's or
        // a nickname («ИП «Сейткали»», «по прозвищу «Шах»»), nor of Latin
        // words without a first name.
        // Latin words, also with a Kazakh suffix («Bank-тегі»).
        let latin = (a..b).all(|j| {
            let w = &text[s.toks[j].start..s.toks[j].end];
            w.split('-')
                .next()
                .unwrap_or(w)
                .chars()
                .all(|c| c.is_ascii() || matches!(c, '‘' | 'ʻ' | '’'))
        });
        let quote_owner_ok = !quoted || {
            let mut j = a - 1;
            while j > 0 && matches!(s.toks[j].kind, TokKind::Punct(_)) {
                j -= 1;
            }
            let l = s.word(j);
            matches!(l, "ип" | "жк")
                || l.starts_with("предпринимател")
                || l.starts_with("кәсіпкер")
                || (nickname_before(s, a - 1) && !animal_near(s, a, b))
        };
        let role_ok = quote_owner_ok && (!latin || has_first);
        // A card holder's name in Latin capitals, quoted or not («TIMUR
        // SEIFULLIN», «OLGA IVANOVA»): a surname ending with a first name or
        // a second word.
        // An Uzbek patronymic marker may end it («ERGASHEV SHERZOD BAXTIYOR
        // UGLI», «KARIMOV JASUR BOTIR O‘G‘LI»).
        let marker = b - a == 4 && self.latin_patronymics.iter().any(|m| m == s.word(b - 1));
        if latin
            && all_upper
            && ((2..=3).contains(&words.len()) || marker)
            && has_sur
            && !has_common_word(&words)
        {
            return Some(Kind::Full);
        }
        if words.len() >= 2 {
            // A quote that goes on in lowercase words is somebody's words
            // («сотқа «Нұрланның Салтанатқа ақша бергенін көрдім» деп»), not
            // a quoted title.
            let speech = quoted
                && s.toks
                    .get(b)
                    .is_some_and(|t| t.kind == TokKind::Word(Case::Lower));
            if has_first && (has_sur || !all_upper) && words.len() <= 3 && (!quoted || speech) {
                return Some(Kind::Full);
            }
            // «Қалижан Міркәрімов», «Қасым-Жомарт Тоқаев»: a clear surname
            // with a capitalized neighbour.
            // Quoted too, like a single quoted surname: a leak costs more than
            // a company named after its founder.
            if !all_upper && words.len() <= 3 && words.iter().any(|w| w.morph == 2) {
                return Some(Kind::Full);
            }
            // Two or three capitalized words that are no known common word,
            // place or organization, inside a sentence: a name («Барак Обама»).
            let cyrillic_title = !quoted
                && (a..b).all(|j| {
                    matches!(s.toks[j].kind, TokKind::Word(Case::Title))
                        && !text[s.toks[j].start..s.toks[j].end]
                            .bytes()
                            .any(|c| c.is_ascii_alphabetic())
                });
            if cyrillic_title
                && words.len() <= 3
                && (!words[0].sentence_start || words.len() == 2)
                && !words.iter().any(|w| s.is_common(w.key))
            {
                return Some(Kind::Full);
            }
            if role.is_some() && role_ok && (!all_upper || has_first || has_sur) {
                return Some(Kind::Role);
            }
            return None;
        }
        let w = words[0];
        // A common word is a surname only right after its first name, in
        // the same group.
        // A surname that is also a word («Ким», «Кім» is «who») counts
        // right after a role word.
        let role_surname =
            w.dict_surname && w.role.is_none() && role.is_some() && self.role_word_before(s, a);
        if w.first.is_some() && b > a + 1 && honorific_at(s, a + 1) {
            return Some(Kind::Single);
        }
        // A first name that is also a listed word («Орал», the city) right
        // after a role or kin word («куә Орал», «әкесі Орал ата»).
        // An acronym that is also a first name («жауапкер АХАТ органына», the
        // registry office) is the listed word.
        if w.first.is_some()
            && w.stop
            && w.role.is_none()
            && b == a + 1
            && !all_upper
            && self.role_word_before(s, a)
            && !place_context(s, a)
        {
            return Some(Kind::Single);
        }
        if w.stop && w.first.is_none() && !role_surname {
            return None;
        }
        if role.is_some() && role_ok && !all_upper {
            return Some(Kind::Role);
        }
        if all_upper {
            return None;
        }
        if w.morph == 2 {
            return Some(Kind::Single);
        }
        // «Роза пояснила», «Вера просила»: a first name that is also a word,
        // as the subject of a verb of speech.
        if w.first.is_some() && self.speech_after(s, a + 1) && !place_context(s, a) {
            return Some(Kind::Single);
        }
        // A first name opens a sentence as often as it stands inside one
        // («Зәуренің айтуынша»), unless it is also a word; a surname that is
        // also a word does not.
        if ((w.first.is_some() && !(w.sentence_start && w.word_too))
            || (w.dict_surname && !w.sentence_start))
            && !place_context(s, a)
            && !s.is_common(w.key)
        {
            return Some(Kind::Single);
        }
        // An unknown capitalized Cyrillic word inside a sentence (no common
        // word, place or organization of the dictionaries, never written in
        // lowercase here) is most often a person («Трамп», «Акихито»).
        let t = s.toks[a];
        if (self.speech_after(s, a + 1) || !w.sentence_start)
            && !s.is_common(w.key)
            && !place_context(s, a)
            && !common_shape(&s.lower[t.lo.0 as usize..t.lo.1 as usize])
            && matches!(t.kind, TokKind::Word(Case::Title))
            && !(a > 0 && opening_quote(&s.toks, a - 1))
            && text[t.start..t.end]
                .chars()
                .all(|c| (c.is_alphabetic() && !c.is_ascii()) || c == '-')
            && text[t.start..t.end].chars().count() >= 3
        {
            return Some(Kind::Single);
        }
        None
    }

    /// Whether the word right before token `j` is a role word («подсудимый Ким»).
    fn role_word_before(&self, s: &NameScratch, j: usize) -> bool {
        j > 0
            && matches!(s.toks[j - 1].kind, TokKind::Word(_))
            && self.role_of(s.word(j - 1)).is_some()
    }

    /// Streets, places and organizations named after people.
    fn blocked(&self, s: &NameScratch, a: usize, b: usize) -> bool {
        let word = |j: usize| s.word(j);
        // The word before, skipping one dot (abbreviations) and an opening quote.
        let mut j = a;
        let mut quoted = false;
        let mut dotted = false;
        let mut joined = false;
        while j > 0 {
            j -= 1;
            match s.toks[j].kind {
                TokKind::Punct('.') if !dotted => dotted = true,
                TokKind::Punct('«' | '"' | '“') if !quoted && opening_quote(&s.toks, j) => {
                    quoted = true
                }
                TokKind::Word(Case::Lower)
                    if !joined && j > 0 && matches!(word(j), "и" | "және" | "мен") =>
                {
                    // «улиц Кенесары и Сейфуллина»: the blocker of the first name.
                    joined = true;
                    if matches!(s.toks[j - 1].kind, TokKind::Word(Case::Title)) {
                        j -= 1;
                    }
                }
                TokKind::Word(_) => {
                    let l = word(j);
                    // «выгнал детей на улицу. Полищуку позвонила»: a full word
                    // before the dot ends a sentence; an abbreviation («ул.»,
                    // «просп.») ends in a consonant.
                    if dotted && l.ends_with(VOWELS) {
                        break;
                    }
                    // «по имени Тимур» names a person, «от имени Нурланова»
                    // speaks for one.
                    let by_name = l == "имени" && j > 0 && matches!(word(j - 1), "по" | "от");
                    // «12 мая 2023 г. Сидорова А.А.»: «г.» after a year is «года».
                    let year = matches!(l, "г" | "гг")
                        && dotted
                        && j > 0
                        && s.toks[j - 1].kind == TokKind::Num;
                    // «ул. Абая», «кафе «Айгерім»», «ТОО «Ахмет»»: not persons.
                    if self.is_place_blocker(l, dotted) && !by_name && !year {
                        return true;
                    }
                    // «глава холдинга Алексей Миллер»: a full name stays a person.
                    if self.is_org_blocker(l, dotted) && (quoted || !self.full_name(s, a, b)) {
                        return true;
                    }
                    if quoted && blocker_hit(&self.quote_blockers, l, dotted) {
                        return true;
                    }
                    break;
                }
                _ => break,
            }
        }
        // The word after.
        let mut k = b;
        while k < s.toks.len() {
            match s.toks[k].kind {
                TokKind::Punct('»' | '"' | '”') => k += 1,
                // «Тәуке хан даңғылы», «Қорқыт ата атындағы».
                TokKind::Word(Case::Lower) if TITLES_AFTER_NAME.contains(&word(k)) => k += 1,
                TokKind::Word(_) => {
                    let l = word(k);
                    // «Д. Серікбаевтың атындағы карта» is a card in a
                    // person's name; «Абай атындағы» names a place after one.
                    if l.starts_with("атында") && b > a && k == b {
                        let last = word(b - 1);
                        if GENITIVE.iter().any(|e| last.ends_with(e)) {
                            return false;
                        }
                    }
                    // «Ким О.В. атындағы «…» АҚ-дағы № … шотқа»: an account
                    // or a card in a person's name, whatever the case.
                    if l.starts_with("атында") && account_after(s, k + 1, &self.account_words)
                    {
                        return false;
                    }
                    // «Жандосов және Саин көшелерінің қиылысында»: two
                    // streets named before their plural.
                    if k == b
                        && matches!(l, "және" | "мен" | "и")
                        && s.toks
                            .get(k + 1)
                            .is_some_and(|t| t.kind == TokKind::Word(Case::Title))
                        && s.toks
                            .get(k + 2)
                            .is_some_and(|t| t.kind == TokKind::Word(Case::Lower))
                        && ["көшелер", "даңғылдар", "улиц", "проспект"]
                            .iter()
                            .any(|w| word(k + 2).starts_with(w))
                    {
                        return true;
                    }
                    return prefix_hit(&self.blockers_after, l);
                }
                _ => break,
            }
        }
        false
    }

    /// A verb of speech or testimony right after a word («Трамп заявил»,
    /// «Ахметов пояснил», «Серік айтты»): the word is a person.
    fn speech_after(&self, s: &NameScratch, j: usize) -> bool {
        j < s.toks.len()
            && matches!(s.toks[j].kind, TokKind::Word(Case::Lower))
            && self
                .person_verbs
                .iter()
                .any(|v| s.word(j).starts_with(v.as_str()))
    }

    /// Whether a quoted name after `l` is a place's or an organization's.
    fn is_blocker_before(&self, l: &str, dotted: bool) -> bool {
        self.is_place_blocker(l, dotted)
            || self.is_org_blocker(l, dotted)
            || blocker_hit(&self.quote_blockers, l, dotted)
    }

    /// Streets, places and «имени»: they block every name after them.
    fn is_place_blocker(&self, l: &str, dotted: bool) -> bool {
        blocker_hit(&self.blockers_before, l, dotted)
    }

    /// Organizations and works («ТОО», «кафе», «фильм»).
    fn is_org_blocker(&self, l: &str, dotted: bool) -> bool {
        blocker_hit(&self.org_blockers, l, dotted)
    }

    /// Whether `[a, b)` is clearly a person's full name: a first name with a
    /// surname, a patronymic, or initials.
    fn full_name(&self, s: &NameScratch, a: usize, b: usize) -> bool {
        let mut first = false;
        let mut surname = false;
        for j in a..b.min(s.toks.len()) {
            if s.toks[j].kind == TokKind::Initial {
                return true;
            }
            if let Some(f) = s.info[j] {
                if f.patronymic && !f.stop {
                    return true;
                }
                first |= f.first.is_some();
                surname |= !f.stop && (f.morph > 0 || f.dict_surname);
            }
        }
        first && surname
            || (a..b.min(s.toks.len()).saturating_sub(1)).any(|j| {
                // a first name and an unknown word after it («клуба Николая Волошкина»)
                s.info[j].is_some_and(|f| f.first.is_some())
                    && s.info[j + 1].is_some_and(|f| !f.stop && f.first.is_none())
            })
    }
    /// The role word before a group, looking back over lowercase words and
    /// light punctuation within the sentence.
    fn role_before(&self, s: &NameScratch, a: usize) -> Option<Role> {
        let mut j = a;
        let mut words = 0;
        // Only «,», «и», «және», «мен» may join this name to a previous one
        // of the same list («защитников Ким О.Л. и Нурбекова А.А.»), not «а».
        let mut list_join = true;
        // A comma crossed after other words: the role word governs another
        // clause («судья вынес постановление, согласно которому Хинкли …»).
        let mut other_clause = false;
        while j > 0 && words < 8 {
            // A role word stands on the same line as its name.
            if s.toks[j].para_before || s.toks[j].line_start {
                return None;
            }
            j -= 1;
            let t = s.toks[j];
            if s.taken[j] && matches!(t.kind, TokKind::Word(_) | TokKind::Initial) {
                if !list_join {
                    return None;
                }
                continue;
            }
            match t.kind {
                TokKind::Word(case) => {
                    let l = &s.lower[t.lo.0 as usize..t.lo.1 as usize];
                    let role = if case == Case::Lower {
                        self.role_of(l)
                    } else {
                        s.info[j].and_then(|f| f.role)
                    };
                    if let Some(r) = role {
                        // Keeping a name takes the court's own wording next
                        // to it; a leak is worse than a redacted judge.
                        return (!(other_clause && self.kept(r))).then_some(r);
                    }
                    // Skip lowercase words and place names («суда г. Талдыкоргана»),
                    // and a district's adjective («районного суда № 2
                    // Казыбекбийского района»).
                    let district = case == Case::Title
                        && (common_shape(l)
                            || s.toks.get(j + 1).is_some_and(|t| {
                                t.kind == TokKind::Word(Case::Lower)
                                    && ["район", "област", "округ", "аудан", "облыс"]
                                        .iter()
                                        .any(|w| s.word(j + 1).starts_with(w))
                            }));
                    if case == Case::Lower || s.info[j].is_some_and(|f| f.stop) || district {
                        words += 1;
                        if !matches!(l, "и" | "және" | "мен") {
                            list_join = false;
                        }
                    } else {
                        return None;
                    }
                }
                TokKind::Punct(',' | ';') => other_clause |= !list_join,
                // A court's number («районного суда № 2»).
                TokKind::Num if j > 0 && s.toks[j - 1].kind == TokKind::Punct('№') => {
                    j -= 1;
                    words += 1;
                    list_join = false;
                }
                // A remark in brackets inside a list («судьялар Жақсылықов
                // Б.М. (баяндамашы), Нұрпейісова Г.Т.»): stepped over.
                TokKind::Punct(')')
                    if (j.saturating_sub(4)..j)
                        .rev()
                        .find(|&k| !matches!(s.toks[k].kind, TokKind::Word(Case::Lower)))
                        .is_some_and(|k| s.toks[k].kind == TokKind::Punct('(') && k + 1 < j) =>
                {
                    while s.toks[j].kind != TokKind::Punct('(') {
                        j -= 1;
                    }
                }
                TokKind::Punct(':' | '-' | '–' | '—' | '(' | ')' | '«' | '»' | '"' | '/') => {
                    list_join = false;
                }
                TokKind::Punct('.') => {
                    // «гр. Ахметов»: an abbreviated role word before the dot;
                    // «г. Талдыкоргана»: an abbreviation to skip. An
                    // abbreviation ends in a consonant: «лица. Повреждения»
                    // ends a sentence.
                    if j > 0
                        && let TokKind::Word(Case::Lower) = s.toks[j - 1].kind
                    {
                        let l = s.word(j - 1);
                        let vowel = l.ends_with(VOWELS);
                        if l.chars().count() <= 4 && !vowel {
                            if let Some(r) = self.role_of(l) {
                                return Some(r);
                            }
                            continue;
                        }
                    }
                    return None;
                }
                _ => return None,
            }
        }
        None
    }

    /// Registers the person of an anchor group; returns its index.
    fn register(&self, s: &mut NameScratch, a: usize, b: usize, kept: bool) -> usize {
        let (stem_, first, i1, i2) = self.parts(s, a, b);
        // A first name (with its patronymic) alone is the person of that
        // first name, when only one person has it («Асхат Маратович», «Валентину»).
        if stem_[0] == 0 && first.is_some() {
            let mut same = s.persons.iter().enumerate().filter(|(_, p)| {
                p.kept == kept
                    && p.stem[0] != 0
                    && p.first.zip(first).is_some_and(|(x, y)| {
                        self.first_stems[x as usize] == self.first_stems[y as usize]
                    })
                    && compatible(p.i2, i2)
            });
            if let (Some((idx, _)), None) = (same.next(), same.next()) {
                let p = &mut s.persons[idx];
                p.i2 = p.i2.or(i2);
                return idx;
            }
        }
        for (idx, p) in s.persons.iter_mut().enumerate() {
            let same = if stem_[0] != 0 && p.stem[0] != 0 {
                keys_meet(&p.stem, &stem_) && compatible(p.i1, i1) && compatible(p.i2, i2)
            } else if stem_[0] == 0 && p.stem[0] == 0 {
                p.first.is_some() && p.first == first && compatible(p.i2, i2)
            } else {
                false
            };
            if same && p.kept == kept {
                p.i1 = p.i1.or(i1);
                p.i2 = p.i2.or(i2);
                p.first = p.first.or(first);
                return idx;
            }
        }
        s.persons.push(Person {
            stem: stem_,
            first,
            i1,
            i2,
            kept,
            alias_of: None,
        });
        s.persons.len() - 1
    }

    /// Surname stem, first-name lemma and initials of a group.
    fn parts(
        &self,
        s: &NameScratch,
        a: usize,
        b: usize,
    ) -> (StemKey, Option<u32>, Option<char>, Option<char>) {
        let mut surname = None;
        let mut first = None;
        let mut i1 = None;
        let mut i2 = None;
        // Another word of the group that can only be the surname («Марина
        // Мороз»: «Марина» ends like a surname but is the first name).
        let surname_elsewhere = |j: usize| {
            (a..b).any(|k| {
                k != j
                    && matches!(s.toks[k].kind, TokKind::Word(_))
                    && s.info[k].is_some_and(|f| f.first.is_none() && !f.patronymic)
            })
        };
        for j in a..b {
            let t = s.toks[j];
            // A maiden name in brackets is registered of its own.
            if j > a && s.toks[j - 1].kind == TokKind::Punct('(') {
                continue;
            }
            let l = &s.lower[t.lo.0 as usize..t.lo.1 as usize];
            match (t.kind, s.info[j]) {
                (TokKind::Initial, _) => {
                    let c = l.chars().next();
                    if i1.is_none() {
                        i1 = c;
                    } else if i2.is_none() {
                        i2 = c;
                    }
                }
                (TokKind::Word(_), Some(info)) => {
                    if info.patronymic && info.morph < 2 && (first.is_some() || surname.is_some()) {
                        i2 = l.chars().next();
                    } else if info.first.is_some()
                        && first.is_none()
                        && (surname.is_some()
                            || info.morph == 0
                            || b - a == 1
                            || surname_elsewhere(j))
                    {
                        first = info.first;
                        i1 = l.chars().next();
                    } else if surname.is_none() {
                        surname = Some(info.stem);
                    } else if first.is_none() {
                        first = info.first;
                        i1 = l.chars().next();
                    }
                }
                _ => {}
            }
        }
        (surname.unwrap_or([0, 0]), first, i1, i2)
    }

    /// A mention of a registered person: a group whose surname stem, or
    /// first name, matches one. Kept persons (the court) are left alone.
    fn mention_of(&self, s: &NameScratch, a: usize, b: usize) -> Option<usize> {
        if self.blocked(s, a, b) {
            return None;
        }
        let (stem_, first, i1, _) = self.parts(s, a, b);
        // A surname shared by a participant and the court: the participant
        // wins unless the initials say otherwise (a leak is worse than a
        // kept judge's name), so only persons not kept are looked at.
        s.persons.iter().position(|p| {
            let by_surname = stem_[0] != 0 && keys_meet(&p.stem, &stem_) && compatible(p.i1, i1);
            // The same first name in any spelling or case form («Зәуре»,
            // «Зауре», «Зәуренің»: two lemmas of the dictionary).
            let by_first = stem_[0] == 0
                && p.first.zip(first).is_some_and(|(x, y)| {
                    self.first_stems[x as usize] == self.first_stems[y as usize]
                });
            !p.kept && (by_surname || by_first)
        })
    }
}

/// An account or a card named within the clause from token `k` on, a few
/// words ahead («… «Bank CenterCredit» АҚ-дағы № [СЧЕТ] шотқа»): one of
/// `words` (the pack's `name-account-words`) begins a word.
fn account_after(s: &NameScratch, k: usize, words: &[String]) -> bool {
    for j in k..(k + 24).min(s.toks.len()) {
        match s.toks[j].kind {
            TokKind::Punct('.' | ';' | '!' | '?') => return false,
            TokKind::Word(_) => {
                let l = s.word(j);
                if words.iter().any(|p| l.starts_with(p.as_str())) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether some word of a Latin group is a known common word (a brand, a
/// bank), which makes it no person's name.
fn has_common_word(words: &[Info]) -> bool {
    words
        .iter()
        .any(|w| w.stop && w.first.is_none() && w.morph == 0)
}

/// Whether token `j` is a Kazakh form of address that follows a first name
/// («апай», «ағай», «әже»).
fn honorific_at(s: &NameScratch, j: usize) -> bool {
    j < s.toks.len()
        && !s.toks[j].para_before
        && s.toks[j].kind == TokKind::Word(Case::Lower)
        && matches!(
            s.word(j),
            "апай"
                | "апайдың"
                | "апайға"
                | "апайды"
                | "апа"
                | "апаның"
                | "ағай"
                | "ағайдың"
                | "ағайға"
                | "аға"
                | "ағаның"
                | "әже"
                | "әженің"
                | "тәте"
                | "көке"
                | "ханым"
                | "мырза"
                | "апашка"
        )
}

/// Whether token `j` follows «и»/«пен»/«мен»/«және» after a name already
/// found («Мирас пен Інжу»).
fn joined_to_name(s: &NameScratch, j: usize) -> bool {
    j >= 2
        && !s.toks[j].para_before
        && s.toks[j - 1].kind == TokKind::Word(Case::Lower)
        && matches!(s.word(j - 1), "и" | "пен" | "мен" | "бен" | "және")
        && s.taken[j - 2]
        && s.info[j - 2].is_some_and(|f| f.first.is_some() || f.morph > 0 || f.dict_surname)
        && s.groups.iter().any(|&(a, b, _, _)| a <= j - 2 && j - 2 < b)
}

/// An Arabic article joined to a capitalized name («аль-Багдади», «ас-Сабах»).
fn hyphen_particle(word: &str) -> bool {
    [
        "аль-", "эль-", "ас-", "аш-", "аз-", "ад-", "ат-", "ан-", "ар-", "ибн-", "бен-", "бин-",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// A lowercase particle inside a foreign full name.
fn name_particle(lower: &str, t: &Tok) -> bool {
    t.kind == TokKind::Word(Case::Lower)
        && matches!(
            &lower[t.lo.0 as usize..t.lo.1 as usize],
            "ибн"
                | "бин"
                | "бен"
                | "бинт"
                | "аль"
                | "эль"
                | "ас"
                | "аш"
                | "аз"
                | "ад"
                | "де"
                | "дель"
                | "делла"
                | "ди"
                | "да"
                | "ду"
                | "дос"
                | "дас"
                | "фон"
                | "ван"
                | "дер"
                | "ла"
                | "ле"
        )
}

/// Whether token `i` opens a quotation: «, “, or a straight quote that is
/// not glued to the word before it and is glued to the one after it
/// («"Газпрома" Олег» closes one).
/// Titles written after a name in Kazakh («Қабанбай батыр», «Төле би»,
/// «Қорқыт ата», «Бұқар жырау»).
const TITLES_AFTER_NAME: &[&str] = &[
    "хан",
    "би",
    "батыр",
    "батыра",
    "ата",
    "ана",
    "ақын",
    "баба",
    "жырау",
    "датқа",
];

/// A word that introduces a nickname («прозвище», «кличка», «лақап»,
/// «называли»).
fn nickname_word(l: &str) -> bool {
    l.starts_with("прозвищ")
        || l.starts_with("кличк")
        || l.starts_with("лақап")
        || l.starts_with("называ")
        || l.starts_with("прозва")
        || l.starts_with("псевдоним")
        || l.starts_with("никнейм")
        || matches!(l, "зовут" | "звали" | "кличут" | "окликали")
}

/// Whether an animal is named in the few words around the quoted name at
/// `q..e`: «собака по кличке «Барон»», «Граф» атты овчарка» name no person.
fn animal_near(s: &NameScratch, q: usize, e: usize) -> bool {
    (q.saturating_sub(6)..q)
        .chain(e..(e + 6).min(s.toks.len()))
        .any(|j| {
            if !matches!(s.toks[j].kind, TokKind::Word(_)) {
                return false;
            }
            let l = s.word(j);
            matches!(
                l,
                "кот"
                    | "кота"
                    | "коту"
                    | "котом"
                    | "кошка"
                    | "кошку"
                    | "кошки"
                    | "пёс"
                    | "пес"
                    | "пса"
                    | "псу"
                    | "ит"
                    | "иті"
                    | "итті"
                    | "иттің"
                    | "итке"
                    | "итім"
            ) || [
                "собак",
                "щен",
                "кобел",
                "лошад",
                "жереб",
                "питом",
                "овчарк",
                "алаба",
                "күшік",
                "мысық",
                "жылқ",
                "тайынш",
                "бычк",
                "корова",
                "сиыр",
                "төбет",
            ]
            .iter()
            .any(|p| l.starts_with(p))
        })
}

/// Whether a nickname's word stands before the quote at `q` («по кличке «»,
/// «лақап аты «»).
fn nickname_before(s: &NameScratch, q: usize) -> bool {
    // another nickname before, with «или» («зовут «Кова» или «Ковал»»)
    if q >= 3
        && matches!(s.toks[q - 1].kind, TokKind::Word(Case::Lower))
        && matches!(s.word(q - 1), "или" | "либо" | "и" | "немесе" | "не")
        && matches!(s.toks[q - 2].kind, TokKind::Punct('»' | '"' | '”'))
        && s.taken[q - 3]
        && (q.saturating_sub(8)..q - 3)
            .any(|j| matches!(s.toks[j].kind, TokKind::Word(_)) && nickname_word(s.word(j)))
    {
        return true;
    }
    let mut j = q;
    while j > 0 && matches!(s.toks[j].kind, TokKind::Punct(_)) {
        j -= 1;
    }
    if !matches!(s.toks[j].kind, TokKind::Word(_)) {
        return false;
    }
    let word = |j: usize| s.word(j);
    nickname_word(word(j))
        // «некий «Саня-сантехник»», «через знакомого «Малыша»»
        || matches!(
            word(j),
            "некий" | "некая" | "некоего" | "некой" | "некую" | "некто" | "знакомого" | "знакомый"
        )
        || (matches!(
            word(j),
            "аты"
                | "атымен"
                | "атты"
                | "есімі"
                | "себя"
                | "его"
                | "её"
                | "ее"
                | "их"
                | "меня"
        ) && j > 0
            && nickname_word(word(j - 1)))
}

/// Whether «деп атайтын», «деп аталатын», «деп еркелетіп» (called fondly),
/// «деп шақыратын», «деген атпен», «лақап атымен» follows the closing quote
/// before `k`.
fn nickname_after(s: &NameScratch, k: usize) -> bool {
    let word = |j: usize| s.word(j);
    // «Сека» (так он называет брата)
    if k + 2 < s.toks.len()
        && s.toks[k].kind == TokKind::Punct('(')
        && matches!(s.toks[k + 1].kind, TokKind::Word(Case::Lower))
        && word(k + 1) == "так"
        && (k + 2..(k + 5).min(s.toks.len()))
            .any(|j| matches!(s.toks[j].kind, TokKind::Word(Case::Lower)) && nickname_word(word(j)))
    {
        return true;
    }
    k + 1 < s.toks.len()
        && matches!(s.toks[k].kind, TokKind::Word(Case::Lower))
        && matches!(s.toks[k + 1].kind, TokKind::Word(Case::Lower))
        && ((word(k) == "деп"
            && ["ата", "еркелет", "шақыр"]
                .iter()
                .any(|p| word(k + 1).starts_with(p)))
            // «…» деген атпен (лақаппен) белгілі
            || (word(k) == "деген" && ["атпен", "лақап"].iter().any(|p| word(k + 1).starts_with(p)))
            // «Бурый» лақап атымен белгілі
            || (word(k).starts_with("лақап") && word(k + 1).starts_with("ат")))
}

/// Whether token `j` opens an item of a numbered list («2) Нұр Дәурен
/// Асанұлы», «3. Волк Сергей Николаевич»).
fn list_item(s: &NameScratch, j: usize) -> bool {
    j >= 2
        && matches!(s.toks[j - 1].kind, TokKind::Punct(')' | '.'))
        && s.toks[j - 2].kind == TokKind::Num
        && s.toks[j - 2].line_start
}

/// Whether a group of names may start at this token: a capitalized word or
/// an initial.
fn opens_group(t: &Tok) -> bool {
    matches!(
        t.kind,
        TokKind::Initial | TokKind::Word(Case::Title | Case::Upper)
    )
}

/// Marks the words of a table's header row as no names: a line with «|»
/// followed by a separator line of dashes («| № | Аты-жөні | Лауазымы |»).
fn table_headers(text: &str, toks: &[Tok], taken: &mut [bool]) {
    if !text.contains("|-") && !text.contains("-|") {
        return;
    }
    let separator = |line: &str| {
        line.contains("--")
            && line
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | '+' | ' ' | '\t' | '\r'))
    };
    let mut start = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let end = start + line.len();
        if line.contains('|') && lines.peek().is_some_and(|next| separator(next.trim_end())) {
            let first = toks.partition_point(|t| t.start < start);
            for (i, t) in toks.iter().enumerate().skip(first) {
                if t.start >= end {
                    break;
                }
                taken[i] = true;
            }
        }
        start = end;
    }
}

/// Whether the quoted words opening at `i` are followed by the type of a
/// company or institution («Номад Иншуранс» АҚ, «Алатау Фарм» ЖШС-дағы,
/// «Береке» серіктестігі); not «ЖК» or «ИП», which name a person.
fn org_after_quote(s: &NameScratch, i: usize, types: &[String], words: &[String]) -> bool {
    let n = s.toks.len();
    let mut k = i;
    while k < n && k - i < 12 && !matches!(s.toks[k].kind, TokKind::Punct('»' | '"' | '”')) {
        k += 1;
    }
    if k + 1 >= n || k == i || !matches!(s.toks[k + 1].kind, TokKind::Word(_)) {
        return false;
    }
    let w = s.word(k + 1);
    let head = w.split('-').next().unwrap_or(w);
    types.iter().any(|t| t == head) || words.iter().any(|p| w.starts_with(p.as_str()))
}

fn opening_quote(toks: &[Tok], i: usize) -> bool {
    match toks[i].kind {
        TokKind::Punct('«' | '“') => true,
        TokKind::Punct('"') => {
            let glued_before = i > 0
                && toks[i - 1].end == toks[i].start
                && matches!(toks[i - 1].kind, TokKind::Word(_) | TokKind::Num);
            let glued_after = toks.get(i + 1).is_some_and(|t| t.start == toks[i].end);
            !glued_before && (glued_after || i + 1 >= toks.len())
        }
        _ => false,
    }
}

fn compatible(a: Option<char>, b: Option<char>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// FNV-1a of a short key (words, stems): no need for a keyed hash.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A hash of the folded stem of a word (Kazakh suffix and Russian ending
/// removed), computed in a reused buffer.
fn word_key(lower: &str, t: &Tok, buf: &mut String) -> u64 {
    buf.clear();
    buf.extend(
        lower[t.lo.0 as usize..t.lo.1 as usize]
            .chars()
            .map(fold_char),
    );
    let base = strip_kz(buf);
    fnv(strip_ru_ending(base).as_bytes())
}

/// Removes one Russian case ending of [`RU_ENDINGS`] when three letters or
/// more remain (hash lookups of the last one to three letters).
fn strip_ru_ending(l: &str) -> &str {
    static SET: std::sync::LazyLock<FxSet<&'static str>> =
        std::sync::LazyLock::new(|| RU_ENDINGS.iter().copied().collect());
    // Every ending ends in one of these letters.
    if !l.ends_with(['й', 'м', 'х', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и']) {
        return l;
    }
    strip_longest(l, 3, 1, |end| SET.contains(end))
}

/// Removes the longest ending of `min..=max` characters accepted by
/// `is_ending`, when three letters or more remain (cut positions on the stack).
fn strip_longest(l: &str, max: usize, min: usize, is_ending: impl Fn(&str) -> bool) -> &str {
    let mut cuts = [0usize; 8];
    let mut n = 0;
    for (i, _) in l.char_indices().rev().take(max.min(8)) {
        cuts[n] = i;
        n += 1;
    }
    for k in (min.saturating_sub(1)..n).rev() {
        let (stem, end) = l.split_at(cuts[k]);
        if is_ending(end) && stem.chars().count() >= 3 {
            return stem;
        }
    }
    l
}

/// A preposition or place noun before token `a` («в Вашингтоне», «штата
/// Мэриленд»): an unknown word there is a place, not a person.
fn place_context(s: &NameScratch, a: usize) -> bool {
    if a == 0 {
        return false;
    }
    let t = s.toks[a - 1];
    if !matches!(t.kind, TokKind::Word(Case::Lower)) {
        return false;
    }
    matches!(
        &s.lower[t.lo.0 as usize..t.lo.1 as usize],
        "в" | "во"
            | "на"
            | "из"
            | "изо"
            | "под"
            | "над"
            | "до"
            | "через"
            | "близ"
            | "возле"
            | "около"
            | "штата"
            | "штате"
            | "город"
            | "города"
            | "городе"
            | "столице"
            | "столицы"
            | "провинции"
            | "республики"
            | "республике"
            | "страны"
            | "стране"
            | "реки"
            | "реке"
            | "озера"
            | "острове"
            | "острова"
            | "регионе"
            | "региона"
            | "области"
            | "облысы"
            | "района"
            | "ауданы"
            | "округа"
    )
}

/// Word shapes of common words, not names: Russian adjective endings (but
/// not -ский/-цкий surnames), abstract-noun suffixes, Kazakh locatives.
fn common_shape(l: &str) -> bool {
    const ADJ: &[&str] = &[
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым",
        "им", "ых", "их", "ыми", "ими", "ую", "юю",
    ];
    const NOUN: &[&str] = &[
        "ние",
        "ния",
        "нию",
        "нием",
        "ство",
        "ства",
        "ству",
        "ством",
        "ость",
        "ости",
        "остью",
        "ция",
        "ции",
        "цию",
        "цией",
        "изм",
        "изма",
        "тель",
        "теля",
    ];
    const KZ_LOC: &[&str] = &[
        "дағы",
        "дегі",
        "тағы",
        "тегі",
        "ндағы",
        "ндегі",
        "лық",
        "лік",
        "шылық",
        "шілік",
        // participles («Жылжымайтын мүлік тізілімі»)
        "йтын",
        "йтін",
    ];
    // adverbs («Добровольно передал», «Неоднократно звонил»)
    const ADV: &[&str] = &["льно", "енно", "анно", "онно", "ично", "тно", "дно", "чно"];
    let surname_adj = SURNAME_ADJ.iter().any(|e| l.ends_with(e));
    (!surname_adj && ADJ.iter().any(|e| l.ends_with(e)))
        || NOUN.iter().any(|e| l.ends_with(e))
        || KZ_LOC.iter().any(|e| l.ends_with(e))
        || ADV.iter().any(|e| l.ends_with(e))
}

/// Whether `l` is an entry of `map` or starts with an entry marked as a
/// word beginning (hash lookups of the word's beginnings, longest first).
/// Whether `l` is in a blocker list: words of three letters or fewer
/// («с.», «г.», «ул.», «им.») only with their dot («взыскать с Пака» is a
/// name), longer ones as word beginnings.
/// Words and word beginnings (entries of four letters or more), with the
/// first four letters of every beginning for a quick miss.
struct Prefixes {
    map: FxMap<String, bool>,
    heads: FxSet<String>,
}

impl Prefixes {
    fn contains_key(&self, l: &str) -> bool {
        self.map.contains_key(l)
    }
}

fn blocker_hit(map: &Prefixes, l: &str, dotted: bool) -> bool {
    if l.chars().count() <= 3 {
        return dotted && map.contains_key(l);
    }
    prefix_hit(map, l)
}

fn prefix_hit(p: &Prefixes, l: &str) -> bool {
    if p.map.contains_key(l) {
        return true;
    }
    match l.char_indices().nth(4) {
        Some((i, _)) if p.heads.contains(&l[..i]) => {}
        _ => return false,
    }
    l.char_indices()
        .skip(4)
        .any(|(i, _)| p.map.get(&l[..i]).is_some_and(|&p| p))
}

/// Whether token `a` starts a sentence (after . ! ? or a paragraph break).
fn sentence_start(s: &NameScratch, a: usize) -> bool {
    if a == 0 || s.toks[a].para_before || s.toks[a].line_start {
        return true;
    }
    // A dash or a quote that opens a sentence («… сказал он. – Мне»).
    if matches!(s.toks[a - 1].kind, TokKind::Punct('-' | '«' | '"' | '“'))
        && (a == 1
            || s.toks[a - 1].line_start
            || matches!(s.toks[a - 2].kind, TokKind::Punct('.' | '!' | '?' | ':')))
    {
        return true;
    }
    // A number or a placeholder before a word gives no context either way,
    // as at a sentence start (so redacting twice changes nothing).
    matches!(
        s.toks[a - 1].kind,
        TokKind::Punct('.' | '!' | '?' | ';' | ')' | ']') | TokKind::Num
    )
}

/// Genitive endings of Kazakh words («Ахметовтың», «Д. Серікбаевтың»).
const GENITIVE: &[&str] = &["ның", "нің", "дың", "дің", "тың", "тің"];

/// Vowels that end a full word: a word before a dot that ends in one is no
/// abbreviation («лица.», «улицу.»; «ул.», «г.» end in consonants).
const VOWELS: [char; 15] = [
    'а', 'о', 'у', 'ы', 'э', 'я', 'ё', 'ю', 'и', 'е', 'і', 'ә', 'ө', 'ұ', 'ү',
];

/// After a hyphen at the end of a line: the length of the line break and
/// the spaces around it, when a lowercase letter goes on with the word on the
/// next line («Кудайбер-⏎геновой»).
fn line_break_hyphen(rest: &str) -> Option<usize> {
    let n = rest.len() - rest.trim_start_matches([' ', '\t', '\r']).len();
    let r = rest[n..].strip_prefix('\n')?;
    let m = r.len() - r.trim_start_matches([' ', '\t']).len();
    r[m..]
        .starts_with(|x: char| is_lower(x))
        .then_some(n + 1 + m)
}

/// Includes a hyphenated case ending after the span («С.Б.-ның»).
fn extend_suffix(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    if let Some(after) = rest.strip_prefix('-') {
        let n: usize = after
            .chars()
            .take_while(|c| c.is_lowercase())
            .map(char::len_utf8)
            .sum();
        let letters = after[..n].chars().count();
        if (1..=6).contains(&letters) && !after[n..].starts_with(|c: char| c.is_alphanumeric()) {
            return end + 1 + n;
        }
    }
    end
}

fn is_kz_patronymic_word(lower: &str, t: &Tok) -> bool {
    let l = &lower[t.lo.0 as usize..t.lo.1 as usize];
    // Azerbaijani «оглы», «гызы» too («Мамедов Эльчин Рафик оглы»).
    ["ұлы", "улы", "қызы", "кызы", "оглы", "оглу", "гызы"]
        .iter()
        .any(|m| l.starts_with(m) && l.chars().count() <= 8)
}

/// Patronymic morphology: Russian -ович/-евна… in any case, Kazakh
/// -ұлы/-қызы (glued) with any suffix.
pub(crate) fn is_patronymic(l: &str) -> bool {
    const RU: &[&str] = &[
        "ович",
        "овича",
        "овичу",
        "овичем",
        "овиче",
        "евич",
        "евича",
        "евичу",
        "евичем",
        "евиче",
        "ьич",
        "ьича",
        "ьичу",
        "ьичем",
        "ична",
        "ичны",
        "ичне",
        "ичну",
        "ичной",
        "овна",
        "овны",
        "овне",
        "овну",
        "овной",
        "евна",
        "евны",
        "евне",
        "евну",
        "евной",
    ];
    // Russian patronymics, also with a Kazakh suffix («Евгениевичке»,
    // «Сергеевнаның»).
    let ru = |w: &str| {
        RU.iter()
            .any(|e| w.ends_with(e) && w[..w.len() - e.len()].chars().count() >= 3)
    };
    // Every Russian ending holds «ич» or «вн»: most words need no more.
    if (l.contains("ич") || l.contains("вн")) && (ru(l) || ru(strip_kz(l))) {
        return true;
    }
    if !l.contains('ы') {
        return false;
    }
    for m in ["ұлы", "улы", "қызы", "кызы"] {
        if let Some(pos) = l.rfind(m)
            && pos >= 6
        {
            let rest = &l[pos + m.len()..];
            // «Серікұлы», «Серікұлының», «Серікұлы-ның»; not «денсаулық».
            if rest.is_empty()
                || rest.starts_with('-')
                || KZ_SUFFIXES.contains(&rest)
                || matches!(rest, "н" | "на" | "ны" | "нан" | "мен" | "ның")
            {
                return true;
            }
        }
    }
    false
}

/// Surname morphology of a lowercase word: 2 clear, 1 weak, 0 none.
pub(crate) fn surname_morph(l: &str) -> u8 {
    let base = strip_kz(l);
    if is_patronymic(l) && ["ұлы", "улы", "қызы", "кызы"].iter().any(|m| l.contains(m))
    {
        return 2;
    }
    // The word as written first: a Russian ending may look like a Kazakh
    // suffix («Волошкина» is no «Волошки» + «на»).
    let russian = ov_split(l).filter(|(st, suf)| {
        matches!(
            &l[st.len() + suf.len()..],
            "а" | "у" | "ым" | "ой" | "ом" | "е"
        )
    });
    match russian.or_else(|| ov_split(base)) {
        Some((_, "ов" | "ев" | "ёв")) => return 2,
        Some((st, _)) if st.chars().count() >= 3 => return 1,
        _ => {}
    }
    for suf in [
        "ov", "ova", "ev", "eva", "enko", "uly", "kyzy", "ovich", "ovna", "evich", "evna",
    ] {
        if base.ends_with(suf) && base.len() > suf.len() + 2 {
            return 2;
        }
    }
    // Latin -in/-ina/-yn (Seifullin, Nurpeisova is above): weaker, English
    // words end so too.
    for suf in [
        "in", "ina", "yn", "yna", "sky", "skiy", "skaya", "dze", "shvili", "yan",
    ] {
        if base.is_ascii() && base.ends_with(suf) && base.len() > suf.len() + 3 {
            return 1;
        }
    }
    for suf in ["енко", "дзе", "швили", "янц"] {
        if base.ends_with(suf) && base.len() > suf.len() + 2 {
            return 2;
        }
    }
    for e in SURNAME_ADJ.iter().chain(&["ук", "юк", "чук", "ян", "ко"]) {
        if base.ends_with(e) && base.len() > e.len() + 4 {
            return 1;
        }
    }
    0
}

/// Removes one Kazakh suffix (also after a hyphen) when a stem of three
/// letters or more remains.
fn strip_kz(l: &str) -> &str {
    if l.as_bytes().contains(&b'-')
        && let Some((head, tail)) = l.rsplit_once('-')
        && tail.chars().count() <= 6
        && kz_suffix(tail)
    {
        return head;
    }
    // Every suffix ends in one of these letters (also after folding).
    if !l.ends_with(['ң', 'н', 'а', 'е', 'ы', 'і', 'и', 'р']) {
        return l;
    }
    // Longest suffix first: the last 7, 6, … 2 characters.
    strip_longest(l, 7, 2, kz_suffix)
}

/// Whether `s` is one of [`KZ_SUFFIXES`] (hash lookup).
fn kz_suffix(s: &str) -> bool {
    // The suffixes as written and as folded (ң→н, і→и…), since stems are
    // taken of folded words.
    static SET: std::sync::LazyLock<FxSet<String>> = std::sync::LazyLock::new(|| {
        KZ_SUFFIXES
            .iter()
            .flat_map(|k| [k.to_string(), k.chars().map(fold_char).collect()])
            .collect()
    });
    SET.contains(s)
}

/// The stem that identifies a surname across its Russian and Kazakh forms:
/// Ахметову, Ахметовтың, Ахметовой → «ахметов».
pub fn stem(l: &str) -> String {
    let [full, kz] = stems(l);
    // Prefer the analysis that finds a surname suffix.
    if full.ends_with("ов")
        || full.ends_with("ев")
        || full.ends_with("ин")
        || full.ends_with("ск")
        || kz.is_empty()
    {
        full
    } else {
        kz
    }
}

/// Both readings of a word's stem: as a Russian form, and with a Kazakh
/// suffix removed first (empty when no suffix or too short a stem). Two
/// words are forms of one surname when their readings intersect
/// (Шмидт/Шмидта: «шмидт»; Ахметов/Ахметовтың: «ахметов»).
pub fn stems(l: &str) -> [String; 2] {
    let full = stem_ru(l);
    let stripped = strip_kz(l);
    let kz = if stripped.len() < l.len() {
        stem_ru(stripped)
    } else {
        String::new()
    };
    if kz.chars().count() >= 3 && kz != full {
        [full, kz]
    } else if let Some(short) = short_stem(l) {
        [full, short.to_string()]
    } else if let Some(oy) = oy_stem(l) {
        [full, oy]
    } else if let Some(adj) = adj_stem(l).filter(|a| *a != full) {
        [full, adj.to_string()]
    } else {
        [full, String::new()]
    }
}

/// An adjectival surname or nickname in a form the Russian endings leave
/// whole («Лугового», «Белому», «Белый», «Горький»): the letters before the
/// adjective's ending, as «Луговой», «Белой», «Малой» reduce to.
fn adj_stem(l: &str) -> Option<&str> {
    let st = ["ого", "его", "ому", "ему", "ый"]
        .iter()
        .find_map(|e| l.strip_suffix(e))
        .or_else(|| {
            l.strip_suffix("ий")
                .filter(|st| st.ends_with(['к', 'г', 'х']))
        })?;
    (st.chars().count() >= 3).then_some(st)
}

/// A short surname in -ой, whose «й» goes in declension (Цой, Цоя, Цою,
/// Цоем): the letters before it and «о».
fn oy_stem(l: &str) -> Option<String> {
    ["ой", "оя", "ою", "оем", "ое"].iter().find_map(|e| {
        let st = l.strip_suffix(e)?;
        ((1..=2).contains(&st.chars().count())
            && !st.ends_with(['а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я']))
        .then(|| format!("{st}о"))
    })
}

/// A surname of two letters with a Kazakh case ending («Лиге», «Ли-ге»,
/// «Ан-ның»): the two letters.
fn short_stem(l: &str) -> Option<&str> {
    let (i, _) = l.char_indices().nth(2)?;
    let (head, tail) = l.split_at(i);
    let tail = tail.strip_prefix('-').unwrap_or(tail);
    // As written, with a letter only Kazakh has or a Kazakh-only ending:
    // «Лига», «Анна», «Лина» are no «Ли» + «ға», «Ан» + «на».
    let kazakh = tail.contains(['ә', 'і', 'ң', 'ғ', 'ү', 'ұ', 'қ', 'ө', 'һ'])
        || matches!(
            tail,
            "ге" | "ке" | "мен" | "бен" | "пен" | "ден" | "тен" | "нен"
        );
    (head.chars().all(char::is_alphabetic) && kazakh && KZ_SUFFIXES.contains(&tail)).then_some(head)
}

/// Whether two stem pairs share a non-empty reading.
#[cfg(test)]
fn stems_meet(a: &[String; 2], b: &[String; 2]) -> bool {
    a.iter().any(|x| !x.is_empty() && b.iter().any(|y| y == x))
}

/// Hashes of the two readings of a stem ([`stems`]); 0 for none.
type StemKey = [u64; 2];

fn stem_key(l: &str) -> StemKey {
    let [a, b] = stems(l);
    let h = |x: &str| -> u64 {
        if x.is_empty() {
            0
        } else {
            x.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            }) | 1
        }
    };
    [h(&a), h(&b)]
}

/// Whether two stem keys share a reading.
fn keys_meet(a: &StemKey, b: &StemKey) -> bool {
    a.iter().any(|&x| x != 0 && b.contains(&x))
}

fn stem_ru(l: &str) -> String {
    for lat in ["ova", "eva", "ina"] {
        if let Some(st) = l.strip_suffix(lat)
            && st.len() >= 3
        {
            return format!("{st}{}", &lat[..2]);
        }
    }
    if let Some((stem, suf)) = ov_split(l) {
        return format!("{stem}{}", if suf == "ёв" { "ев" } else { suf });
    }
    for e in ["ого", "ому", "ий", "ая", "им", "ой", "ую", "ом"] {
        if let Some(stem) = l.strip_suffix(e)
            && (stem.ends_with("ск") || stem.ends_with("цк"))
        {
            return stem.to_string();
        }
    }
    strip_ru_ending(l).to_string()
}

/// Splits a surname with the suffix -ов/-ев/-ёв/-ин/-ын and a case ending
/// («ахметовой» → «ахмет», «ов»), longest ending first.
fn ov_split(l: &str) -> Option<(&str, &'static str)> {
    // Quick exit: the suffix lies within the last five letters.
    let tail_start = l.char_indices().rev().nth(4).map_or(0, |(i, _)| i);
    let tail = &l[tail_start..];
    let mut prev = ' ';
    let mut hit = false;
    for c in tail.chars() {
        if (c == 'в' && matches!(prev, 'о' | 'е' | 'ё')) || (c == 'н' && matches!(prev, 'и' | 'ы'))
        {
            hit = true;
            break;
        }
        prev = c;
    }
    if !hit {
        return None;
    }
    static ENDS: std::sync::LazyLock<FxSet<&'static str>> =
        std::sync::LazyLock::new(|| OV_ENDINGS.iter().copied().collect());
    let mut cuts = [l.len(); 4];
    for (n, (i, _)) in l.char_indices().rev().take(3).enumerate() {
        cuts[n + 1] = i;
    }
    for &p in cuts.iter().rev() {
        let (head, end) = l.split_at(p);
        if ENDS.contains(end) {
            for suf in ["ов", "ев", "ёв", "ин", "ын"] {
                if let Some(st) = head.strip_suffix(suf)
                    && st.chars().count() >= 2
                {
                    return Some((st, suf));
                }
            }
        }
    }
    None
}

/// Lowercase with Kazakh letters folded to their Russian look-alikes
/// (Нұрлан/Нурлан, Серікбаев/Серикбаев are one key) and ё to е.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'a'..='z' | 'а'..='я' => out.push(c),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
            c => out.extend(c.to_lowercase().map(fold_char)),
        }
    }
    out
}

fn fold_char(c: char) -> char {
    match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ё' => 'е',
        c => c,
    }
}

/// Russian and Kazakh forms of a lowercase first name.
#[cfg(test)]
fn inflections(l: &str) -> Vec<String> {
    let mut out = vec![l.to_string()];
    let last = l.chars().last().unwrap_or(' ');
    let cut = |n: usize| -> String {
        let mut s: String = l.to_string();
        for _ in 0..n {
            s.pop();
        }
        s
    };
    match last {
        'а' => {
            let st = cut(1);
            for e in ["ы", "и", "е", "у", "ой", "ей", "ою"] {
                out.push(format!("{st}{e}"));
            }
        }
        'я' => {
            let st = cut(1);
            for e in ["и", "е", "ю", "ей", "ею"] {
                out.push(format!("{st}{e}"));
            }
        }
        'й' | 'ь' => {
            let st = cut(1);
            for e in ["я", "ю", "ем", "е", "ём"] {
                out.push(format!("{st}{e}"));
            }
        }
        c if c.is_alphabetic() && !"аеёиоуыэюяәөүұі".contains(c) => {
            for e in ["а", "у", "ом", "е", "ым", "ем"] {
                out.push(format!("{l}{e}"));
            }
        }
        _ => {}
    }
    for suf in KZ_SUFFIXES {
        out.push(format!("{l}{suf}"));
    }
    for suf in [
        "ның", "ға", "ге", "қа", "ке", "ны", "ні", "мен", "нан", "нен", "ға", "да", "де",
    ] {
        out.push(format!("{l}-{suf}"));
    }
    out
}

/// `char::is_alphabetic` with a fast path for ASCII and Cyrillic (U+0400–U+04FF,
/// Kazakh letters included; the block's few signs and combining marks are not letters).
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{0400}'..='\u{04FF}').contains(&c) {
        return !('\u{0482}'..='\u{0489}').contains(&c);
    }
    c.is_alphabetic()
}

/// `char::is_uppercase` with a fast path for ASCII and Russian letters.
fn is_upper(c: char) -> bool {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Ё' => true,
        'a'..='z' | 'а'..='я' | 'ё' => false,
        c if c.is_ascii() => false,
        c => c.is_uppercase(),
    }
}

/// `char::is_lowercase` with a fast path for ASCII and Russian letters.
fn is_lower(c: char) -> bool {
    match c {
        'a'..='z' | 'а'..='я' | 'ё' => true,
        'A'..='Z' | 'А'..='Я' | 'Ё' => false,
        c if c.is_ascii() => false,
        c => c.is_lowercase(),
    }
}

/// Appends the lowercase of `c`, with a fast path for ASCII and Russian letters.
fn push_lower(out: &mut String, c: char) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        // An apostrophe before a case ending reads as a hyphen («Ким'нің»).
        // Uzbek Latin «O‘G‘LI», «Oʻgʻli» too.
        '\'' | '’' | '‘' | 'ʻ' => out.push('-'),
        'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        c if c.is_ascii() || ('а'..='я').contains(&c) => out.push(c),
        c => out.extend(c.to_lowercase()),
    }
}

/// The Cyrillic letter a Latin letter looks like, in lowercase, for a word
/// typed with both alphabets («Сейтжaнов» with a Latin «a»).
fn cyrillic_twin(c: char) -> Option<char> {
    Some(match c {
        'A' | 'a' => 'а',
        'B' => 'в',
        'C' | 'c' => 'с',
        'E' | 'e' => 'е',
        'H' => 'н',
        'I' | 'i' => 'і',
        'K' | 'k' => 'к',
        'M' => 'м',
        'O' | 'o' => 'о',
        'P' | 'p' => 'р',
        'T' => 'т',
        'X' | 'x' => 'х',
        'Y' | 'y' => 'у',
        _ => return None,
    })
}

/// Splits text into words, initials, numbers and punctuation; lowercase
/// forms of words go into `lower` (one buffer, no allocation per word).
fn tokenize(text: &str, toks: &mut Vec<Tok>, lower: &mut String) {
    toks.clear();
    lower.clear();
    let b = text.as_bytes();
    let mut pos = 0;
    let mut newlines = 0;
    while pos < b.len() {
        let i = pos;
        // Fast path: spaces and line breaks, a sixth of a text.
        match b[i] {
            b' ' | b'\t' | b'\r' => {
                pos += 1;
                continue;
            }
            b'\n' => {
                newlines += 1;
                pos += 1;
                continue;
            }
            _ => {}
        }
        let (c, w) = char_at(text, i);
        pos += w;
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            continue;
        }
        let para_before = newlines >= 2;
        let line_start = newlines >= 1 || i == 0;
        newlines = 0;
        if is_letter(c) {
            let mut end = i + c.len_utf8();
            let mut upper = usize::from(is_upper(c));
            let mut lowers = usize::from(is_lower(c));
            let mut count = 1;
            let mut latin = c.is_ascii_alphabetic();
            let mut apostrophe = false;
            // A word hyphenated across a line break («Кудайбер-⏎геновой»):
            // the break, left out of its lowercase form.
            let mut broken: Option<(usize, usize)> = None;
            while pos < b.len() {
                // Fast path: lowercase Russian and ASCII letters, most of a text.
                let b0 = b[pos];
                if (b0 == 0xD0 && pos + 1 < b.len() && (0xB0..=0xBF).contains(&b[pos + 1]))
                    || (b0 == 0xD1 && pos + 1 < b.len() && (0x80..=0x8F).contains(&b[pos + 1]))
                {
                    lowers += 1;
                    count += 1;
                    pos += 2;
                    end = pos;
                    continue;
                }
                if b0.is_ascii_lowercase() {
                    lowers += 1;
                    count += 1;
                    latin = true;
                    pos += 1;
                    end = pos;
                    continue;
                }
                let j = pos;
                let (d, dw) = char_at(text, j);
                if is_letter(d) {
                    latin |= d.is_ascii_alphabetic();
                    upper += usize::from(is_upper(d));
                    lowers += usize::from(is_lower(d));
                    count += 1;
                    end = j + dw;
                    pos += dw;
                } else if let Some(n) = (d == '-' && count >= 2 && broken.is_none())
                    .then(|| line_break_hyphen(&text[j + 1..]))
                    .flatten()
                {
                    broken = Some((j, j + 1 + n));
                    pos = j + 1 + n;
                    end = pos;
                } else if (d == '-' || d == '\'' || d == '’' || d == '‘' || d == 'ʻ')
                    && text[j + d.len_utf8()..].starts_with(|x: char| is_letter(x))
                {
                    // A hyphen inside a word: «Мухаммед-Али», «ЖСН-і».
                    let next_upper = text[j + d.len_utf8()..].starts_with(|x: char| is_upper(x));
                    if d == '-' && !next_upper && is_upper(c) && count == 1 {
                        break;
                    }
                    apostrophe |= d != '-';
                    end = j + dw;
                    pos += dw;
                } else {
                    break;
                }
            }
            let first_upper = is_upper(c);
            let case = if !first_upper {
                Case::Lower
            } else if count == 1 || lowers == 0 {
                Case::Upper
            } else if upper == 1
                || text[i..end]
                    .split('-')
                    .all(|p| p.chars().skip(1).all(is_lower))
            {
                Case::Title
            } else {
                Case::Other
            };
            // A Latin word glued to digits («KZ1985», «12ABC») is a code, not a
            // name; a Cyrillic one lost its space («6018Ахметов»), as the
            // pattern rules read it too.
            let glued = latin
                && (b.get(end).is_some_and(u8::is_ascii_digit)
                    || (i > 0 && b[i - 1].is_ascii_digit()));
            let case = if glued { Case::Other } else { case };
            // Latin look-alikes inside a Cyrillic word read as the Cyrillic
            // letters they imitate, so the word is the same person's.
            let mixed = latin
                && !glued
                && text[i..end].chars().any(|x| is_letter(x) && !x.is_ascii())
                && text[i..end]
                    .chars()
                    .all(|x| !x.is_ascii_alphabetic() || cyrillic_twin(x).is_some());
            let lo_start = lower.len() as u32;
            if mixed {
                let (h0, h1) = broken.unwrap_or((end, end));
                for ch in text[i..h0].chars().chain(text[h1..end].chars()) {
                    match cyrillic_twin(ch) {
                        Some(t) => lower.push(t),
                        None => push_lower(lower, ch),
                    }
                }
            } else if let Some((h0, h1)) = broken {
                for ch in text[i..h0].chars().chain(text[h1..end].chars()) {
                    push_lower(lower, ch);
                }
            } else if case == Case::Lower && upper == 0 && !apostrophe {
                lower.push_str(&text[i..end]);
            } else {
                for ch in text[i..end].chars() {
                    push_lower(lower, ch);
                }
            }
            let lo = (lo_start, lower.len() as u32);
            // «А.», and the initial of a double first name «А-А.», «Н-Ә.».
            let initial = count == 1
                || (upper == count && text[i..end].split('-').all(|p| p.chars().count() == 1));
            if initial && first_upper && text[end..].starts_with('.') {
                toks.push(Tok {
                    start: i,
                    end: end + 1,
                    kind: TokKind::Initial,
                    para_before,
                    line_start,
                    lo,
                });
                pos += 1;
                continue;
            }
            toks.push(Tok {
                start: i,
                end,
                kind: TokKind::Word(case),
                para_before,
                line_start,
                lo,
            });
        } else if c.is_ascii_digit() {
            while pos < b.len() && b[pos].is_ascii_digit() {
                pos += 1;
            }
            let end = pos;
            toks.push(Tok {
                start: i,
                end,
                kind: TokKind::Num,
                para_before,
                line_start,
                lo: (0, 0),
            });
        } else {
            let p = match c {
                '–' | '—' => '-',
                c => c,
            };
            toks.push(Tok {
                start: i,
                end: i + w,
                kind: TokKind::Punct(p),
                para_before,
                line_start,
                lo: (0, 0),
            });
        }
    }
}

/// The char at byte `i` of `text` and its length, with fast paths for ASCII
/// and two-byte letters (Cyrillic).
#[inline(always)]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    let b0 = b[i];
    if b0 < 0x80 {
        return (char::from(b0), 1);
    }
    if b0 & 0xE0 == 0xC0 && i + 1 < b.len() {
        let c = (u32::from(b0 & 0x1F) << 6) | u32::from(b[i + 1] & 0x3F);
        if let Some(c) = char::from_u32(c) {
            return (c, 2);
        }
    }
    let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lookup through bases finds exactly what a table of every form
    /// built by `inflections` (first index wins) would.
    #[test]
    fn first_forms_match_the_table() {
        let set = crate::RuleSet::builtin().unwrap();
        let firsts = set.dictionary("first_names");
        let mut table: FxMap<String, u32> = FxMap::default();
        for (i, name) in firsts.iter().enumerate() {
            for form in inflections(&fold(name)) {
                let key: String = form.chars().map(fold_char).collect();
                table.entry(key).or_insert(i as u32);
            }
        }
        let forms = FirstForms::new(firsts);
        for (key, id) in &table {
            assert_eq!(forms.get(key), Some(*id), "{key}");
            // near misses: one letter more or less
            let mut shorter = key.clone();
            shorter.pop();
            for probe in [format!("{key}х"), shorter, key.chars().skip(1).collect()] {
                assert_eq!(forms.get(&probe), table.get(&probe).copied(), "{probe}");
            }
        }
        assert_eq!(forms.get("стол"), None);
    }

    /// The name findings of `text`.
    fn name_findings(engine: &crate::Engine, text: &str) -> Vec<Finding> {
        let mut scratch = engine.scratch();
        let mut out = Vec::new();
        engine.scan(text, &mut scratch, &mut out);
        out.retain(|f| f.category == Category::Name);
        out
    }

    /// The names found in `text`, as written.
    fn names_in(engine: &crate::Engine, text: &str) -> Vec<String> {
        name_findings(engine, text)
            .iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn first_name_mentions_share_the_persons_placeholder() {
        let engine = crate::Engine::builtin();
        for text in [
            "подсудимой Гончаренко Валентины Игоревны. Потерпевший знает Валентину давно.",
            "потерпевшего Нургалиева Асхата Маратовича. Потерпевший Асхат Маратович пояснил.",
            "сотталушы Қуанышбаев Дәурен Серікұлы. Жәбірленуші Дәуреннің ақшасын айтты.",
            // a first name that ends like a surname, with a surname that is a word
            "погибли Марина Мороз и мужчина. Потом Мороз поймала таксиста.",
            // two lemmas of the dictionary: «Зәуре» is also Заур's dative
            "жауапкер Бекмұхамбетова Зәуре Әбдіқалыққызы. Зәуренің айтуынша, өсиет жоқ.",
        ] {
            let names = name_findings(&engine, text);
            assert_eq!(names.len(), 2, "{text}");
            assert_eq!(names[0].entity, names[1].entity, "{text}");
        }
        // A short surname in -ой declines (Цой, Цоя): one person.
        let text = "Ответчик Цой В.Э. пояснил. Взыскать с Цоя В.Э. сумму.";
        let names = name_findings(&engine, text);
        assert_eq!(names.len(), 2, "{text}");
        assert_eq!(names[0].entity, names[1].entity, "{text}");
        // A maiden name in brackets is the same person, under both surnames;
        // the husband with the same surname is another.
        let text = "Истица Иванова (Петрова) Светлана Николаевна и Иванов Павел Андреевич. \
                    За Ивановым П.А. и Ивановой (Петровой) С.Н. признать. Петрова С.Н. пояснила.";
        let names = name_findings(&engine, text);
        let spans: Vec<&str> = names.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(
            spans,
            [
                "Иванова (Петрова) Светлана Николаевна",
                "Иванов Павел Андреевич",
                "Ивановым П.А.",
                "Ивановой (Петровой) С.Н.",
                "Петрова С.Н."
            ]
        );
        let e: Vec<u32> = names.iter().map(|f| f.entity).collect();
        assert_eq!((e[3], e[4], e[2]), (e[0], e[0], e[1]), "{spans:?}");
        assert_ne!(e[0], e[1]);
        // The maiden name named by a few words inside the brackets.
        let text = "Ответчица Кенжебаева (до брака – Нурпеисова) Гульнар Ермековна. \
                    Нурпеисова Г.Е. и Кенжебаева Г.Е. пояснили.";
        let names = name_findings(&engine, text);
        let spans: Vec<&str> = names.iter().map(|f| &text[f.start..f.end]).collect();
        assert_eq!(spans.len(), 3, "{spans:?}");
        assert!(
            names.iter().all(|f| f.entity == names[0].entity),
            "{spans:?}"
        );
        // Two persons with the same first name: the first name alone is
        // nobody's in particular.
        let text =
            "истец Ахметов Серик Болатович и ответчик Жумабаев Серик Канатович. Серик пояснил.";
        let entities: Vec<u32> = name_findings(&engine, text)
            .iter()
            .map(|f| f.entity)
            .collect();
        assert_eq!(entities.len(), 3, "{text}");
        assert!(
            entities[2] != entities[0] && entities[2] != entities[1],
            "{text}"
        );
    }

    #[test]
    fn names_table() {
        let engine = crate::Engine::new(
            crate::RuleSet::builtin().expect("rules"),
            crate::CategoryFilter::only(&[Category::Name]),
        )
        .expect("compile");
        // (text, the names it holds)
        let table: &[(&str, &[&str])] = &[
            // a surname that is also a word, before a first name and a
            // patronymic, and its later mentions with initials
            (
                "показаниями понятой Кузнец Ирины Сергеевны. Показаниям Кузнец И.С. верит.",
                &["Кузнец Ирины Сергеевны", "Кузнец И.С."],
            ),
            (
                "Свидетель Волк Сергей Николаевич пояснил. Показания С.Н. Волка ясны.",
                &["Волк Сергей Николаевич", "С.Н. Волка"],
            ),
            // an apostrophe before a Kazakh case ending; a two-letter surname
            // with its ending
            (
                "Сотталушы Ли Виктор Сергеевич. Көлік Ли'ге тиесілі, Лиге бұрын. Лига чемпионов.",
                &["Ли Виктор Сергеевич", "Ли'ге", "Лиге"],
            ),
            (
                "Жауапкер Ким Ольга Петровна. Ким'нің үйі.",
                &["Ким Ольга Петровна", "Ким'нің"],
            ),
            // the initial of a double first name; a sentence's first word
            // gives way to the surname after the initials
            ("Жауапкер Мұратова А-А.Б. келді.", &["Мұратова А-А.Б."]),
            (
                "Ескертулер Н-Ә.Қ. Есжановқа берілді.",
                &["Н-Ә.Қ. Есжановқа"],
            ),
            ("Н.Қ. Есжановқа берілді.", &["Н.Қ. Есжановқа"]),
            // a company type after the quoted name (Kazakh order), a company
            // named in full before it
            (
                "тұлға «Номад Иншуранс» АҚ өкілі, «Алатау Фарм» ЖШС-дағы жалақысы",
                &[],
            ),
            (
                "даңғылындағы «Керуен Молл» сауда орталығының ауласында, «Самат Мұрат» мейрамханасында",
                &[],
            ),
            (
                "с товарищества с ограниченной ответственностью «ТехноМир Плюс» взыскать",
                &[],
            ),
            // «ответственность» before an unquoted surname is no company
            (
                "Подсудимый Жумабеков Е.С. Смягчающим ответственность Жумабекова суд признает раскаяние.",
                &["Жумабеков Е.С.", "Жумабекова"],
            ),
            ("«Серікбаев Мебель» ЖК иесі", &["Серікбаев Мебель"]),
            // a headline repeated on the next line: two persons' groups
            (
                "Умер композитор Кшиштоф Пендерецкий\nКшиштоф Пендерецкий\nСкончался он.",
                &["Кшиштоф Пендерецкий", "Кшиштоф Пендерецкий"],
            ),
            // a first name with a form of address after a hyphen
            (
                "сонда Кайрат-ака айтты, Гүлнар-апайдың үйі.",
                &["Кайрат-ака", "Гүлнар-апайдың"],
            ),
            // a sentence's first word before a known person's surname
            (
                "Подсудимый Хасанов Рустам Ильдарович вину признал. Вина Хасанова доказана. \
                 Действия Хасанова суд квалифицирует. Личность Хасанова изучена.",
                &[
                    "Хасанов Рустам Ильдарович",
                    "Хасанова",
                    "Хасанова",
                    "Хасанова",
                ],
            ),
            // a first name whose stem is another name that is also a word
            ("написала: «Таня, успокойтесь, тут дети».", &["Таня"]),
            // a surname that is also a word at the start of a list item
            (
                "Куәлар:\n2) Нұр Дәурен Асанұлы, тойдың бейнетүсірушісі. Куә Д.А. Нұр айтты.",
                &["Нұр Дәурен Асанұлы", "Д.А. Нұр"],
            ),
            // an Azerbaijani patronymic with «оглы»; a company type after
            // the closing quote of a longer name
            (
                "5) Мамедов Эльчин Рафик оглы, ИИН",
                &["Мамедов Эльчин Рафик оглы"],
            ),
            ("отырысында «Қаржы Көмек» микроқаржы ұйымы» ЖШС талабы", &[]),
            // a table's header row, a form's label
            (
                "| № | Аты-жөні | Лауазымы |\n|---|---|---|\n| 1 | Серікбаев Ж.Б. | прораб |",
                &["Серікбаев Ж.Б."],
            ),
            ("Марка: Toyota Camry, цвет белый.", &[]),
            // «төрағасы» is the chairman of something, not the presiding judge
            (
                "Серіктестік төрағасы Сейдахметов Б.-ға хабарлады.",
                &["Сейдахметов Б.-ға"],
            ),
            ("Төрағалық етуші судья Қасымов А.Б. хабарлады.", &[]),
            // a proper noun or a title before a full name is no surname
            (
                "президент Российской Федерации Дмитрий Анатольевич пояснил.",
                &["Дмитрий Анатольевич"],
            ),
            (
                "мұны Елбасы Нұрсұлтан Әбішұлы айтты.",
                &["Нұрсұлтан Әбішұлы"],
            ),
            // «коллеги» are colleagues, not the court's panel
            (
                "Показания дали коллеги Константина Попова.",
                &["Константина Попова"],
            ),
            // an organization in the genitive before a full name
            ("Глава холдинга Алексей Миллер заявил.", &["Алексей Миллер"]),
            ("Директор ТОО Ахметов С.Б. пояснил.", &["Ахметов С.Б."]),
            (
                "Приказом директора школы Ахметжановой Р.С. уволена.",
                &["Ахметжановой Р.С."],
            ),
            ("Окончил школу имени Б. Момышұлы.", &[]),
            ("менеджера по имени Тимур у него нет", &["Тимур"]),
            (
                "расписку от имени Нурланова Д.Е. составил",
                &["Нурланова Д.Е."],
            ),
            // a first name before a Kazakh form of address
            ("слышал крик соседки Розы апай и видел", &["Розы апай"]),
            // a first name that is also a word, joined to a name
            ("балаларымыз Мирас пен Інжу үйде болды", &["Мирас", "Інжу"]),
            ("Ол Мирас пен інжу сатып алды", &["Мирас"]),
            // the surname's initial after a first name and patronymic
            (
                "получатель – «Асхат Мухтарович С.». В срок",
                &["Асхат Мухтарович С."],
            ),
            (
                "Ахметов Серик Болатович и С. Ким пояснили.",
                &["Ахметов Серик Болатович", "С. Ким"],
            ),
            // ...but the organization's own name stays
            ("Он работал в кафе Айгерім.", &[]),
            ("Проживает на ул. Абая Кунанбаева.", &[]),
            // a word that only begins like a role word («кличка»)
            ("Свидетель Кличко пояснил суду.", &["Кличко"]),
            ("Он видел Виталия Кличко вчера.", &["Виталия Кличко"]),
            ("по кличке «Шах» проходил", &["Шах"]),
            (
                "Ахметов С.Б. (лақап аты «Сека») келді",
                &["Ахметов С.Б.", "Сека"],
            ),
            (
                "которого во дворе называли «Рустик», поскольку",
                &["Рустик"],
            ),
            // a court role word in another clause keeps nobody
            (
                "Судья вынес постановление, согласно которому Хинкли не опасен.",
                &["Хинкли"],
            ),
            ("при секретаре судебного заседания Ахметовой А.Б.", &[]),
            // «батыр» in a street name is a title, not the word: Батыр is a name
            (
                "Қабанбай батыр даңғылы, 11. Екі шебер, Батыр и Ерік, келді.",
                &["Батыр", "Ерік"],
            ),
            // two persons side by side at a sentence start
            (
                "Тұрсынбаев Бақыттан Мамырова Айгүлдің пайдасына 445 000 теңге өндіріп алынсын.",
                &["Тұрсынбаев Бақыттан", "Мамырова Айгүлдің"],
            ),
            // company-name words, judicial nouns, rural districts stay
            ("өндіріп алушы – «Береке Финанс» микроқаржы ұйымы» ЖШС", &[]),
            // quoted words that go on in lowercase are somebody's words
            (
                "Куә сотқа «Нұрланның Салтанатқа ақша бергенін көрдім» деп көрсетті.",
                &["Нұрланның Салтанатқа"],
            ),
            ("«Айгерим Сулу» салонында", &[]),
            ("Проверка показала нарушение.", &[]),
            ("справке акимата Бескайнарского сельского округа истец", &[]),
            // a nickname that is also a word or a place
            ("Ол лақап аты «Шуша» болды.", &["Шуша"]),
            (
                "мекенжайында тұрған, «Бурый» лақап атымен белгілі, ал «Бурыйға» телефон берген",
                &["Бурый", "Бурыйға"],
            ),
            ("ауыл ішінде «Бәке» деген атпен белгілі", &["Бәке"]),
            ("Ол достары «Боксёр» деп атайтын жігіт.", &["Боксёр"]),
            ("по кличке «Ташкент» проходил", &["Ташкент"]),
            (
                "его все зовут «Кова». В тот вечер Кова пришёл",
                &["Кова", "Кова"],
            ),
            ("қызын «Томаш» деп еркелетіп жүрді", &["Томаш"]),
            // fond forms of a known first name; a nickname called out
            (
                "Истец Сейтов Бауыржан Маратович. Жена писала: «Бауке, не пей». Бауыржан ответил.",
                &["Сейтов Бауыржан Маратович", "Бауке", "Бауыржан"],
            ),
            (
                "Куә Смағұлов Қанат Болатұлы. Ол: «Қанекең айтты, мен қол қойдым» деді.",
                &["Смағұлов Қанат Болатұлы", "Қанекең"],
            ),
            (
                "Подсудимый Омаров Дәурен Серикович. Ему писали: «Даук, телефон у тебя». «Дача, дом».",
                &["Омаров Дәурен Серикович", "Даук"],
            ),
            (
                "Потерпевший Сейтов Ерлан Маратович. Мать: «Ерлаша переводил деньги». Ержану, «Ержик».",
                &["Сейтов Ерлан Маратович", "Ерлаша", "Ержану", "Ержик"],
            ),
            (
                "его зовут «Кова» или «Ковал». Кова пришёл",
                &["Кова", "Ковал", "Кова"],
            ),
            (
                "Өтініш беруші Жұмабеков Әлихан Серікұлы. «Әліш бізді әке деп атайды», «Әлиханжан биыл бітірді».",
                &["Жұмабеков Әлихан Серікұлы", "Әліш", "Әлиханжан"],
            ),
            // «атындағы» after a genitive: in a person's name
            (
                "ақша Д. Серікбаевтың атындағы картаға, Абай атындағы мектепке",
                &["Д. Серікбаевтың"],
            ),
            // «атындағы» before an account: in a person's name
            (
                "төлемін Ким О.В. атындағы «Bank CenterCredit» АҚ-дағы № 7 шотқа аударды. Л.Н. Гумилев атындағы университет",
                &["Ким О.В."],
            ),
            // a remark in brackets inside the court's list
            (
                "судьялар Жақсылықов Б.М. (баяндамашы), Нұрпейісова Г.Т., талапкер Мұқанов Е.С.",
                &["Мұқанов Е.С."],
            ),
            // a street's own name after a first name
            (
                "оның ұлы Әлихан Шахтерская көшесімен келе жатты",
                &["Әлихан"],
            ),
            ("Абай Кунанбаев көшесімен келе жатты", &[]),
            // an animal's name is no person's
            ("собака по кличке «Барон» укусила. Барона привязали", &[]),
            // a document series is no initials
            ("Хасановтың АА 0923417 нөмірлі куәлігі", &["Хасановтың"]),
            ("Его сменила Аленка Братушек.", &["Аленка Братушек"]),
            // particles inside foreign names
            ("Тренером стал Висенте дель Боске.", &["Висенте дель Боске"]),
            ("Прибыл Мухаммед ибн Салман.", &["Мухаммед ибн Салман"]),
            (
                "Премьер Камаль аль-Ганзури заявил.",
                &["Камаль аль-Ганзури"],
            ),
            (
                "Лидер Абу Бакр аль-Багдади погиб.",
                &["Абу Бакр аль-Багдади"],
            ),
            ("Вызван Larry King.", &["Larry King"]),
            ("Жәбірленушінің Halyk Bank-тегі шотына.", &[]),
            // a card holder's name in Latin capitals
            ("карта на имя TIMUR SEIFULLIN.", &["TIMUR SEIFULLIN"]),
            // an Uzbek patronymic marker in a passport's Latin spelling
            (
                "(в паспорте – ERGASHEV SHERZOD BAXTIYOR UGLI), (латын әрпімен – KARIMOV JASUR BOTIR O‘G‘LI)",
                &[
                    "ERGASHEV SHERZOD BAXTIYOR UGLI",
                    "KARIMOV JASUR BOTIR O‘G‘LI",
                ],
            ),
            ("выпущенная на имя «OLGA IVANOVA».", &["OLGA IVANOVA"]),
            (
                "Карта бетінде «KULASH ZHUMABAEVA» деп жазылған.",
                &["KULASH ZHUMABAEVA"],
            ),
            ("карта KASPI GOLD в HALYK BANK, CABIN CREW", &[]),
            ("С Ответчика взыскать в пользу Истицы.", &[]),
            ("Президенттік сайлау өтті.", &[]),
            // a first name that is also a word or a place
            ("Он встретил Алмаза Закиева.", &["Алмаза Закиева"]),
            ("Потерпевшая Любовь Полежай пояснила.", &["Любовь Полежай"]),
            // a word or a town as the surname before a first name and a
            // patronymic, at a line start too; the season stays
            (
                "Зима Валентин Иванович, истец. Потерпевшая Орёл Любовь Николаевна. Мороз и зима.",
                &["Зима Валентин Иванович", "Орёл Любовь Николаевна"],
            ),
            ("Уважаемый Иван Петрович!", &["Иван Петрович"]),
            // a first name that is also a word, before a verb of speech
            ("Выгнал детей. Роза пояснила, что роза завяла.", &["Роза"]),
            // a holiday and a river named like people
            ("Жеңіс күні мерекесі. Ертіс өзенінің бойында.", &[]),
            ("Сотталушы Жайық кінәсін мойындады.", &["Жайық"]),
            // a numbered district court between «Судья» and the judge
            (
                "Судья районного суда № 2 Казыбекбийского района города Караганды Штейнберг О.В., рассмотрев заявление Ахметова А.А.",
                &["Ахметова А.А."],
            ),
            // a full word before a full stop ends the sentence: no street
            // name after «улицу.»; an adverb opening a sentence is no name
            (
                "Третье лицо Полищук Иван Тарасович. Он выгнал детей на улицу. Полищуку позвонила соседка. Добровольно передал деньги.",
                &["Полищук Иван Тарасович", "Полищуку"],
            ),
            // «ұлы» after a genitive is a son, not a patronymic
            (
                "Сотталушы Жанұзақов Б.С. Жанұзақовтың ұлы жазды.",
                &["Жанұзақов Б.С.", "Жанұзақовтың"],
            ),
            // foreign citizens
            ("Гражданин Италии Марио Монти подал иск.", &["Марио Монти"]),
            ("Паспорт выдан на имя John Smith.", &["John Smith"]),
            // a surname that is also a word (Kazakh «кім», «who»)
            ("Подсудимый Ким пояснил суду.", &["Ким"]),
            ("Брат Ким Чен Ына погиб.", &["Ким Чен Ына"]),
            ("Куә кім екенін білмеді.", &[]),
            // a closing straight quote is no opening one
            (
                "член правления \"Газпрома\" Олег Аксютин пояснил",
                &["Олег Аксютин"],
            ),
            // a Russian ending that looks like a Kazakh suffix
            (
                "директора нового клуба Николая Волошкина, днем",
                &["Николая Волошкина"],
            ),
            // a first name opening a sentence, in any case form
            (
                "Ол кетті. Ғалымжанның айтуынша, ақша жоқ.",
                &["Ғалымжанның"],
            ),
            ("Он ушел. Дилмуратпен мы не знакомы.", &["Дилмуратпен"]),
            // ...unless it is also a word, or a place in the locative
            ("Ол кетті. Кеңес шешім қабылдады.", &[]),
            ("Ол кетті. Бақыт деген осы.", &[]),
            ("Ол кетті. Оралдағы үйін сатты.", &[]),
            ("Ол Бақытқа ақша берді.", &["Бақытқа"]),
        ];
        for (text, want) in table {
            assert_eq!(&names_in(&engine, text), want, "{text}");
        }
    }

    #[test]
    fn stems_join_russian_and_kazakh_forms() {
        for w in [
            "ахметов",
            "ахметова",
            "ахметову",
            "ахметовым",
            "ахметовой",
            "ахметовтың",
            "ахметовке",
            "ахметоваға",
            "ахметов-тың",
        ] {
            assert_eq!(stem(w), "ахметов", "{w}");
        }
        for w in ["серікбаев", "серікбаевқа", "серікбаевтың", "серікбаевпен"]
        {
            assert_eq!(stem(w), "серікбаев", "{w}");
        }
        for (a, b) in [
            ("ким", "кимге"),
            ("шмидт", "шмидта"),
            ("сейткали", "сейткалиге"),
            ("коваленко", "коваленконың"),
        ] {
            assert!(stems_meet(&stems(a), &stems(b)), "{a} {b}");
        }
        assert_eq!(stem("коваленко"), "коваленко");
        assert!(!stems_meet(&stems("ахметов"), &stems("ахмет")));
        // Adjectival surnames and nicknames decline as adjectives.
        for (a, b) in [
            ("луговой", "лугового"),
            ("луговой", "луговому"),
            ("белый", "белого"),
            ("белый", "белому"),
            ("малой", "малого"),
            ("горький", "горького"),
        ] {
            assert!(stems_meet(&stems(a), &stems(b)), "{a} {b}");
        }
        for (a, b) in [
            ("белов", "белого"),
            ("дмитрий", "дмитриева"),
            ("малой", "малышева"),
        ] {
            assert!(!stems_meet(&stems(a), &stems(b)), "{a} {b}");
        }
    }

    #[test]
    fn patronymics() {
        for w in [
            "болатович",
            "болатовича",
            "маратовна",
            "маратовной",
            "қайратұлы",
            "қайратұлының",
            "маратқызына",
            "ильинична",
            "евгениевичке",
            "сергеевнаның",
        ] {
            assert!(is_patronymic(w), "{w}");
        }
        for w in [
            "ахметов",
            "кирпич",
            "ұлы",
            "приговор",
            "денсаулық",
            "денсаулығы",
        ] {
            assert!(!is_patronymic(w), "{w}");
        }
    }

    #[test]
    fn surname_endings() {
        assert_eq!(surname_morph("ахметовтың"), 2);
        assert_eq!(surname_morph("ивановой"), 2);
        assert_eq!(surname_morph("коваленко"), 2);
        assert_eq!(surname_morph("момышұлы"), 2);
        assert_eq!(surname_morph("приговор"), 0);
        assert_eq!(surname_morph("суд"), 0);
    }

    #[test]
    fn tokens() {
        let mut toks = Vec::new();
        let mut lower = String::new();
        tokenize("Ахметов С.Б.-ның ЖСН-і 123", &mut toks, &mut lower);
        let kinds: Vec<TokKind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                TokKind::Word(Case::Title),
                TokKind::Initial,
                TokKind::Initial,
                TokKind::Punct('-'),
                TokKind::Word(Case::Lower),
                TokKind::Word(Case::Other),
                TokKind::Num
            ]
        );
        assert_eq!(
            extend_suffix("С.Б.-ның үйі", "С.Б.".len()),
            "С.Б.-ның".len()
        );
    }

    /// A word hyphenated across a line break is one word, and its lowercase
    /// form leaves the break out; a capital after the break starts a word.
    #[test]
    fn hyphenated_line_break() {
        let mut toks = Vec::new();
        let mut lower = String::new();
        for (text, words) in [
            (
                "истца Кудайбер-\nгеновой С.Е.",
                vec!["истца", "кудайбергеновой"],
            ),
            ("Бекбола- \r\n  тов сот", vec!["бекболатов", "сот"]),
            ("Мухаммед-\nАли", vec!["мухаммед", "али"]),
            ("С-\nкуда", vec!["с", "куда"]),
        ] {
            tokenize(text, &mut toks, &mut lower);
            let got: Vec<&str> = toks
                .iter()
                .filter(|t| matches!(t.kind, TokKind::Word(_)))
                .map(|t| &lower[t.lo.0 as usize..t.lo.1 as usize])
                .collect();
            assert_eq!(got, words, "{text:?}");
        }
        let engine = crate::Engine::builtin();
        let text = "с участием истца Кудайбер-\nгеновой С.Е. Истец Кудайбергенова С.Е. пояснила.";
        let names = name_findings(&engine, text);
        assert_eq!(names.len(), 2, "{text}");
        assert_eq!(
            &text[names[0].start..names[0].end],
            "Кудайбер-\nгеновой С.Е."
        );
        assert_eq!(names[0].entity, names[1].entity);
    }

    /// Latin look-alike letters inside a Cyrillic word read as Cyrillic: the
    /// same person keeps one placeholder. Latin words stay Latin.
    #[test]
    fn homoglyphs() {
        let mut toks = Vec::new();
        let mut lower = String::new();
        tokenize("Сейтжaнов Бекбoлатов KAMAZ Toyota", &mut toks, &mut lower);
        let got: Vec<&str> = toks
            .iter()
            .map(|t| &lower[t.lo.0 as usize..t.lo.1 as usize])
            .collect();
        assert_eq!(got, ["сейтжанов", "бекболатов", "kamaz", "toyota"]);
        let engine = crate::Engine::builtin();
        let text = "Осужденный Сейтжанов А.Б. признан виновным. Сейтжaнов А.Б. подал жалобу.";
        let names = name_findings(&engine, text);
        assert_eq!(names.len(), 2, "{text}");
        assert_eq!(names[0].entity, names[1].entity);
    }
}
