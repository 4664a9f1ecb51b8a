//! Unit tests of the TMX reader and writer. The fixture walk, the DTD validation and
//! the no-network check live in `tests/tmx.rs`.

mod encoding;
mod properties;
mod reader;
mod writer;

use super::*;
use crate::formats::{Diagnostic, Severity};
use crate::model::{CodeKind, InlineCode, InlinePart, TmUnit};

/// Everything a reader gives: units, diagnostics, and the fatal error if any.
#[derive(Debug, Default)]
struct Outcome {
    header: TmxHeader,
    units: Vec<TmUnit>,
    diagnostics: Vec<Diagnostic>,
    fatal: Option<Diagnostic>,
}

impl Outcome {
    fn only_unit(&self) -> &TmUnit {
        assert_eq!(self.units.len(), 1, "{self:#?}");
        &self.units[0]
    }

    fn positions(&self, severity: Severity) -> Vec<(usize, usize)> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .map(|d| (d.line, d.column))
            .collect()
    }
}

fn read_from<R: std::io::BufRead>(input: R) -> Outcome {
    let mut out = Outcome::default();
    let mut reader = match TmxReader::new(input) {
        Ok(reader) => reader,
        Err(e) => {
            out.fatal = Some(e);
            return out;
        }
    };
    out.header = reader.header().clone();
    for item in reader.by_ref() {
        match item {
            Ok(unit) => out.units.push(unit),
            Err(e) => {
                assert!(out.fatal.is_none(), "a second fatal error: {e:?}");
                out.fatal = Some(e);
            }
        }
    }
    out.diagnostics = reader.take_diagnostics();
    out
}

fn read(tmx: &str) -> Outcome {
    read_from(tmx.as_bytes())
}

/// A document around the given body content.
fn doc(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <tmx version=\"1.4\">\n\
         <header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" \
         adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n\
         <body>\n{body}\n</body>\n</tmx>\n"
    )
}

fn code(kind: CodeKind, attrs: &[(&str, &str)], content: &str) -> InlinePart {
    InlinePart::Code(InlineCode {
        kind,
        attrs: attrs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        content: content.to_string(),
    })
}

fn text(s: &str) -> InlinePart {
    InlinePart::Text(s.to_string())
}

fn write(units: &[TmUnit], langs: Option<&[String]>) -> String {
    let mut out = Vec::new();
    write_tmx(units.iter(), &TmxHeader::default(), langs, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("UTF-8 output")
}

/// The UTF-16 bytes of a text, with a byte order mark.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let pair = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}
