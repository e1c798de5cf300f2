//! Printing findings: one reporter for people, one for scripts.

pub mod human;
pub mod json;
pub mod table;

use crate::finding::{Finding, Severity};

pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
}

pub fn counts(findings: &[Finding]) -> Counts {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    Counts {
        errors,
        warnings: findings.len() - errors,
    }
}
