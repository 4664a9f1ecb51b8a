//! Any bytes into the TMX reader: it must return units or diagnostics, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(mut reader) = korpu::formats::tmx::TmxReader::new(data) {
        for item in reader.by_ref().take(10_000) {
            if item.is_err() {
                break;
            }
        }
        let _ = reader.take_diagnostics();
    }
});
