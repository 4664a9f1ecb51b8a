//! `korpu serve`: the JSON API, catalogs for pipelines and the web editor, on the same
//! store and library code as the command line.
//!
//! The server owns the store while it runs. Handlers borrow it through [`AppState`]:
//! [`AppState::store`] waits while the store is lent out to a command line call that
//! came through the server (see `forward.rs`), which closes the store, lets the
//! command run in a child process, and opens it again.

pub mod auth;
pub mod catalog;
pub mod error;
pub mod forward;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::RwLock;

pub use auth::Role;
pub use error::ApiError;

use crate::store::Store;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Shared>,
}

struct Shared {
    dir: PathBuf,
    /// The open store; `None` while a forwarded command line call has it.
    store: RwLock<Option<Arc<Store>>>,
    /// Whether requests from any address need a token (false on loopback).
    require_tokens: bool,
}

impl AppState {
    /// Wraps an open store. `require_tokens` is false when the server listens on a
    /// loopback address only.
    pub fn new(store: Store, require_tokens: bool) -> AppState {
        AppState {
            inner: Arc::new(Shared {
                dir: store.dir().to_path_buf(),
                store: RwLock::new(Some(Arc::new(store))),
                require_tokens,
            }),
        }
    }

    /// The store folder.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// Whether requests need a token.
    pub fn require_tokens(&self) -> bool {
        self.inner.require_tokens
    }

    /// The store, waiting while a forwarded command has it.
    pub async fn store(&self) -> Result<Arc<Store>, ApiError> {
        self.inner
            .store
            .read()
            .await
            .clone()
            .ok_or_else(|| ApiError::unavailable("the store is closed"))
    }

    /// Runs blocking store work off the async threads.
    pub async fn with_store<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let store = self.store().await?;
        tokio::task::spawn_blocking(move || work(&store))
            .await
            .map_err(|e| ApiError::internal(format!("a task failed: {e}")))?
    }

    /// Takes the store away from the handlers (waiting for those in flight), runs
    /// `during` with the store closed, then opens it again. Used to let a command
    /// line call that came through the server use the store.
    pub async fn lend_store<T, F>(&self, during: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let mut slot = self.inner.store.write().await;
        if let Some(store) = slot.take() {
            // Handlers that already hold the store finish first.
            let mut store = store;
            loop {
                match Arc::try_unwrap(store) {
                    Ok(s) => {
                        drop(s);
                        break;
                    }
                    Err(shared) => {
                        store = shared;
                        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                    }
                }
            }
        }
        let dir = self.inner.dir.clone();
        let (result, reopened) = tokio::task::spawn_blocking(move || {
            let result = during();
            (result, Store::open(&dir))
        })
        .await
        .map_err(|e| ApiError::internal(format!("a task failed: {e}")))?;
        *slot = Some(Arc::new(reopened.map_err(ApiError::from)?));
        Ok(result)
    }
}
