//! GNU gettext PO catalogs: read, write, and convert to and from translation-memory
//! units.
//!
//! [`parse_po`] reads a catalog into a [`PoCatalog`] plus [`Diagnostic`]s and never
//! panics; [`write_po`] writes one back in the layout of `msgcat --no-wrap`;
//! [`po_to_units`] and [`units_to_po`] connect catalogs with the memory.
//!
//! ```
//! use korpu::formats::po::{parse_po, write_po};
//! let text = "msgid \"\"\nmsgstr \"\"\n\"Language: az\\n\"\n\n\
//!             #, python-format\nmsgid \"%s file\"\nmsgstr \"%s fayl\"\n";
//! let (catalog, diagnostics) = parse_po(text);
//! assert!(diagnostics.is_empty());
//! assert_eq!(catalog.header.language(), Some("az"));
//! assert_eq!(catalog.entries[0].msgstr, ["%s fayl"]);
//! assert_eq!(write_po(&catalog), text);
//! ```
//!
//! [`Diagnostic`]: crate::formats::Diagnostic

mod parse;
mod plural;
mod units;
mod write;

#[cfg(test)]
mod tests;

pub use parse::parse_po;
pub use plural::{
    plural_forms_for_language, BinaryOp, PluralError, PluralExpr, PluralForms, DEFAULT_PLURAL_FORMS,
};
pub use units::{
    po_to_units, units_to_po, PoImport, PROP_EXTRACTED, PROP_FLAG, PROP_FUZZY, PROP_PLURAL_FORM,
    PROP_REFERENCE,
};
pub use write::write_po;

/// A PO catalog: its header and its entries in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoCatalog {
    /// The header entry (`msgid ""`).
    pub header: PoHeader,
    /// Every other entry, obsolete ones included, in file order.
    pub entries: Vec<PoEntry>,
}

/// The header entry: its `Key: value` fields in order and its comments.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoHeader {
    /// The fields of the header's msgstr, in order (`("Language", "az")`).
    pub fields: Vec<(String, String)>,
    /// `# ` comments above the header (copyright, translator list).
    pub translator_comments: Vec<String>,
    /// `#.` comments above the header.
    pub extracted_comments: Vec<String>,
    /// `#,` flags of the header (`fuzzy` in a fresh catalog).
    pub flags: Vec<String>,
    /// 1-based line of the header's `msgid` (0 when the catalog has no header).
    pub line: usize,
}

impl PoHeader {
    /// The value of a field, its name compared without regard to ASCII case.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// Sets a field, replacing the first one of that name or appending it.
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self
            .fields
            .iter_mut()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
        {
            Some(field) => field.1 = value,
            None => self.fields.push((key.to_string(), value)),
        }
    }

    /// The `Language` field (`az`, `ru`, `pt_BR`), when present and not empty.
    pub fn language(&self) -> Option<&str> {
        self.get("Language")
            .map(str::trim)
            .filter(|l| !l.is_empty())
    }

    /// The `Plural-Forms` field parsed, when present and valid. [`parse_po`] reports an
    /// invalid one as an error; [`PluralForms::parse`] says what is wrong with it.
    pub fn plural_forms(&self) -> Option<PluralForms> {
        self.get("Plural-Forms")
            .and_then(|v| PluralForms::parse(v).ok())
    }

    /// Whether the header has nothing in it (a catalog without a header entry).
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
            && self.translator_comments.is_empty()
            && self.extracted_comments.is_empty()
            && self.flags.is_empty()
    }
}

/// One entry of a catalog.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoEntry {
    /// The disambiguating context (`msgctxt`).
    pub msgctxt: Option<String>,
    /// The source text.
    pub msgid: String,
    /// The source plural (`msgid_plural`) of a plural entry.
    pub msgid_plural: Option<String>,
    /// The translations: one per plural form, or `[0]` alone for a singular entry.
    pub msgstr: Vec<String>,
    /// `#,` flags in order (`fuzzy`, `python-format`, …).
    pub flags: Vec<String>,
    /// `# ` comments, one per line, without the `# `.
    pub translator_comments: Vec<String>,
    /// `#.` comments from the programmer, one per line.
    pub extracted_comments: Vec<String>,
    /// `#:` source references (`contrib/admin/options.py:123`), one per item.
    pub references: Vec<String>,
    /// `#|` lines (the previous msgctxt/msgid that `msgmerge --previous` keeps), raw,
    /// without the `#| ` (or `#~| `).
    pub previous: Vec<String>,
    /// Whether the entry is obsolete (`#~`).
    pub obsolete: bool,
    /// 1-based line of the entry's first keyword (`msgctxt` or `msgid`).
    pub line: usize,
}

impl PoEntry {
    /// Whether the entry carries the `fuzzy` flag.
    pub fn is_fuzzy(&self) -> bool {
        self.flags.iter().any(|f| f == "fuzzy")
    }

    /// Whether the entry counts as translated, as `msgfmt --statistics` counts it: not
    /// obsolete, not fuzzy, and every form non-empty.
    pub fn is_translated(&self) -> bool {
        !self.obsolete
            && !self.is_fuzzy()
            && !self.msgstr.is_empty()
            && self.msgstr.iter().all(|s| !s.is_empty())
    }

    /// The gettext lookup key: `msgctxt` + U+0004 + `msgid`, or `msgid` alone.
    pub fn key(&self) -> String {
        match &self.msgctxt {
            Some(c) => format!("{c}\u{4}{}", self.msgid),
            None => self.msgid.clone(),
        }
    }
}
