//! Labels: keyed UI strings (Fluent messages and terms, gettext entries, JSON catalog
//! strings) per locale, each belonging to a resource such as `browser/browser.ftl`.

use serde::{Deserialize, Serialize};

/// The format a label was written in, which is also how its `source` is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelFormat {
    /// A Fluent message or term; `source` is the entry's FTL text, its comment included.
    Ftl,
    /// A gettext entry; `source` is the entry's PO text, comments and flags included.
    Po,
    /// A string of a JSON catalog; `source` is the string itself.
    Json,
}

impl LabelFormat {
    /// The lowercase name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            LabelFormat::Ftl => "ftl",
            LabelFormat::Po => "po",
            LabelFormat::Json => "json",
        }
    }

    /// The format of a file, from its extension.
    pub fn of_path(path: &std::path::Path) -> Option<LabelFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "ftl" => Some(LabelFormat::Ftl),
            "po" | "pot" => Some(LabelFormat::Po),
            "json" => Some(LabelFormat::Json),
            _ => None,
        }
    }
}

/// One label in one locale.
///
/// A label is identified by its resource, its id and its locale: two resources may
/// use the same id. The value is kept exactly as its format writes it, so nothing of
/// a Fluent entry (comment, attributes, variants) or a gettext entry (msgctxt, flags,
/// plural forms) is lost between import and export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// The resource it belongs to, relative to its locale's folder
    /// (`browser/browser.ftl`, `LC_MESSAGES/django.po`, `app.json`).
    pub resource: String,
    /// The id: a Fluent identifier (`-brand-name` for a term), a gettext key
    /// (`msgctxt` + U+0004 + `msgid`), or a JSON key path joined with dots.
    pub id: String,
    /// The locale tag, as given, in canonical case.
    pub lang: String,
    /// How `source` is written.
    pub format: LabelFormat,
    /// The entry as its format writes it.
    pub source: String,
    /// Who wrote it last (`import` for imported labels unless an author was given).
    pub author: String,
    /// When it last changed, RFC 3339 UTC.
    pub updated: String,
}

/// A resource's layout in one locale: the order of its entries and the comments
/// between them, so that an export writes the file back as it came.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ResourceLayout {
    /// The format of the resource's file.
    pub format: Option<LabelFormat>,
    /// Entries and standalone comments in file order.
    pub items: Vec<LayoutItem>,
    /// Format-specific header: a PO catalog's header entry as PO text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub header: String,
}

/// One item of a [`ResourceLayout`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LayoutItem {
    /// The label with this id.
    Label(String),
    /// A standalone comment (Fluent `#`, `##` group or `###` resource comment), as FTL.
    Comment(String),
}
