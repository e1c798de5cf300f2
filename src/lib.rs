//! lsk: prepare, hold and document multi-agency meetings about a child in
//! Finnish child welfare. The flow is read case → check → report.

pub mod case;
pub(crate) mod changed;
pub mod check;
pub mod cli;
pub mod consent;
pub mod date;
pub mod disclosure;
pub mod filing;
pub mod finding;
pub mod follow;
pub(crate) mod fsutil;
pub(crate) mod help;
pub mod hetu;
pub mod hook;
pub mod i18n;
pub(crate) mod jsonschema;
pub mod model;
pub(crate) mod new_case;
pub(crate) mod new_meeting;
pub(crate) mod paths;
pub(crate) mod recipient;
pub mod render;
pub mod repo;
pub mod report;
pub mod rules;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub(crate) mod shortcut;
pub(crate) mod text;
pub(crate) mod view;

/// The pre-commit hook's library under its old name, kept for one release:
/// new code uses [`hook`].
pub use hook as staged;
