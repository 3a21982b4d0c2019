//! Person names (filled in by the names detector).

use crate::engine::Finding;
use crate::rules::RuleSet;

/// Per-thread scratch of the name detector.
#[derive(Default)]
pub struct NameScratch {}

impl NameScratch {
    /// Forgets the persons of the previous document.
    pub fn clear(&mut self) {}
}

/// The name detector.
pub struct NameDetector {}

impl NameDetector {
    /// Builds the detector from the rule set's dictionaries; `None` when the set has none.
    pub fn new(_set: &RuleSet, _first_rule: u32) -> Option<NameDetector> {
        None
    }

    /// Rule ids of its findings.
    pub fn rule_ids(&self) -> &[&str] {
        &[]
    }

    /// Appends name findings.
    pub fn detect(&self, _text: &str, _found: &mut Vec<Finding>, _s: &mut NameScratch) {}
}
