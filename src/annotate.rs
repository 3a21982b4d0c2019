//! The annotation markup of `../shared/ANNOTATION.md` (`[[CATEGORY|text]]`,
//! `[[KEEP|text]]`) and its scoring: recall per category, precision over
//! letters and digits, KEEP hits — the same figures as `tools/score.py`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::rules::Category;

/// What a gold span is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// Personal data that must disappear.
    Pd(Category),
    /// Text that must stay readable.
    Keep,
}

/// One annotated span of the plain text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldSpan {
    /// Byte offset in the plain text.
    pub start: usize,
    /// Byte offset after the span.
    pub end: usize,
    /// Category or KEEP.
    pub label: Label,
}

/// Strips the markup: returns the plain text and the gold spans.
///
/// # Errors
/// Unknown categories, nesting and unbalanced brackets, with the byte offset.
pub fn parse_markup(src: &str) -> Result<(String, Vec<GoldSpan>), String> {
    let mut text = String::with_capacity(src.len());
    let mut spans = Vec::new();
    let mut rest = src;
    let mut consumed = 0;
    while let Some(i) = rest.find("[[") {
        text.push_str(&rest[..i]);
        let body = &rest[i + 2..];
        let at = consumed + i;
        let close = body
            .find("]]")
            .ok_or_else(|| format!("unbalanced `[[` at byte {at}"))?;
        let inner = &body[..close];
        let (name, surface) = inner
            .split_once('|')
            .ok_or_else(|| format!("`[[` without `|` at byte {at}"))?;
        if surface.contains("[[") {
            return Err(format!("nested markup at byte {at}"));
        }
        let label = if name == "KEEP" {
            Label::Keep
        } else {
            Label::Pd(
                Category::from_id(name)
                    .filter(|_| name.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
                    .ok_or_else(|| format!("unknown category `{name}` at byte {at}"))?,
            )
        };
        let start = text.len();
        text.push_str(surface);
        spans.push(GoldSpan {
            start,
            end: text.len(),
            label,
        });
        let used = i + 2 + close + 2;
        consumed += used;
        rest = &rest[used..];
    }
    if rest.contains("]]") {
        return Err("unbalanced `]]`".to_string());
    }
    text.push_str(rest);
    Ok((text, spans))
}

/// Per-category counts.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct CategoryScore {
    /// Gold spans.
    pub spans: usize,
    /// Spans with a visible letter or digit left (beyond a case ending).
    pub leaked: usize,
}

impl CategoryScore {
    /// 1 − leaked / spans.
    pub fn recall(&self) -> f64 {
        if self.spans == 0 {
            1.0
        } else {
            1.0 - self.leaked as f64 / self.spans as f64
        }
    }
}

/// A leaked or over-redacted span, for `eval --show-leaks`.
#[derive(Clone, Debug, Serialize)]
pub struct Miss {
    /// Document.
    pub doc: String,
    /// `leak`, `keep-hit`, or `over` (removed text outside every gold span).
    pub kind: &'static str,
    /// Category id, or `keep`.
    pub category: String,
    /// The span's text (annotated fixtures only).
    pub text: String,
}

/// Accumulated scores over documents.
#[derive(Clone, Debug, Default)]
pub struct Score {
    /// Counts per category.
    pub per: BTreeMap<Category, CategoryScore>,
    /// Removed letters/digits inside gold personal data.
    pub tp: usize,
    /// Removed letters/digits outside it.
    pub fp: usize,
    /// KEEP spans.
    pub keep_total: usize,
    /// KEEP spans with something removed.
    pub keep_hit: usize,
    /// Documents scored.
    pub docs: usize,
    /// The misses, in document order.
    pub misses: Vec<Miss>,
}

impl Score {
    /// Scores one document: `removed` are the byte ranges the tool removes.
    pub fn add(&mut self, doc: &str, text: &str, gold: &[GoldSpan], removed: &[(usize, usize)]) {
        self.docs += 1;
        let mut cov = vec![false; text.len()];
        for &(s, e) in removed {
            cov[s..e].iter_mut().for_each(|c| *c = true);
        }
        let mut gold_pd = vec![false; text.len()];
        for g in gold {
            let chars = chars_in(text, g.start, g.end);
            match g.label {
                Label::Keep => {
                    self.keep_total += 1;
                    if chars
                        .iter()
                        .any(|&(s, e, alnum, _)| alnum && cov[s..e].iter().any(|&c| c))
                    {
                        self.keep_hit += 1;
                        self.misses.push(Miss {
                            doc: doc.into(),
                            kind: "keep-hit",
                            category: "keep".into(),
                            text: text[g.start..g.end].into(),
                        });
                    }
                }
                Label::Pd(cat) => {
                    for &(s, e, alnum, _) in &chars {
                        if alnum {
                            gold_pd[s..e].iter_mut().for_each(|c| *c = true);
                        }
                    }
                    let entry = self.per.entry(cat).or_default();
                    entry.spans += 1;
                    if leaked(&chars, &cov) {
                        entry.leaked += 1;
                        self.misses.push(Miss {
                            doc: doc.into(),
                            kind: "leak",
                            category: cat.id().into(),
                            text: text[g.start..g.end].into(),
                        });
                    }
                }
            }
        }
        if gold.is_empty() {
            return;
        }
        for &(s, e) in removed {
            if !gold_pd[s..e].iter().any(|&g| g)
                && !gold
                    .iter()
                    .any(|g| g.label == Label::Keep && g.start < e && s < g.end)
            {
                self.misses.push(Miss {
                    doc: doc.into(),
                    kind: "over",
                    category: "-".into(),
                    text: text[s..e].into(),
                });
            }
        }
        for (i, ch) in text.char_indices() {
            if ch.is_alphanumeric() {
                for p in i..i + ch.len_utf8() {
                    if cov[p] {
                        if gold_pd[p] {
                            self.tp += 1
                        } else {
                            self.fp += 1
                        }
                    }
                }
            }
        }
    }

    /// Totals over categories: (spans, leaked).
    pub fn totals(&self) -> (usize, usize) {
        self.per
            .values()
            .fold((0, 0), |(s, l), c| (s + c.spans, l + c.leaked))
    }

    /// Recall over every category.
    pub fn recall(&self) -> f64 {
        let (s, l) = self.totals();
        if s == 0 {
            1.0
        } else {
            1.0 - l as f64 / s as f64
        }
    }

    /// Precision over removed letters and digits (1 when nothing was removed).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
}

/// Characters of `text[start..end]` as (start, end, is_alnum, is_alpha).
fn chars_in(text: &str, start: usize, end: usize) -> Vec<(usize, usize, bool, bool)> {
    text[start..end]
        .char_indices()
        .map(|(i, c)| {
            (
                start + i,
                start + i + c.len_utf8(),
                c.is_alphanumeric(),
                c.is_alphabetic(),
            )
        })
        .collect()
}

/// A span leaks when a word of it shows more than a case ending: every letter
/// or digit must be covered, except up to four trailing letters of a word whose
/// beginning is covered.
fn leaked(chars: &[(usize, usize, bool, bool)], cov: &[bool]) -> bool {
    let covered = |&(s, e, _, _): &(usize, usize, bool, bool)| cov[s..e].iter().all(|&c| c);
    chars
        .split(|c| !c.2)
        .any(|word| match word.iter().position(|c| !covered(c)) {
            None => false,
            Some(first) => {
                let tail = &word[first..];
                !(first > 0 && tail.len() <= 4 && tail.iter().all(|c| c.3 && !covered(c)))
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_round_trip() {
        let (text, spans) =
            parse_markup("ИИН [[IIN|850512300003]], судья [[KEEP|Касымов А.Б.]].").unwrap();
        assert_eq!(text, "ИИН 850512300003, судья Касымов А.Б..");
        assert_eq!(&text[spans[0].start..spans[0].end], "850512300003");
        assert_eq!(spans[0].label, Label::Pd(Category::Iin));
        assert_eq!(spans[1].label, Label::Keep);
    }

    #[test]
    fn markup_errors() {
        assert!(parse_markup("[[SECRET|x]]").is_err());
        assert!(parse_markup("[[IIN|x").is_err());
        assert!(parse_markup("x]]").is_err());
        assert!(parse_markup("[[iin|x]]").is_err());
    }

    #[test]
    fn case_ending_is_forgiven_but_not_a_stem() {
        let (text, gold) = parse_markup("[[NAME|Ахметовтың]] үйі").unwrap();
        let stem = "Ахметов".len();
        let mut s = Score::default();
        s.add("d", &text, &gold, &[(0, stem)]);
        assert_eq!(s.per[&Category::Name].leaked, 0);
        let mut s = Score::default();
        s.add("d", &text, &gold, &[(0, "Ах".len())]);
        assert_eq!(s.per[&Category::Name].leaked, 1);
        let mut s = Score::default();
        s.add("d", &text, &gold, &[]);
        assert_eq!(s.per[&Category::Name].leaked, 1);
    }

    #[test]
    fn precision_and_keep() {
        let (text, gold) = parse_markup("судья [[KEEP|Касымов]] и [[NAME|Ахметов]]").unwrap();
        let mut s = Score::default();
        let all = (0, text.len());
        s.add("d", &text, &gold, &[all]);
        assert_eq!(s.keep_hit, 1);
        assert!(s.precision() < 0.5);
        assert_eq!(s.recall(), 1.0);
    }
}
