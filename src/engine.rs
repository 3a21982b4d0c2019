//! The scanning engine: every pattern rule compiled into one multi-pattern
//! automaton (one pass over the text), validators on the rare candidates, the
//! context detectors (names, addresses), and the resolver that leaves one
//! finding per region.

use std::cmp::Reverse;

use regex_automata::hybrid::dfa::{Cache as LazyCache, DFA as LazyDfa};
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};

use crate::detect::{self, Candidate, Validator};
use crate::rules::{Bounds, Category, RuleError, RuleSet};

/// A piece of personal data: a byte span of the text and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    /// UTF-8 byte offset of the first byte.
    pub start: usize,
    /// UTF-8 byte offset after the last byte.
    pub end: usize,
    /// What it is.
    pub category: Category,
    /// Index of the rule that found it ([`Engine::rule_id`]).
    pub rule: u32,
    /// Who or what it belongs to, for numbered placeholders: mentions with the
    /// same non-zero entity get the same number. Zero: numbered by value.
    pub entity: u32,
}

impl Finding {
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// Which categories an engine reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryFilter([bool; 12]);

impl Default for CategoryFilter {
    fn default() -> Self {
        CategoryFilter([true; 12])
    }
}

impl CategoryFilter {
    /// Only these categories.
    pub fn only(cats: &[Category]) -> Self {
        let mut f = [false; 12];
        for c in cats {
            f[c.index()] = true;
        }
        CategoryFilter(f)
    }

    /// All but these categories.
    pub fn except(mut self, cats: &[Category]) -> Self {
        for c in cats {
            self.0[c.index()] = false;
        }
        self
    }

    /// Whether a category is reported.
    pub fn allows(&self, c: Category) -> bool {
        self.0[c.index()]
    }
}

/// A compiled pattern rule.
struct Compiled {
    /// The rule's own pattern, for its capture groups: a small automaton,
    /// cheap to run on the window of one candidate.
    re: Regex,
    /// The rule's pattern reversed: run back from the end of a match of the
    /// rule set, it finds where the match starts. The set's own reverse
    /// automaton is the union of every rule and scans back as long as any
    /// rule could still match, often much further than the match.
    rev: LazyDfa,
    category: Category,
    validate: Option<Validator>,
    /// The validator's cheap test on the whole match, before captures.
    prefilter: Option<detect::Prefilter>,
    /// Capture group index of the value `v`, if the pattern names one.
    value_group: Option<usize>,
    /// Other named groups with their validators.
    extra_groups: Vec<(usize, Option<Validator>)>,
    bounds: Bounds,
    propagate: bool,
}

/// Per-thread reusable state: automaton cache, capture slots, finding buffers.
pub struct Scratch {
    /// Per group: its automaton's cache.
    group_caches: Vec<meta::Cache>,
    /// Per group: its next match at or after the scan position, as (start,
    /// rule, end); `None` when it has none.
    next: Vec<Option<(usize, usize, usize)>>,
    /// Per rule: the cache and capture slots of its own automaton.
    rule_caches: Vec<(meta::Cache, Captures)>,
    /// Per rule: the cache of its reverse automaton.
    rev_caches: Vec<LazyCache>,
    raw: Vec<Finding>,
    pub(crate) names: crate::names::NameScratch,
}

impl Scratch {
    /// Forgets the state of the previous document (persons seen so far).
    pub fn new_document(&mut self) {
        self.names.clear();
    }
}

/// Rules of a family of categories, compiled into one forward automaton.
///
/// One automaton over every rule would have to track all of them at once:
/// its lazy DFA grew to tens of megabytes of states (digit-shaped rules of
/// different families combine into many states), was built again on every
/// thread, and its scan was bound by memory. A few small automata, each with
/// rules that resemble each other, stay in the processor's cache.
struct Group {
    /// Leftmost-first forward automaton of the group's rules: where the
    /// first match ends and whose it is.
    fwd: Regex,
    /// Rule index (into `Engine::compiled`) of each pattern of `fwd`.
    rules: Vec<usize>,
}

/// Which group a category's rules join (see [`Group`]): identifiers and
/// accounts, telephone numbers, and the phrase-shaped rest. Measured on the
/// generated corpus, these three automata need some 10 MB of states together
/// where the single one needed over 40.
fn group_of(c: Category) -> usize {
    match c {
        Category::Iin | Category::TaxId | Category::IdDoc | Category::Bank => 1,
        Category::Phone => 2,
        _ => 0,
    }
}

const GROUPS: usize = 3;

/// The compiled rule set. Build once, share `&Engine` between threads.
pub struct Engine {
    set: RuleSet,
    groups: Vec<Group>,
    compiled: Vec<Compiled>,
    /// Rule id per finding `rule` index: pattern rules first, then detectors.
    rule_ids: Vec<String>,
    filter: CategoryFilter,
    names: Option<crate::names::NameDetector>,
    placeholders: crate::replace::Placeholders,
}

/// The longest match a rule may have, in bytes, when it is tried again at
/// the start of a rejected candidate.
const MAX_MATCH: usize = 2048;

/// Size limit of one compiled pattern set (guards against hostile packs).
const NFA_SIZE_LIMIT: usize = 64 << 20;

impl Engine {
    /// Compiles a rule set; every bad pattern or unknown validator is reported.
    ///
    /// # Errors
    /// One [`RuleError`] per problem.
    pub fn new(set: RuleSet, filter: CategoryFilter) -> Result<Engine, Vec<RuleError>> {
        Engine::build(set, filter, group_of)
    }

    /// The same engine with every rule in one automaton, as before the
    /// groups (for tests: the findings must be the same).
    #[doc(hidden)]
    pub fn with_one_automaton(
        set: RuleSet,
        filter: CategoryFilter,
    ) -> Result<Engine, Vec<RuleError>> {
        Engine::build(set, filter, |_| 0)
    }

    fn build(
        set: RuleSet,
        filter: CategoryFilter,
        group_of: fn(Category) -> usize,
    ) -> Result<Engine, Vec<RuleError>> {
        let mut errors = Vec::new();
        let syntax = syntax::Config::new().utf8(true).unicode(true);
        // A rule alone runs on candidate windows only: a small cache will do.
        let rule_config = meta::Config::new()
            .nfa_size_limit(Some(NFA_SIZE_LIMIT))
            .hybrid_cache_capacity(1 << 20);
        let mut rules: Vec<usize> = (0..set.rules.len())
            .filter(|&i| filter.allows(set.rules[i].category))
            .collect();
        // Higher priority first; definition order otherwise (stable sort).
        rules.sort_by_key(|&i| Reverse(set.rules[i].priority));
        let mut patterns = Vec::new();
        let mut compiled = Vec::new();
        let mut rule_ids = Vec::new();
        for &i in &rules {
            let rule = &set.rules[i];
            let one = Regex::builder()
                .syntax(syntax)
                .configure(rule_config.clone())
                .build(&rule.pattern);
            let re = match one {
                Ok(re) => re,
                Err(e) => {
                    let why = e
                        .syntax_error()
                        .map_or_else(|| e.to_string(), ToString::to_string);
                    errors.push(RuleError::rule(
                        &rule.origin,
                        &rule.id,
                        format!("invalid pattern: {}", one_line(&why)),
                    ));
                    continue;
                }
            };
            let mut lookup = |name: &str| -> Option<Validator> {
                let v = detect::validator(name);
                if v.is_none() {
                    errors.push(RuleError::rule(
                        &rule.origin,
                        &rule.id,
                        format!("unknown validator `{name}`"),
                    ));
                }
                v
            };
            let validate = rule.validate.as_deref().and_then(&mut lookup);
            let pid = PatternID::ZERO;
            let info = re.group_info();
            let mut value_group = None;
            let mut extra_groups = Vec::new();
            for (gi, name) in info.pattern_names(pid).enumerate() {
                let Some(name) = name else { continue };
                if name == "v" {
                    value_group = Some(gi);
                } else {
                    let v = rule.groups.get(name).and_then(|n| lookup(n));
                    extra_groups.push((gi, v));
                }
            }
            for g in rule.groups.keys() {
                if info.to_index(pid, g).is_none() {
                    errors.push(RuleError::rule(
                        &rule.origin,
                        &rule.id,
                        format!("`groups` names `{g}`, which the pattern does not have"),
                    ));
                }
            }
            let rev = match reverse_dfa(syntax, &rule.pattern) {
                Ok(rev) => rev,
                Err(e) => {
                    errors.push(RuleError::rule(
                        &rule.origin,
                        &rule.id,
                        format!("pattern too large: {}", one_line(&e)),
                    ));
                    continue;
                }
            };
            patterns.push(rule.pattern.clone());
            compiled.push(Compiled {
                re,
                rev,
                category: rule.category,
                validate,
                prefilter: rule.validate.as_deref().and_then(detect::prefilter),
                value_group,
                extra_groups,
                bounds: rule.bounds,
                propagate: rule.propagate,
            });
            rule_ids.push(rule.id.clone());
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut groups = Vec::new();
        for g in 0..GROUPS {
            let members: Vec<usize> = (0..compiled.len())
                .filter(|&i| group_of(compiled[i].category) == g)
                .collect();
            if members.is_empty() {
                continue;
            }
            let pats: Vec<&str> = members.iter().map(|&i| patterns[i].as_str()).collect();
            match group_regex(syntax, &pats) {
                Ok(fwd) => groups.push(Group {
                    fwd,
                    rules: members,
                }),
                Err(e) => {
                    return Err(vec![RuleError {
                        file: "<rule set>".into(),
                        line: 0,
                        rule: None,
                        message: format!("the patterns together are too large: {}", one_line(&e)),
                    }]);
                }
            }
        }
        let names = if filter.allows(Category::Name) {
            crate::names::NameDetector::new(&set, rule_ids.len() as u32)
        } else {
            None
        };
        if let Some(n) = &names {
            rule_ids.extend(n.rule_ids().iter().map(|s| s.to_string()));
        }
        let placeholders = crate::replace::Placeholders::new(&set);
        Ok(Engine {
            set,
            groups,
            compiled,
            rule_ids,
            filter,
            names,
            placeholders,
        })
    }

    /// The built-in rules with every category.
    ///
    /// # Panics
    /// Never for the shipped packs (a test compiles them).
    pub fn builtin() -> Engine {
        let set = RuleSet::builtin().expect("built-in packs parse");
        Engine::new(set, CategoryFilter::default()).expect("built-in packs compile")
    }

    /// The name detector, if names are enabled.
    #[doc(hidden)]
    pub fn names(&self) -> Option<&crate::names::NameDetector> {
        self.names.as_ref()
    }

    /// Turns the validators' prefilters off (for tests: with or without
    /// them, the findings must be the same).
    #[doc(hidden)]
    pub fn without_prefilters(mut self) -> Engine {
        for c in &mut self.compiled {
            c.prefilter = None;
        }
        self
    }

    /// The placeholder templates of the rule set, compiled once.
    pub fn placeholders(&self) -> &crate::replace::Placeholders {
        &self.placeholders
    }

    /// The rule set behind this engine.
    pub fn rule_set(&self) -> &RuleSet {
        &self.set
    }

    /// The id of the rule behind a finding.
    pub fn rule_id(&self, rule: u32) -> &str {
        &self.rule_ids[rule as usize]
    }

    /// Every rule id, in finding-index order.
    pub fn rule_ids(&self) -> &[String] {
        &self.rule_ids
    }

    /// The category filter.
    pub fn filter(&self) -> CategoryFilter {
        self.filter
    }

    /// Fresh per-thread scratch.
    pub fn scratch(&self) -> Scratch {
        Scratch {
            group_caches: self.groups.iter().map(|g| g.fwd.create_cache()).collect(),
            next: vec![None; self.groups.len()],
            rule_caches: self
                .compiled
                .iter()
                .map(|c| (c.re.create_cache(), c.re.create_captures()))
                .collect(),
            rev_caches: self.compiled.iter().map(|c| c.rev.create_cache()).collect(),
            raw: Vec::new(),
            names: crate::names::NameScratch::default(),
        }
    }

    /// Finds personal data in one document. `out` is cleared and receives
    /// sorted, non-overlapping findings.
    pub fn scan(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<Finding>) {
        let mut raw = std::mem::take(&mut scratch.raw);
        raw.clear();
        self.scan_patterns(text, scratch, &mut raw);
        self.propagate(text, &mut raw);
        if let Some(names) = &self.names {
            names.detect(text, &mut raw, &mut scratch.names);
        }
        resolve(&mut raw, out);
        scratch.raw = raw;
    }

    /// The pattern-rule pass alone, unresolved (used by `rules check`).
    pub fn scan_patterns(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<Finding>) {
        let hay = text.as_bytes();
        let mut at = 0;
        // The end of the last accepted match.
        let mut floor = 0;
        for g in 0..self.groups.len() {
            scratch.next[g] = self.group_match(g, text, 0, scratch);
        }
        while at < hay.len() {
            // Each group's automaton finds where its leftmost-first match
            // ends and whose it is; the rule's own reverse automaton, where
            // it starts. The earliest start wins, then the rule that comes
            // first: what one automaton over every rule would pick. A
            // group's match found earlier stays valid while it starts at or
            // after `at`.
            let mut best: Option<(usize, usize, usize)> = None;
            for g in 0..self.groups.len() {
                if scratch.next[g].is_some_and(|(s, _, _)| s < at) {
                    scratch.next[g] = self.group_match(g, text, at, scratch);
                }
                if let Some(m) = scratch.next[g]
                    && best.is_none_or(|b| (m.0, m.1) < (b.0, b.1))
                {
                    best = Some(m);
                }
            }
            let Some((start, first, end)) = best else {
                break;
            };
            let m = regex_automata::Match::new(PatternID::must(first), start..end);
            let mut next = None;
            // Leftmost-first picked the first pattern that matches here; when its
            // validator says no, the later patterns get their turn at this start.
            for pid in m.pattern().as_usize()..self.compiled.len() {
                // The capture search works on a window: its cost (the
                // backtracker clears a visited set per haystack byte) must
                // not grow with the document. The match found bounds the
                // first pattern; a later one may match longer, up to a cap.
                let end = if pid == m.pattern().as_usize() {
                    m.end()
                } else {
                    detect::ceil_char_boundary(text, (start + MAX_MATCH).min(hay.len()))
                };
                let c = &self.compiled[pid];
                if pid == m.pattern().as_usize() && c.prefilter.is_some_and(|p| !p(text, m.range()))
                {
                    continue;
                }
                let accepted = if pid == m.pattern().as_usize()
                    && c.value_group.is_none()
                    && c.extra_groups.is_empty()
                {
                    // No groups: the match found is the whole story.
                    self.accept(text, pid, m.range(), None, floor, out)
                } else {
                    let input = Input::new(hay).range(start..end).anchored(Anchored::Yes);
                    let (rule_cache, caps) = &mut scratch.rule_caches[pid];
                    c.re.search_captures_with(rule_cache, &input, caps);
                    let whole = caps.get_match().map(|m| m.range());
                    whole.and_then(|w| self.accept(text, pid, w, Some(caps), floor, out))
                };
                if let Some(end) = accepted {
                    floor = end;
                    next = Some(end);
                    break;
                }
            }
            at = match next {
                Some(end) if end > start => end,
                _ => detect::ceil_char_boundary(text, start + 1),
            };
        }
    }

    /// Adds every other occurrence, as a whole word, of the values found by
    /// rules with `propagate` («под ником «Самал_Astana»» … «в адрес
    /// «Самал_Astana»»). Such findings are rare: a plain search per value.
    fn propagate(&self, text: &str, raw: &mut Vec<Finding>) {
        let n = raw.len();
        for i in 0..n {
            let f = raw[i];
            if !self
                .compiled
                .get(f.rule as usize)
                .is_some_and(|c| c.propagate)
            {
                continue;
            }
            let value = &text[f.start..f.end];
            if raw[..i]
                .iter()
                .any(|g| g.rule == f.rule && text[g.start..g.end] == *value)
            {
                continue;
            }
            for (pos, _) in text.match_indices(value) {
                let end = pos + value.len();
                let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '_');
                if !edge(text[..pos].chars().next_back())
                    || !edge(text[end..].chars().next())
                    || raw.iter().any(|g| g.start < end && pos < g.end)
                {
                    continue;
                }
                raw.push(Finding {
                    start: pos,
                    end,
                    ..f
                });
            }
        }
    }

    /// The leftmost-first match of group `g` at or after `at`: its start,
    /// rule and end.
    fn group_match(
        &self,
        g: usize,
        text: &str,
        at: usize,
        scratch: &mut Scratch,
    ) -> Option<(usize, usize, usize)> {
        let hay = text.as_bytes();
        let group = &self.groups[g];
        let cache = &mut scratch.group_caches[g];
        let half = group
            .fwd
            .search_half_with(cache, &Input::new(hay).range(at..))?;
        let rule = group.rules[half.pattern().as_usize()];
        let end = half.offset();
        let back = Input::new(hay).range(at..end).anchored(Anchored::Yes);
        let start = match self.compiled[rule]
            .rev
            .try_search_rev(&mut scratch.rev_caches[rule], &back)
        {
            Ok(Some(m)) => m.offset(),
            // The reverse automaton gave up (or cannot see the match): the
            // rule's own search decides.
            _ => {
                let (rule_cache, _) = &mut scratch.rule_caches[rule];
                let m = self.compiled[rule]
                    .re
                    .search_with(rule_cache, &Input::new(hay).range(at..end))?;
                m.start()
            }
        };
        Some((start, rule, end))
    }

    /// Validates the match `whole` of pattern `pid` (its capture groups in
    /// `caps`, when it has any); pushes its findings and returns the end of
    /// the match when accepted.
    fn accept(
        &self,
        text: &str,
        pid: usize,
        whole: std::ops::Range<usize>,
        caps: Option<&Captures>,
        floor: usize,
        out: &mut Vec<Finding>,
    ) -> Option<usize> {
        let c = &self.compiled[pid];
        let value = match (c.value_group, caps) {
            (Some(g), Some(caps)) => caps.get_group(g)?.range(),
            _ => whole.clone(),
        };
        // A keyword that is itself a placeholder label (`[СЧЕТ] 000000` in an
        // already redacted text), or whose own value is one already
        // («куәлігі № [ТС], құны 9 800 000»), is no context: redaction must
        // be idempotent.
        if value.start > whole.start && text[whole.start..value.start].contains(']') {
            return None;
        }
        if c.bounds != Bounds::None
            && (!left_ok(text, whole.start, Bounds::Alnum, floor)
                || !bounds_ok(text, &value, c.bounds, floor))
        {
            return None;
        }
        let mut value = value;
        let mut whole = whole;
        if let Some(v) = c.validate
            && !v(&Candidate {
                hay: text,
                whole: whole.clone(),
                value: value.clone(),
            })
        {
            // An address chain whose last number is the day of a date
            // («ул. Абая, 56, 11 апреля 2024 года»): the chain without that
            // last component is tried once.
            if c.category != Category::Address
                || value.end != whole.end
                || !c.extra_groups.is_empty()
            {
                return None;
            }
            let cut = value.start + text[value.clone()].rfind(", ")?;
            // The day goes on with its month («11 апреля», «11.04.»), not
            // with a house word («44-үй»).
            let day_goes_on = text[value.end..].starts_with([' ', '.', '\u{a0}']);
            if !day_goes_on || !text[cut + 2..value.end].bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            value.end = cut;
            whole.end = cut;
            if !v(&Candidate {
                hay: text,
                whole: whole.clone(),
                value: value.clone(),
            }) {
                return None;
            }
        }
        let rule = pid as u32;
        out.push(Finding {
            start: value.start,
            end: value.end,
            category: c.category,
            rule,
            entity: 0,
        });
        // The match ends where its last accepted value ends: a rejected
        // trailing group («… № 0412877, и сын …, 14.02.2015 ж.т.», a birth
        // date where an issue date could be) is left to the other rules.
        let mut end = whole.end;
        let mut last = value.end;
        for &(g, v) in &c.extra_groups {
            let Some(span) = caps.and_then(|caps| caps.get_group(g)) else {
                continue;
            };
            let cand = Candidate {
                hay: text,
                whole: whole.clone(),
                value: span.range(),
            };
            if v.is_none_or(|v| v(&cand)) && !span.is_empty() {
                last = last.max(span.end);
                out.push(Finding {
                    start: span.start,
                    end: span.end,
                    category: c.category,
                    rule,
                    entity: 0,
                });
            } else if span.end == whole.end {
                end = last;
            }
        }
        // Separators after the value («| 15.12.1993 |»: the cell's end) may
        // open the next match («| 7029332177 |»).
        if text[last.min(end)..end]
            .chars()
            .all(|ch| !ch.is_alphanumeric())
        {
            end = last.min(end);
        }
        Some(end)
    }
}

/// The automaton of a group's patterns. Only its forward half is used: where
/// the first match ends and which pattern it is. Each group's lazy DFA needed
/// at most 6 MB of states on 60 MB of generated judgments.
fn group_regex(syntax: syntax::Config, patterns: &[&str]) -> Result<Regex, String> {
    Regex::builder()
        .syntax(syntax)
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(NFA_SIZE_LIMIT))
                .which_captures(WhichCaptures::Implicit)
                .hybrid_cache_capacity(16 << 20),
        )
        .build_many(patterns)
        .map_err(|e| e.to_string())
}

/// The reversed automaton of one pattern, for finding where a match starts.
fn reverse_dfa(syntax: syntax::Config, pattern: &str) -> Result<LazyDfa, String> {
    let nfa = thompson::Compiler::new()
        .syntax(syntax)
        .configure(
            thompson::Config::new()
                .reverse(true)
                .which_captures(WhichCaptures::None)
                .nfa_size_limit(Some(NFA_SIZE_LIMIT)),
        )
        .build(pattern)
        .map_err(|e| e.to_string())?;
    LazyDfa::builder()
        .configure(
            LazyDfa::config()
                .match_kind(MatchKind::All)
                .cache_capacity(8 << 20)
                .minimum_cache_clear_count(Some(3))
                .minimum_bytes_per_state(Some(10)),
        )
        .build_from_nfa(nfa)
        .map_err(|e| e.to_string())
}

/// Picks one finding per overlapping region: the higher-priority one by
/// category, then the longer; the kept span grows to the union so nothing of
/// the loser stays visible.
pub fn resolve(raw: &mut [Finding], out: &mut Vec<Finding>) {
    out.clear();
    raw.sort_unstable_by_key(|f| (f.start, Reverse(f.end), f.rule));
    for f in raw.iter() {
        if f.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(last) if f.start < last.end => {
                let end = last.end.max(f.end);
                if (rank(f.category), f.len()) > (rank(last.category), last.len()) {
                    *last = Finding {
                        start: last.start,
                        end,
                        ..*f
                    };
                } else {
                    last.end = end;
                }
            }
            _ => out.push(*f),
        }
    }
}

/// Which category wins an overlap: structured identifiers over context phrases.
fn rank(c: Category) -> u8 {
    match c {
        Category::Iin | Category::Bank | Category::IdDoc | Category::TaxId => 4,
        Category::Phone | Category::Email | Category::Vehicle | Category::Property => 3,
        Category::BirthDate => 2,
        Category::Address | Category::BirthPlace => 1,
        Category::Name => 0,
    }
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn next_char(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

/// Whether nothing glues to the left of `start`. Text before `floor` belongs
/// to an accepted finding and binds nothing: `кв. 4 5606 1136 4844 6415`
/// holds a flat number and a card, not one long number.
fn left_ok(text: &str, start: usize, bounds: Bounds, floor: usize) -> bool {
    let text = &text[floor.min(start)..];
    let start = start - floor.min(start);
    match bounds {
        Bounds::None => true,
        Bounds::Alnum => {
            !prev_char(text, start).is_some_and(|ch| detect::glue(ch, next_char(text, start)))
        }
        Bounds::Group => {
            let b = text.as_bytes();
            left_ok(text, start, Bounds::Alnum, 0)
                && !(start >= 2
                    && matches!(b[start - 1], b' ' | b'-')
                    && b[start - 2].is_ascii_digit())
        }
    }
}

fn bounds_ok(text: &str, span: &std::ops::Range<usize>, bounds: Bounds, floor: usize) -> bool {
    let right = match bounds {
        Bounds::None => true,
        Bounds::Alnum => {
            !next_char(text, span.end).is_some_and(|ch| detect::glue(ch, prev_char(text, span.end)))
        }
        Bounds::Group => {
            let b = text.as_bytes();
            let e = span.end;
            let glued = next_char(text, e).is_some_and(|ch| detect::glue(ch, prev_char(text, e)));
            // A digit group as long as the value's last one goes on with it;
            // a shorter one is something else («… 6617 3909 350 000 тенге»).
            let run = |bytes: &mut dyn Iterator<Item = &u8>| {
                bytes.take_while(|c| c.is_ascii_digit()).count()
            };
            let grouped = e + 1 < b.len()
                && matches!(b[e], b' ' | b'-')
                && b[e + 1].is_ascii_digit()
                && run(&mut b[e + 1..].iter()) >= run(&mut b[span.start..e].iter().rev());
            !glued && !grouped
        }
    };
    right && left_ok(text, span.start, bounds, floor)
}

/// First line of a (multi-line) error message.
fn one_line(s: &str) -> String {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(start: usize, end: usize, category: Category) -> Finding {
        Finding {
            start,
            end,
            category,
            rule: 0,
            entity: 0,
        }
    }

    #[test]
    fn resolve_keeps_union_and_stronger_category() {
        let mut raw = vec![
            f(0, 10, Category::Address),
            f(5, 12, Category::Iin),
            f(20, 25, Category::Name),
        ];
        let mut out = Vec::new();
        resolve(&mut raw, &mut out);
        assert_eq!(
            out,
            vec![f(0, 12, Category::Iin), f(20, 25, Category::Name)]
        );
    }

    #[test]
    fn bounds_table() {
        let t = "x 1234 5678-9";
        assert!(!bounds_ok(t, &(2..6), Bounds::Group, 0));
        assert!(bounds_ok(t, &(2..6), Bounds::Alnum, 0));
        assert!(!bounds_ok("a12", &(1..3), Bounds::Alnum, 0));
        assert!(bounds_ok("a12", &(1..3), Bounds::None, 0));
        // A shorter group after the value is no part of it (an amount).
        let t = "4539 1488 0343 6467 350 000";
        assert!(bounds_ok(t, &(0..19), Bounds::Group, 0));
        let t = "4539 1488 0343 6467 3500";
        assert!(!bounds_ok(t, &(0..19), Bounds::Group, 0));
        // A group that ends an accepted finding binds nothing.
        let t = "4 5606";
        assert!(!bounds_ok(t, &(2..6), Bounds::Group, 0));
        assert!(bounds_ok(t, &(2..6), Bounds::Group, 1));
    }

    #[test]
    fn placeholder_labels_are_no_keyword_context() {
        let engine = Engine::builtin();
        let mut scratch = engine.scratch();
        let mut found = Vec::new();
        for (text, hits) in [
            ("[СЧЕТ]«000000«", 0),
            ("[СЧЕТ] 1234567", 0),
            ("счет № 1234567", 1),
            ("[РНН] 600400123456", 0),
            ("тіркеу куәлігі № [ТС], құны 9 800 000 теңге", 0),
        ] {
            scratch.new_document();
            engine.scan(text, &mut scratch, &mut found);
            assert_eq!(found.len(), hits, "{text}");
        }
    }

    #[test]
    fn an_address_ending_in_a_dates_day_is_cut_before_it() {
        let engine = Engine::builtin();
        let mut scratch = engine.scratch();
        let mut found = Vec::new();
        let text = "проживающий по адресу: Туркестанская область, г. Ленгер, ул. Абылай хана, 56, 11 апреля 2024 года перевёл";
        engine.scan(text, &mut scratch, &mut found);
        let address: Vec<&str> = found
            .iter()
            .filter(|f| f.category == Category::Address)
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(
            address,
            ["Туркестанская область, г. Ленгер, ул. Абылай хана, 56"]
        );
    }

    /// The separator that ends one table cell's match opens the next cell's:
    /// a birth date's cell does not hide the telephone after it. A house
    /// number before «-үй» is no date's day to cut.
    #[test]
    fn a_cells_end_opens_the_next_cell() {
        let engine = Engine::builtin();
        let mut scratch = engine.scratch();
        let mut found = Vec::new();
        let text = "№ | ФИО | Туған күні | Телефоны\n3 | Ким | 15.12.1993 | 7029332177 | 185 500\nанасы тұратын Петропавл қ., Береке шағын ауданы, Әуезов көшесі, 44-үй мекенжайына";
        engine.scan(text, &mut scratch, &mut found);
        let got: Vec<(Category, &str)> = found
            .iter()
            .filter(|f| f.category != Category::Name)
            .map(|f| (f.category, &text[f.start..f.end]))
            .collect();
        assert_eq!(
            got,
            [
                (Category::BirthDate, "15.12.1993"),
                (Category::Phone, "7029332177"),
                (
                    Category::Address,
                    "Петропавл қ., Береке шағын ауданы, Әуезов көшесі, 44-үй"
                )
            ]
        );
    }

    #[test]
    fn a_propagated_value_is_found_again_as_a_whole_word() {
        let engine = Engine::builtin();
        let mut scratch = engine.scratch();
        let mut found = Vec::new();
        let text = "под ником «Кот_Бегемот» писала; в адрес «Кот_Бегемот» и Кот_Бегемоты — нет";
        engine.scan(text, &mut scratch, &mut found);
        let names: Vec<(&str, usize)> = found
            .iter()
            .filter(|f| engine.rule_id(f.rule) == "nickname-keyword")
            .map(|f| (&text[f.start..f.end], f.start))
            .collect();
        // Not inside the longer word «Кот_Бегемоты».
        let quoted: Vec<(&str, usize)> = text
            .match_indices("Кот_Бегемот")
            .take(2)
            .map(|(i, v)| (v, i))
            .collect();
        assert_eq!(names, quoted);
    }

    #[test]
    fn a_rejected_trailing_group_is_left_to_other_rules() {
        let engine = Engine::builtin();
        let mut scratch = engine.scratch();
        let mut found = Vec::new();
        // The document rule reaches the date as its issue date, rejects it,
        // and the birth-date rule gets it.
        let text = "туу туралы куәлігі № 0412877, және ұлы Нұрасыл, 14.02.2015 ж.т., ол";
        engine.scan(text, &mut scratch, &mut found);
        let date = text.find("14.02.2015").unwrap();
        assert!(
            found
                .iter()
                .any(|f| f.category == Category::BirthDate && f.start == date),
            "{found:?}"
        );
        assert!(found.iter().any(|f| f.category == Category::IdDoc));
    }
}
