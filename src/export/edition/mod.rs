//! Editions: several articles published together in one locale.
//!
//! An edition is one document per article (HTML, Markdown or JSON), an index of the
//! articles and a manifest (file, article, title, segment counts, the share that is in
//! the edition's locale, SHA-256 of the bytes). Documents are rebuilt from the
//! segments: headings, paragraphs and list items in the edition's locale, and a rate
//! table found in the source (a block of lines such as `USD 1 US dollar 1.7000`) as a
//! real table with currency names and numbers localized by [`super::rates`].
//!
//! A segment is in the edition's locale when its translation there has at least the
//! minimum status (`translated` unless asked otherwise). Other segments are handled by
//! the [`Untranslated`] policy: given in the source language, given in a fallback
//! locale, or refused. Parts in another language than the document's are marked with
//! their own `lang` (HTML and Markdown through an element, JSON through a field).
//!
//! Building an edition is pure: the same articles and options give the same bytes.
//! Writing the files is the caller's business.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use serde::Serialize;
use sha2::{Digest, Sha256};

mod render;
#[cfg(test)]
mod tests;

use super::html_to_text;
use super::rates::{self, LocalizedTable, RateTable};
use crate::locale::Locale;
use crate::model::{Article, Segment, Status};
use crate::segment::{BlockKind, DocFormat};
use render::{render_html, render_index, render_json, render_markdown};

/// The layout of an edition's documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EditionFormat {
    /// A standalone HTML5 page per article.
    Html,
    /// CommonMark, with inline `<span lang>` for parts in another language.
    Md,
    /// One JSON object per article: blocks, segments, rate-table rows.
    Json,
}

impl EditionFormat {
    /// The file extension (and the name used on the command line).
    pub fn extension(self) -> &'static str {
        match self {
            EditionFormat::Html => "html",
            EditionFormat::Md => "md",
            EditionFormat::Json => "json",
        }
    }
}

/// What happens to segments that have no usable translation in the edition's locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Untranslated {
    /// Give them in the article's source language (the default): the edition is
    /// complete, the parts are marked with their language and listed as warnings.
    Source,
    /// Give them in this locale when the article has a usable translation there, else
    /// in the source language; marked as with [`Untranslated::Source`].
    Fallback(Locale),
    /// Refuse the edition and list every such segment.
    Strict,
}

impl Untranslated {
    fn name(&self) -> &'static str {
        match self {
            Untranslated::Source => "source",
            Untranslated::Fallback(_) => "fallback",
            Untranslated::Strict => "strict",
        }
    }
}

/// How to build an edition.
#[derive(Debug, Clone)]
pub struct EditionOptions {
    /// The edition's locale.
    pub lang: Locale,
    /// The documents' layout.
    pub format: EditionFormat,
    /// What to do with untranslated segments.
    pub untranslated: Untranslated,
    /// The lowest status a translation needs to be published (`translated` by default;
    /// `draft` publishes unconfirmed work such as pretranslations).
    pub min_status: Status,
}

/// A segment that has no usable translation in the edition's locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missing {
    /// The article it belongs to.
    pub article: String,
    /// Its 1-based position in the article (as `korpu article show` numbers it).
    pub n: usize,
    /// Its status in the edition's locale (`new` or below the minimum status).
    pub status: Status,
    /// Its source text.
    pub text: String,
}

/// Why an edition cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditionError {
    /// No article was given.
    #[error("an edition needs at least one article")]
    NoArticles,
    /// The same article was given twice.
    #[error("article \"{0}\" is given twice")]
    Duplicate(String),
    /// The article has neither its source nor any translation in the locale.
    #[error("article \"{article}\" has no translations into {lang} (it has {available}); translate it or choose another locale")]
    LocaleMissing {
        /// The article id.
        article: String,
        /// The locale asked for.
        lang: String,
        /// The source and target locales it has, for the message.
        available: String,
    },
    /// `--strict` and some segments are not translated.
    #[error("{} not translated into {lang} (--strict):{}", count_segments(.missing.len()), list_missing(.missing))]
    Untranslated {
        /// The edition's locale.
        lang: String,
        /// Every untranslated segment, in article and segment order.
        missing: Vec<Missing>,
    },
}

fn count_segments(n: usize) -> String {
    if n == 1 {
        "1 segment is".to_string()
    } else {
        format!("{n} segments are")
    }
}

fn list_missing(missing: &[Missing]) -> String {
    let mut out = String::new();
    for m in missing {
        let text: String = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let short = if text.chars().count() > 70 {
            text.chars().take(67).collect::<String>() + "..."
        } else {
            text
        };
        let _ = write!(
            out,
            "\n  {} segment {} ({}): {short}",
            m.article, m.n, m.status
        );
    }
    out
}

/// One file of an edition: a name relative to the edition's folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionFile {
    /// The file name (`exchange-rates.html`, `index.html`, `manifest.json`).
    pub name: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

/// A built edition: its files (documents, then the index, then the manifest) and the
/// manifest as a value.
#[derive(Debug, Clone)]
pub struct Edition {
    /// Every file to write, the manifest last.
    pub files: Vec<EditionFile>,
    /// What the manifest file holds.
    pub manifest: Manifest,
    /// Human-readable notes: untranslated parts given in another language, rate tables
    /// that could not be localized.
    pub warnings: Vec<String>,
}

/// The name of an edition's manifest file.
pub const MANIFEST: &str = "manifest.json";

/// The manifest of an edition (`manifest.json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Manifest {
    /// Always `korpu`: marks a folder korpu may replace on the next export.
    pub generator: &'static str,
    /// Always `edition`.
    pub kind: &'static str,
    /// The edition's locale as asked for.
    pub lang: String,
    /// `html`, `md` or `json`.
    pub format: EditionFormat,
    /// `source`, `fallback` or `strict`.
    pub untranslated: &'static str,
    /// The fallback locale, with `--fallback`.
    pub fallback: Option<String>,
    /// The lowest status that was published.
    pub min_status: Status,
    /// The index file.
    pub index: IndexEntry,
    /// One entry per article, in the order they were given.
    pub files: Vec<ManifestEntry>,
}

/// The index in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexEntry {
    /// Its file name.
    pub file: String,
    /// SHA-256 of its bytes, lowercase hex.
    pub sha256: String,
}

/// One article's document in the manifest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ManifestEntry {
    /// The file name.
    pub file: String,
    /// The article id.
    pub article: String,
    /// The title in the edition (the first heading as published).
    pub title: String,
    /// The locale tag of the document (the article's own tag for the edition's locale).
    pub lang: String,
    /// The article's source locale.
    pub source_lang: String,
    /// Segments in the article.
    pub segments: usize,
    /// Segments published in the edition's locale (translations, the source when the
    /// edition is in the source language, and rate-table rows localized by korpu).
    pub translated: usize,
    /// `translated / segments`, rounded to four decimals.
    pub translated_share: f64,
    /// Numbers of the segments given in another language.
    pub untranslated_segments: Vec<usize>,
    /// Rows of the localized rate table, when the article has one.
    pub rate_table_rows: Option<usize>,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub sha256: String,
}

/// Builds the edition of `articles` (in the order given) with `options`.
///
/// Fails when an article has no translations in the locale (or in the fallback
/// locale), when an article is given twice, and with [`Untranslated::Strict`] when any
/// segment is untranslated (every one is listed).
pub fn build_edition(
    articles: &[Article],
    options: &EditionOptions,
) -> Result<Edition, EditionError> {
    if articles.is_empty() {
        return Err(EditionError::NoArticles);
    }
    let mut seen = BTreeSet::new();
    for a in articles {
        if !seen.insert(a.info.id.as_str()) {
            return Err(EditionError::Duplicate(a.info.id.clone()));
        }
    }
    let mut docs = Vec::with_capacity(articles.len());
    let mut missing = Vec::new();
    let mut warnings = Vec::new();
    for a in articles {
        let doc = build_doc(a, options, &mut missing, &mut warnings)?;
        docs.push(doc);
    }
    if options.untranslated == Untranslated::Strict && !missing.is_empty() {
        return Err(EditionError::Untranslated {
            lang: options.lang.tag().to_string(),
            missing,
        });
    }
    let names = file_names(&docs, options.format);
    let mut files = Vec::with_capacity(docs.len() + 2);
    let mut entries = Vec::with_capacity(docs.len());
    for (doc, name) in docs.iter().zip(&names) {
        let bytes = match options.format {
            EditionFormat::Html => render_html(doc).into_bytes(),
            EditionFormat::Md => render_markdown(doc).into_bytes(),
            EditionFormat::Json => render_json(doc),
        };
        entries.push(ManifestEntry {
            file: name.clone(),
            article: doc.id.clone(),
            title: doc.title.clone(),
            lang: doc.lang.tag().to_string(),
            source_lang: doc.source_lang.tag().to_string(),
            segments: doc.segments,
            translated: doc.translated,
            translated_share: share(doc.translated, doc.segments),
            untranslated_segments: doc.untranslated.clone(),
            rate_table_rows: doc.table_rows,
            sha256: sha256_hex(&bytes),
        });
        files.push(EditionFile {
            name: name.clone(),
            bytes,
        });
    }
    let index_name = format!("index.{}", options.format.extension());
    let index = render_index(&docs, &names, options);
    let manifest = Manifest {
        generator: "korpu",
        kind: "edition",
        lang: options.lang.tag().to_string(),
        format: options.format,
        untranslated: options.untranslated.name(),
        fallback: match &options.untranslated {
            Untranslated::Fallback(l) => Some(l.tag().to_string()),
            _ => None,
        },
        min_status: options.min_status,
        index: IndexEntry {
            file: index_name.clone(),
            sha256: sha256_hex(&index),
        },
        files: entries,
    };
    files.push(EditionFile {
        name: index_name,
        bytes: index,
    });
    files.push(EditionFile {
        name: MANIFEST.to_string(),
        bytes: to_json_bytes(&manifest),
    });
    Ok(Edition {
        files,
        manifest,
        warnings,
    })
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 1.0;
    }
    // Rounded through integers so that the printed value is short and stable.
    let ten_thousandths = (part as u128 * 10_000 * 2 + whole as u128) / (whole as u128 * 2);
    ten_thousandths as f64 / 10_000.0
}

fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}

fn to_json_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    // Serializing plain structs of strings and numbers into memory cannot fail.
    let mut out = serde_json::to_vec_pretty(value).unwrap_or_default();
    out.push(b'\n');
    out
}

/// File names: the article id and the format's extension; an id that would take the
/// index's or the manifest's name gets `.article` before the extension.
fn file_names(docs: &[Doc], format: EditionFormat) -> Vec<String> {
    let ext = format.extension();
    docs.iter()
        .map(|d| {
            let reserved = ["index", "manifest"]
                .iter()
                .any(|r| d.id.eq_ignore_ascii_case(r));
            if reserved {
                format!("{}.article.{ext}", d.id)
            } else {
                format!("{}.{ext}", d.id)
            }
        })
        .collect()
}

/// One article as published: blocks of pieces in the edition's locale (or marked with
/// another), and the counts for the manifest.
struct Doc {
    id: String,
    lang: Locale,
    source_lang: Locale,
    source_format: DocFormat,
    title: String,
    blocks: Vec<DocBlock>,
    segments: usize,
    translated: usize,
    untranslated: Vec<usize>,
    table_rows: Option<usize>,
}

enum DocBlock {
    Text {
        kind: BlockKind,
        pieces: Vec<Piece>,
    },
    /// A localized rate table standing for `count` segments from number `first`.
    Rates {
        table: LocalizedTable,
        first: usize,
        count: usize,
    },
}

/// One segment's text as published.
struct Piece {
    /// 1-based segment number.
    n: usize,
    text: String,
    /// The language of the text when it is not the document's.
    other_lang: Option<Locale>,
    /// Whether the segment starts a new line within its block (a line break in the
    /// source between it and the previous segment).
    new_line: bool,
}

/// The tag under which `article` keeps `lang`: its source locale, or one of its target
/// locales matched through negotiation (`en` finds `en-US`).
fn resolve(article: &Article, lang: &Locale) -> Result<Locale, EditionError> {
    if lang.matches(&article.info.lang) {
        return Ok(article.info.lang.clone());
    }
    let targets = article.target_locales();
    match lang.negotiate_among(&targets) {
        Some(l) => Ok(l.clone()),
        None => {
            let mut available = vec![format!("{} (source)", article.info.lang.tag())];
            available.extend(targets.iter().map(|l| l.tag().to_string()));
            Err(EditionError::LocaleMissing {
                article: article.info.id.clone(),
                lang: lang.tag().to_string(),
                available: available.join(", "),
            })
        }
    }
}

/// A translation of `s` in `tag` good enough to publish.
fn usable<'a>(s: &'a Segment, tag: &str, min: Status) -> Option<&'a str> {
    s.translations
        .get(tag)
        .filter(|t| t.status >= min && t.status > Status::New && !t.text.trim().is_empty())
        .map(|t| t.text.as_str())
}

fn build_doc(
    article: &Article,
    options: &EditionOptions,
    missing: &mut Vec<Missing>,
    warnings: &mut Vec<String>,
) -> Result<Doc, EditionError> {
    let lang = resolve(article, &options.lang)?;
    let source_lang = article.info.lang.clone();
    let in_source = lang == source_lang;
    let fallback = match &options.untranslated {
        Untranslated::Fallback(l) => Some(resolve(article, l)?),
        _ => None,
    };
    let from_html = article.info.format == DocFormat::Html;
    let clean = |t: &str| -> String {
        let t = if from_html {
            html_to_text(t)
        } else {
            t.to_string()
        };
        t.split_whitespace().collect::<Vec<_>>().join(" ")
    };

    let mut blocks = Vec::new();
    let mut translated = 0;
    let mut untranslated = Vec::new();
    let mut table_rows = None;
    let segs = &article.segments;
    let mut i = 0;
    while i < segs.len() {
        // A block: the segments of one paragraph.
        let mut j = i + 1;
        while j < segs.len() && segs[j].paragraph == segs[i].paragraph {
            j += 1;
        }
        let group = &segs[i..j];
        if let Some(table) = rate_table(article, group, &lang, warnings) {
            translated += group.len();
            table_rows = Some(table_rows.unwrap_or(0) + table.rows.len());
            blocks.push(DocBlock::Rates {
                table,
                first: i + 1,
                count: group.len(),
            });
            i = j;
            continue;
        }
        let mut pieces = Vec::with_capacity(group.len());
        for (k, s) in group.iter().enumerate() {
            let n = i + k + 1;
            let new_line = k > 0
                && !from_html
                && article
                    .source
                    .get(group[k - 1].end..s.start)
                    .is_some_and(|gap| gap.contains('\n'));
            let (text, other_lang) = if in_source {
                (s.text.as_str(), None)
            } else if let Some(t) = usable(s, lang.tag(), options.min_status) {
                (t, None)
            } else {
                untranslated.push(n);
                missing.push(Missing {
                    article: article.info.id.clone(),
                    n,
                    status: s.status_in(&lang),
                    text: s.text.clone(),
                });
                match fallback.as_ref() {
                    Some(f) if *f == source_lang => (s.text.as_str(), Some(f.clone())),
                    Some(f) => match usable(s, f.tag(), options.min_status) {
                        Some(t) => (t, Some(f.clone())),
                        None => (s.text.as_str(), Some(source_lang.clone())),
                    },
                    None => (s.text.as_str(), Some(source_lang.clone())),
                }
            };
            if other_lang.is_none() {
                translated += 1;
            }
            pieces.push(Piece {
                n,
                text: clean(text),
                other_lang,
                new_line,
            });
        }
        blocks.push(DocBlock::Text {
            kind: group[0].kind,
            pieces,
        });
        i = j;
    }

    if !untranslated.is_empty() && options.untranslated != Untranslated::Strict {
        let given_in = match &fallback {
            Some(f) if *f != source_lang => format!("{} (else {})", f.tag(), source_lang.tag()),
            _ => source_lang.tag().to_string(),
        };
        warnings.push(format!(
            "{}: {} of {} not translated into {}, given in {given_in}: {}",
            article.info.id,
            untranslated.len(),
            if segs.len() == 1 {
                "1 segment".to_string()
            } else {
                format!("{} segments", segs.len())
            },
            lang.tag(),
            compact_list(&untranslated)
        ));
    }

    let title = blocks
        .iter()
        .find_map(|b| match b {
            DocBlock::Text {
                kind: BlockKind::Heading,
                pieces,
            } => Some(join_pieces(pieces)),
            _ => None,
        })
        .or_else(|| {
            blocks.iter().find_map(|b| match b {
                DocBlock::Text { pieces, .. } => Some(join_pieces(pieces)),
                DocBlock::Rates { .. } => None,
            })
        })
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| article.info.title.clone());

    Ok(Doc {
        id: article.info.id.clone(),
        lang,
        source_lang,
        source_format: article.info.format,
        title,
        blocks,
        segments: segs.len(),
        translated,
        untranslated,
        table_rows,
    })
}

fn join_pieces(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `1-3, 7, 9-10`.
fn compact_list(ns: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut k = 0;
    while k < ns.len() {
        let start = ns[k];
        let mut end = start;
        while k + 1 < ns.len() && ns[k + 1] == end + 1 {
            k += 1;
            end = ns[k];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        k += 1;
    }
    parts.join(", ")
}

/// The localized rate table when the block of `group` is one: a paragraph of one line
/// per segment (text and Markdown sources) whose lines read as a table. A table that
/// cannot be localized stays text, with a warning.
fn rate_table(
    article: &Article,
    group: &[Segment],
    lang: &Locale,
    warnings: &mut Vec<String>,
) -> Option<LocalizedTable> {
    if article.info.format == DocFormat::Html
        || group.len() < 2
        || group[0].kind != BlockKind::Paragraph
    {
        return None;
    }
    let (first, last) = (group.first()?, group.last()?);
    let text = article.source.get(first.start..last.end)?;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // Every segment must be a line of its own, so that the table replaces exactly the
    // block's segments and no sentence is lost.
    if lines.len() != group.len() {
        return None;
    }
    // A table pasted from the central bank starts with its header line (`Tipi Ədə. Adı
    // AZN`); one typed under a heading may not. Without a header of its own, the
    // rows are read under a neutral one that names no currency.
    let (table, own_header) = match RateTable::parse_lines(&lines) {
        Some(t) => (t, true),
        None => {
            let mut with_header = Vec::with_capacity(lines.len() + 1);
            with_header.push(NEUTRAL_HEADER);
            with_header.extend_from_slice(&lines);
            (RateTable::parse_lines(&with_header)?, false)
        }
    };
    if table.rows.len() + usize::from(own_header) != lines.len() {
        return None;
    }
    match rates::localize(&table, lang) {
        Ok(t) => Some(t),
        Err(e) => {
            warnings.push(format!(
                "{}: the rate table (segments {}-{}) is given as text: {e}",
                article.info.id,
                position(article, first),
                position(article, last)
            ));
            None
        }
    }
}

/// The header put above rows that have none: it names no currency, so the rate
/// column gets its plain heading.
const NEUTRAL_HEADER: &str = "Code Nominal Name Rate";

fn position(article: &Article, s: &Segment) -> usize {
    article
        .segments
        .iter()
        .position(|x| x.id == s.id)
        .map_or(0, |p| p + 1)
}

impl fmt::Display for EditionFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.extension())
    }
}
