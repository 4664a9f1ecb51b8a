//! Translation-memory units: one unit, any number of locale variants.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A translation-memory unit: the same sentence in several locales.
///
/// A unit is multilingual, as a TMX `tu` with many `tuv` is: lookup works from any of
/// its locales to any other (az→ru as well as en→az).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TmUnit {
    /// Identity in the store (0 for a unit not stored yet).
    pub id: u64,
    /// The memory it belongs to (`main` unless named).
    pub memory: String,
    /// Variants keyed by locale tag (as given, canonical case).
    pub variants: BTreeMap<String, TmVariant>,
    /// Where it came from: `human`, `import`, `article:ID`, `tm`, or a tool name.
    pub origin: String,
    /// Who created it (TMX `creationid`).
    pub author: String,
    /// When it was created, RFC 3339 UTC.
    pub created: String,
    /// When it last changed, RFC 3339 UTC.
    pub changed: String,
    /// How often it was used (TMX `usagecount`).
    pub usage: u64,
    /// Properties (TMX `prop`: type and value), in file order.
    pub props: Vec<(String, String)>,
    /// Notes (TMX `note`), in file order.
    pub notes: Vec<String>,
    /// The source segments around it when it was translated, or a label key.
    pub context: Option<TmContext>,
    /// An external id (TMX `tuid`, PO `msgctxt`+`msgid`, XLIFF unit id).
    pub key: Option<String>,
}

/// What surrounded a unit when it was translated: used for 101% context matches.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TmContext {
    /// The previous source segment (empty at the start of an article).
    pub prev: String,
    /// The next source segment (empty at the end).
    pub next: String,
}

/// One locale's text of a unit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TmVariant {
    /// The text as matched and shown: inline codes appear as their native markup
    /// (`<b>`, `%s`) or, when a code has no content, as `<x1/>`-style markers.
    pub text: String,
    /// The exact inline structure when the variant had inline codes (TMX `bpt`, `ept`,
    /// `ph`, `it`, `hi`; XLIFF equivalents), so that it can be written back. Empty for
    /// plain text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<InlinePart>,
    /// Variant-level properties (TMX `prop` inside `tuv`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<(String, String)>,
    /// Variant-level notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A piece of a segment with inline markup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InlinePart {
    /// Translatable text.
    Text(String),
    /// An inline code.
    Code(InlineCode),
}

/// An inline code of an exchange format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InlineCode {
    /// Which element it was.
    pub kind: CodeKind,
    /// Its attributes in file order (`i`, `x`, `type`, `pos`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attrs: Vec<(String, String)>,
    /// The native code it stands for, unescaped (`<b>`, `%s`); empty when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub content: String,
}

/// The inline elements of TMX 1.4b (XLIFF codes map onto them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeKind {
    /// `bpt`: beginning of a paired code.
    Bpt,
    /// `ept`: end of a paired code.
    Ept,
    /// `ph`: a standalone code.
    Ph,
    /// `it`: an isolated code whose pair is outside the segment.
    It,
    /// `ut`: an unknown code (deprecated in TMX 1.4, read for compatibility).
    Ut,
    /// Start of `hi` (highlighted text; the text inside stays translatable).
    HiStart,
    /// End of `hi`.
    HiEnd,
}

impl TmVariant {
    /// A variant of plain text.
    pub fn plain(text: impl Into<String>) -> TmVariant {
        TmVariant {
            text: text.into(),
            ..TmVariant::default()
        }
    }
}
