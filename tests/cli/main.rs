//! Integration tests: the real `lsk` binary over temporary case folders.

mod app;
mod browser;
mod calendar;
mod common;
mod completions;
mod corpus;
mod documents;
mod edit;
mod examples;
mod follow;
mod help;
mod hook;
mod hostile;
mod input;
mod json_errors;
mod man;
mod paths;
#[cfg(unix)] // the hook repository links this build's lsk
mod precommit;
mod print;
mod render;
mod rules;
mod safety;
mod scaffold;
mod schema;
mod serve;
mod serve_edit;
mod serve_live;
mod shortcut;
mod silent;
mod team;
mod tools;
mod traps;
mod trust;
