//! The translation memory: search, concordance, import of an uploaded file.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::articles::suggestion;
use super::{from_anyhow, limit, locale, min_score, RawBody, Q};
use crate::cli::cores::decode;
use crate::formats::po::{parse_po, po_to_units, PoImport};
use crate::formats::tmx::TmxReader;
use crate::formats::xliff::{read_xliff, xliff_to_units};
use crate::formats::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::model::TmUnit;
use crate::server::auth::{require, Role};
use crate::server::{ApiError, AppState};
use crate::store::{check_memory_name, Store};
use crate::tm::lookup::Query;

/// Longest query accepted: a longer text is not a segment.
const MAX_QUERY: usize = 10_000;

#[derive(Deserialize)]
pub struct SearchQuery {
    from: Option<String>,
    to: Option<String>,
    q: Option<String>,
    min: Option<u8>,
    limit: Option<usize>,
    memory: Option<String>,
}

pub async fn search(
    State(state): State<AppState>,
    headers: HeaderMap,
    Q(q): Q<SearchQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    let from = locale(q.from.as_deref(), "from")?;
    let to = locale(q.to.as_deref(), "to")?;
    let text = q.q.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(ApiError::bad_request("the query is empty: give ?q=TEXT"));
    }
    if text.chars().count() > MAX_QUERY {
        return Err(ApiError::bad_request(format!(
            "the query has {} characters; a segment has at most {MAX_QUERY}",
            text.chars().count()
        )));
    }
    let min = min_score(q.min, 70)?;
    let limit = limit(q.limit, 5, 50)?;
    let shared = state.clone();
    state
        .with_store(move |store| {
            let found = shared.with_matcher(store, |m| {
                m.lookup(&Query {
                    text: &text,
                    from: &from,
                    to: &to,
                    min,
                    limit,
                    memory: q.memory.as_deref(),
                    context: None,
                })
            })?;
            let found = found.map_err(|e| from_anyhow(e.into()))?;
            Ok(Json(Value::Array(found.iter().map(suggestion).collect())))
        })
        .await
}

#[derive(Deserialize)]
pub struct ConcordanceQuery {
    q: Option<String>,
    lang: Option<String>,
    limit: Option<usize>,
}

pub async fn concordance(
    State(state): State<AppState>,
    headers: HeaderMap,
    Q(q): Q<ConcordanceQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    let phrase = q.q.unwrap_or_default();
    if phrase.trim().is_empty() {
        return Err(ApiError::bad_request("the phrase is empty: give ?q=TEXT"));
    }
    let lang = q
        .lang
        .as_deref()
        .map(|l| locale(Some(l), "lang"))
        .transpose()?;
    let limit = limit(q.limit, 20, 200)?;
    state
        .with_store(move |store| {
            let hits = crate::tm::concordance::search(store, &phrase, lang.as_ref(), limit)?;
            let out: Vec<Value> = hits
                .into_iter()
                .map(|h| {
                    let text = h
                        .unit
                        .variants
                        .get(&h.lang)
                        .map(|v| v.text.clone())
                        .unwrap_or_default();
                    let variants: BTreeMap<&String, &String> =
                        h.unit.variants.iter().map(|(k, v)| (k, &v.text)).collect();
                    json!({
                        "unit": h.unit.id,
                        "memory": h.unit.memory,
                        "lang": h.lang,
                        "text": text,
                        "hits": h.ranges.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
                        "variants": variants,
                    })
                })
                .collect();
            Ok(Json(Value::Array(out)))
        })
        .await
}

/// How an uploaded memory file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoryFormat {
    /// TMX 1.4b (UTF-8, or UTF-16 with a byte order mark).
    Tmx,
    /// gettext PO.
    Po,
    /// XLIFF 1.2 or 2.0.
    Xliff,
}

/// What to read from an uploaded memory file besides its bytes.
#[derive(Debug, Clone)]
pub struct MemoryUpload<'a> {
    /// The format.
    pub format: MemoryFormat,
    /// The memory to import into.
    pub memory: &'a str,
    /// The language of PO msgids.
    pub source_lang: Locale,
    /// The language of PO msgstrs (else the catalog's `Language` header).
    pub target_lang: Option<Locale>,
    /// Import fuzzy PO entries too.
    pub include_fuzzy: bool,
}

fn refuse(d: &Diagnostic) -> ApiError {
    ApiError::bad_request(format!(
        "{}; nothing was imported",
        d.display_in("the request body")
    ))
    .with("line", d.line)
    .with("column", d.column)
}

/// Reads an uploaded memory file and imports its units, all or nothing: an error in
/// the file refuses the whole import (400, with line and column). Returns the report
/// `korpu tm import --json` prints.
pub fn import_memory(store: &Store, up: &MemoryUpload, bytes: &[u8]) -> Result<Value, ApiError> {
    check_memory_name(up.memory)?;
    let mut warnings: Vec<Diagnostic> = Vec::new();
    let mut units: Vec<TmUnit> = Vec::new();
    let mut take = |found: Vec<Diagnostic>| -> Result<(), ApiError> {
        for d in found {
            if d.severity == Severity::Error {
                return Err(refuse(&d));
            }
            warnings.push(d);
        }
        Ok(())
    };
    match up.format {
        MemoryFormat::Tmx => {
            let mut reader = TmxReader::new(std::io::Cursor::new(bytes)).map_err(|d| refuse(&d))?;
            while let Some(item) = reader.next() {
                take(reader.take_diagnostics())?;
                units.push(item.map_err(|d| refuse(&d))?);
            }
            take(reader.take_diagnostics())?;
        }
        MemoryFormat::Po => {
            let text = decode("the request body", bytes.to_vec())
                .map_err(|e| ApiError::bad_request(format!("{e:#}; nothing was imported")))?;
            let (catalog, found) = parse_po(&text);
            let target = match (&up.target_lang, catalog.header.language()) {
                (Some(l), _) => l.clone(),
                (None, Some(tag)) => Locale::parse(&tag.trim().replace('_', "-")).map_err(|e| {
                    ApiError::bad_request(format!(
                        "the catalog's Language header: {e}; give ?target_lang=L"
                    ))
                })?,
                (None, None) => return Err(ApiError::bad_request(
                    "the catalog has no Language header: give ?target_lang=L; nothing was imported",
                )),
            };
            let (found_units, more) = po_to_units(
                &catalog,
                &up.source_lang,
                &target,
                PoImport {
                    include_fuzzy: up.include_fuzzy,
                },
            );
            take(found.into_iter().chain(more).collect())?;
            units = found_units;
        }
        MemoryFormat::Xliff => {
            let text = decode("the request body", bytes.to_vec())
                .map_err(|e| ApiError::bad_request(format!("{e:#}; nothing was imported")))?;
            let (doc, found) = read_xliff(&text).map_err(|d| refuse(&d))?;
            take(found)?;
            units = xliff_to_units(&doc);
        }
    }
    let mut iter = units.into_iter().map(Ok);
    let outcome = store.tm_import(up.memory, &mut iter, &mut |_| {})?;
    Ok(json!({
        "memory": up.memory,
        "imported": outcome.imported,
        "merged": outcome.merged,
        "skipped": outcome.skipped,
        "diagnostics": warnings,
    }))
}

#[derive(Deserialize)]
pub struct ImportQuery {
    format: Option<String>,
    memory: Option<String>,
    source_lang: Option<String>,
    target_lang: Option<String>,
    #[serde(default)]
    include_fuzzy: bool,
}

pub async fn import(
    State(state): State<AppState>,
    headers: HeaderMap,
    Q(q): Q<ImportQuery>,
    RawBody(body): RawBody,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Editor).await?;
    let format = match q.format.as_deref() {
        Some("tmx") => MemoryFormat::Tmx,
        Some("po") => MemoryFormat::Po,
        Some("xliff" | "xlf") => MemoryFormat::Xliff,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "format={other}: expected tmx, po or xliff"
            )))
        }
        None => {
            return Err(ApiError::bad_request(
                "give the format: ?format=tmx|po|xliff",
            ))
        }
    };
    let memory = q.memory.unwrap_or_else(|| "main".to_string());
    let source_lang = locale(
        Some(q.source_lang.as_deref().unwrap_or("en")),
        "source_lang",
    )?;
    let target_lang = q
        .target_lang
        .as_deref()
        .map(|l| locale(Some(l), "target_lang"))
        .transpose()?;
    if body.is_empty() {
        return Err(ApiError::bad_request(
            "the request body is empty; nothing was imported",
        ));
    }
    state
        .with_store(move |store| {
            let up = MemoryUpload {
                format,
                memory: &memory,
                source_lang,
                target_lang,
                include_fuzzy: q.include_fuzzy,
            };
            import_memory(store, &up, &body).map(Json)
        })
        .await
}
