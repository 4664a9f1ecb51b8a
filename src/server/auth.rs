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
