//! The model in words, for people: the facts of an item as label/value lines, item Markdown
//! as plain text, `marke show`, the results of `marke search`, and the overview printed when
//! the browser's output is not a terminal. The browser, the site and the search index use the
//! first two, so every view names the same facts the same way.
//!
//! Nothing here reads files or prints; the commands in `cmd/` decide where text goes.

mod facts;
mod overview;
mod plain;
pub mod search;
mod show;

pub use facts::{facts_lines, is_about_source};
pub use overview::overview;
pub use plain::plain_text;
pub use show::{ambiguous, not_found, show};
