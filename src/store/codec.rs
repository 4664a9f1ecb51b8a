//! Record encoding: one version byte, then the record as JSON.
//!
//! The version byte lets a later build change a record's layout and still read the
//! old one; a record with a version this build does not know is refused rather than
//! misread.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::StoreError;
use crate::locale::Locale;
use crate::model::{HistoryEntry, Origin, Segment, Status, Translation};
use crate::segment::{BlockKind, DocFormat};

/// The record layout this build writes.
pub(crate) const RECORD_VERSION: u8 = 1;

pub(crate) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![RECORD_VERSION];
    // Serialising plain data structs with string keys cannot fail.
    serde_json::to_writer(&mut out, value).expect("records serialise to JSON");
    out
}

pub(crate) fn decode<T: DeserializeOwned>(what: &str, bytes: &[u8]) -> Result<T, StoreError> {
    match bytes.split_first() {
        Some((&RECORD_VERSION, body)) => serde_json::from_slice(body)
            .map_err(|e| StoreError::Corrupt(format!("{what} record does not decode: {e}"))),
        Some((v, _)) => Err(StoreError::Corrupt(format!(
            "{what} record has layout version {v}, this build reads version {RECORD_VERSION}"
        ))),
        None => Err(StoreError::Corrupt(format!("{what} record is empty"))),
    }
}

/// An article as stored: its metadata and the internal id (`uid`) under which its
/// source, segments and history are kept. A re-added article gets a new uid, so the
/// switch from the old version to the new one is a single write of this record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ArticleRecord {
    pub id: String,
    pub uid: u64,
    pub title: String,
    pub lang: Locale,
    pub format: DocFormat,
    pub segments: usize,
    pub next_segment_id: u64,
    /// The locales the article has translations in, as first used: a later write in
    /// a locale that negotiates to one of these (`en` for `en-US`) uses the stored tag.
    #[serde(default)]
    pub targets: Vec<Locale>,
    pub created: String,
    pub updated: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct TranslationRecord {
    pub text: String,
    pub status: Status,
    pub revision: u64,
    pub author: String,
    pub time: String,
    pub origin: Origin,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SegmentRecord {
    pub id: u64,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub kind: BlockKind,
    pub text: String,
    pub translations: std::collections::BTreeMap<String, TranslationRecord>,
    /// The memory unit holding this segment's confirmed translations, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tm_unit: Option<u64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct HistoryRecord {
    pub revision: u64,
    pub text: String,
    pub status: Status,
    pub author: String,
    pub time: String,
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl From<&TranslationRecord> for Translation {
    fn from(r: &TranslationRecord) -> Self {
        Translation {
            text: r.text.clone(),
            status: r.status,
            revision: r.revision,
            author: r.author.clone(),
            time: r.time.clone(),
            origin: r.origin,
        }
    }
}

impl From<&Translation> for TranslationRecord {
    fn from(t: &Translation) -> Self {
        TranslationRecord {
            text: t.text.clone(),
            status: t.status,
            revision: t.revision,
            author: t.author.clone(),
            time: t.time.clone(),
            origin: t.origin,
        }
    }
}

impl From<&SegmentRecord> for Segment {
    fn from(r: &SegmentRecord) -> Self {
        Segment {
            id: r.id,
            start: r.start,
            end: r.end,
            paragraph: r.paragraph,
            kind: r.kind,
            text: r.text.clone(),
            translations: r
                .translations
                .iter()
                .map(|(k, v)| (k.clone(), v.into()))
                .collect(),
        }
    }
}

impl From<&Segment> for SegmentRecord {
    fn from(s: &Segment) -> Self {
        SegmentRecord {
            id: s.id,
            start: s.start,
            end: s.end,
            paragraph: s.paragraph,
            kind: s.kind,
            text: s.text.clone(),
            translations: s
                .translations
                .iter()
                .map(|(k, v)| (k.clone(), v.into()))
                .collect(),
            tm_unit: None,
        }
    }
}

impl From<&HistoryRecord> for HistoryEntry {
    fn from(r: &HistoryRecord) -> Self {
        HistoryEntry {
            revision: r.revision,
            text: r.text.clone(),
            status: r.status,
            author: r.author.clone(),
            time: r.time.clone(),
            origin: r.origin,
            note: r.note.clone(),
        }
    }
}

impl From<&HistoryEntry> for HistoryRecord {
    fn from(h: &HistoryEntry) -> Self {
        HistoryRecord {
            revision: h.revision,
            text: h.text.clone(),
            status: h.status,
            author: h.author.clone(),
            time: h.time.clone(),
            origin: h.origin,
            note: h.note.clone(),
        }
    }
}

/// Keys. Everything that belongs to one version of an article starts with its uid, so
/// a version is swept with one prefix scan per tree.
pub(crate) mod keys {
    pub fn uid(uid: u64) -> [u8; 8] {
        uid.to_be_bytes()
    }

    /// Segments are ordered by an order key, not by id: a split inserts a segment
    /// between two others without renumbering the rest.
    pub fn segment(uid: u64, order: u64) -> Vec<u8> {
        let mut k = uid.to_be_bytes().to_vec();
        k.extend_from_slice(&order.to_be_bytes());
        k
    }

    pub fn order_of(key: &[u8]) -> u64 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&key[8..16]);
        u64::from_be_bytes(b)
    }

    /// History of one segment in one locale: uid, segment id, tag, 0, sequence.
    pub fn history_prefix(uid: u64, segment_id: u64, tag: &str) -> Vec<u8> {
        let mut k = uid.to_be_bytes().to_vec();
        k.extend_from_slice(&segment_id.to_be_bytes());
        k.extend_from_slice(tag.as_bytes());
        k.push(0);
        k
    }

    pub fn history(uid: u64, segment_id: u64, tag: &str, seq: u64) -> Vec<u8> {
        let mut k = history_prefix(uid, segment_id, tag);
        k.extend_from_slice(&seq.to_be_bytes());
        k
    }

    /// The segment id and locale tag of a history key.
    pub fn history_parts(key: &[u8]) -> Option<(u64, String, u64)> {
        if key.len() < 8 + 8 + 1 + 8 {
            return None;
        }
        let mut b = [0u8; 8];
        b.copy_from_slice(&key[8..16]);
        let seg = u64::from_be_bytes(b);
        let tag_end = key.len() - 9;
        let tag = std::str::from_utf8(&key[16..tag_end]).ok()?.to_string();
        b.copy_from_slice(&key[key.len() - 8..]);
        Some((seg, tag, u64::from_be_bytes(b)))
    }

    pub const FORMAT_VERSION: &[u8] = b"format_version";
    pub const RESTORING: &[u8] = b"restore_in_progress";

    pub fn pending(uid: u64) -> Vec<u8> {
        let mut k = b"pending/".to_vec();
        k.extend_from_slice(&uid.to_be_bytes());
        k
    }

    pub fn garbage(uid: u64) -> Vec<u8> {
        let mut k = b"garbage/".to_vec();
        k.extend_from_slice(&uid.to_be_bytes());
        k
    }

    pub fn uid_after_prefix(key: &[u8], prefix: &[u8]) -> Option<u64> {
        let rest = key.strip_prefix(prefix)?;
        let b: [u8; 8] = rest.try_into().ok()?;
        Some(u64::from_be_bytes(b))
    }
}
