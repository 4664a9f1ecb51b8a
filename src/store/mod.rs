//! The store: the only module that knows sled.
//!
//! A store is one folder:
//!
//! ```text
//! DIR/korpu.lock   held (flock) by the process that has the store open
//! DIR/db/          the sled database
//! ```
//!
//! Trees: `meta` (format version, markers of unfinished work), `articles` (article id →
//! `ArticleRecord`), `sources` (uid → source document), `segments` (uid +
//! order key → segment), `history` (uid + segment id + locale + sequence → change), `labels` and
//! `label_layouts` (see `labels.rs`).
//!
//! Every change is atomic and flushed before the call returns. A small change is one
//! sled transaction. Adding an article writes its source and segments under a fresh
//! uid in batches while a `pending` marker names that uid; one final transaction then
//! writes the article record, which is what makes the new version visible, and marks
//! the replaced version as garbage. Whatever a crash leaves behind is invisible (no
//! article record points at it) and is swept on the next open.

mod articles;
mod backup;
pub(crate) mod codec;
mod labels;
mod segments;
mod tm;
mod tokens;

use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};

pub use articles::{AddOutcome, NewArticle};
pub use backup::RestoreOutcome;
pub use labels::{LabelFilter, LabelImportOutcome, ResourceImport, DEFAULT_REFERENCE};
pub use segments::{BatchTranslation, SetTranslation};
pub use tm::{check_memory_name, ImportOutcome, MemoryInfo, MemoryStats, TmStats};
pub use tokens::{check_token_name, constant_time_eq, TokenRecord};

use codec::keys;

/// The on-disk format this build writes. A store with a higher number was written by a
/// newer korpu and is refused. Version 2 packs memory units 64 to a value in a binary
/// layout with hash buckets for exact matches (version 1: one JSON record and one key
/// per text per unit); a version-1 store without memory units is upgraded on open, one
/// with memory units is refused with a message to back it up and restore it.
pub const FORMAT_VERSION: u32 = 2;

/// How many records one batch of a large write holds. A sled transaction keeps its
/// whole write set in memory, so large writes go in batches of this size.
const BATCH: usize = 2_000;

/// sled's page cache. sled's default (1 GiB) let a million-unit import hold every
/// page it wrote; reads go to the operating system's file cache beyond this.
const CACHE_BYTES: u64 = 64 << 20;

/// What can go wrong with a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process has the store open.
    #[error("store {} is in use by another process (a running `korpu serve` or another command); nothing was written", .0.display())]
    InUse(PathBuf),
    /// The store was written by a newer korpu.
    #[error("store {} has format version {found}, but this build of korpu reads versions up to {supported}; use a newer korpu", .path.display())]
    NewerFormat {
        /// The store folder.
        path: PathBuf,
        /// The version found in the store.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The folder cannot be used as a store.
    #[error("cannot open store {}: {message}", .path.display())]
    Open {
        /// The store folder.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// No article has this id.
    #[error("unknown article \"{0}\" (see `korpu article list`)")]
    UnknownArticle(String),
    /// An article with this id exists and replacing it was not asked for.
    #[error("article \"{0}\" exists already; use --replace to replace its source (translations of unchanged segments are kept)")]
    ArticleExists(String),
    /// A segment number outside 1..=count.
    #[error("article \"{article}\" has {count} segments; there is no segment {n}")]
    SegmentOutOfRange {
        /// The article id.
        article: String,
        /// The number asked for.
        n: usize,
        /// How many segments the article has.
        count: usize,
    },
    /// A write based on an older revision than the stored one.
    #[error("segment {n} of \"{article}\" in {lang} is at revision {current}, not {expected}: someone changed it meanwhile; nothing was written (current text: \"{current_text}\")")]
    StaleRevision {
        /// The article id.
        article: String,
        /// The segment number.
        n: usize,
        /// The locale tag.
        lang: String,
        /// The revision the caller based the write on.
        expected: u64,
        /// The stored revision.
        current: u64,
        /// The stored text.
        current_text: String,
    },
    /// A request that the data does not allow (merging across paragraphs, splitting at a
    /// byte that is not inside the segment, …).
    #[error("{0}")]
    Invalid(String),
    /// A backup file that cannot be restored.
    #[error("{file}:{line}:{column}: {message}; nothing was restored")]
    Backup {
        /// The backup file.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A record that does not decode.
    #[error("the store is damaged: {0}")]
    Corrupt(String),
    /// sled reported an error.
    #[error("store error: {0}")]
    Engine(#[from] sled::Error),
    /// Reading or writing a file failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl<E: Into<StoreError>> From<sled::transaction::TransactionError<E>> for StoreError {
    fn from(e: sled::transaction::TransactionError<E>) -> Self {
        match e {
            sled::transaction::TransactionError::Abort(e) => e.into(),
            sled::transaction::TransactionError::Storage(e) => StoreError::Engine(e),
        }
    }
}

/// An open store. Dropping it releases the folder for other processes.
pub struct Store {
    dir: PathBuf,
    db: sled::Db,
    meta: sled::Tree,
    articles: sled::Tree,
    sources: sled::Tree,
    segments: sled::Tree,
    history: sled::Tree,
    tm_units: sled::Tree,
    tm_exact: sled::Tree,
    tm_staged: sled::Tree,
    tm_overlay: sled::Tree,
    tm_log: sled::Tree,
    labels: sled::Tree,
    label_layouts: sled::Tree,
    tokens: sled::Tree,
    // Held for the lifetime of the store: the flock is what keeps a second process out.
    _lock: File,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("dir", &self.dir).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the store in `dir`.
    ///
    /// Fails with [`StoreError::InUse`] at once, without waiting, when another process
    /// holds it, and with [`StoreError::NewerFormat`] when a newer korpu wrote it.
    /// Leftovers of an interrupted command are swept before it returns.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let open_err = |message: String| StoreError::Open {
            path: dir.to_path_buf(),
            message,
        };
        if dir.exists() && !dir.is_dir() {
            return Err(open_err("it is a file, not a folder".into()));
        }
        fs::create_dir_all(dir).map_err(|e| open_err(e.to_string()))?;
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join("korpu.lock"))
            .map_err(|e| open_err(e.to_string()))?;
        // A lock can be held for a moment by a process that is just ending, or by a
        // child that another thread of the holder is starting (it shares the file until
        // it execs): wait half a second at most before calling the store busy.
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(500);
        loop {
            match lock.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(TryLockError::WouldBlock) => return Err(StoreError::InUse(dir.to_path_buf())),
                Err(TryLockError::Error(e)) => return Err(open_err(e.to_string())),
            }
        }
        let db = sled::Config::new()
            .path(dir.join("db"))
            .cache_capacity(CACHE_BYTES)
            .open()
            .map_err(|e| open_err(e.to_string()))?;
        // The format is checked before any other tree is opened: opening creates missing
        // trees, and a store from a newer korpu must be left exactly as it is.
        let meta = db.open_tree("meta")?;
        check_format(dir, &db, &meta)?;
        let store = Store {
            dir: dir.to_path_buf(),
            articles: db.open_tree("articles")?,
            sources: db.open_tree("sources")?,
            segments: db.open_tree("segments")?,
            history: db.open_tree("history")?,
            tm_units: db.open_tree("tm_units")?,
            tm_exact: db.open_tree("tm_exact")?,
            tm_staged: db.open_tree("tm_staged")?,
            tm_overlay: db.open_tree("tm_overlay")?,
            tm_log: db.open_tree("tm_log")?,
            labels: db.open_tree("labels")?,
            label_layouts: db.open_tree("label_layouts")?,
            tokens: db.open_tree("tokens")?,
            meta,
            db,
            _lock: lock,
        };
        store.sweep()?;
        Ok(store)
    }

    /// The store folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The format version recorded in the store.
    pub fn format_version(&self) -> Result<u32, StoreError> {
        Ok(self
            .meta
            .get(keys::FORMAT_VERSION)?
            .map_or(FORMAT_VERSION, |v| read_u32(&v)))
    }

    /// Removes what interrupted commands left: staged article versions that never
    /// became visible, replaced versions not yet deleted, a half-done restore.
    fn sweep(&self) -> Result<(), StoreError> {
        if self.meta.get(keys::RESTORING)?.is_some() {
            for tree in [
                &self.articles,
                &self.sources,
                &self.segments,
                &self.history,
                &self.tm_units,
                &self.tm_exact,
                &self.tm_staged,
                &self.tm_overlay,
                &self.tm_log,
                &self.labels,
                &self.label_layouts,
            ] {
                tree.clear()?;
            }
            for prefix in [tm::tmkeys::MEMORY, tm::tmkeys::LANG] {
                for key in self.meta.scan_prefix(prefix).keys() {
                    self.meta.remove(key?)?;
                }
            }
            self.meta.remove(keys::RESTORING)?;
        }
        self.sweep_tm()?;
        for prefix in [&b"pending/"[..], &b"garbage/"[..]] {
            let markers: Vec<sled::IVec> = self
                .meta
                .scan_prefix(prefix)
                .keys()
                .collect::<Result<_, _>>()?;
            for key in markers {
                if let Some(uid) = keys::uid_after_prefix(&key, prefix) {
                    self.delete_version(uid)?;
                }
                self.meta.remove(key)?;
            }
        }
        self.db.flush()?;
        Ok(())
    }

    /// Deletes the source, segments and history stored under one uid, in batches.
    fn delete_version(&self, uid: u64) -> Result<(), StoreError> {
        self.sources.remove(keys::uid(uid))?;
        for tree in [&self.segments, &self.history] {
            loop {
                let mut batch = sled::Batch::default();
                let mut n = 0;
                for key in tree.scan_prefix(keys::uid(uid)).keys().take(BATCH) {
                    batch.remove(key?);
                    n += 1;
                }
                if n == 0 {
                    break;
                }
                tree.apply_batch(batch)?;
            }
        }
        Ok(())
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }

    fn next_id(&self) -> Result<u64, StoreError> {
        // generate_id starts at 0; 0 is kept free so that a zeroed key never names data.
        Ok(self.db.generate_id()? + 1)
    }
}

fn check_format(dir: &Path, db: &sled::Db, meta: &sled::Tree) -> Result<(), StoreError> {
    match meta.get(keys::FORMAT_VERSION)? {
        None => {
            meta.insert(keys::FORMAT_VERSION, &FORMAT_VERSION.to_be_bytes())?;
            db.flush()?;
        }
        Some(v) => {
            let found = read_u32(&v);
            if found > FORMAT_VERSION {
                return Err(StoreError::NewerFormat {
                    path: dir.to_path_buf(),
                    found,
                    supported: FORMAT_VERSION,
                });
            }
            if found < 2 {
                upgrade_from_1(dir, db, meta)?;
            }
        }
    }
    Ok(())
}

/// A crash point for the reliability tests: with `KORPU_CRASH_AT=NAME:N` in the
/// environment, the process aborts (no destructors, no flush, as under `kill -9`) the
/// N-th time it reaches the point called NAME. Without the variable it does nothing.
pub(crate) fn crash_point(name: &str) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static REACHED: AtomicUsize = AtomicUsize::new(0);
    let Ok(spec) = std::env::var("KORPU_CRASH_AT") else {
        return;
    };
    let Some((point, n)) = spec.split_once(':') else {
        return;
    };
    if point == name && REACHED.fetch_add(1, Ordering::SeqCst) + 1 >= n.parse().unwrap_or(1) {
        std::process::abort();
    }
}

/// Version 1 → 2: only the memory's layout changed. A store whose memory is empty
/// needs nothing but the new number; one with units is refused untouched (a backup
/// made with the korpu that wrote it restores into a new store losslessly).
fn upgrade_from_1(dir: &Path, db: &sled::Db, meta: &sled::Tree) -> Result<(), StoreError> {
    let names = db.tree_names();
    for tree in ["tm_units", "tm_exact", "tm_staged", "tm_overlay"] {
        if names.iter().any(|n| n.as_ref() == tree.as_bytes()) && !db.open_tree(tree)?.is_empty() {
            return Err(StoreError::Open {
                path: dir.to_path_buf(),
                message: format!(
                    "it has format version 1, whose translation-memory layout this build of korpu no longer reads (it reads version {FORMAT_VERSION}); \
                     back it up with the korpu that wrote it (`korpu backup FILE`) and restore that file into a new store (`korpu --store NEW restore FILE`); nothing was changed"
                ),
            });
        }
    }
    meta.insert(keys::FORMAT_VERSION, &FORMAT_VERSION.to_be_bytes())?;
    db.flush()?;
    Ok(())
}

fn read_u32(bytes: &[u8]) -> u32 {
    bytes.try_into().map(u32::from_be_bytes).unwrap_or(u32::MAX)
}

/// The store folder a command uses: `--store DIR`, else `KORPU_STORE`, else `./.korpu`.
pub fn resolve_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(dir) = flag {
        return dir.to_path_buf();
    }
    match std::env::var_os("KORPU_STORE") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(".korpu"),
    }
}
