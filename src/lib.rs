//! lsk: prepare, hold and document multi-agency meetings about a child in
//! Finnish child welfare. The flow is read case → check → report.

pub mod case;
pub mod changed;
pub mod check;
pub mod cli;
pub mod consent;
pub mod date;
pub mod disclosure;
pub mod finding;
pub mod follow;
pub mod fsutil;
pub mod help;
pub mod hetu;
pub mod i18n;
pub mod jsonschema;
pub mod model;
pub mod new_case;
pub mod new_meeting;
pub mod paths;
pub mod recipient;
pub mod render;
pub mod report;
pub mod rules;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub mod shortcut;
pub mod staged;
pub mod text;
pub mod view;
