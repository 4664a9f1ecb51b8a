//! API tokens: who may use a server that is not on a loopback address.
//!
//! Tree `tokens`: name → [`TokenRecord`]. Only the SHA-256 of a token is kept; the
//! token itself is shown once, when it is created. A revoked token keeps its record
//! (with the time it was revoked) so that `korpu token list` still shows it; its name
//! can be given to a new token later.

use serde::{Deserialize, Serialize};
use sled::transaction::ConflictableTransactionError;

use super::codec::{decode, encode};
use super::{Store, StoreError};

/// A stored token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRecord {
    /// The name writes are recorded under.
    pub name: String,
    /// The role (`pipeline`, `translator`, `editor`).
    pub role: String,
    /// The SHA-256 of the token, as lowercase hex.
    pub hash: String,
    /// When it was created (RFC 3339).
    pub created: String,
    /// When it was revoked (RFC 3339), if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<String>,
}

impl TokenRecord {
    /// Whether the token still opens the door.
    pub fn is_active(&self) -> bool {
        self.revoked.is_none()
    }
}

/// Checks a token name: 1 to 64 characters, letters, digits, `.`, `_`, `-`, `@`.
pub fn check_token_name(name: &str) -> Result<(), String> {
    if name.is_empty() || name.chars().count() > 64 {
        return Err(format!(
            "token name \"{name}\" must have 1 to 64 characters"
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@')))
    {
        return Err(format!(
            "token name \"{name}\" has the character {c:?}; use letters, digits, '.', '_', '-' or '@'"
        ));
    }
    Ok(())
}

impl Store {
    /// Stores a new token. Fails when an active token has the name already; a revoked
    /// one with the name is replaced.
    pub fn create_token(&self, record: &TokenRecord) -> Result<(), StoreError> {
        check_token_name(&record.name).map_err(StoreError::Invalid)?;
        if record.hash.len() != 64 || !record.hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(StoreError::Invalid(
                "a token hash is 64 hexadecimal digits".into(),
            ));
        }
        let key = record.name.as_bytes();
        self.tokens.transaction(|tx| {
            if let Some(old) = tx.get(key)? {
                let old: TokenRecord = decode("token", &old)
                    .map_err(ConflictableTransactionError::Abort)?;
                if old.is_active() {
                    return Err(ConflictableTransactionError::Abort(StoreError::Invalid(
                        format!(
                            "a token named \"{}\" exists already (revoke it first, or pick another name); nothing was written",
                            record.name
                        ),
                    )));
                }
            }
            tx.insert(key, encode(record))?;
            Ok(())
        })?;
        self.flush()
    }

    /// Every token, active and revoked, by name.
    pub fn tokens(&self) -> Result<Vec<TokenRecord>, StoreError> {
        self.tokens
            .iter()
            .values()
            .map(|v| decode("token", &v?))
            .collect()
    }

    /// Revokes the token called `name`. Returns false when it was revoked already;
    /// fails when there is no such token.
    pub fn revoke_token(&self, name: &str, time: &str) -> Result<bool, StoreError> {
        let changed = self.tokens.transaction(|tx| {
            let Some(old) = tx.get(name.as_bytes())? else {
                return Err(ConflictableTransactionError::Abort(StoreError::Invalid(
                    format!("there is no token named \"{name}\" (see `korpu token list`)"),
                )));
            };
            let mut record: TokenRecord =
                decode("token", &old).map_err(ConflictableTransactionError::Abort)?;
            if !record.is_active() {
                return Ok(false);
            }
            record.revoked = Some(time.to_string());
            tx.insert(name.as_bytes(), encode(&record))?;
            Ok(true)
        })?;
        self.flush()?;
        Ok(changed)
    }

    /// How many tokens are active. A server on a non-loopback address needs one.
    pub fn token_count(&self) -> Result<usize, StoreError> {
        Ok(self.tokens()?.iter().filter(|t| t.is_active()).count())
    }

    /// The active token whose hash is `hash` (lowercase hex), compared in constant time
    /// against every stored hash so that the time taken says nothing about the hashes.
    pub fn active_token_by_hash(&self, hash: &str) -> Result<Option<TokenRecord>, StoreError> {
        let mut found = None;
        for record in self.tokens()? {
            if constant_time_eq(record.hash.as_bytes(), hash.as_bytes()) && record.is_active() {
                found = Some(record);
            }
        }
        Ok(found)
    }
}

/// Compares two byte strings in time that depends only on their lengths.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(name: &str, hash_digit: char) -> TokenRecord {
        TokenRecord {
            name: name.into(),
            role: "translator".into(),
            hash: hash_digit.to_string().repeat(64),
            created: "2026-01-01T00:00:00Z".into(),
            revoked: None,
        }
    }

    #[test]
    fn create_list_revoke_and_reuse_a_name() -> Result<(), StoreError> {
        let dir = tempfile::tempdir()?;
        let store = Store::open(dir.path())?;
        assert_eq!(store.token_count()?, 0);
        store.create_token(&record("ayla", 'a'))?;
        store.create_token(&record("boris", 'b'))?;
        assert_eq!(store.token_count()?, 2);
        let err = store.create_token(&record("ayla", 'c'));
        assert!(matches!(err, Err(StoreError::Invalid(m)) if m.contains("exists already")));
        assert_eq!(
            store.active_token_by_hash(&"a".repeat(64))?.map(|t| t.name),
            Some("ayla".to_string())
        );
        assert!(store.revoke_token("ayla", "2026-01-02T00:00:00Z")?);
        assert!(!store.revoke_token("ayla", "2026-01-03T00:00:00Z")?);
        assert!(store.active_token_by_hash(&"a".repeat(64))?.is_none());
        assert_eq!(store.token_count()?, 1);
        let listed = store.tokens()?;
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].revoked.as_deref(), Some("2026-01-02T00:00:00Z"));
        // A revoked name can be given to a new token.
        store.create_token(&record("ayla", 'c'))?;
        assert_eq!(store.token_count()?, 2);
        assert!(store.revoke_token("nobody", "x").is_err());
        Ok(())
    }

    #[test]
    fn names_and_hashes_are_checked() -> Result<(), StoreError> {
        let dir = tempfile::tempdir()?;
        let store = Store::open(dir.path())?;
        assert!(store.create_token(&record("", 'a')).is_err());
        assert!(store.create_token(&record("a b", 'a')).is_err());
        assert!(store.create_token(&record("../x", 'a')).is_err());
        let mut bad = record("ok", 'a');
        bad.hash = "xyz".into();
        assert!(store.create_token(&bad).is_err());
        assert!(store.tokens()?.is_empty());
        Ok(())
    }

    #[test]
    fn constant_time_compare() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
