//! One content file (front matter or YAML list), parsed, built into a model and checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some(text) = marke_fuzz::as_text(data) {
        marke_fuzz::content_file(text);
    }
});
