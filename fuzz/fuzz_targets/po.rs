//! Any text into the PO parser, and what it read back through the writer.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (catalog, _) = korpu::formats::po::parse_po(text);
    let written = korpu::formats::po::write_po(&catalog);
    let _ = korpu::formats::po::parse_po(&written);
});
