//! Integration tests: the real `lsk` binary over temporary case folders.

mod common;
mod corpus;
mod examples;
mod follow;
mod help;
mod hook;
mod hostile;
mod input;
mod paths;
mod print;
mod render;
mod rules;
mod safety;
mod scaffold;
mod silent;
mod tools;
mod traps;
mod trust;
