//! Articles: list with progress, create from uploaded text, show with segments in a
//! locale, remove; one segment's translation and its suggestions.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{from_anyhow, limit, locale, min_score, segment_number, JsonBody, RawBody, P, Q};
use crate::cli::cores::{best_match, decode, default_title, stored_lang};
use crate::locale::Locale;
use crate::model::{self, Article, Origin, Status};
use crate::qa::{self, Severity};
use crate::segment::{DocFormat, Segmenter};
use crate::server::auth::{require, Role};
use crate::server::{ApiError, AppState};
use crate::store::{NewArticle, SetTranslation, StoreError};
use crate::tm::diff::DiffTag;
use crate::tm::lookup::Match;

/// Translated (or better), total and percent of an article's segments in a locale.
fn progress(article: &Article, lang: &Locale) -> Value {
    let total = article.segments.len();
    let translated = article
        .segments
        .iter()
        .filter(|s| !s.status_in(lang).needs_work())
        .count();
    json!({
        "translated": translated,
        "total": total,
        "percent": (translated * 100).checked_div(total).unwrap_or(0),
    })
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    state
        .with_store(|store| {
            let mut items = Vec::new();
            for info in store.list_articles()? {
                let article = store.article(&info.id)?;
                let targets = article.target_locales();
                let progress: BTreeMap<String, Value> = targets
                    .iter()
                    .map(|l| (l.tag().to_string(), progress(&article, l)))
                    .collect();
                items.push(json!({
                    "id": info.id,
                    "title": info.title,
                    "lang": info.lang,
                    "format": info.format,
                    "segments": info.segments,
                    "targets": targets,
                    "progress": progress,
                    "created": info.created,
                    "updated": info.updated,
                }));
            }
            Ok(Json(Value::Array(items)))
        })
        .await
}

#[derive(Deserialize)]
pub struct CreateQuery {
    id: Option<String>,
    lang: Option<String>,
    format: Option<String>,
    title: Option<String>,
    #[serde(default)]
    replace: bool,
}

pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    Q(q): Q<CreateQuery>,
    RawBody(body): RawBody,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    require(&state, &headers, Role::Editor).await?;
    let id =
        q.id.ok_or_else(|| ApiError::bad_request("give the article id: ?id=ID"))?;
    model::check_article_id(&id).map_err(ApiError::bad_request)?;
    let lang = locale(q.lang.as_deref(), "lang")?;
    let format = match q.format.as_deref().unwrap_or("text") {
        "text" | "txt" => DocFormat::Text,
        "md" | "markdown" => DocFormat::Markdown,
        "html" => DocFormat::Html,
        other => {
            return Err(ApiError::bad_request(format!(
                "format={other}: expected text, md or html"
            )))
        }
    };
    let source = decode("the request body", body.to_vec())
        .map_err(|e| ApiError::bad_request(format!("{e:#}; nothing was written")))?;
    if source.trim().is_empty() {
        return Err(ApiError::bad_request(
            "the request body is empty: there is nothing to add; nothing was written",
        ));
    }
    let spans = Segmenter::embedded().split(&source, &lang, format);
    if spans.is_empty() {
        return Err(ApiError::bad_request(
            "the document has no text to translate; nothing was written",
        ));
    }
    let title = match q.title.filter(|t| !t.trim().is_empty()) {
        Some(t) => t.trim().to_string(),
        None => default_title(&source, &spans, format),
    };
    let outcome = state
        .with_store(move |store| {
            Ok(store.add_article(
                &NewArticle {
                    id: &id,
                    title: &title,
                    lang,
                    format,
                    source: &source,
                    spans: &spans,
                },
                q.replace,
            )?)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(json!(outcome))))
}

#[derive(Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    P(id): P<String>,
    Q(q): Q<LangQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    let lang = locale(q.lang.as_deref(), "lang")?;
    state
        .with_store(move |store| {
            let article = store.article(&id)?;
            if lang.matches(&article.info.lang) {
                return Err(ApiError::bad_request(format!(
                    "{lang} is the source language of article \"{id}\"; ask for a target locale"
                )));
            }
            let target = stored_lang(&article, &lang);
            let mut qa_of: BTreeMap<usize, Vec<Value>> = BTreeMap::new();
            for f in qa::check_article(&article, std::slice::from_ref(&target)) {
                if let Some(n) = f.location.segment {
                    qa_of.entry(n).or_default().push(json!({
                        "kind": f.kind.as_str(),
                        "severity": severity(f.severity),
                        "message": f.message,
                    }));
                }
            }
            let segments: Vec<Value> = article
                .segments
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    json!({
                        "n": i + 1,
                        "id": s.id,
                        "text": s.text,
                        "kind": s.kind,
                        "paragraph": s.paragraph,
                        "status": s.status_in(&target),
                        "translation": s.translations.get(target.tag()),
                        "qa": qa_of.remove(&(i + 1)).unwrap_or_default(),
                    })
                })
                .collect();
            let info = &article.info;
            Ok(Json(json!({
                "id": info.id,
                "title": info.title,
                "lang": target,
                "source_lang": info.lang,
                "format": info.format,
                "created": info.created,
                "updated": info.updated,
                "targets": article.target_locales(),
                "progress": progress(&article, &target),
                "segments": segments,
            })))
        })
        .await
}

pub async fn remove(
    State(state): State<AppState>,
    headers: HeaderMap,
    P(id): P<String>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Editor).await?;
    state
        .with_store(move |store| {
            store.remove_article(&id)?;
            Ok(Json(json!({ "removed": id })))
        })
        .await
}

#[derive(Deserialize)]
pub struct PutTranslation {
    text: String,
    status: Option<String>,
    revision: Option<u64>,
}

pub async fn put_translation(
    State(state): State<AppState>,
    headers: HeaderMap,
    P((id, n, lang)): P<(String, String, String)>,
    JsonBody(body): JsonBody<PutTranslation>,
) -> Result<Json<Value>, ApiError> {
    let actor = require(&state, &headers, Role::Translator).await?;
    let n = segment_number(&n)?;
    let lang = locale(Some(&lang), "lang")?;
    let status: Status = match body.status.as_deref() {
        None => Status::Translated,
        Some(s) => s
            .parse()
            .map_err(|e| ApiError::bad_request(format!("{e}")))?,
    };
    if status == Status::New {
        return Err(ApiError::bad_request(
            "status new is what a segment without a translation has; store draft or above",
        ));
    }
    let revision = body.revision.ok_or_else(|| {
        ApiError::bad_request(
            "give the revision the text is based on: \"revision\": R (0 when the segment had no translation)",
        )
    })?;
    if body.text.trim().is_empty() {
        return Err(ApiError::bad_request(
            "the translation is empty; nothing was written",
        ));
    }
    state
        .with_store(move |store| {
            let stored = store.set_translation(&SetTranslation {
                article: &id,
                n,
                lang: &lang,
                text: &body.text,
                status,
                author: &actor.name,
                origin: Origin::Human,
                expect_revision: Some(revision),
            });
            match stored {
                Ok(t) => Ok(Json(json!({ "n": n, "translation": t }))),
                Err(e @ StoreError::StaleRevision { .. }) => {
                    let mut err = ApiError::from(e);
                    // The current value, so that the client can show it and merge.
                    if let Ok(article) = store.article(&id) {
                        let target = stored_lang(&article, &lang);
                        if let Some(t) = article
                            .segments
                            .get(n - 1)
                            .and_then(|s| s.translations.get(target.tag()))
                        {
                            err = err
                                .with("current_revision", t.revision)
                                .with("current_text", t.text.clone())
                                .with("current_status", t.status.as_str())
                                .with("current_author", t.author.clone());
                        }
                    }
                    Err(err)
                }
                Err(e) => Err(e.into()),
            }
        })
        .await
}

/// A match as the API gives it: the highlighted ranges of the query and of the
/// unit's source (`[start, end]` byte offsets), and the diff's ops.
pub fn suggestion(m: &Match) -> Value {
    let (mut query, mut source) = (Vec::new(), Vec::new());
    for op in m.diff.iter().filter(|op| op.tag != DiffTag::Equal) {
        if !op.query.is_empty() {
            query.push([op.query.start, op.query.end]);
        }
        if !op.source.is_empty() {
            source.push([op.source.start, op.source.end]);
        }
    }
    json!({
        "score": m.score,
        "unit": m.unit,
        "memory": m.memory,
        "source_lang": m.source_lang,
        "source": m.source,
        "target_lang": m.target_lang,
        "target": m.target,
        "target_substituted": m.target_substituted,
        "diff": { "query": query, "source": source, "ops": m.diff },
        "origin": m.origin,
        "author": m.author,
        "created": m.created,
        "changed": m.changed,
    })
}

#[derive(Deserialize)]
pub struct SuggestQuery {
    lang: Option<String>,
    limit: Option<usize>,
    min: Option<u8>,
    memory: Option<String>,
}

pub async fn suggestions(
    State(state): State<AppState>,
    headers: HeaderMap,
    P((id, n)): P<(String, String)>,
    Q(q): Q<SuggestQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    let n = segment_number(&n)?;
    let lang = locale(q.lang.as_deref(), "lang")?;
    let min = min_score(q.min, 70)?;
    let limit = limit(q.limit, 5, 50)?;
    let shared = state.clone();
    state
        .with_store(move |store| {
            let article = store.article(&id)?;
            if n > article.segments.len() {
                return Err(StoreError::SegmentOutOfRange {
                    article: id,
                    n,
                    count: article.segments.len(),
                }
                .into());
            }
            if lang.matches(&article.info.lang) {
                return Err(ApiError::bad_request(format!(
                    "{lang} is the source language of article \"{id}\"; ask for a target locale"
                )));
            }
            let target = stored_lang(&article, &lang);
            let found = shared.with_matcher(store, |m| {
                best_match(m, &article, n - 1, &target, min, limit, q.memory.as_deref())
            })?;
            let found = found.map_err(from_anyhow)?;
            Ok(Json(Value::Array(found.iter().map(suggestion).collect())))
        })
        .await
}
