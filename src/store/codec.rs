//! Record encoding: one version byte, then the record as JSON; memory units and their
//! exact-match buckets have a compact binary layout of their own ([`units`]).
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

/// Memory units in a compact binary layout, packed 64 to a value.
///
/// A unit id `i` lives in the pack keyed by `i >> 6` (big-endian), so the ids an
/// import hands out one after another fill a pack at a time, and a unit is read with
/// one `get`. A pack value is
///
/// ```text
/// PACK_LAYOUT · count (varint) · count × ( id & 63 (u8) · length (varint) · record )
/// ```
///
/// with entries in id order. A record is the unit's fields in a fixed order: integers
/// as LEB128 varints, strings as a varint length and UTF-8 bytes, lists as a varint
/// count and their items, optional values as a 0/1 byte and the value. The first
/// field is the import that wrote the unit (0: none), so the sweep of an abandoned
/// import reads it without decoding the rest.
pub(crate) mod units {
    use std::collections::BTreeMap;

    use crate::model::{CodeKind, InlineCode, InlinePart, TmContext, TmUnit, TmVariant};
    use crate::store::StoreError;

    /// The layout byte of a pack (version 1 was one JSON record per unit).
    pub const PACK_LAYOUT: u8 = 2;
    /// The layout byte of an exact-match bucket.
    pub const BUCKET_LAYOUT: u8 = 2;
    /// How many low bits of a unit id choose its place in a pack.
    pub const PACK_BITS: u32 = 6;

    /// A unit as stored: the unit and the import that wrote it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct UnitRecord {
        /// The import that wrote it; while that import is pending the unit is invisible.
        pub import: Option<u64>,
        /// The unit.
        pub unit: TmUnit,
    }

    /// The key of the pack that holds unit `id`.
    pub fn pack_key(id: u64) -> [u8; 8] {
        (id >> PACK_BITS).to_be_bytes()
    }

    /// The first unit id a pack key can hold.
    pub fn pack_base(key: &[u8]) -> Option<u64> {
        let b: [u8; 8] = key.try_into().ok()?;
        u64::from_be_bytes(b).checked_shl(PACK_BITS)
    }

    fn corrupt(what: &str) -> StoreError {
        StoreError::Corrupt(format!("memory unit record: {what}"))
    }

    fn put_uint(out: &mut Vec<u8>, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn put_str(out: &mut Vec<u8>, s: &str) {
        put_uint(out, s.len() as u64);
        out.extend_from_slice(s.as_bytes());
    }

    fn put_pairs(out: &mut Vec<u8>, pairs: &[(String, String)]) {
        put_uint(out, pairs.len() as u64);
        for (k, v) in pairs {
            put_str(out, k);
            put_str(out, v);
        }
    }

    fn put_strs(out: &mut Vec<u8>, items: &[String]) {
        put_uint(out, items.len() as u64);
        for s in items {
            put_str(out, s);
        }
    }

    fn kind_byte(kind: CodeKind) -> u8 {
        match kind {
            CodeKind::Bpt => 0,
            CodeKind::Ept => 1,
            CodeKind::Ph => 2,
            CodeKind::It => 3,
            CodeKind::Ut => 4,
            CodeKind::HiStart => 5,
            CodeKind::HiEnd => 6,
        }
    }

    fn byte_kind(b: u8) -> Option<CodeKind> {
        Some(match b {
            0 => CodeKind::Bpt,
            1 => CodeKind::Ept,
            2 => CodeKind::Ph,
            3 => CodeKind::It,
            4 => CodeKind::Ut,
            5 => CodeKind::HiStart,
            6 => CodeKind::HiEnd,
            _ => return None,
        })
    }

    /// Appends the record of `rec` to `out` (all but the id, which the pack holds).
    pub fn encode_record(rec: &UnitRecord, out: &mut Vec<u8>) {
        let u = &rec.unit;
        put_uint(out, rec.import.unwrap_or(0));
        put_str(out, &u.memory);
        put_str(out, &u.origin);
        put_str(out, &u.author);
        put_str(out, &u.created);
        put_str(out, &u.changed);
        put_uint(out, u.usage);
        put_uint(out, u.variants.len() as u64);
        for (tag, v) in &u.variants {
            put_str(out, tag);
            put_str(out, &v.text);
            put_uint(out, v.parts.len() as u64);
            for part in &v.parts {
                match part {
                    InlinePart::Text(t) => {
                        out.push(0);
                        put_str(out, t);
                    }
                    InlinePart::Code(c) => {
                        out.push(1);
                        out.push(kind_byte(c.kind));
                        put_pairs(out, &c.attrs);
                        put_str(out, &c.content);
                    }
                }
            }
            put_pairs(out, &v.props);
            put_strs(out, &v.notes);
        }
        put_pairs(out, &u.props);
        put_strs(out, &u.notes);
        match &u.context {
            None => out.push(0),
            Some(c) => {
                out.push(1);
                put_str(out, &c.prev);
                put_str(out, &c.next);
            }
        }
        match &u.key {
            None => out.push(0),
            Some(k) => {
                out.push(1);
                put_str(out, k);
            }
        }
    }

    /// A cursor over bytes that never reads past the end.
    struct Reader<'a> {
        buf: &'a [u8],
        pos: usize,
    }

    impl<'a> Reader<'a> {
        fn byte(&mut self) -> Result<u8, StoreError> {
            let b = *self.buf.get(self.pos).ok_or_else(|| corrupt("cut short"))?;
            self.pos += 1;
            Ok(b)
        }

        fn uint(&mut self) -> Result<u64, StoreError> {
            let mut v: u64 = 0;
            for shift in (0..64).step_by(7) {
                let b = self.byte()?;
                let bits = u64::from(b & 0x7f);
                if shift == 63 && bits > 1 {
                    return Err(corrupt("a number overflows"));
                }
                v |= bits << shift;
                if b & 0x80 == 0 {
                    return Ok(v);
                }
            }
            Err(corrupt("a number overflows"))
        }

        /// A count of items that each take at least one byte: never more than the bytes
        /// left, so that a damaged count cannot make a huge allocation.
        fn count(&mut self) -> Result<usize, StoreError> {
            let n = self.uint()?;
            let left = (self.buf.len() - self.pos) as u64;
            if n > left {
                return Err(corrupt("a count exceeds the record"));
            }
            Ok(n as usize)
        }

        fn bytes(&mut self, n: usize) -> Result<&'a [u8], StoreError> {
            let end = self
                .pos
                .checked_add(n)
                .filter(|&e| e <= self.buf.len())
                .ok_or_else(|| corrupt("cut short"))?;
            let s = &self.buf[self.pos..end];
            self.pos = end;
            Ok(s)
        }

        fn str(&mut self) -> Result<String, StoreError> {
            let n = self.count()?;
            let b = self.bytes(n)?;
            std::str::from_utf8(b)
                .map(str::to_owned)
                .map_err(|_| corrupt("a text is not UTF-8"))
        }

        fn pairs(&mut self) -> Result<Vec<(String, String)>, StoreError> {
            let n = self.count()?;
            let mut out = Vec::with_capacity(n);
            for _ in 0..n {
                out.push((self.str()?, self.str()?));
            }
            Ok(out)
        }

        fn strs(&mut self) -> Result<Vec<String>, StoreError> {
            let n = self.count()?;
            let mut out = Vec::with_capacity(n);
            for _ in 0..n {
                out.push(self.str()?);
            }
            Ok(out)
        }

        fn flag(&mut self) -> Result<bool, StoreError> {
            match self.byte()? {
                0 => Ok(false),
                1 => Ok(true),
                _ => Err(corrupt("a flag is neither 0 nor 1")),
            }
        }
    }

    /// Reads the record of unit `id` (the whole slice; the id itself is the pack's).
    pub fn decode_record(id: u64, bytes: &[u8]) -> Result<UnitRecord, StoreError> {
        let mut r = Reader { buf: bytes, pos: 0 };
        let import = r.uint()?;
        let mut u = TmUnit {
            id,
            memory: r.str()?,
            origin: r.str()?,
            author: r.str()?,
            created: r.str()?,
            changed: r.str()?,
            usage: r.uint()?,
            ..TmUnit::default()
        };
        let n = r.count()?;
        let mut variants = BTreeMap::new();
        for _ in 0..n {
            let tag = r.str()?;
            let text = r.str()?;
            let parts_n = r.count()?;
            let mut parts = Vec::with_capacity(parts_n);
            for _ in 0..parts_n {
                if r.flag()? {
                    let kind = byte_kind(r.byte()?).ok_or_else(|| corrupt("unknown code kind"))?;
                    parts.push(InlinePart::Code(InlineCode {
                        kind,
                        attrs: r.pairs()?,
                        content: r.str()?,
                    }));
                } else {
                    parts.push(InlinePart::Text(r.str()?));
                }
            }
            let v = TmVariant {
                text,
                parts,
                props: r.pairs()?,
                notes: r.strs()?,
            };
            if variants.insert(tag, v).is_some() {
                return Err(corrupt("a locale appears twice"));
            }
        }
        u.variants = variants;
        u.props = r.pairs()?;
        u.notes = r.strs()?;
        if r.flag()? {
            u.context = Some(TmContext {
                prev: r.str()?,
                next: r.str()?,
            });
        }
        if r.flag()? {
            u.key = Some(r.str()?);
        }
        if r.pos != bytes.len() {
            return Err(corrupt("bytes after the end"));
        }
        Ok(UnitRecord {
            import: (import != 0).then_some(import),
            unit: u,
        })
    }

    /// The import field of a record, read without decoding the rest.
    pub fn record_import(bytes: &[u8]) -> Result<Option<u64>, StoreError> {
        let import = Reader { buf: bytes, pos: 0 }.uint()?;
        Ok((import != 0).then_some(import))
    }

    /// The entries of a pack: unit ids (from the pack's `base`) and their records.
    pub fn pack_entries(base: u64, bytes: &[u8]) -> Result<Vec<(u64, &[u8])>, StoreError> {
        let mut r = Reader { buf: bytes, pos: 0 };
        match r.byte()? {
            PACK_LAYOUT => {}
            v => {
                return Err(StoreError::Corrupt(format!(
                "memory unit pack has layout version {v}, this build reads version {PACK_LAYOUT}"
            )))
            }
        }
        let n = r.count()?;
        let mut out = Vec::with_capacity(n);
        let mut last = None;
        for _ in 0..n {
            let off = r.byte()?;
            if u64::from(off) >> PACK_BITS != 0 || last.is_some_and(|l| l >= off) {
                return Err(corrupt("pack entries out of order"));
            }
            last = Some(off);
            let len = r.count()?;
            out.push((base + u64::from(off), r.bytes(len)?));
        }
        if r.pos != bytes.len() {
            return Err(corrupt("bytes after the end of a pack"));
        }
        Ok(out)
    }

    /// The record of unit `id` in a pack, if the pack holds it.
    pub fn find_in_pack(id: u64, bytes: &[u8]) -> Result<Option<&[u8]>, StoreError> {
        let base = id >> PACK_BITS << PACK_BITS;
        Ok(pack_entries(base, bytes)?
            .into_iter()
            .find(|(i, _)| *i == id)
            .map(|(_, rec)| rec))
    }

    /// How many units a pack holds (read from its header).
    pub fn pack_len(bytes: &[u8]) -> Result<usize, StoreError> {
        let mut r = Reader { buf: bytes, pos: 0 };
        if r.byte()? != PACK_LAYOUT {
            return Err(corrupt("unknown pack layout"));
        }
        r.count()
    }

    /// Writes a pack from entries in id order, all under the same pack key.
    pub fn encode_pack<'a>(entries: impl IntoIterator<Item = (u64, &'a [u8])>) -> Vec<u8> {
        let entries: Vec<(u64, &[u8])> = entries.into_iter().collect();
        let size: usize = entries.iter().map(|(_, r)| r.len() + 4).sum();
        let mut out = Vec::with_capacity(size + 4);
        out.push(PACK_LAYOUT);
        put_uint(&mut out, entries.len() as u64);
        for (id, rec) in entries {
            out.push((id & ((1 << PACK_BITS) - 1)) as u8);
            put_uint(&mut out, rec.len() as u64);
            out.extend_from_slice(rec);
        }
        out
    }

    /// Writes a new pack straight from records in id order, all under the same pack
    /// key (what an import does for the packs it fills).
    pub fn encode_new_pack<'a>(records: impl ExactSizeIterator<Item = &'a UnitRecord>) -> Vec<u8> {
        let mut out = Vec::with_capacity(records.len() * 320 + 4);
        out.push(PACK_LAYOUT);
        put_uint(&mut out, records.len() as u64);
        let mut scratch = Vec::with_capacity(512);
        for rec in records {
            scratch.clear();
            encode_record(rec, &mut scratch);
            out.push((rec.unit.id & ((1 << PACK_BITS) - 1)) as u8);
            put_uint(&mut out, scratch.len() as u64);
            out.extend_from_slice(&scratch);
        }
        out
    }

    /// A pack with some units replaced, added (`Some`) or removed (`None`); `None` when
    /// nothing is left. `changes` are in id order and all belong to this pack.
    pub fn update_pack(
        old: Option<&[u8]>,
        base: u64,
        changes: &[(u64, Option<Vec<u8>>)],
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let mut entries: BTreeMap<u64, &[u8]> = match old {
            Some(b) => pack_entries(base, b)?.into_iter().collect(),
            None => BTreeMap::new(),
        };
        for (id, rec) in changes {
            match rec {
                Some(r) => entries.insert(*id, r),
                None => entries.remove(id),
            };
        }
        Ok((!entries.is_empty()).then(|| encode_pack(entries)))
    }

    /// How many high bits of a text hash choose its exact-match bucket.
    pub const BUCKET_BITS: u32 = 12;

    /// The key of the exact-match bucket of a text: memory · 0 · tag · 0 · the top
    /// [`BUCKET_BITS`] bits of the text's hash. A bucket lists `(hash, unit id)` pairs,
    /// sorted, 16 bytes each (big-endian) after a layout byte: 4,096 buckets per memory
    /// and locale, about 250 pairs (4 KB) each at a million units, so that an import
    /// writes few keys and a lookup reads one small value.
    pub fn bucket_key(memory: &str, tag: &str, hash: u64) -> Vec<u8> {
        let mut k = Vec::with_capacity(memory.len() + tag.len() + 4);
        k.extend_from_slice(memory.as_bytes());
        k.push(0);
        k.extend_from_slice(tag.as_bytes());
        k.push(0);
        k.extend_from_slice(&((hash >> (64 - BUCKET_BITS)) as u16).to_be_bytes());
        k
    }

    /// Whether two hashes fall into the same bucket.
    pub fn same_bucket(a: u64, b: u64) -> bool {
        a >> (64 - BUCKET_BITS) == b >> (64 - BUCKET_BITS)
    }

    /// The pairs of a bucket.
    pub fn bucket_entries(bytes: &[u8]) -> Result<Vec<(u64, u64)>, StoreError> {
        match bytes.split_first() {
            Some((&BUCKET_LAYOUT, rest)) if rest.len() % 16 == 0 => Ok(rest
                .chunks_exact(16)
                .map(|c| {
                    let (h, i) = c.split_at(8);
                    (be(h), be(i))
                })
                .collect()),
            _ => Err(StoreError::Corrupt(
                "an exact-match bucket does not decode".into(),
            )),
        }
    }

    fn be(b: &[u8]) -> u64 {
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        u64::from_be_bytes(a)
    }

    /// The unit ids a bucket lists for `hash` (a binary search over the bytes).
    pub fn bucket_ids(bytes: &[u8], hash: u64) -> Result<Vec<u64>, StoreError> {
        let rest = match bytes.split_first() {
            Some((&BUCKET_LAYOUT, rest)) if rest.len() % 16 == 0 => rest,
            _ => {
                return Err(StoreError::Corrupt(
                    "an exact-match bucket does not decode".into(),
                ))
            }
        };
        let n = rest.len() / 16;
        let hash_at = |i: usize| be(&rest[i * 16..i * 16 + 8]);
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if hash_at(mid) < hash {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok((lo..n)
            .take_while(|&i| hash_at(i) == hash)
            .map(|i| be(&rest[i * 16 + 8..i * 16 + 16]))
            .collect())
    }

    /// A bucket with pairs removed, then pairs added (each pair at most once); `None`
    /// when it is left empty.
    pub fn update_bucket(
        old: Option<&[u8]>,
        remove: &[(u64, u64)],
        add: &[(u64, u64)],
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let mut entries = match old {
            Some(b) => bucket_entries(b)?,
            None => Vec::new(),
        };
        if !remove.is_empty() {
            let mut rm = remove.to_vec();
            rm.sort_unstable();
            entries.retain(|e| rm.binary_search(e).is_err());
        }
        entries.extend_from_slice(add);
        entries.sort_unstable();
        entries.dedup();
        if entries.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(1 + entries.len() * 16);
        out.push(BUCKET_LAYOUT);
        for (h, id) in entries {
            out.extend_from_slice(&h.to_be_bytes());
            out.extend_from_slice(&id.to_be_bytes());
        }
        Ok(Some(out))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;

    use super::units::*;
    use crate::model::{CodeKind, InlineCode, InlinePart, TmContext, TmUnit, TmVariant};

    fn full_unit(id: u64) -> TmUnit {
        let mut variants = BTreeMap::new();
        variants.insert(
            "en".to_string(),
            TmVariant {
                text: "The euro rose to <b>1.8968</b> manat.".into(),
                parts: vec![
                    InlinePart::Text("The euro rose to ".into()),
                    InlinePart::Code(InlineCode {
                        kind: CodeKind::Bpt,
                        attrs: vec![("i".into(), "1".into()), ("type".into(), "bold".into())],
                        content: "<b>".into(),
                    }),
                    InlinePart::Text("1.8968".into()),
                    InlinePart::Code(InlineCode {
                        kind: CodeKind::Ept,
                        attrs: vec![("i".into(), "1".into())],
                        content: "</b>".into(),
                    }),
                    InlinePart::Text(" manat.".into()),
                ],
                props: vec![("x-source".into(), "cbar.az".into())],
                notes: vec!["checked".into()],
            },
        );
        variants.insert(
            "az".to_string(),
            TmVariant::plain("Avro 1,8968 manata yüksəldi."),
        );
        variants.insert(
            "ru".to_string(),
            TmVariant::plain("Евро вырос до 1,8968 маната."),
        );
        TmUnit {
            id,
            memory: "main".into(),
            variants,
            origin: "import".into(),
            author: "Leyla".into(),
            created: "2025-04-15T10:00:00Z".into(),
            changed: "2025-04-16T11:30:00Z".into(),
            usage: 300,
            props: vec![
                ("x-domain".into(), "finance".into()),
                ("".into(), "".into()),
            ],
            notes: vec!["a note".into(), String::new()],
            context: Some(TmContext {
                prev: "Previous.".into(),
                next: String::new(),
            }),
            key: Some("eur\u{0}rate".into()),
        }
    }

    fn encoded(rec: &UnitRecord) -> Vec<u8> {
        let mut out = Vec::new();
        encode_record(rec, &mut out);
        out
    }

    #[test]
    fn a_record_round_trips_every_field() {
        for import in [None, Some(1), Some(u64::MAX)] {
            let rec = UnitRecord {
                import,
                unit: full_unit(4242),
            };
            let bytes = encoded(&rec);
            assert_eq!(decode_record(4242, &bytes).expect("decodes"), rec);
            assert_eq!(record_import(&bytes).expect("import"), import);
        }
        let plain = UnitRecord {
            import: None,
            unit: TmUnit {
                id: 7,
                ..TmUnit::default()
            },
        };
        assert_eq!(decode_record(7, &encoded(&plain)).expect("decodes"), plain);
    }

    #[test]
    fn damaged_records_are_refused() {
        let bytes = encoded(&UnitRecord {
            import: Some(9),
            unit: full_unit(1),
        });
        for cut in 0..bytes.len() {
            assert!(decode_record(1, &bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode_record(1, &longer).is_err());
        // A count larger than what is left must not allocate or panic.
        let huge = [0u8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        assert!(decode_record(1, &huge).is_err());
        // A varint of more than 64 bits.
        assert!(decode_record(1, &[0x80; 11]).is_err());
    }

    #[test]
    fn packs_hold_units_by_id() {
        let recs: Vec<UnitRecord> = [64u64, 65, 100, 127]
            .iter()
            .map(|&id| UnitRecord {
                import: Some(3),
                unit: full_unit(id),
            })
            .collect();
        assert!(recs.iter().all(|r| pack_key(r.unit.id) == pack_key(64)));
        let pack = encode_new_pack(recs.iter());
        assert_eq!(pack_len(&pack).expect("len"), 4);
        let base = pack_base(&pack_key(64)).expect("base");
        assert_eq!(base, 64);
        let entries = pack_entries(base, &pack).expect("entries");
        assert_eq!(
            entries.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            vec![64, 65, 100, 127]
        );
        for rec in &recs {
            let raw = find_in_pack(rec.unit.id, &pack)
                .expect("pack decodes")
                .expect("unit found");
            assert_eq!(&decode_record(rec.unit.id, raw).expect("decodes"), rec);
        }
        assert!(find_in_pack(66, &pack).expect("decodes").is_none());
        // Remove one, replace one, add one.
        let mut changed = full_unit(65);
        changed.usage = 1;
        let changed = UnitRecord {
            import: None,
            unit: changed,
        };
        let added = UnitRecord {
            import: None,
            unit: full_unit(66),
        };
        let pack = update_pack(
            Some(&pack),
            64,
            &[
                (64, None),
                (65, Some(encoded(&changed))),
                (66, Some(encoded(&added))),
            ],
        )
        .expect("updates")
        .expect("not empty");
        let ids: Vec<u64> = pack_entries(64, &pack)
            .expect("entries")
            .iter()
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(ids, vec![65, 66, 100, 127]);
        let raw = find_in_pack(65, &pack).expect("ok").expect("found");
        assert_eq!(decode_record(65, raw).expect("decodes"), changed);
        // Removing everything leaves no pack.
        let all: Vec<(u64, Option<Vec<u8>>)> = ids.iter().map(|&id| (id, None)).collect();
        assert!(update_pack(Some(&pack), 64, &all).expect("ok").is_none());
        // A pack of another layout is refused.
        let mut other = pack.clone();
        other[0] = 1;
        assert!(pack_entries(64, &other).is_err());
    }

    #[test]
    fn buckets_list_ids_by_hash() {
        let h = 0xABCD_0000_0000_0001;
        let b = update_bucket(None, &[], &[(h, 5), (h + 1, 6), (h, 3), (h, 5)])
            .expect("ok")
            .expect("some");
        assert_eq!(bucket_ids(&b, h).expect("ok"), vec![3, 5]);
        assert_eq!(bucket_ids(&b, h + 1).expect("ok"), vec![6]);
        assert!(bucket_ids(&b, h + 2).expect("ok").is_empty());
        let b = update_bucket(Some(&b), &[(h, 3), (h, 5), (h, 99)], &[(h, 7)])
            .expect("ok")
            .expect("some");
        assert_eq!(bucket_ids(&b, h).expect("ok"), vec![7]);
        assert!(update_bucket(Some(&b), &[(h, 7), (h + 1, 6)], &[])
            .expect("ok")
            .is_none());
        assert!(bucket_ids(&[2, 0, 0], h).is_err());
        assert!(same_bucket(h, h + 1));
        assert!(!same_bucket(h, h ^ (1 << 63)));
        assert_eq!(bucket_key("m", "en", h), bucket_key("m", "en", h + 1));
        assert_ne!(bucket_key("m", "en", h), bucket_key("m", "az", h));
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            "[a-zA-Z0-9 .,]{0,20}",
            "\\PC{0,12}",
            Just("Şəki İ ı ё <b>%s</b>".to_string()),
        ]
    }

    fn pairs() -> impl Strategy<Value = Vec<(String, String)>> {
        prop::collection::vec((text(), text()), 0..3)
    }

    fn part() -> impl Strategy<Value = InlinePart> {
        let kind = prop_oneof![
            Just(CodeKind::Bpt),
            Just(CodeKind::Ept),
            Just(CodeKind::Ph),
            Just(CodeKind::It),
            Just(CodeKind::Ut),
            Just(CodeKind::HiStart),
            Just(CodeKind::HiEnd),
        ];
        prop_oneof![
            text().prop_map(InlinePart::Text),
            (kind, pairs(), text()).prop_map(|(kind, attrs, content)| InlinePart::Code(
                InlineCode {
                    kind,
                    attrs,
                    content
                }
            )),
        ]
    }

    fn variant() -> impl Strategy<Value = TmVariant> {
        (
            text(),
            prop::collection::vec(part(), 0..4),
            pairs(),
            prop::collection::vec(text(), 0..3),
        )
            .prop_map(|(text, parts, props, notes)| TmVariant {
                text,
                parts,
                props,
                notes,
            })
    }

    fn record() -> impl Strategy<Value = UnitRecord> {
        (
            prop::option::of(1u64..),
            prop::collection::btree_map("[a-z]{2}(-[A-Z]{2})?", variant(), 0..4),
            (text(), text(), text(), text(), text(), any::<u64>()),
            pairs(),
            prop::collection::vec(text(), 0..3),
            prop::option::of((text(), text())),
            prop::option::of(text()),
        )
            .prop_map(
                |(
                    import,
                    variants,
                    (memory, origin, author, created, changed, usage),
                    props,
                    notes,
                    context,
                    key,
                )| {
                    UnitRecord {
                        import,
                        unit: TmUnit {
                            id: 0,
                            memory,
                            variants,
                            origin,
                            author,
                            created,
                            changed,
                            usage,
                            props,
                            notes,
                            context: context.map(|(prev, next)| TmContext { prev, next }),
                            key,
                        },
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn any_record_round_trips_through_a_pack(
            recs in prop::collection::vec(record(), 1..8),
            pack in 0u64..(1 << 40),
            offsets in prop::collection::btree_set(0u64..64, 8),
        ) {
            let base = pack << PACK_BITS;
            let recs: Vec<UnitRecord> = recs
                .into_iter()
                .zip(offsets)
                .map(|(mut r, off)| {
                    r.unit.id = base + off;
                    r
                })
                .collect();
            let bytes = encode_new_pack(recs.iter());
            prop_assert_eq!(pack_len(&bytes).expect("len"), recs.len());
            let entries = pack_entries(base, &bytes).expect("entries");
            prop_assert_eq!(entries.len(), recs.len());
            for ((id, raw), rec) in entries.into_iter().zip(&recs) {
                prop_assert_eq!(id, rec.unit.id);
                let back = decode_record(id, raw).expect("decodes");
                prop_assert_eq!(&back, rec);
                prop_assert_eq!(record_import(raw).expect("import"), rec.import);
                prop_assert_eq!(find_in_pack(id, &bytes).expect("ok"), Some(raw));
            }
            // The same pack built by changes from nothing.
            let changes: Vec<(u64, Option<Vec<u8>>)> =
                recs.iter().map(|r| (r.unit.id, Some(encoded(r)))).collect();
            prop_assert_eq!(update_pack(None, base, &changes).expect("ok"), Some(bytes));
        }

        #[test]
        fn damaged_packs_and_records_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
            let _ = decode_record(1, &bytes);
            let _ = record_import(&bytes);
            let _ = pack_entries(64, &bytes);
            let _ = pack_len(&bytes);
            let _ = find_in_pack(70, &bytes);
            let _ = bucket_ids(&bytes, 5);
            let _ = update_bucket(Some(&bytes), &[(5, 5)], &[(6, 6)]);
            let _ = update_pack(Some(&bytes), 64, &[(65, None)]);
        }

        #[test]
        fn buckets_behave_as_sets(
            ops in prop::collection::vec(
                (any::<bool>(), prop::collection::vec((0u64..8, 0u64..6), 0..6)),
                1..12,
            ),
        ) {
            // Few distinct hashes (spread over the high bits), few ids: many collisions.
            let hash = |h: u64| h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut model: BTreeSet<(u64, u64)> = BTreeSet::new();
            let mut bucket: Option<Vec<u8>> = None;
            for (add, items) in ops {
                let items: Vec<(u64, u64)> = items.into_iter().map(|(h, id)| (hash(h), id)).collect();
                if add {
                    model.extend(items.iter().copied());
                    bucket = update_bucket(bucket.as_deref(), &[], &items).expect("ok");
                } else {
                    for i in &items {
                        model.remove(i);
                    }
                    bucket = update_bucket(bucket.as_deref(), &items, &[]).expect("ok");
                }
                prop_assert_eq!(bucket.is_none(), model.is_empty());
                for h in 0..8 {
                    let want: Vec<u64> = model.iter().filter(|p| p.0 == hash(h)).map(|p| p.1).collect();
                    let got = bucket.as_deref().map_or(Ok(Vec::new()), |b| bucket_ids(b, hash(h))).expect("ok");
                    prop_assert_eq!(got, want);
                }
            }
        }
    }
}
