//! Errors of the HTTP API: JSON with a message and the right status code.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::store::StoreError;

/// An error answered as `{"error": {"message": …, "status": …, …}}`.
#[derive(Debug)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// What went wrong, for a person.
    pub message: String,
    /// More fields for the `error` object (for a conflict: the current value).
    pub details: serde_json::Map<String, serde_json::Value>,
}

impl ApiError {
    /// An error with a status and a message.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            details: serde_json::Map::new(),
        }
    }

    /// 400.
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// 404.
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    /// 409.
    pub fn conflict(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::CONFLICT, message)
    }

    /// 401.
    pub fn unauthorized(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, message)
    }

    /// 403.
    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, message)
    }

    /// 503.
    pub fn unavailable(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, message)
    }

    /// 500.
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    /// Adds a field to the error object.
    pub fn with(mut self, key: &str, value: impl Into<serde_json::Value>) -> ApiError {
        self.details.insert(key.to_string(), value.into());
        self
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        let message = e.to_string();
        match e {
            StoreError::UnknownArticle(_) | StoreError::SegmentOutOfRange { .. } => {
                ApiError::not_found(message)
            }
            StoreError::ArticleExists(_) => ApiError::conflict(message),
            StoreError::StaleRevision {
                current,
                current_text,
                ..
            } => ApiError::conflict(message)
                .with("current_revision", current)
                .with("current_text", current_text),
            StoreError::Invalid(_) | StoreError::Backup { .. } => ApiError::bad_request(message),
            StoreError::InUse(_) => ApiError::unavailable(message),
            StoreError::NewerFormat { .. }
            | StoreError::Open { .. }
            | StoreError::Corrupt(_)
            | StoreError::Engine(_)
            | StoreError::Io(_) => ApiError::internal(message),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut error = self.details;
        error.insert("message".into(), self.message.into());
        error.insert("status".into(), self.status.as_u16().into());
        (self.status, Json(serde_json::json!({ "error": error }))).into_response()
    }
}
