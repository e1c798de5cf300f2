//! Integration tests: the real `lsk` binary over temporary case folders.

mod calendar;
mod common;
mod completions;
mod corpus;
mod documents;
mod examples;
mod follow;
mod help;
mod hook;
mod hostile;
mod input;
mod json_errors;
mod man;
mod paths;
mod print;
mod render;
mod rules;
mod safety;
mod scaffold;
mod schema;
mod serve;
mod silent;
mod team;
mod tools;
mod traps;
mod trust;
