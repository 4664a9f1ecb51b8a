//! Any text through the segmenter in every format: spans stay inside the text, in order.
#![no_main]

use korpu::locale::Locale;
use korpu::segment::{DocFormat, Segmenter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(ru) = Locale::parse("ru") else { return };
    for format in [DocFormat::Text, DocFormat::Markdown, DocFormat::Html] {
        let mut end = 0;
        for span in Segmenter::embedded().split(text, &ru, format) {
            assert!(span.start >= end && span.end <= text.len() && span.start < span.end);
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            end = span.end;
        }
    }
});
