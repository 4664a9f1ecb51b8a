//! Articles as XLIFF 2.0 for other CAT tools, and the translations that come back.
//!
//! [`articles_to_xliff`] makes one `<file>` per article (its `id` is the article id)
//! and one `<unit>` per segment. A unit's id is `ARTICLE:SEGMENT`, the article id and
//! the segment's identity in the store (not its position), so it stays the same across
//! exports while segments around it are merged, split or added. Each unit carries, in
//! `mda:metadata`, the SHA-256 of the segment's source text (`korpu:source-hash`), so
//! that [`plan_import`] can tell that the source changed since the export, plus the
//! segment's number, paragraph and kind for people reading the file.
//!
//! Statuses map onto the four XLIFF 2.0 states; `subState` keeps the exact status:
//!
//! | korpu | `state` | `subState` | back from a tool (no or another `subState`) |
//! |---|---|---|---|
//! | `new` | `initial` (no `<target>`) | `korpu:new` | — |
//! | `draft` | `initial` | `korpu:draft` | `initial` or no state, with a target → `draft` |
//! | `translated` | `translated` | `korpu:translated` | `translated` → `translated` |
//! | `reviewed` | `reviewed` | `korpu:reviewed` | `reviewed` → `reviewed` |
//! | `approved` | `final` | `korpu:approved` | `final` → `approved` |
//!
//! A draft goes out as `initial`, not `translated`: it is unconfirmed work (often a
//! memory pre-translation), and a tool that leaves states alone must not turn it into a
//! confirmed translation that enters the memory. A `subState` counts only while it
//! agrees with `state` (XLIFF 2.0 asks tools that change `state` to update or drop
//! `subState`; one that did not is overruled by `state`). A target in `korpu:new`
//! comes back as a draft. XLIFF 1.2 states read from a converted file map as their 2.0
//! counterparts (`new`, `needs-*` → draft; `needs-review-*`, `translated` →
//! translated; `signed-off` → reviewed; `final` → approved).
//!
//! Inline markup in a segment (HTML tags, Markdown code spans, `{0}`, `%s`) goes out as
//! XLIFF inline codes with the markup as original data, so that a CAT tool protects it;
//! a tag and its closing tag in the same segment become one `<pc>`. On the way back
//! every code is replaced by its original data.
//!
//! Everything here is pure: the command line reads the store and the file.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::formats::xliff::{XliffDocument, XliffFile, XliffSegment, XliffUnit, XliffVersion};
use crate::locale::Locale;
use crate::model::{Article, CodeKind, InlineCode, InlinePart, Segment, Status};
use crate::text::{tokens, TokenKind};

/// The `subState` prefix that names korpu's statuses (`korpu:draft`).
pub const SUB_STATE_PREFIX: &str = "korpu:";
/// Unit metadata: SHA-256 (hex) of the segment's source text at the export.
pub const META_SOURCE_HASH: &str = "korpu:source-hash";
/// Unit metadata: the segment's number at the export (for reading only).
pub const META_SEGMENT: &str = "korpu:segment";
/// Unit metadata: the segment's paragraph.
pub const META_PARAGRAPH: &str = "korpu:paragraph";
/// Unit metadata: the segment's kind (heading, paragraph, list item, table cell).
pub const META_KIND: &str = "korpu:kind";
/// File metadata: the article's title.
pub const META_TITLE: &str = "korpu:title";
/// File metadata: the locale the file was exported for, checked against `trgLang` on
/// import.
pub const META_TARGET: &str = "korpu:target";
/// File metadata: when the article's source was last added or replaced.
pub const META_UPDATED: &str = "korpu:updated";

/// An article set that cannot be exported or a file that cannot be imported as a
/// whole; nothing is written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct XliffExchangeError(pub String);

fn fail<T>(message: impl Into<String>) -> Result<T, XliffExchangeError> {
    Err(XliffExchangeError(message.into()))
}

/// The XLIFF 2.0 `state` a status goes out as.
pub fn state_of(status: Status) -> &'static str {
    match status {
        Status::New | Status::Draft => "initial",
        Status::Translated => "translated",
        Status::Reviewed => "reviewed",
        Status::Approved => "final",
    }
}

/// The status of a segment that comes back with a non-empty target, from its `state`
/// (2.0, or 1.2 as read) and `subState`. See the module documentation for the table.
pub fn status_of(state: Option<&str>, sub_state: Option<&str>) -> Status {
    let by_state = match state.map(str::trim) {
        None | Some("initial" | "new") => Status::Draft,
        Some(s) if s.starts_with("needs-review") => Status::Translated,
        Some(s) if s.starts_with("needs-") => Status::Draft,
        Some("translated") => Status::Translated,
        Some("reviewed" | "signed-off") => Status::Reviewed,
        Some("final") => Status::Approved,
        Some(_) => Status::Draft,
    };
    let exact = sub_state
        .and_then(|s| s.trim().strip_prefix(SUB_STATE_PREFIX))
        .and_then(|s| s.parse::<Status>().ok());
    match exact {
        // A target was typed into a segment that was new: it is a draft now.
        Some(Status::New) if by_state == Status::Draft => Status::Draft,
        Some(s) if state_of(s) == state_of(by_state) => s,
        _ => by_state,
    }
}

/// SHA-256 of a source text, as lowercase hex.
pub fn source_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A unit id: `ARTICLE:SEGMENT` (article ids never hold `:`).
pub fn unit_id(article: &str, segment_id: u64) -> String {
    format!("{article}:{segment_id}")
}

/// The article id and segment identity in a unit id made by [`unit_id`].
pub fn parse_unit_id(id: &str) -> Option<(&str, u64)> {
    let (article, segment) = id.rsplit_once(':')?;
    if article.is_empty() || !segment.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((article, segment.parse().ok()?))
}

/// HTML void elements: a start tag without an end.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches(['<', '/'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | '.' | '-'))
        .collect::<String>()
        .to_ascii_lowercase()
}

fn code(kind: CodeKind, attr: (&str, String), content: &str) -> InlinePart {
    InlinePart::Code(InlineCode {
        kind,
        attrs: vec![(attr.0.to_string(), attr.1)],
        content: content.to_string(),
    })
}

/// A segment's text as XLIFF content: markup a translator copies rather than translates
/// (tags, code spans, `{…}`, printf directives) becomes inline codes holding it; URLs and
/// e-mail addresses stay text, since a translation may point elsewhere.
///
/// An HTML start tag and its end tag in the same text are a pair (one `<pc>` when they
/// nest); a void or self-closing tag, and every other placeable, is a `<ph>`.
pub fn text_to_parts(text: &str) -> Vec<InlinePart> {
    let mut parts = Vec::new();
    let mut at = 0;
    let mut next = 0usize;
    // Open start tags: (name, pair number, index in parts).
    let mut open: Vec<(String, usize, usize)> = Vec::new();
    for t in tokens(text) {
        if t.kind != TokenKind::Placeable {
            continue;
        }
        let raw = &text[t.span.clone()];
        if !raw.starts_with(['<', '`', '{', '$', '%']) {
            continue;
        }
        if at < t.span.start {
            parts.push(InlinePart::Text(text[at..t.span.start].to_string()));
        }
        at = t.span.end;
        next += 1;
        let name = tag_name(raw);
        let part = if raw.starts_with("</") {
            match open.iter().rposition(|(n, _, _)| *n == name) {
                Some(i) => {
                    let (_, pair, _) = open.remove(i);
                    code(CodeKind::Ept, ("i", pair.to_string()), raw)
                }
                None => code(CodeKind::Ept, ("i", next.to_string()), raw),
            }
        } else if raw.starts_with('<') && !raw.ends_with("/>") && !VOID.contains(&name.as_str()) {
            open.push((name, next, parts.len()));
            code(CodeKind::Bpt, ("i", next.to_string()), raw)
        } else {
            code(CodeKind::Ph, ("id", next.to_string()), raw)
        };
        parts.push(part);
    }
    if at < text.len() {
        parts.push(InlinePart::Text(text[at..].to_string()));
    }
    parts
}

/// The identity of each code in some content: its `id`, an end's `startRef`, and for
/// the end of a `<pc>` (which has no attributes) the id of the start it closes.
fn code_keys(parts: &[InlinePart]) -> Vec<Option<(CodeKind, String)>> {
    let attr = |c: &InlineCode, name: &str| {
        c.attrs
            .iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
    };
    let mut open: Vec<Option<String>> = Vec::new();
    parts
        .iter()
        .map(|p| {
            let InlinePart::Code(c) = p else { return None };
            let key = match c.kind {
                CodeKind::Bpt => {
                    let id = attr(c, "id");
                    open.push(id.clone());
                    id
                }
                CodeKind::Ept => match attr(c, "startRef").or_else(|| attr(c, "id")) {
                    Some(k) => {
                        if let Some(i) = open.iter().rposition(|o| o.as_deref() == Some(&k)) {
                            open.remove(i);
                        }
                        Some(k)
                    }
                    None => open.pop().flatten(),
                },
                _ => attr(c, "id"),
            };
            key.map(|k| (c.kind, k))
        })
        .collect()
}

/// Content read back as text: text as it is, every code as its original data.
///
/// A code without original data (a tool wrote `<ph id="2"/>` without `dataRef`) takes
/// the data of the source code with the same id; annotations (`<mrk>`, `<sm/>`) keep
/// their text and are dropped. A code that neither has data nor matches a source code is
/// an error: the markup it stands for is unknown.
pub fn parts_to_text(parts: &[InlinePart], source: &[InlinePart]) -> Result<String, String> {
    let mut by_key: HashMap<(CodeKind, String), &str> = HashMap::new();
    for (p, key) in source.iter().zip(code_keys(source)) {
        if let (InlinePart::Code(c), Some(key)) = (p, key) {
            if !c.content.is_empty() {
                by_key.entry(key).or_insert(&c.content);
            }
        }
    }
    let mut out = String::new();
    for (p, key) in parts.iter().zip(code_keys(parts)) {
        match p {
            InlinePart::Text(t) => out.push_str(t),
            InlinePart::Code(c) if matches!(c.kind, CodeKind::HiStart | CodeKind::HiEnd) => {}
            InlinePart::Code(c) if !c.content.is_empty() => out.push_str(&c.content),
            InlinePart::Code(c) => match key.as_ref().and_then(|k| by_key.get(k)) {
                Some(data) => out.push_str(data),
                None => {
                    let id = key.map_or_else(
                        || "without an id".to_string(),
                        |(_, k)| format!("id=\"{k}\""),
                    );
                    let kind = match c.kind {
                        CodeKind::Bpt => "start",
                        CodeKind::Ept => "end",
                        _ => "placeholder",
                    };
                    return Err(format!(
                        "an inline {kind} code ({id}) has no original data and matches no code of the source"
                    ));
                }
            },
        }
    }
    Ok(out)
}

/// The tag translations into `lang` are stored under in `article` (`en-US` for `en`
/// when only `en-US` exists), else `lang` itself.
fn stored_tag(article: &Article, lang: &Locale) -> String {
    lang.negotiate_among(&article.target_locales())
        .map_or_else(|| lang.tag().to_string(), |l| l.tag().to_string())
}

fn unit_of(article: &Article, n: usize, segment: &Segment, tag: &str) -> XliffUnit {
    let translation = segment.translations.get(tag);
    let status = translation.map_or(Status::New, |t| t.status);
    let target = translation
        .filter(|t| !t.text.is_empty())
        .map(|t| text_to_parts(&t.text));
    XliffUnit {
        id: unit_id(&article.info.id, segment.id),
        name: None,
        segments: vec![XliffSegment {
            id: None,
            source: text_to_parts(&segment.text),
            target,
            state: Some(state_of(status).to_string()),
            sub_state: Some(format!("{SUB_STATE_PREFIX}{status}")),
            ignorable: false,
        }],
        notes: Vec::new(),
        props: vec![
            (META_SOURCE_HASH.to_string(), source_hash(&segment.text)),
            (META_SEGMENT.to_string(), n.to_string()),
            (META_PARAGRAPH.to_string(), segment.paragraph.to_string()),
            (
                META_KIND.to_string(),
                serde_json::to_value(segment.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default(),
            ),
        ],
    }
}

/// An XLIFF 2.0 document with the articles' segments and their translations into
/// `lang`: one `<file>` per article, in the order given, one unit per segment.
///
/// All articles must share their source language (`srcLang` is one per document), and
/// `lang` must not be it.
pub fn articles_to_xliff(
    articles: &[Article],
    lang: &Locale,
) -> Result<XliffDocument, XliffExchangeError> {
    let Some(first) = articles.first() else {
        return fail("no article to export");
    };
    let source = &first.info.lang;
    let mut files = Vec::with_capacity(articles.len());
    for a in articles {
        if a.info.lang != *source {
            return fail(format!(
                "article \"{}\" is written in {}, article \"{}\" in {}: an XLIFF file has one source language, so export them separately",
                first.info.id, source, a.info.id, a.info.lang
            ));
        }
        if lang.matches(&a.info.lang) {
            return fail(format!(
                "{lang} is the source language of article \"{}\": export into another locale",
                a.info.id
            ));
        }
        let tag = stored_tag(a, lang);
        files.push(XliffFile {
            id: a.info.id.clone(),
            original: None,
            notes: Vec::new(),
            props: vec![
                (META_TITLE.to_string(), a.info.title.clone()),
                (META_TARGET.to_string(), lang.tag().to_string()),
                (META_UPDATED.to_string(), a.info.updated.clone()),
            ],
            units: a
                .segments
                .iter()
                .enumerate()
                .map(|(i, s)| unit_of(a, i + 1, s, &tag))
                .collect(),
        });
    }
    Ok(XliffDocument {
        version: XliffVersion::V20,
        source_lang: source.tag().to_string(),
        target_lang: Some(lang.tag().to_string()),
        files,
    })
}

/// A translation to store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedUpdate {
    /// The unit it came from.
    pub unit: String,
    /// The article id.
    pub article: String,
    /// The segment's current number (1-based).
    pub n: usize,
    /// The translation.
    pub text: String,
    /// Its status.
    pub status: Status,
    /// The status it had, if it was translated before.
    pub previous: Option<Status>,
}

/// A unit whose source changed since the export: its translation is not stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleUnit {
    /// The unit id.
    pub unit: String,
    /// The article id.
    pub article: String,
    /// The segment's current number, when it still exists.
    pub n: Option<usize>,
    /// Why it is stale.
    pub reason: String,
    /// The source as the file has it.
    pub exported_source: String,
    /// The source as the store has it now, when the segment still exists.
    pub current_source: Option<String>,
    /// The translation in the file (`None` when it has none), so that it is not lost.
    pub target: Option<String>,
}

/// A unit that names no segment of the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnknownUnit {
    /// The `<file>` it is in.
    pub file: String,
    /// The unit id.
    pub unit: String,
    /// Why it is unknown.
    pub reason: String,
}

/// What an import will do: every unit of the file is in exactly one of `updates`,
/// `unchanged`, `empty`, `stale` and `unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportPlan {
    /// The target locale (`trgLang`).
    pub lang: Locale,
    /// Translations to store.
    pub updates: Vec<PlannedUpdate>,
    /// Units whose translation and status equal the stored ones.
    pub unchanged: usize,
    /// Units without a target, or with an empty one.
    pub empty: usize,
    /// Units whose source changed since the export.
    pub stale: Vec<StaleUnit>,
    /// Units that name no article or segment of the store.
    pub unknown: Vec<UnknownUnit>,
}

/// A unit's source, target and status, its segments joined (a tool may have split it).
struct UnitContent {
    source: String,
    /// `None` when no segment has a non-empty target.
    target: Option<String>,
    status: Status,
}

/// Content as text for showing it: codes without data are left out.
fn lossy_text(parts: &[InlinePart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            InlinePart::Text(t) => t.as_str(),
            InlinePart::Code(c) if matches!(c.kind, CodeKind::HiStart | CodeKind::HiEnd) => "",
            InlinePart::Code(c) => c.content.as_str(),
        })
        .collect()
}

fn unit_content(unit: &XliffUnit) -> Result<UnitContent, String> {
    let source_parts: Vec<InlinePart> = unit
        .segments
        .iter()
        .flat_map(|s| s.source.iter().cloned())
        .collect();
    let mut target = String::new();
    let mut any = false;
    let mut status = Status::Approved;
    for s in &unit.segments {
        let text = s
            .target
            .as_ref()
            .map(|t| parts_to_text(t, &source_parts))
            .transpose()?;
        if s.ignorable {
            target.push_str(&text.unwrap_or_else(|| lossy_text(&s.source)));
            continue;
        }
        match text {
            Some(t) if !t.trim().is_empty() => {
                any = true;
                status = status.min(status_of(s.state.as_deref(), s.sub_state.as_deref()));
                target.push_str(&t);
            }
            // A part of the unit is untranslated: the whole is a draft at best.
            _ => status = status.min(Status::Draft),
        }
    }
    Ok(UnitContent {
        source: lossy_text(&source_parts),
        target: any.then(|| target.trim().to_string()),
        status,
    })
}

fn meta<'a>(props: &'a [(String, String)], name: &str) -> Option<&'a str> {
    props.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim())
}

/// Decides what importing `doc` does to `articles` (the store's articles that the file
/// names; an id missing from the map is not in the store).
///
/// `expected`, when given, is the locale the caller means to import (`--lang`): the
/// file's `trgLang` must match it. The file as a whole is refused (nothing is stored)
/// when it has no valid `trgLang`, when `trgLang` differs from the locale the file was
/// exported for (`korpu:target`) or is an article's source language, when `srcLang` is
/// not the language of an article it names, when two units name the same segment, or
/// when a target holds an inline code whose markup is unknown.
pub fn plan_import(
    doc: &XliffDocument,
    expected: Option<&Locale>,
    articles: &BTreeMap<String, Article>,
) -> Result<ImportPlan, XliffExchangeError> {
    let Some(trg) = doc.target_lang.as_deref().filter(|t| !t.trim().is_empty()) else {
        return fail("the file has no target language (xliff@trgLang): korpu cannot tell which translations it holds");
    };
    let lang = match Locale::parse(trg) {
        Ok(l) => l,
        Err(e) => {
            return fail(format!(
                "the file's target language trgLang=\"{trg}\" is not usable: {e}"
            ))
        }
    };
    if let Some(want) = expected {
        if !want.matches(&lang) {
            return fail(format!(
                "the file holds translations into {lang} (trgLang), not {want}"
            ));
        }
    }
    let src = Locale::parse(&doc.source_lang).ok();
    let mut plan = ImportPlan {
        lang: lang.clone(),
        updates: Vec::new(),
        unchanged: 0,
        empty: 0,
        stale: Vec::new(),
        unknown: Vec::new(),
    };
    let mut seen: HashMap<(String, u64), String> = HashMap::new();
    let mut checked: Vec<&str> = Vec::new();
    for file in &doc.files {
        if let Some(exported) = meta(&file.props, META_TARGET) {
            let matches = Locale::parse(exported).is_ok_and(|e| e.matches(&lang));
            if !matches {
                return fail(format!(
                    "file \"{}\" was exported for {exported}, but its trgLang says {lang}: the translations would land in the wrong language",
                    file.id
                ));
            }
        }
        for unit in &file.units {
            let unknown = |reason: String| UnknownUnit {
                file: file.id.clone(),
                unit: unit.id.clone(),
                reason,
            };
            let Some((article_id, segment_id)) = parse_unit_id(&unit.id) else {
                plan.unknown.push(unknown(
                    "not a unit korpu exported (their ids are ARTICLE:SEGMENT)".to_string(),
                ));
                continue;
            };
            let Some(article) = articles.get(article_id) else {
                plan.unknown.push(unknown(format!(
                    "there is no article \"{article_id}\" in the store"
                )));
                continue;
            };
            if !checked.contains(&article_id) {
                checked.push(article_id);
                if lang.matches(&article.info.lang) {
                    return fail(format!(
                        "the file's target language {lang} is the source language of article \"{article_id}\""
                    ));
                }
                if src.as_ref().is_none_or(|s| !s.matches(&article.info.lang)) {
                    return fail(format!(
                        "the file's source language is {}, but article \"{article_id}\" is written in {}",
                        doc.source_lang, article.info.lang
                    ));
                }
            }
            if let Some(first) = seen.insert((article_id.to_string(), segment_id), unit.id.clone())
            {
                return fail(format!(
                    "unit \"{}\" appears twice (file \"{}\"; first as \"{first}\"): which translation to keep is unclear",
                    unit.id, file.id
                ));
            }
            let content = unit_content(unit)
                .map_err(|e| XliffExchangeError(format!("unit \"{}\": {e}", unit.id)))?;
            let found = article
                .segments
                .iter()
                .enumerate()
                .find(|(_, s)| s.id == segment_id);
            let Some((i, segment)) = found else {
                plan.stale.push(StaleUnit {
                    unit: unit.id.clone(),
                    article: article_id.to_string(),
                    n: None,
                    reason: "the segment is gone: the article was revised, or segments were merged, since the export".to_string(),
                    exported_source: content.source,
                    current_source: None,
                    target: content.target,
                });
                continue;
            };
            let same_source = match meta(&unit.props, META_SOURCE_HASH) {
                Some(hash) => hash.eq_ignore_ascii_case(&source_hash(&segment.text)),
                // A tool that dropped the metadata: compare the source itself.
                None => content.source == segment.text,
            };
            if !same_source {
                plan.stale.push(StaleUnit {
                    unit: unit.id.clone(),
                    article: article_id.to_string(),
                    n: Some(i + 1),
                    reason: "the source changed since the export".to_string(),
                    exported_source: content.source,
                    current_source: Some(segment.text.clone()),
                    target: content.target,
                });
                continue;
            }
            let Some(text) = content.target else {
                plan.empty += 1;
                continue;
            };
            let current = segment.translations.get(&stored_tag(article, &lang));
            if current.is_some_and(|t| t.text == text && t.status == content.status) {
                plan.unchanged += 1;
                continue;
            }
            plan.updates.push(PlannedUpdate {
                unit: unit.id.clone(),
                article: article_id.to_string(),
                n: i + 1,
                text,
                status: content.status,
                previous: current.map(|t| t.status),
            });
        }
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> InlinePart {
        InlinePart::Text(s.to_string())
    }

    #[test]
    fn statuses_go_out_and_come_back() {
        for s in Status::ALL {
            let sub = format!("korpu:{s}");
            let back = status_of(Some(state_of(s)), Some(&sub));
            let want = if s == Status::New { Status::Draft } else { s };
            assert_eq!(back, want, "{s}");
        }
        // Without korpu's subState the state decides.
        assert_eq!(status_of(None, None), Status::Draft);
        assert_eq!(status_of(Some("initial"), None), Status::Draft);
        assert_eq!(
            status_of(Some("translated"), Some("memoq:x")),
            Status::Translated
        );
        assert_eq!(status_of(Some("final"), None), Status::Approved);
        // A tool moved the state on but kept the old subState: the state wins.
        assert_eq!(
            status_of(Some("translated"), Some("korpu:draft")),
            Status::Translated
        );
        assert_eq!(
            status_of(Some("final"), Some("korpu:reviewed")),
            Status::Approved
        );
        // 1.2 states.
        assert_eq!(status_of(Some("needs-translation"), None), Status::Draft);
        assert_eq!(
            status_of(Some("needs-review-translation"), None),
            Status::Translated
        );
        assert_eq!(status_of(Some("signed-off"), None), Status::Reviewed);
    }

    #[test]
    fn unit_ids_round_trip() {
        assert_eq!(unit_id("exchange-rates", 7), "exchange-rates:7");
        assert_eq!(
            parse_unit_id("exchange-rates:7"),
            Some(("exchange-rates", 7))
        );
        assert_eq!(parse_unit_id("a.b-1:12"), Some(("a.b-1", 12)));
        assert_eq!(parse_unit_id("u1"), None);
        assert_eq!(parse_unit_id(":3"), None);
        assert_eq!(parse_unit_id("a:x"), None);
    }

    #[test]
    fn source_hash_is_sha256() {
        assert_eq!(
            source_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn markup_becomes_codes_and_comes_back() {
        let text = "The <b>euro</b> rose to {rate}<br> — see `korpu` at https://kaspi.az <i>now";
        let parts = text_to_parts(text);
        let kinds: Vec<Option<CodeKind>> = parts
            .iter()
            .map(|p| match p {
                InlinePart::Code(c) => Some(c.kind),
                InlinePart::Text(_) => None,
            })
            .collect();
        use CodeKind::*;
        assert_eq!(
            kinds,
            [
                None,
                Some(Bpt),
                None,
                Some(Ept),
                None,
                Some(Ph),
                Some(Ph),
                None,
                Some(Ph),
                None,
                Some(Bpt),
                None
            ]
        );
        // The URL stays text.
        assert_eq!(parts[9], t(" at https://kaspi.az "));
        assert_eq!(parts_to_text(&parts, &[]).as_deref(), Ok(text));
        // Plain text is one part.
        assert_eq!(text_to_parts("Plain."), vec![t("Plain.")]);
        assert_eq!(text_to_parts(""), Vec::<InlinePart>::new());
    }

    #[test]
    fn codes_without_data_take_the_source_codes_data() {
        let mk = |kind, attrs: &[(&str, &str)], content: &str| {
            InlinePart::Code(InlineCode {
                kind,
                attrs: attrs
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                content: content.to_string(),
            })
        };
        let source = vec![
            mk(CodeKind::Bpt, &[("id", "1")], "<b>"),
            t("euro"),
            mk(CodeKind::Ept, &[], "</b>"),
            mk(CodeKind::Ph, &[("id", "2")], "<br>"),
        ];
        let target = vec![
            mk(CodeKind::Ph, &[("id", "2")], ""),
            mk(CodeKind::Bpt, &[("id", "1")], ""),
            t("avro"),
            mk(CodeKind::HiStart, &[("id", "m1")], ""),
            mk(CodeKind::Ept, &[], ""),
            mk(CodeKind::HiEnd, &[], ""),
        ];
        assert_eq!(
            parts_to_text(&target, &source).as_deref(),
            Ok("<br><b>avro</b>")
        );
        let stray = vec![mk(CodeKind::Ph, &[("id", "9")], "")];
        let err = parts_to_text(&stray, &source).expect_err("an unknown code");
        assert!(err.contains("id=\"9\""), "{err}");
    }
}
