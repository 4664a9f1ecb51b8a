//! Labels: list (or those a locale lacks), one label in every locale, set a value.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{from_anyhow, locale, JsonBody, P, Q};
use crate::cli::cores::{label_row, list_labels, set_label, ListArgs, SetArgs};
use crate::server::auth::{require, Role};
use crate::server::{ApiError, AppState};
use crate::store::LabelFilter;

#[derive(Deserialize)]
pub struct ListQuery {
    lang: Option<String>,
    resource: Option<String>,
    #[serde(default)]
    missing: bool,
}

pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Q(q): Q<ListQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    if let Some(l) = &q.lang {
        locale(Some(l), "lang")?;
    }
    state
        .with_store(move |store| {
            let listing = list_labels(
                store,
                &ListArgs {
                    lang: q.lang,
                    resource: q.resource,
                    missing: q.missing,
                },
            );
            match listing {
                Ok(l) => Ok(Json(json!(l))),
                // A locale without labels has none to list, and lacks them all.
                Err(e) if e.to_string().starts_with("there are no labels in") => {
                    Err(ApiError::not_found(e.to_string()))
                }
                Err(e) => Err(from_anyhow(e)),
            }
        })
        .await
}

#[derive(Deserialize)]
pub struct ShowQuery {
    resource: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    headers: HeaderMap,
    P(id): P<String>,
    Q(q): Q<ShowQuery>,
) -> Result<Json<Value>, ApiError> {
    require(&state, &headers, Role::Translator).await?;
    state
        .with_store(move |store| {
            let found = store.labels(&LabelFilter {
                id: Some(&id),
                resource: q.resource.as_deref(),
                ..LabelFilter::default()
            })?;
            if found.is_empty() {
                return Err(ApiError::not_found(format!("unknown label \"{id}\"")));
            }
            Ok(Json(json!(found.iter().map(label_row).collect::<Vec<_>>())))
        })
        .await
}

#[derive(Deserialize)]
pub struct PutLabel {
    value: String,
    resource: Option<String>,
    attribute: Option<String>,
}

pub async fn put(
    State(state): State<AppState>,
    headers: HeaderMap,
    P((id, lang)): P<(String, String)>,
    JsonBody(body): JsonBody<PutLabel>,
) -> Result<Json<Value>, ApiError> {
    let actor = require(&state, &headers, Role::Translator).await?;
    locale(Some(&lang), "lang")?;
    state
        .with_store(move |store| {
            let args = SetArgs {
                id,
                lang,
                value: body.value,
                resource: body.resource,
                attribute: body.attribute,
                author: Some(actor.name.clone()),
            };
            let (label, existed) = set_label(store, &args, &actor.name).map_err(from_anyhow)?;
            let mut row = json!(label_row(&label));
            row["created"] = json!(!existed);
            Ok(Json(row))
        })
        .await
}
