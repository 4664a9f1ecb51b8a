//! Catalogs for build pipelines, built from the store's labels (and kept until a label
//! changes):
//!
//! - `GET /catalog/{locale}.json`: the locale's labels as one flat JSON object;
//! - `GET /catalog/{locale}.po`: as one gettext PO file (msgid from the reference locale);
//! - `GET /catalog/{locale}/{file}.ftl`: one Fluent resource (`file` may have folders:
//!   `browser/browser.ftl`);
//! - `GET /catalog/all.tar`: every locale's resources and `manifest.json`, as
//!   `korpu export locales` writes them, in one POSIX tar archive.
//!
//! `?fill=L` fills untranslated messages from locale L (JSON, FTL and the archive);
//! `?format=json` makes the archive a tree of JSON files. Every answer carries a
//! strong ETag (the SHA-256 of its bytes, in quotes); a request whose `If-None-Match`
//! names it gets 304 and no body. The pipeline role is enough.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::auth::{require, Role};
use super::{ApiError, AppState};
use crate::export::catalog::{self, CatalogError, CatalogFormat, LabelSet, TreeFormat};
use crate::locale::Locale;

/// The catalog routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/catalog/{name}", get(single))
        .route("/catalog/{locale}/{*file}", get(resource))
}

/// Query parameters of the catalog routes.
#[derive(Debug, Default, Deserialize)]
struct CatalogQuery {
    /// Fill untranslated messages from this locale.
    fill: Option<String>,
    /// The archive's format: `ftl` (default) or `json`.
    format: Option<String>,
}

fn query(q: Result<Query<CatalogQuery>, QueryRejection>) -> Result<CatalogQuery, ApiError> {
    q.map(|Query(q)| q)
        .map_err(|e| ApiError::bad_request(format!("bad query: {}", e.body_text())))
}

async fn single(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
    q: Result<Query<CatalogQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    require(&state, &headers, Role::Pipeline).await?;
    let q = query(q)?;
    let (generation, set) = load(&state).await?;
    let key = format!("{name}?{:?}&{:?}", q.fill, q.format);
    if let Some((content_type, bytes)) = kept_answer(&state, generation, &key) {
        return Ok(with_disposition(
            &name,
            answer(&headers, content_type, bytes.to_vec()),
        ));
    }
    let fill = fill_tag(&set, q.fill.as_deref())?;
    if name == "all.tar" {
        let format = match q.format.as_deref() {
            None | Some("ftl") => TreeFormat::Ftl,
            Some("json") => TreeFormat::Json,
            Some(other) => {
                return Err(ApiError::bad_request(format!(
                    "unknown archive format \"{other}\" (expected ftl or json)"
                )))
            }
        };
        let files = catalog::locales_tree(&set, format, fill.as_deref()).map_err(export_error)?;
        let manifest = catalog::manifest(&files, format, &set.reference);
        let mut entries: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .map(|f| (format!("{}/{}", f.locale, f.file), f.text.into_bytes()))
            .collect();
        entries.push(("manifest.json".into(), manifest.into_bytes()));
        let bytes = tar(&entries).map_err(ApiError::bad_request)?;
        keep_answer(&state, generation, key, "application/x-tar", &bytes);
        return Ok(with_disposition(
            &name,
            answer(&headers, "application/x-tar", bytes),
        ));
    }
    let (tag, format, content_type) = if let Some(tag) = name.strip_suffix(".json") {
        (tag, CatalogFormat::Json, "application/json")
    } else if let Some(tag) = name.strip_suffix(".po") {
        (
            tag,
            CatalogFormat::Po,
            "text/x-gettext-translation; charset=utf-8",
        )
    } else {
        return Err(ApiError::not_found(format!(
            "no catalog \"{name}\": ask for /catalog/LOCALE.json, /catalog/LOCALE.po, \
             /catalog/LOCALE/FILE.ftl or /catalog/all.tar"
        )));
    };
    let lang = stored_tag(&set, tag)?;
    let out = catalog::catalog(&set, &lang, format, fill.as_deref()).map_err(export_error)?;
    keep_answer(&state, generation, key, content_type, out.text.as_bytes());
    Ok(answer(&headers, content_type, out.text.into_bytes()))
}

/// The archive is an attachment named `catalogs.tar`.
fn with_disposition(name: &str, mut response: Response) -> Response {
    if name == "all.tar" && response.status() == StatusCode::OK {
        response.headers_mut().insert(
            CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment; filename=\"catalogs.tar\""),
        );
    }
    response
}

async fn resource(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((locale, file)): Path<(String, String)>,
    q: Result<Query<CatalogQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    require(&state, &headers, Role::Pipeline).await?;
    check_file_name(&file)?;
    let q = query(q)?;
    let (generation, set) = load(&state).await?;
    let key = format!("{locale}/{file}?{:?}", q.fill);
    if let Some((content_type, bytes)) = kept_answer(&state, generation, &key) {
        return Ok(answer(&headers, content_type, bytes.to_vec()));
    }
    let fill = fill_tag(&set, q.fill.as_deref())?;
    let lang = stored_tag(&set, &locale)?;
    let files =
        catalog::locales_tree(&set, TreeFormat::Ftl, fill.as_deref()).map_err(export_error)?;
    let found = files
        .into_iter()
        .find(|f| f.locale == lang && f.file == file)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "{lang} has no Fluent resource \"{file}\" (the manifest in /catalog/all.tar lists them)"
            ))
        })?;
    keep_answer(
        &state,
        generation,
        key,
        "text/plain; charset=utf-8",
        found.text.as_bytes(),
    );
    Ok(answer(
        &headers,
        "text/plain; charset=utf-8",
        found.text.into_bytes(),
    ))
}

/// A resource path must stay inside its locale's folder: relative, with `/` between
/// folders, and no `.` or `..` part.
fn check_file_name(file: &str) -> Result<(), ApiError> {
    let problem = if file.starts_with('/') {
        Some("is absolute")
    } else if file.contains('\\') {
        Some("has a backslash (folders are separated by /)")
    } else if file.contains('\0') {
        Some("has a NUL character")
    } else if file.split('/').any(|part| part == "..") {
        Some("has a \"..\" part")
    } else if file.split('/').any(|part| part.is_empty() || part == ".") {
        Some("has an empty or \".\" part")
    } else {
        None
    };
    match problem {
        Some(why) => Err(ApiError::bad_request(format!(
            "catalog file name \"{file}\" {why}; it must be a path inside the locale's folder, such as browser/browser.ftl"
        ))),
        None => Ok(()),
    }
}

/// What the catalog routes keep between requests, per store: the labels as of one
/// label generation and the answers built from them. A change to any label moves the
/// generation on, and everything kept for the old one is dropped.
#[derive(Default)]
struct Kept {
    generation: u64,
    set: Option<Arc<LabelSet>>,
    answers: HashMap<String, (&'static str, Arc<Vec<u8>>)>,
}

fn kept() -> &'static Mutex<HashMap<PathBuf, Kept>> {
    static KEPT: OnceLock<Mutex<HashMap<PathBuf, Kept>>> = OnceLock::new();
    KEPT.get_or_init(Mutex::default)
}

/// The store's labels, read again only when they changed.
async fn load(state: &AppState) -> Result<(u64, Arc<LabelSet>), ApiError> {
    let generation = state
        .with_store(|store| Ok(store.label_generation()?))
        .await?;
    let dir = state.dir().to_path_buf();
    {
        let kept = kept()
            .lock()
            .map_err(|_| ApiError::internal("catalog cache poisoned"))?;
        if let Some(k) = kept.get(&dir).filter(|k| k.generation == generation) {
            if let Some(set) = &k.set {
                return Ok((generation, set.clone()));
            }
        }
    }
    let set = Arc::new(state.with_store(|store| Ok(LabelSet::load(store)?)).await?);
    let mut kept = kept()
        .lock()
        .map_err(|_| ApiError::internal("catalog cache poisoned"))?;
    let k = kept.entry(dir).or_default();
    if k.generation != generation {
        *k = Kept {
            generation,
            ..Kept::default()
        };
    }
    k.set = Some(set.clone());
    Ok((generation, set))
}

/// An answer built earlier from the same labels, if any.
fn kept_answer(
    state: &AppState,
    generation: u64,
    key: &str,
) -> Option<(&'static str, Arc<Vec<u8>>)> {
    let kept = kept().lock().ok()?;
    let k = kept
        .get(state.dir())
        .filter(|k| k.generation == generation)?;
    k.answers.get(key).cloned()
}

/// Keeps an answer for the next request with the same labels (up to 256 of them).
fn keep_answer(
    state: &AppState,
    generation: u64,
    key: String,
    content_type: &'static str,
    bytes: &[u8],
) {
    if let Ok(mut kept) = kept().lock() {
        if let Some(k) = kept
            .get_mut(state.dir())
            .filter(|k| k.generation == generation)
        {
            if k.answers.len() < 256 {
                k.answers
                    .insert(key, (content_type, Arc::new(bytes.to_vec())));
            }
        }
    }
}

/// The stored tag that the asked-for locale stands for (`en` finds `en-US`): 400 for a
/// tag that is not BCP 47, 404 for a locale without labels.
fn stored_tag(set: &LabelSet, asked: &str) -> Result<String, ApiError> {
    let locale = Locale::parse(asked)
        .map_err(|e| ApiError::bad_request(format!("\"{asked}\" is not a locale: {e}")))?;
    match set.stored_tag(&locale) {
        Some(tag) => Ok(tag),
        None => Err(ApiError::not_found(format!(
            "there are no labels in {asked} (the store has labels in: {})",
            set.langs().into_iter().collect::<Vec<_>>().join(", ")
        ))),
    }
}

fn fill_tag(set: &LabelSet, fill: Option<&str>) -> Result<Option<String>, ApiError> {
    fill.map(|f| stored_tag(set, f)).transpose()
}

fn export_error(e: CatalogError) -> ApiError {
    match e {
        CatalogError::NoLabels(_) => ApiError::not_found(e.to_string()),
        CatalogError::Invalid { .. } => ApiError::internal(e.to_string()),
    }
}

/// The answer for `bytes`: 200 with a strong ETag, or 304 when the request's
/// `If-None-Match` names that ETag already (or is `*`).
fn answer(request: &HeaderMap, content_type: &'static str, bytes: Vec<u8>) -> Response {
    let etag = format!("\"{}\"", hex(&Sha256::digest(&bytes)));
    let mut headers = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(ETAG, v);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let matched = request
        .get_all(IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| none_match_hits(v, &etag));
    if matched {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    (StatusCode::OK, headers, bytes).into_response()
}

/// Whether an `If-None-Match` value names `etag`: `*`, or a list of entity tags
/// compared weakly (a `W/` prefix is ignored), as RFC 9110 asks for this header.
fn none_match_hits(value: &str, etag: &str) -> bool {
    value
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// A POSIX ustar archive of `files` (path, bytes): regular files with mode 0644, owner
/// 0:0 and time 0, so the same files give the same bytes. A path longer than 100 bytes
/// is split into the header's prefix and name at a `/`; one that cannot be is refused.
pub fn tar(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    for (path, bytes) in files {
        out.extend_from_slice(&tar_header(path, bytes.len())?);
        out.extend_from_slice(bytes);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    // The end of an archive: two zero blocks.
    out.resize(out.len() + 1024, 0);
    Ok(out)
}

fn tar_header(path: &str, size: usize) -> Result<[u8; 512], String> {
    let (prefix, name) = if path.len() <= 100 {
        ("", path)
    } else {
        // The prefix is at most 155 bytes and the name at most 100, split at a '/'.
        path.char_indices()
            .filter(|&(i, c)| c == '/' && i <= 155 && path.len() - i - 1 <= 100 && i > 0)
            .map(|(i, _)| (&path[..i], &path[i + 1..]))
            .next()
            .ok_or_else(|| format!("the path {path} is too long for a tar archive"))?
    };
    if size as u64 >= 0o77777777777 {
        return Err(format!("{path} is too large for a tar archive"));
    }
    let mut h = [0u8; 512];
    let mut put = |at: usize, bytes: &[u8]| h[at..at + bytes.len()].copy_from_slice(bytes);
    put(0, name.as_bytes());
    put(100, b"0000644\0");
    put(108, b"0000000\0");
    put(116, b"0000000\0");
    put(124, format!("{size:011o}\0").as_bytes());
    put(136, b"00000000000\0");
    put(148, b"        ");
    put(156, b"0");
    put(257, b"ustar\0");
    put(263, b"00");
    put(265, b"root");
    put(297, b"root");
    put(329, b"0000000\0");
    put(337, b"0000000\0");
    put(345, prefix.as_bytes());
    let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
    h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    Ok(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_stay_inside() {
        for ok in [
            "browser.ftl",
            "browser/browser.ftl",
            "a/b/c.ftl",
            "x..y.ftl",
        ] {
            assert!(check_file_name(ok).is_ok(), "{ok}");
        }
        for bad in [
            "../x.ftl",
            "a/../../x.ftl",
            "..",
            "/etc/passwd",
            "a\\b.ftl",
            "a//b.ftl",
            "./a.ftl",
            "a\0.ftl",
        ] {
            let e = check_file_name(bad).err().map(|e| e.status);
            assert_eq!(e, Some(StatusCode::BAD_REQUEST), "{bad}");
        }
    }

    #[test]
    fn if_none_match() {
        let tag = "\"abc\"";
        assert!(none_match_hits("\"abc\"", tag));
        assert!(none_match_hits("\"x\", W/\"abc\"", tag));
        assert!(none_match_hits("*", tag));
        assert!(!none_match_hits("\"abcd\"", tag));
        assert!(!none_match_hits("abc", tag));
    }

    #[test]
    fn tar_layout() -> Result<(), String> {
        let files = vec![
            ("az/a.ftl".to_string(), b"hello = Salam\n".to_vec()),
            ("manifest.json".to_string(), vec![b'x'; 512]),
        ];
        let t = tar(&files)?;
        // Header, one data block; header, one data block; two end blocks.
        assert_eq!(t.len(), 512 * 6);
        assert_eq!(&t[..8], b"az/a.ftl");
        assert_eq!(&t[124..136], b"00000000016\0");
        assert_eq!(&t[257..263], b"ustar\0");
        // The checksum counts its own field as spaces.
        let mut h = t[..512].to_vec();
        let stored = std::str::from_utf8(&h[148..154]).map_err(|e| e.to_string())?;
        let stored = u32::from_str_radix(stored, 8).map_err(|e| e.to_string())?;
        h[148..156].copy_from_slice(b"        ");
        assert_eq!(stored, h.iter().map(|&b| u32::from(b)).sum::<u32>());
        assert_eq!(&t[512..526], b"hello = Salam\n");
        assert!(t[512 * 4..].iter().all(|&b| b == 0));
        // Deterministic.
        assert_eq!(tar(&files)?, t);
        // Long paths go into the prefix; impossible ones are refused.
        let long = format!("{}/{}", "d".repeat(120), "f".repeat(90));
        let t = tar(&[(long, vec![])])?;
        assert_eq!(&t[345..465], "d".repeat(120).as_bytes());
        assert_eq!(&t[..90], "f".repeat(90).as_bytes());
        assert!(tar(&[("f".repeat(300), vec![])]).is_err());
        Ok(())
    }
}
