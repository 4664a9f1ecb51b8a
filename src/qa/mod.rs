//! Quality checks on labels and article translations: variables, references, plural
//! variants, numbers, placeholders, untranslated and copied text.
//!
//! Everything here is pure: the command line reads labels and articles (from the
//! store or from files) and hands them over; the checks return [`Finding`]s, which a
//! [`Report`] keeps sorted so that the same input always gives the same report.
//!
//! - [`check_labels`] compares every locale's labels with the reference locale's:
//!   Fluent messages and terms (variables per value and attribute, term and message
//!   references, plural variants), gettext entries (placeholders, plural forms) and
//!   JSON strings (placeholders).
//! - [`check_article`] compares the translations of an article's segments with their
//!   source (numbers by value, placeables by content).

mod common;
mod fluent;
mod labels;
mod segments;

use serde::Serialize;

pub use common::{kept_names, looks_untranslatable, placeholders, Placeholder, PlaceholderKind};
pub use labels::{check_labels, LabelInput, LabelSet, SourcePos};
pub use segments::check_article;

/// Whether a finding makes the check fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something a reader would see broken: `korpu check` exits 1.
    Error,
    /// Something to look at; the catalog still works.
    Warning,
}

/// What a finding is about. The JSON name is the kebab-case variant name
/// (`variable-added`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A file that does not parse (Fluent junk, a malformed PO entry) or cannot be read.
    Syntax,
    /// An id defined twice in one file (the later definition wins).
    Duplicate,
    /// A stored label whose text does not parse.
    Unparsable,
    /// A translation uses a variable that the reference does not.
    VariableAdded,
    /// A translation does not use a variable that the reference uses.
    VariableMissing,
    /// A reference to a term defined in no resource of the locale or the reference.
    UnknownTerm,
    /// A reference to a term the locale lacks but the reference locale has (the
    /// runtime falls back to it).
    TermFallback,
    /// A reference to a message defined nowhere.
    UnknownMessage,
    /// A reference to a message the locale lacks but the reference locale has.
    MessageFallback,
    /// A select on a number lacks some of the locale's plural categories, or a gettext
    /// entry has fewer forms than its catalog's `nplurals`.
    PluralMissing,
    /// The reference has an attribute (or a value) that the translation lacks.
    AttributeMissing,
    /// The translation has an attribute (or a value) that the reference lacks.
    AttributeAdded,
    /// A placeholder (`%(name)s`, `%s`, `{name}`, `{ $x }`, an inline tag) of the source
    /// is not in the translation.
    PlaceholderMissing,
    /// The translation has a placeholder that the source does not.
    PlaceholderAdded,
    /// Numbers (by value) differ between a segment and its translation.
    NumberMismatch,
    /// Labels or segments without a translation (one finding per resource or article
    /// and locale, with the count).
    Untranslated,
    /// A translation identical to its source text.
    Identical,
    /// A label the reference locale does not have.
    Obsolete,
    /// A locale asked for that has no labels.
    NoLabels,
}

impl Kind {
    /// The kebab-case name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Syntax => "syntax",
            Kind::Duplicate => "duplicate",
            Kind::Unparsable => "unparsable",
            Kind::VariableAdded => "variable-added",
            Kind::VariableMissing => "variable-missing",
            Kind::UnknownTerm => "unknown-term",
            Kind::TermFallback => "term-fallback",
            Kind::UnknownMessage => "unknown-message",
            Kind::MessageFallback => "message-fallback",
            Kind::PluralMissing => "plural-missing",
            Kind::AttributeMissing => "attribute-missing",
            Kind::AttributeAdded => "attribute-added",
            Kind::PlaceholderMissing => "placeholder-missing",
            Kind::PlaceholderAdded => "placeholder-added",
            Kind::NumberMismatch => "number-mismatch",
            Kind::Untranslated => "untranslated",
            Kind::Identical => "identical",
            Kind::Obsolete => "obsolete",
            Kind::NoLabels => "no-labels",
        }
    }
}

/// Where a finding is. Only the fields that apply are set (and serialised): a label
/// has `lang`, `resource`, `id` and perhaps `attribute`, plus `file`, `line` and
/// `column` when it was read from a file; a segment has `lang`, `article` and
/// `segment` (its 1-based position, as `korpu segment set` takes it).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Location {
    /// The file, when the finding comes from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// 1-based line in `file`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column in `file`, in characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// The article id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// The segment's 1-based position in its article.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment: Option<usize>,
    /// The label's resource (`browser/browser.ftl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// The label id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The Fluent attribute, when the finding is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// The locale whose text has the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl Location {
    /// `file:line:col`, `article #n`, `resource id.attribute` — the way a person
    /// reads it, with the locale in brackets.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        if let Some(f) = &self.file {
            out.push_str(f);
            if let Some(l) = self.line {
                out.push_str(&format!(":{l}"));
                if let Some(c) = self.column {
                    out.push_str(&format!(":{c}"));
                }
            }
        }
        if let Some(a) = &self.article {
            push_sep(&mut out);
            out.push_str(a);
            if let Some(n) = self.segment {
                out.push_str(&format!(" #{n}"));
            }
        }
        if let Some(r) = self.resource.as_ref().filter(|_| self.file.is_none()) {
            push_sep(&mut out);
            out.push_str(r);
        }
        if let Some(id) = &self.id {
            push_sep(&mut out);
            out.push_str(&id.replace('\u{4}', "|"));
            if let Some(a) = &self.attribute {
                out.push('.');
                out.push_str(a);
            }
        }
        if let Some(l) = &self.lang {
            push_sep(&mut out);
            out.push_str(&format!("[{l}]"));
        }
        out
    }
}

fn push_sep(s: &mut String) {
    if !s.is_empty() {
        s.push(' ');
    }
}

/// One problem found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Finding {
    /// Error or warning (the report's two lists; not repeated in each item).
    #[serde(skip)]
    pub severity: Severity,
    /// What it is.
    pub kind: Kind,
    /// Where it is.
    #[serde(flatten)]
    pub location: Location,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Finding {
    /// An error.
    pub fn error(kind: Kind, location: Location, message: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Error,
            kind,
            location,
            message: message.into(),
        }
    }

    /// A warning.
    pub fn warning(kind: Kind, location: Location, message: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Warning,
            kind,
            location,
            message: message.into(),
        }
    }
}

/// Every finding of a check, errors and warnings apart, each list sorted by place,
/// then kind, then message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Findings that make the check fail.
    pub errors: Vec<Finding>,
    /// Findings to look at.
    pub warnings: Vec<Finding>,
}

impl Report {
    /// Sorts the findings into a report (duplicates dropped).
    pub fn from_findings(findings: impl IntoIterator<Item = Finding>) -> Report {
        let mut report = Report::default();
        for f in findings {
            match f.severity {
                Severity::Error => report.errors.push(f),
                Severity::Warning => report.warnings.push(f),
            }
        }
        let key = |f: &Finding| (f.location.clone(), f.kind, f.message.clone());
        for list in [&mut report.errors, &mut report.warnings] {
            list.sort_by_cached_key(key);
            list.dedup();
        }
        report
    }

    /// Whether there is any error.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

#[cfg(test)]
mod tests;
