//! Who may do what: API tokens, their roles, and the check every handler makes.
//!
//! A token is `korpu_` and 64 hex digits (32 random bytes). The store keeps only its
//! SHA-256; a request sends it as `Authorization: Bearer TOKEN`.

use axum::http::header::AUTHORIZATION;
use axum::http::HeaderMap;
use serde::{Deserialize, Serialize};

use super::{ApiError, AppState};

/// The role a token carries. Each role may do what the roles before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Reads catalogs and editions, nothing else.
    Pipeline,
    /// Reads everything; writes translations and labels; searches the memory.
    Translator,
    /// Everything: articles, memory imports, deletions, tokens.
    Editor,
}

impl Role {
    /// The lowercase name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Pipeline => "pipeline",
            Role::Translator => "translator",
            Role::Editor => "editor",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Role, String> {
        match s {
            "pipeline" => Ok(Role::Pipeline),
            "translator" => Ok(Role::Translator),
            "editor" => Ok(Role::Editor),
            _ => Err(format!(
                "unknown role \"{s}\" (expected translator, editor or pipeline)"
            )),
        }
    }
}

/// Who made a request: the token's name and role, or the local user on a loopback
/// server that does not ask for tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The name writes are recorded under.
    pub name: String,
    /// What the actor may do.
    pub role: Role,
}

/// The prefix of every token korpu makes.
pub const TOKEN_PREFIX: &str = "korpu_";

/// A new token: [`TOKEN_PREFIX`] and 32 random bytes from the system's random source
/// as hex. Shown once; only its [`token_hash`] is stored.
pub fn new_token() -> std::io::Result<String> {
    Ok(format!("{TOKEN_PREFIX}{}", random_hex(32)?))
}

/// `n` random bytes from `/dev/urandom`, as lowercase hex.
pub fn random_hex(n: usize) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = vec![0u8; n];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(hex(&bytes))
}

/// The SHA-256 of a token as lowercase hex: what the store keeps.
pub fn token_hash(token: &str) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The name local requests are recorded under: `KORPU_AUTHOR`, else the login name,
/// else `local`.
pub fn local_name() -> String {
    ["KORPU_AUTHOR", "USER", "USERNAME"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| "local".to_string())
}

/// The token a request carries: `Authorization: Bearer TOKEN`. `Ok(None)` when there
/// is no `Authorization` header; an error when there is one of another kind.
fn bearer(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get(AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value
        .to_str()
        .map_err(|_| unauthorized("the Authorization header is not readable text"))?;
    let (scheme, token) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(unauthorized(
            "the Authorization header must be \"Bearer TOKEN\" (a token from `korpu token create`)",
        ));
    }
    Ok(Some(token.trim().to_string()))
}

fn unauthorized(message: &str) -> ApiError {
    ApiError::unauthorized(message)
}

/// Checks that a request may do what needs `needed`, and says who made it.
///
/// A request with a token is always checked against the store's tokens, read on every
/// request so that a revoked token stops working at once: an unknown or revoked token
/// is 401, a role below `needed` is 403. A request without a token is 401 when the
/// server asks for tokens, and the local user with the editor role when it does not
/// (a server on a loopback address).
pub async fn require(
    state: &AppState,
    headers: &HeaderMap,
    needed: Role,
) -> Result<Actor, ApiError> {
    let Some(token) = bearer(headers)? else {
        if state.require_tokens() {
            return Err(unauthorized(
                "this server needs a token: send \"Authorization: Bearer TOKEN\" (see `korpu token create`)",
            ));
        }
        return Ok(Actor {
            name: local_name(),
            role: Role::Editor,
        });
    };
    let hash = token_hash(&token);
    let record = state
        .with_store(move |store| Ok(store.active_token_by_hash(&hash)?))
        .await?;
    let Some(record) = record else {
        return Err(unauthorized("the token is unknown or was revoked"));
    };
    let role: Role = record
        .role
        .parse()
        .map_err(|e: String| ApiError::internal(format!("token \"{}\": {e}", record.name)))?;
    if role < needed {
        return Err(ApiError::forbidden(format!(
            "token \"{}\" has the {} role; this needs the {} role",
            record.name,
            role.as_str(),
            needed.as_str()
        )));
    }
    Ok(Actor {
        name: record.name,
        role,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() -> std::io::Result<()> {
        let a = new_token()?;
        let b = new_token()?;
        assert_ne!(a, b);
        assert!(a.starts_with(TOKEN_PREFIX));
        assert_eq!(a.len(), TOKEN_PREFIX.len() + 64);
        assert_eq!(token_hash(&a).len(), 64);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), token_hash(&b));
        // SHA-256 of "abc".
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        Ok(())
    }

    #[test]
    fn roles_are_ordered() {
        assert!(Role::Pipeline < Role::Translator && Role::Translator < Role::Editor);
        assert_eq!("editor".parse::<Role>(), Ok(Role::Editor));
        assert!("admin".parse::<Role>().is_err());
    }

    #[test]
    fn bearer_header() {
        let mut h = HeaderMap::new();
        assert!(matches!(bearer(&h), Ok(None)));
        h.insert(AUTHORIZATION, "Bearer korpu_ab".parse().expect("header"));
        assert_eq!(bearer(&h).ok().flatten().as_deref(), Some("korpu_ab"));
        h.insert(AUTHORIZATION, "Basic eDp5".parse().expect("header"));
        assert!(bearer(&h).is_err());
    }
}
