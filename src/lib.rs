//! marke: the knowledge base of Gezonde Marke.
//!
//! The data flows one way: [`content`] reads and parses the files, [`model`] validates them
//! into one typed model with resolved links, and everything else reads that model:
//! [`check`] (validation and readability), [`export`] (JSON), [`text`] (the model in words),
//! and the search index, the terminal browser and the site. [`cmd`] wires these stages per
//! command; `main.rs` only calls it.

pub mod check;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod content;
pub mod control_chars;
pub mod diag;
pub mod export;
pub mod git;
pub mod index;
pub mod model;
pub mod parallel;
pub mod progress;
pub mod review;
pub mod schema;
pub mod signals;
pub mod site;
pub mod source;
pub mod status;
pub mod synthetic;
pub mod text;
pub mod tui;
