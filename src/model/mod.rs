//! The values korpu works with: articles, segments, translations and their history.
//!
//! These are plain data. The store keeps them, the command line and the server show
//! them; none of them does any I/O.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::locale::Locale;
use crate::segment::{BlockKind, DocFormat};

mod label;
mod tm;
pub use label::{Label, LabelFormat, LayoutItem, ResourceLayout};
pub use tm::{CodeKind, InlineCode, InlinePart, TmContext, TmUnit, TmVariant};

/// Where a translation stands in the workflow, from `new` to `approved`.
///
/// The order is meaningful: `translated` and above count as confirmed work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not translated yet (or the source changed since).
    New,
    /// A translation exists but nobody has confirmed it.
    Draft,
    /// Confirmed by the translator.
    Translated,
    /// Checked by a reviewer.
    Reviewed,
    /// Approved for publication.
    Approved,
}

impl Status {
    /// Every status in workflow order.
    pub const ALL: [Status; 5] = [
        Status::New,
        Status::Draft,
        Status::Translated,
        Status::Reviewed,
        Status::Approved,
    ];

    /// The lowercase name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Draft => "draft",
            Status::Translated => "translated",
            Status::Reviewed => "reviewed",
            Status::Approved => "approved",
        }
    }

    /// Whether a segment in this status still needs a translator's attention.
    pub fn needs_work(self) -> bool {
        self < Status::Translated
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A status name that is not one of the five.
#[derive(Debug, Clone, thiserror::Error)]
#[error("unknown status \"{0}\": expected one of new, draft, translated, reviewed, approved")]
pub struct StatusError(pub String);

impl FromStr for Status {
    type Err = StatusError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| StatusError(s.to_string()))
    }
}

/// Where a translation came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Typed by a person.
    Human,
    /// Taken from the translation memory at the given score.
    Tm(u8),
    /// Read from a file (an aligned translation, XLIFF, a backup).
    Import,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Human => f.write_str("human"),
            Origin::Tm(score) => write!(f, "tm:{score}"),
            Origin::Import => f.write_str("import"),
        }
    }
}

impl FromStr for Origin {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "human" => Ok(Origin::Human),
            "import" => Ok(Origin::Import),
            _ => s
                .strip_prefix("tm:")
                .and_then(|n| n.parse().ok())
                .map(Origin::Tm)
                .ok_or_else(|| format!("unknown origin \"{s}\": expected human, import or tm:NN")),
        }
    }
}

impl Serialize for Origin {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Origin {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The current translation of one segment into one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// The translated text.
    pub text: String,
    /// Workflow status.
    pub status: Status,
    /// Starts at 1 and grows by one with every change; a write that names an older
    /// revision is refused.
    pub revision: u64,
    /// Who made the last change.
    pub author: String,
    /// When, as RFC 3339 UTC.
    pub time: String,
    /// Where the text came from.
    pub origin: Origin,
}

/// One change to a translation, kept for good.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    /// The revision this change produced.
    pub revision: u64,
    /// The text after the change.
    pub text: String,
    /// The status after the change.
    pub status: Status,
    /// Who made the change.
    pub author: String,
    /// When, as RFC 3339 UTC.
    pub time: String,
    /// Where the text came from.
    pub origin: Origin,
    /// What kind of change it was when it was not a plain edit (`merge`, `split`,
    /// `source-changed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One sentence of an article with its translations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Identity within the article; it survives merges, splits and re-adds, unlike the
    /// position.
    pub id: u64,
    /// Byte offset of the segment in the article's source document.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// 1-based number of the block it belongs to.
    pub paragraph: usize,
    /// Heading, paragraph, list item or table cell.
    pub kind: BlockKind,
    /// The source text (the document's bytes `start..end`).
    pub text: String,
    /// Translations keyed by locale tag.
    pub translations: BTreeMap<String, Translation>,
}

impl Segment {
    /// The status of the segment in `locale` (`new` when it has no translation there).
    pub fn status_in(&self, locale: &Locale) -> Status {
        self.translations
            .get(locale.tag())
            .map_or(Status::New, |t| t.status)
    }
}

/// What a store keeps about an article, without its segments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// The article's id (`exchange-rates`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// The source locale.
    pub lang: Locale,
    /// The layout of the source document.
    pub format: DocFormat,
    /// Number of segments.
    pub segments: usize,
    /// When it was first added (RFC 3339 UTC).
    pub created: String,
    /// When its source was last added or replaced.
    pub updated: String,
}

/// An article with its source document and segments in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Id, title, language and dates.
    pub info: ArticleInfo,
    /// The source document exactly as it was added.
    pub source: String,
    /// Its segments in document order.
    pub segments: Vec<Segment>,
}

impl Article {
    /// The locales the article has translations in, in tag order.
    pub fn target_locales(&self) -> Vec<Locale> {
        let mut tags: Vec<&String> = self
            .segments
            .iter()
            .flat_map(|s| s.translations.keys())
            .collect();
        tags.sort();
        tags.dedup();
        tags.into_iter()
            .filter_map(|t| Locale::parse(t).ok())
            .collect()
    }
}

/// Checks an article id: 1 to 128 characters of letters, digits, `.`, `_` and `-`,
/// starting with a letter or digit.
///
/// ```
/// assert!(korpu::model::check_article_id("exchange-rates-2024").is_ok());
/// assert!(korpu::model::check_article_id("../etc").is_err());
/// ```
pub fn check_article_id(id: &str) -> Result<(), String> {
    let ok_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-');
    let first_ok = id.chars().next().is_some_and(|c| c.is_alphanumeric());
    if id.is_empty() || id.chars().count() > 128 || !first_ok || !id.chars().all(ok_char) {
        return Err(format!(
            "invalid article id \"{id}\": use 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit"
        ));
    }
    Ok(())
}

/// Makes an article id from a file name: lowercase, runs of other characters become `-`.
pub fn article_id_from_name(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        "article".to_string()
    } else {
        id
    }
}

/// The current time as RFC 3339 UTC with seconds (`2026-11-27T21:51:37Z`).
///
/// `KORPU_NOW`, when set, is used instead: tests and reproducible demos pin the clock.
pub fn now_rfc3339() -> String {
    if let Ok(fixed) = std::env::var("KORPU_NOW") {
        if !fixed.is_empty() {
            return fixed;
        }
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339_from_unix(secs)
}

/// Formats seconds since 1970 as RFC 3339 UTC.
pub fn rfc3339_from_unix(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm): exact for the proleptic Gregorian
    // calendar, no table needed.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3_600,
        rem % 3_600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_parses_and_orders() {
        assert_eq!("Reviewed".parse::<Status>().ok(), Some(Status::Reviewed));
        assert!("done".parse::<Status>().is_err());
        assert!(Status::Draft.needs_work());
        assert!(!Status::Translated.needs_work());
    }

    #[test]
    fn origin_round_trips() {
        for o in [Origin::Human, Origin::Import, Origin::Tm(87)] {
            assert_eq!(o.to_string().parse::<Origin>(), Ok(o));
        }
        assert!("tm:x".parse::<Origin>().is_err());
    }

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(rfc3339_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339_from_unix(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_from_unix(1_795_816_297), "2026-11-27T21:51:37Z");
    }

    #[test]
    fn ids_from_file_names() {
        assert_eq!(
            article_id_from_name("Exchange Rates (EN)"),
            "exchange-rates-en"
        );
        assert_eq!(article_id_from_name("---"), "article");
        assert!(check_article_id("a").is_ok());
        assert!(check_article_id("-a").is_err());
        assert!(check_article_id("a/b").is_err());
    }
}
