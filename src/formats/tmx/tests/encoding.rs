//! Encodings, positions in them, and the streaming promise.

use std::io::{BufReader, Read};

use super::*;

#[test]
fn utf16_with_bom_reads_like_utf8_even_a_byte_at_a_time() {
    let source = doc(
        "<tu><tuv xml:lang=\"en\"><seg>Smile 😀</seg></tuv><tuv xml:lang=\"ru\"><seg>Курс</seg></tuv></tu>",
    );
    let expected = read(&source).units;
    assert_eq!(expected.len(), 1);
    for big_endian in [false, true] {
        let bytes = utf16(&source.replace("UTF-8", "UTF-16"), big_endian);
        assert_eq!(read_from(&bytes[..]).units, expected);
        // One byte per read splits code units and surrogate pairs across reads.
        let out = read_from(BufReader::with_capacity(1, &bytes[..]));
        assert_eq!(out.units, expected);
        assert!(out.diagnostics.is_empty(), "{:?}", out.diagnostics);
    }
}

#[test]
fn the_byte_order_mark_wins_over_the_declaration() {
    let source = doc("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>");
    let le = utf16(&source, false);
    let out = read_from(&le[..]);
    assert_eq!(out.units.len(), 1);
    assert_eq!(out.positions(Severity::Warning), vec![(1, 1)]);
    assert!(out.diagnostics[0].message.contains("UTF-16LE"));

    let mut bom8 = vec![0xEF, 0xBB, 0xBF];
    bom8.extend_from_slice(source.replace("UTF-8", "windows-1252").as_bytes());
    let out = read_from(&bom8[..]);
    assert_eq!(out.units.len(), 1);
    assert_eq!(out.positions(Severity::Warning), vec![(1, 1)]);
}

#[test]
fn other_encodings_are_refused() {
    let source = doc("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>");
    let no_bom: Vec<u8> = utf16(&source, false).split_off(2);
    let cases = [
        no_bom,
        vec![0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, b'<'],
        vec![0x4C, 0x6F, 0xA7, 0x94],
        source.replace("UTF-8", "Shift_JIS").into_bytes(),
    ];
    for bytes in cases {
        let out = read_from(&bytes[..]);
        let fatal = out.fatal.expect("refused");
        assert!(fatal.message.contains("UTF-8"), "{}", fatal.message);
        assert_eq!((fatal.line, fatal.column), (1, 1));
    }
    // A UTF-16 declaration on 8-bit bytes without a BOM is read as UTF-8, with a warning.
    let out = read(&source.replace("UTF-8", "UTF-16"));
    assert_eq!(out.units.len(), 1);
    assert_eq!(out.positions(Severity::Warning), vec![(1, 1)]);
}

#[test]
fn broken_utf16_is_fatal() {
    let mut source = doc("<tu><tuv xml:lang=\"en\"><seg>a");
    source.truncate(source.find("\n</body>").expect("body end"));
    let mut bytes = utf16(&source, false);
    bytes.extend_from_slice(&[0x00, 0xD8, b'b', 0]);
    let fatal = read_from(&bytes[..]).fatal.expect("unpaired surrogate");
    assert!(fatal.message.contains("surrogate"), "{fatal:?}");
    assert_eq!(fatal.line, 5);
    let mut odd = utf16(&source, false);
    odd.push(b'x');
    let fatal = read_from(&odd[..]).fatal.expect("odd length");
    assert!(fatal.message.contains("middle of a character"), "{fatal:?}");
}

#[test]
fn positions_in_utf16_count_characters() {
    let source =
        "<tmx><header/><body>\n<tu><tuv xml:lang=\"ru\"><seg>Курс 😀</tuv></seg></tu></body></tmx>";
    let fatal = read_from(&utf16(source, true)[..])
        .fatal
        .expect("mismatched");
    assert_eq!((fatal.line, fatal.column), (2, 35));
    let fatal = read(source).fatal.expect("mismatched");
    assert_eq!((fatal.line, fatal.column), (2, 35));
}

/// A TMX document of `units` units, produced as it is read: nothing holds the file.
struct Generated {
    units: usize,
    next: usize,
    pending: Vec<u8>,
    at: usize,
    produced: std::rc::Rc<std::cell::Cell<u64>>,
    done: bool,
}

impl Generated {
    fn new(units: usize) -> (Generated, std::rc::Rc<std::cell::Cell<u64>>) {
        let produced = std::rc::Rc::new(std::cell::Cell::new(0));
        let head = doc("").replace("\n</body>\n</tmx>\n", "");
        let generated = Generated {
            units,
            next: 0,
            pending: head.into_bytes(),
            at: 0,
            produced: produced.clone(),
            done: false,
        };
        (generated, produced)
    }
}

impl Read for Generated {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            self.pending.clear();
            self.at = 0;
            if self.next < self.units {
                let n = self.next;
                self.next += 1;
                self.pending.extend_from_slice(
                    format!(
                        "<tu tuid=\"u{n}\" usagecount=\"{n}\"><prop type=\"x-n\">{n}</prop>\
                         <tuv xml:lang=\"en\"><seg>The euro rose to {n} manat &amp; more.</seg></tuv>\
                         <tuv xml:lang=\"az\"><seg>Avro {n} manata <ph x=\"1\"/>yüksəlib.</seg></tuv>\
                         <tuv xml:lang=\"ru\"><seg>Евро подорожал до {n} маната.</seg></tuv></tu>\n"
                    )
                    .as_bytes(),
                );
            } else if !self.done {
                self.done = true;
                self.pending.extend_from_slice(b"</body>\n</tmx>\n");
            } else {
                return Ok(0);
            }
        }
        let n = out.len().min(self.pending.len() - self.at);
        out[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        self.produced.set(self.produced.get() + n as u64);
        Ok(n)
    }
}

#[test]
fn reading_streams_without_holding_the_file() {
    const UNITS: usize = 200_000;
    let (source, produced) = Generated::new(UNITS);
    let mut reader = TmxReader::new(BufReader::new(source)).expect("header");
    let first = reader.next().expect("a unit").expect("valid");
    assert_eq!(first.key.as_deref(), Some("u0"));
    assert!(
        produced.get() < 256 * 1024,
        "read {} bytes for one unit",
        produced.get()
    );
    let mut count = 1;
    let mut sizes = (0, 0);
    while let Some(unit) = reader.next() {
        let unit = unit.expect("valid");
        assert_eq!(unit.variants.len(), 3);
        count += 1;
        if count == UNITS / 10 {
            sizes = reader.buffer_capacities();
        }
    }
    assert_eq!(count, UNITS);
    // Through a file of tens of megabytes, buffers stay at one chunk plus a unit, and
    // do not grow between a tenth of the file and its end.
    let (window, events) = reader.buffer_capacities();
    assert!(window < 160 * 1024, "window {window}");
    assert!(events < 16 * 1024, "event buffer {events}");
    assert_eq!(sizes, (window, events));
    assert!(
        produced.get() > 40_000_000,
        "the file was {} bytes",
        produced.get()
    );
    assert!(reader.take_diagnostics().is_empty());
}
