//! Any text into the JSON catalog reader, and what it read back through the writer.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let catalog = korpu::formats::json::read_json(text);
    let written = korpu::formats::json::write_json(&catalog.entries, catalog.nested);
    let _ = korpu::formats::json::read_json(&written);
});
