//! Any text into the Fluent reader, and what it read back through the writer.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let resource = korpu::formats::ftl::read_ftl(text);
    if let Ok(written) = korpu::formats::ftl::write_ftl(&resource.items) {
        let _ = korpu::formats::ftl::read_ftl(&written);
    }
    let _ = korpu::formats::ftl::with_value("m", None, None, text);
});
