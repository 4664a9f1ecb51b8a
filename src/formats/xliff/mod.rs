//! XLIFF 1.2 and 2.0: read, write, and convert to and from translation-memory units.
//!
//! [`read_xliff`] detects the version and reads either into one [`XliffDocument`]
//! model; [`write_xliff20`] and [`write_xliff12`] write it back; [`xliff_to_units`] and
//! [`units_to_xliff`] connect documents with the memory.
//!
//! Inline markup maps onto the TMX-shaped [`InlineCode`] kinds, attributes kept as
//! written (without namespace-prefixed ones other than `xml:`):
//!
//! | XLIFF 1.2 | XLIFF 2.0 | model |
//! |---|---|---|
//! | `<g>…</g>` | `<pc>…</pc>` | `Bpt` (the element's attributes) … `Ept` (no attributes) |
//! | `<bx/>`, `<bpt>code</bpt>` | `<sc/>` | `Bpt` |
//! | `<ex/>`, `<ept>code</ept>` | `<ec/>` | `Ept` |
//! | `<x/>`, `<ph>code</ph>` | `<ph/>` | `Ph` |
//! | `<it>code</it>` | — | `It` |
//! | `<mrk>…</mrk>` | `<mrk>…</mrk>`, `<sm/>` … `<em/>` | `HiStart` … `HiEnd` |
//! | — | `<cp hex="…"/>` | the character itself |
//!
//! A code's [`InlineCode::content`] is its native code: the text of a 1.2 `bpt`,
//! `ept`, `ph` or `it`, or the 2.0 `originalData/data` its `dataRef` (`dataRefStart`,
//! `dataRefEnd` for `pc`) points to. Writers choose the element from the model: a
//! `Bpt`…`Ept` pair that nests properly and whose end has no attributes of its own
//! becomes `pc`/`g`, any other becomes `sc`/`ec` or `bx`/`ex` (`bpt`/`ept` in 1.2 when
//! it has content); attributes that the target element does not define are left out.
//!
//! No DTD or external entity is ever read; a reference to an entity other than the five
//! XML ones is an error.
//!
//! ```
//! use korpu::formats::xliff::{read_xliff, write_xliff20, XliffVersion};
//! let text = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="az">
//!  <file id="f1"><unit id="u1"><segment state="translated">
//!   <source>Exchange rates</source><target>Valyuta məzənnələri</target>
//!  </segment></unit></file></xliff>"#;
//! let (doc, warnings) = read_xliff(text).unwrap();
//! assert!(warnings.is_empty());
//! assert_eq!(doc.version, XliffVersion::V20);
//! assert_eq!(doc.files[0].units[0].segments[0].state.as_deref(), Some("translated"));
//! assert_eq!(read_xliff(&write_xliff20(&doc)).unwrap().0, doc);
//! ```
//!
//! [`InlineCode`]: crate::model::InlineCode
//! [`InlineCode::content`]: crate::model::InlineCode::content

mod plan;
mod read;
mod units;
mod write;

#[cfg(test)]
mod tests;

use crate::model::InlinePart;

pub use read::read_xliff;
pub use units::{units_to_xliff, xliff_to_units, PROP_NAME, PROP_STATE};
pub use write::{write_xliff12, write_xliff20};

/// The XLIFF version of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum XliffVersion {
    /// XLIFF 1.2 (1.0 and 1.1 files are read as 1.2).
    V12,
    /// XLIFF 2.0 (2.1 and 2.2 files are read as 2.0: their core is the same).
    V20,
}

/// An XLIFF document: languages and files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffDocument {
    /// The version it was read as or is to be written as.
    pub version: XliffVersion,
    /// The source language (2.0 `srcLang`, 1.2 `file@source-language`).
    pub source_lang: String,
    /// The target language (2.0 `trgLang`, 1.2 `file@target-language`).
    pub target_lang: Option<String>,
    /// The files, in order.
    pub files: Vec<XliffFile>,
}

/// One `<file>` of a document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffFile {
    /// The identity of the file: 2.0 `id`; 1.2 has none and uses `original`.
    pub id: String,
    /// The original document it was extracted from (`original`).
    pub original: Option<String>,
    /// File-level notes (2.0 `file/notes`, 1.2 `header/note`).
    pub notes: Vec<String>,
    /// File-level properties (2.0 `mda:meta`, 1.2 `header/prop-group/prop`, and 1.2's
    /// `datatype`, kept as the prop `datatype`).
    pub props: Vec<(String, String)>,
    /// Its units, with groups flattened, in document order.
    pub units: Vec<XliffUnit>,
}

/// One `<unit>` (2.0) or `<trans-unit>` (1.2).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffUnit {
    /// The unit's `id`, unique in its file.
    pub id: String,
    /// A resource name: 2.0 `name`, 1.2 `resname`.
    pub name: Option<String>,
    /// Its segments (and ignorable runs between them), in order.
    pub segments: Vec<XliffSegment>,
    /// Notes, in order (their attributes are not kept).
    pub notes: Vec<String>,
    /// Properties such as a source hash: 2.0 `mda:meta` (type, text), 1.2
    /// `prop-group/prop` (prop-type, text) and `context-group/context` (context-type,
    /// text).
    pub props: Vec<(String, String)>,
}

/// One segment of a unit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffSegment {
    /// The segment's id: 2.0 `segment@id`, 1.2 `mrk@mid` inside `seg-source`.
    pub id: Option<String>,
    /// The source content.
    pub source: Vec<InlinePart>,
    /// The target content, when there is a `<target>`.
    pub target: Option<Vec<InlinePart>>,
    /// The state as written: 2.0 `segment@state` (`initial`, `translated`, `reviewed`,
    /// `final`), 1.2 `target@state` (`new`, `translated`, `signed-off`, …).
    pub state: Option<String>,
    /// A finer, tool-defined state as `prefix:value` (2.0 `segment@subState`, such as
    /// `korpu:draft`); written only beside a `state`, as 2.0 requires. 1.2 has no
    /// equivalent and leaves it out.
    pub sub_state: Option<String>,
    /// Whether this is content between segments (2.0 `<ignorable>`, text outside the
    /// `mrk mtype="seg"` elements of a 1.2 `seg-source`), such as the space between two
    /// sentences. Ignorable runs are kept so that a unit's text is complete; they never
    /// become translation-memory units.
    pub ignorable: bool,
}

impl XliffSegment {
    /// A translatable segment with plain source text and no target.
    pub fn plain(source: impl Into<String>) -> XliffSegment {
        let source: String = source.into();
        XliffSegment {
            source: if source.is_empty() {
                Vec::new()
            } else {
                vec![InlinePart::Text(source)]
            },
            ..XliffSegment::default()
        }
    }
}
