//! A search-box query, parsed and searched against the repository's content.
#![no_main]

use std::path::Path;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let fx = marke_fuzz::shared(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content"
    )));
    if let Some(text) = marke_fuzz::as_text(data) {
        marke_fuzz::query(fx, text);
    }
});
