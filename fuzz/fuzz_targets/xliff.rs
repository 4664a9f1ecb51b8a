//! Any text into the XLIFF reader; what it read must write and read back.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok((doc, _)) = korpu::formats::xliff::read_xliff(text) {
        let _ = korpu::formats::xliff::read_xliff(&korpu::formats::xliff::write_xliff20(&doc));
        let _ = korpu::formats::xliff::xliff_to_units(&doc);
    }
});
