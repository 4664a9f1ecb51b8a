//! Work over whole articles and the store: pretranslation, analysis, checks and
//! editions.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{from_anyhow, locale, min_score, JsonBody, P, Q};
use crate::cli::cores::{analysis, pretranslate_article, store_report};
use crate::export::edition::{build_edition, EditionFormat, EditionOptions, Untranslated};
use crate::model::Status;
use crate::server::auth::{require, Role};
use crate::server::{ApiError, AppState};

#[derive(Deserialize)]
pub struct PretranslateQuery {
    lang: Option<String>,
    min: Option<u8>,
    memory: Option<String>,
}

pub async fn pretranslate(
    State(state): State<AppState>,
    headers: HeaderMap,
    P(id): P<String>,
    Q(q): Q<PretranslateQuery>,
) -> Result<Json<Value>, ApiError> {
    let actor = require(&state, &headers, Role::Translator).await?;
    let lang = locale(q.lang.as_deref(), "lang")?;
    let min = min_score(q.min, 100)?;
    state
        .with_store(move |store| {
            let done =
                pretranslate_article(store, &id, &lang, min, q.memory.as_deref(), &actor.name)
                    .map_err(from_anyhow)?;
            Ok(Json(json!(done)))
        })
        .await
}

#[derive(Deserialize)]
pub struct AnalyzeQuery {
    articles: Option<String>,
    lang: Option<String>,
    memory: Option<String>,
}

pub async fn analyze(
    State(state): State<AppState>,
    headers: HeaderMap,
    Q(q): Q<AnalyzeQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    let lang = locale(q.lang.as_deref(), "lang")?;
    let ids: Vec<String> = q
        .articles
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    if ids.is_empty() {
        return Err(ApiError::bad_request(
            "give the articles to analyse: ?articles=a,b",
        ));
    }
    state
        .with_store(move |store| {
            let report = analysis(store, &ids, &lang, q.memory.as_deref()).map_err(from_anyhow)?;
            Ok(Json(json!(report)))
        })
        .await
}

#[derive(Deserialize)]
pub struct CheckQuery {
    lang: Option<String>,
}

pub async fn check(
    State(state): State<AppState>,
    headers: HeaderMap,
    Q(q): Q<CheckQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    let lang = q
        .lang
        .as_deref()
        .map(|l| locale(Some(l), "lang"))
        .transpose()?;
    state
        .with_store(move |store| {
            let report = store_report(store, lang.as_ref()).map_err(from_anyhow)?;
            Ok(Json(json!(report)))
        })
        .await
}

#[derive(Deserialize)]
pub struct EditionRequest {
    articles: Vec<String>,
    lang: String,
    format: Option<String>,
    fallback: Option<String>,
    #[serde(default)]
    strict: bool,
    min_status: Option<String>,
}

pub async fn edition(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<EditionRequest>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Pipeline).await?;
    let lang = locale(Some(&req.lang), "lang")?;
    let format = match req.format.as_deref().unwrap_or("html") {
        "html" => EditionFormat::Html,
        "md" | "markdown" => EditionFormat::Md,
        "json" => EditionFormat::Json,
        other => {
            return Err(ApiError::bad_request(format!(
                "format \"{other}\": expected html, md or json"
            )))
        }
    };
    let untranslated = match (&req.fallback, req.strict) {
        (Some(_), true) => return Err(ApiError::bad_request("give fallback or strict, not both")),
        (Some(l), false) => Untranslated::Fallback(locale(Some(l), "fallback")?),
        (None, true) => Untranslated::Strict,
        (None, false) => Untranslated::Source,
    };
    let min_status: Status = req
        .min_status
        .as_deref()
        .unwrap_or("translated")
        .parse()
        .map_err(|e| ApiError::bad_request(format!("min_status: {e}")))?;
    if min_status == Status::New {
        return Err(ApiError::bad_request(
            "min_status new would publish segments that have no translation; use draft or above",
        ));
    }
    state
        .with_store(move |store| {
            let mut articles = Vec::with_capacity(req.articles.len());
            for id in &req.articles {
                articles.push(store.article(id)?);
            }
            let options = EditionOptions {
                lang,
                format,
                untranslated,
                min_status,
            };
            let edition = build_edition(&articles, &options)
                .map_err(|e| ApiError::bad_request(e.to_string()))?;
            let files: Vec<Value> = edition
                .files
                .iter()
                .map(|f| {
                    json!({
                        "name": f.name,
                        "content": String::from_utf8_lossy(&f.bytes),
                    })
                })
                .collect();
            Ok(Json(json!({
                "manifest": edition.manifest,
                "files": files,
                "warnings": edition.warnings,
            })))
        })
        .await
}
