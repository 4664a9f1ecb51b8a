//! TMX 1.4b: a streaming reader and a streaming writer for translation memory.
//!
//! [`TmxReader`] reads one `tu` at a time from any [`std::io::BufRead`]: memory stays
//! flat however large the file is. [`TmxWriter`] writes one unit at a time. Both keep the
//! parts of TMX that korpu's model holds: every `tuv` of a unit, `prop` and `note` at
//! unit and variant level, the unit's id, author, dates and usage count, and the inline
//! codes (`bpt`, `ept`, `ph`, `it`, `ut`, `hi`) of each segment.
//!
//! What the reader accepts:
//! - UTF-8 with or without a byte order mark, and UTF-16 LE or BE with a byte order
//!   mark. When the XML declaration names another encoding than the BOM, the BOM wins.
//!   Any other encoding is refused with a diagnostic.
//! - `xml:lang` (TMX 1.4) and the legacy `lang` (TMX 1.1) on `tuv`; tags are stored in
//!   canonical case (`EN-us` becomes `en-US`).
//! - A document type declaration is skipped: no DTD and no external entity is ever
//!   fetched (the reader does no I/O beyond the reader it is given), and entities
//!   declared in an internal subset are never expanded. Only the five predefined
//!   entities and numeric character references are decoded.
//!
//! How problems are reported (the reader never panics):
//! - A malformed document (truncated file, mismatched tags, a bad attribute, bytes that
//!   are not UTF-8) ends the iteration with `Some(Err(diagnostic))`, then `None`.
//!   Units read before the problem have been yielded.
//! - Everything else is a problem of one unit: the reader keeps what it can, yields
//!   the unit, and records a [`Diagnostic`](super::Diagnostic) that
//!   [`TmxReader::take_diagnostics`] hands out.
//!   - Errors: a variant that cannot be kept is dropped (an invalid or missing
//!     language tag; an entity that is not expanded in its segment). The same goes
//!     for a `prop` or `note` with such an entity, and for an attribute.
//!   - Warnings: a `tuv` without `seg` (dropped), a second `tuv` for the same locale
//!     (dropped, the first is kept), an unknown element (skipped, but its text is kept
//!     when it sits inside `seg`), an unreadable date or usage count (left empty), a
//!     control character that XML does not allow (kept).
//!   - A unit left without any variant is skipped, with a warning.
//!
//! ```
//! use korpu::formats::tmx::{TmxHeader, TmxReader, TmxWriter};
//! use korpu::model::{TmUnit, TmVariant};
//!
//! let mut unit = TmUnit::default();
//! unit.key = Some("head-1".into());
//! unit.variants.insert("en".into(), TmVariant::plain("Exchange rates"));
//! unit.variants.insert("az".into(), TmVariant::plain("Valyuta məzənnələri"));
//!
//! let mut writer = TmxWriter::new(Vec::new(), &TmxHeader::default()).unwrap();
//! writer.write_unit(&unit).unwrap();
//! let bytes = writer.finish().unwrap();
//!
//! let mut reader = TmxReader::new(&bytes[..]).unwrap();
//! let read = reader.next().unwrap().unwrap();
//! assert_eq!(read.key.as_deref(), Some("head-1"));
//! assert_eq!(read.variants["az"].text, "Valyuta məzənnələri");
//! assert_eq!(read.origin, "import");
//! assert!(reader.next().is_none());
//! assert!(reader.take_diagnostics().is_empty());
//! ```

mod escape;
mod input;
mod read;
mod values;
mod write;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::model::{CodeKind, InlinePart};

pub use read::TmxReader;
pub use write::{write_tmx, TmxWriter};

/// The TMX `header`: how the file was made and what it holds.
///
/// Attribute values are kept as written, except dates, which are converted from the
/// TMX form `20261127T120000Z` to RFC 3339 (`2026-11-27T12:00:00Z`) as everywhere in
/// korpu. An absent attribute is an empty string.
///
/// [`TmxWriter`] writes `creationtool="korpu"` and korpu's version whatever this holds,
/// and fills the other required attributes that are empty with defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TmxHeader {
    /// The `version` of the `tmx` element (`1.4`, `1.1`, …).
    pub version: String,
    /// The tool that wrote the file.
    pub creationtool: String,
    /// That tool's version.
    pub creationtoolversion: String,
    /// Segmentation level: `block`, `paragraph`, `sentence` or `phrase`.
    pub segtype: String,
    /// The format of the memory the file was exported from (`o-tmf`).
    pub o_tmf: String,
    /// The language of administrative text such as notes and properties.
    pub adminlang: String,
    /// The source language of the units, or `*all*`.
    pub srclang: String,
    /// The type of the data (`plaintext`, `html`, …).
    pub datatype: String,
    /// The original encoding (`o-encoding`), informative only.
    pub o_encoding: String,
    /// When the file was created, RFC 3339 UTC.
    pub creationdate: String,
    /// Who created it.
    pub creationid: String,
    /// When it last changed, RFC 3339 UTC.
    pub changedate: String,
    /// Who changed it last.
    pub changeid: String,
    /// Header properties (`prop`: type and value), in file order.
    pub props: Vec<(String, String)>,
    /// Header notes, in file order.
    pub notes: Vec<String>,
}

/// The text of a segment with inline codes, as [`TmVariant::text`] holds it.
///
/// Text parts are copied; a code is rendered as its native content (`<b>`, `%s`) when
/// it has one, else as a marker `<x{n}/>`, where `n` is the code's `x` attribute, else
/// its `i` attribute, else its 1-based position among the segment's codes. `hi` has no
/// content, so its start and end become markers too: translators see them as tags, as
/// in other CAT tools.
///
/// [`TmVariant::text`]: crate::model::TmVariant::text
///
/// ```
/// use korpu::formats::tmx::render_text;
/// use korpu::model::{CodeKind, InlineCode, InlinePart};
///
/// let parts = vec![
///     InlinePart::Text("Press ".into()),
///     InlinePart::Code(InlineCode { kind: CodeKind::Bpt, attrs: vec![("i".into(), "1".into())], content: "<b>".into() }),
///     InlinePart::Text("OK".into()),
///     InlinePart::Code(InlineCode { kind: CodeKind::Ept, attrs: vec![("i".into(), "1".into())], content: "</b>".into() }),
///     InlinePart::Code(InlineCode { kind: CodeKind::Ph, attrs: vec![("x".into(), "7".into())], content: String::new() }),
/// ];
/// assert_eq!(render_text(&parts), "Press <b>OK</b><x7/>");
/// ```
pub fn render_text(parts: &[InlinePart]) -> String {
    let mut text = String::new();
    let mut ordinal = 0usize;
    for part in parts {
        match part {
            InlinePart::Text(t) => text.push_str(t),
            InlinePart::Code(code) => {
                ordinal += 1;
                if code.content.is_empty() {
                    push_marker(&mut text, &code.attrs, ordinal);
                } else {
                    text.push_str(&code.content);
                }
            }
        }
    }
    text
}

/// Appends `<x{n}/>` for a code without content (see [`render_text`]).
fn push_marker(text: &mut String, attrs: &[(String, String)], ordinal: usize) {
    let named = |name: &str| {
        attrs
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.as_str())
    };
    text.push_str("<x");
    match named("x").or_else(|| named("i")) {
        Some(n) => text.push_str(n),
        None => text.push_str(&ordinal.to_string()),
    }
    text.push_str("/>");
}

/// The TMX element name of an inline code kind (`hi` for both ends of a highlight).
fn code_element(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Bpt => "bpt",
        CodeKind::Ept => "ept",
        CodeKind::Ph => "ph",
        CodeKind::It => "it",
        CodeKind::Ut => "ut",
        CodeKind::HiStart | CodeKind::HiEnd => "hi",
    }
}
