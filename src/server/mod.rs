//! `korpu serve`: the JSON API, catalogs for pipelines and the web editor, on the same
//! store and library code as the command line.
//!
//! The server owns the store while it runs. Handlers borrow it through [`AppState`]:
//! [`AppState::store`] waits while the store is lent out to a command line call that
//! came through the server (see `forward.rs`), which closes the store, lets the
//! command run in a child process, and opens it again.

pub mod api;
pub mod auth;
pub mod catalog;
pub mod demo;
pub mod editor;
pub mod error;
pub mod forward;
pub mod openapi;

use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::extract::DefaultBodyLimit;
use axum::Router;
use tokio::sync::RwLock;

pub use auth::Role;
pub use error::ApiError;

use crate::store::{Store, StoreError};
use crate::tm::index::Index;
use crate::tm::lookup::Matcher;

/// The largest request body accepted (a larger one gets 413).
pub const MAX_BODY: usize = 10 * 1024 * 1024;

/// The whole application: the JSON API and the routes of the other server modules,
/// with the body limit and a JSON 404 for unknown paths.
pub fn build_router(state: AppState) -> Router {
    Router::new()
        .merge(api::routes())
        .merge(catalog::routes())
        .merge(forward::routes())
        .merge(editor::routes())
        .fallback(api::unknown_route)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

/// Serves `router` on `listener` until `shutdown` completes; requests in flight finish
/// first.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Completes on Ctrl-C (SIGINT) or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        // Without a handler there is nothing to wait for but the other signal.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

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
    /// Lookup indexes kept between requests, by locale tag; a matcher drops those
    /// whose generation is behind the store's.
    indexes: Mutex<IndexPool>,
    /// Signalled when a set of indexes goes back into the pool.
    returned: std::sync::Condvar,
}

/// Sets of lookup indexes, one per matcher that may run at once. A lookup is CPU
/// work, so there are as many sets as cores: a request takes a set (waiting while all
/// are in use) instead of loading the snapshots again for itself.
#[derive(Default)]
struct IndexPool {
    idle: Vec<HashMap<String, Index>>,
    made: usize,
}

/// A set of indexes taken from the pool, given back when dropped.
struct Lease<'a> {
    shared: &'a Shared,
    set: Option<HashMap<String, Index>>,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let Ok(mut pool) = self.shared.indexes.lock() {
            pool.idle.push(self.set.take().unwrap_or_default());
        }
        self.shared.returned.notify_one();
    }
}

/// How many matchers run at once: one per core.
fn matchers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
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
                indexes: Mutex::new(IndexPool::default()),
                returned: std::sync::Condvar::new(),
            }),
        }
    }

    /// Runs `work` with a matcher over `store` that reuses the indexes of earlier
    /// requests (reloaded when the memory changed), and keeps its indexes for the next.
    pub fn with_matcher<T>(
        &self,
        store: &Store,
        work: impl FnOnce(&mut Matcher) -> T,
    ) -> Result<T, StoreError> {
        let kept = {
            let mut pool = self
                .inner
                .indexes
                .lock()
                .map_err(|_| StoreError::Corrupt("the index pool is poisoned".into()))?;
            loop {
                if let Some(set) = pool.idle.pop() {
                    break set;
                }
                if pool.made < matchers() {
                    pool.made += 1;
                    break HashMap::new();
                }
                pool = self
                    .inner
                    .returned
                    .wait(pool)
                    .map_err(|_| StoreError::Corrupt("the index pool is poisoned".into()))?;
            }
        };
        // The set goes back into the pool however this ends (an empty one when the
        // matcher failed or panicked: the next request loads the snapshots again).
        let mut lease = Lease {
            shared: &self.inner,
            set: None,
        };
        let mut matcher = Matcher::with_indexes(store, kept)?;
        let out = work(&mut matcher);
        lease.set = Some(matcher.into_indexes());
        drop(lease);
        Ok(out)
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
        if let Ok(mut pool) = self.inner.indexes.lock() {
            for set in &mut pool.idle {
                set.clear();
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
