//! The readability sentence splitter and the B1 check on one item's text.
#![no_main]

use std::path::Path;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let fx = marke_fuzz::shared(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content"
    )));
    if let Some(text) = marke_fuzz::as_text(data) {
        marke_fuzz::sentences(fx, text);
    }
});
