//! Who may do what: roles of API tokens.

use serde::{Deserialize, Serialize};

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

/// Who a request acts as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Recorded as the author of every change the request makes.
    pub name: String,
    /// What the actor may do.
    pub role: Role,
}

/// The actor of a request that needs at least `role`.
///
/// This build knows no tokens yet: a loopback server (no tokens required) treats every
/// request as the local editor (`$KORPU_AUTHOR`, else the login name), and a server
/// that requires tokens refuses every request with 401. Token checking replaces this.
pub async fn require(
    state: &super::AppState,
    _headers: &axum::http::HeaderMap,
    role: Role,
) -> Result<Actor, super::ApiError> {
    if state.require_tokens() {
        return Err(super::ApiError::unauthorized(
            "this server requires a token, and this build cannot check tokens",
        ));
    }
    let actor = Actor {
        name: crate::cli::author(None),
        role: Role::Editor,
    };
    if actor.role < role {
        return Err(super::ApiError::forbidden(format!(
            "this needs the {} role",
            role.as_str()
        )));
    }
    Ok(actor)
}
