//! The JSON API under `/api`: articles and their segments, the translation memory,
//! pretranslation and analysis, labels, checks and editions.
//!
//! Handlers check the caller's role first ([`auth::require`](super::auth::require)),
//! then do their store work off the async threads
//! ([`AppState::with_store`](super::AppState::with_store)). Every error is JSON
//! (`{"error": {"message", "status", …}}`): a body that is not JSON, a query or path
//! value of the wrong type and a body over the size limit included.

mod articles;
mod labels;
pub(crate) mod memory;
mod work;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::de::DeserializeOwned;

use super::{ApiError, AppState, MAX_BODY};
use crate::locale::Locale;
use crate::store::StoreError;
use crate::tm::lookup::LookupError;

/// The routes of the JSON API.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/health", get(health))
        .route("/api/openapi.json", get(openapi))
        .route("/api/articles", get(articles::list).post(articles::create))
        .route(
            "/api/articles/{id}",
            get(articles::show).delete(articles::remove),
        )
        .route(
            "/api/articles/{id}/segments/{n}/{lang}",
            put(articles::put_translation),
        )
        .route(
            "/api/articles/{id}/segments/{n}/suggestions",
            get(articles::suggestions),
        )
        .route("/api/articles/{id}/pretranslate", post(work::pretranslate))
        .route("/api/analyze", get(work::analyze))
        .route("/api/check", get(work::check))
        .route("/api/editions", post(work::edition))
        .route("/api/tm/search", get(memory::search))
        .route("/api/tm/concordance", get(memory::concordance))
        .route("/api/tm/import", post(memory::import))
        .route("/api/labels", get(labels::list))
        .route("/api/labels/{id}", get(labels::show))
        .route("/api/labels/{id}/{lang}", put(labels::put))
}

/// The message of the 404 for a path that no route serves.
pub const UNKNOWN_ROUTE: &str = "no such route";

/// The answer for a path no route serves: a JSON 404.
pub async fn unknown_route(uri: axum::http::Uri) -> ApiError {
    ApiError::not_found(format!(
        "{UNKNOWN_ROUTE}: {} (the API is described at /api/openapi.json)",
        uri.path()
    ))
}

async fn health(State(state): State<AppState>) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "ok": true,
        "store": state.dir().display().to_string(),
        "version": env!("CARGO_PKG_VERSION"),
    }))
}

async fn openapi() -> Json<serde_json::Value> {
    Json(super::openapi::document())
}

/// A request body as bytes; a body over the limit is a JSON 413.
pub struct RawBody(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for RawBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<RawBody, ApiError> {
        match Bytes::from_request(req, state).await {
            Ok(b) => Ok(RawBody(b)),
            Err(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "the request body is larger than {} MiB; nothing was written",
                    MAX_BODY / (1024 * 1024)
                ),
            )),
            Err(r) => Err(ApiError::new(
                r.status(),
                format!("cannot read the request body: {}", r.body_text()),
            )),
        }
    }
}

/// A JSON request body; one that does not parse, or does not have the fields the
/// route needs, is a 400 naming the line and column.
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<JsonBody<T>, ApiError> {
        let RawBody(bytes) = RawBody::from_request(req, state).await?;
        serde_json::from_slice(&bytes).map(JsonBody).map_err(|e| {
            ApiError::bad_request(format!(
                "the request body is not the JSON this route takes: {e}; nothing was written"
            ))
        })
    }
}

/// Query parameters; a wrong one is a JSON 400.
pub struct Q<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Q<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Q<T>, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| Q(q.0))
            .map_err(|r| ApiError::bad_request(r.body_text()))
    }
}

/// Path parameters; a wrong one is a JSON 400.
pub struct P<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for P<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<P<T>, ApiError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| P(p.0))
            .map_err(|r| ApiError::bad_request(r.body_text()))
    }
}

/// A locale tag from a request; a missing or invalid one is a 400.
pub fn locale(tag: Option<&str>, name: &str) -> Result<Locale, ApiError> {
    let tag = tag
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| ApiError::bad_request(format!("give the locale: ?{name}=L")))?;
    Locale::parse(tag.trim()).map_err(|e| ApiError::bad_request(format!("{name}: {e}")))
}

/// A segment number from a path: 1 or more.
pub fn segment_number(n: &str) -> Result<usize, ApiError> {
    n.parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::bad_request(format!("\"{n}\" is not a segment number (1, 2, …)")))
}

/// The error of a library call that returns `anyhow`: a store error keeps its
/// status, anything else is the caller's mistake (400).
pub fn from_anyhow(e: anyhow::Error) -> ApiError {
    let e = match e.downcast::<StoreError>() {
        Ok(s) => return s.into(),
        Err(e) => e,
    };
    let e = match e.downcast::<LookupError>() {
        Ok(LookupError::Store(s)) => return s.into(),
        Ok(LookupError::Invalid(m)) => return ApiError::bad_request(m),
        Err(e) => e,
    };
    ApiError::bad_request(
        e.chain()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(": "),
    )
}

/// A `min` score from a query: 1 to 101.
pub fn min_score(min: Option<u8>, default: u8) -> Result<u8, ApiError> {
    match min.unwrap_or(default) {
        m @ 1..=101 => Ok(m),
        m => Err(ApiError::bad_request(format!(
            "min={m}: a score is 1 to 101"
        ))),
    }
}

/// A `limit` from a query: 1 to `max`.
pub fn limit(limit: Option<usize>, default: usize, max: usize) -> Result<usize, ApiError> {
    match limit.unwrap_or(default) {
        l if (1..=max).contains(&l) => Ok(l),
        l => Err(ApiError::bad_request(format!("limit={l}: give 1 to {max}"))),
    }
}
