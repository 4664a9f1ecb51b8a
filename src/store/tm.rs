//! Translation-memory units in the store.
//!
//! Trees:
//!
//! | tree | key | value |
//! |---|---|---|
//! | `tm_units` | unit id >> 6 | a pack of up to 64 units in a compact binary layout, each with the import that wrote it ([`codec::units`]) |
//! | `tm_exact` | memory · 0 · tag · 0 · top 12 bits of hash(text) | sorted `(hash, unit id)` pairs: exact lookup and merging |
//! | `tm_staged` | import id · batch number | the pack keys that batch wrote: what to sweep if the import never commits |
//! | `tm_overlay` | import id · unit id | a merged version of an existing unit, applied after commit |
//! | `tm_log` | generation · unit id | empty: which units changed in which generation |
//!
//! An import writes new units (invisible while `meta` holds `tm-pending/ID`) in packs,
//! batch by batch, and overlays for the existing units it merges into. Duplicates
//! within the import are found in memory (a map from text hash to unit ids per
//! locale, 16 bytes a text); the exact-match pairs of the new units are written once,
//! in key order, after the last batch. One transaction then removes the pending marker
//! and bumps the generation: from that moment the import is visible as a whole.
//! Overlays are applied right after (and, after a crash, on the next open); an import
//! that never committed is swept on the next open, by following its staging keys.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use sled::Transactional;

use super::codec::{self, units as packs};
use super::{Store, StoreError, BATCH};
use crate::model::{now_rfc3339, TmContext, TmUnit, TmVariant};

pub(crate) use packs::UnitRecord;

/// Above this many changed units an import logs "rebuild the index" instead of each
/// unit: rebuilding is then cheaper than applying the changes one by one.
const LOG_LIMIT: usize = 10_000;

/// A named memory's settings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemoryInfo {
    /// The memory's name.
    pub name: String,
    /// Points taken off every score from this memory (a client's memory may be trusted
    /// less than the newsroom's own).
    pub penalty: u8,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportOutcome {
    /// New units.
    pub imported: usize,
    /// Units merged into an existing unit (a new locale, or props and notes).
    pub merged: usize,
    /// Units already in the memory as they are.
    pub skipped: usize,
}

/// Units per memory and locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TmStats {
    /// Units in all memories.
    pub units: usize,
    /// Per memory: units, penalty and variants per locale.
    pub memories: BTreeMap<String, MemoryStats>,
}

/// One memory's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MemoryStats {
    /// Units in this memory.
    pub units: usize,
    /// Its penalty.
    pub penalty: u8,
    /// Variants per locale tag.
    pub locales: BTreeMap<String, usize>,
}

pub(crate) mod tmkeys {
    pub const GENERATION: &[u8] = b"tm_generation";
    pub const PENDING: &[u8] = b"tm-pending/";
    pub const MEMORY: &[u8] = b"memory/";
    pub const LANG: &[u8] = b"tm-lang/";

    pub fn lang(tag: &str) -> Vec<u8> {
        let mut k = LANG.to_vec();
        k.extend_from_slice(tag.as_bytes());
        k
    }

    pub fn pair(a: u64, b: u64) -> [u8; 16] {
        let mut k = [0u8; 16];
        k[..8].copy_from_slice(&a.to_be_bytes());
        k[8..].copy_from_slice(&b.to_be_bytes());
        k
    }

    pub fn second(key: &[u8]) -> Option<u64> {
        key.get(key.len().checked_sub(8)?..)
            .and_then(|b| b.try_into().ok())
            .map(u64::from_be_bytes)
    }

    pub fn pending(import: u64) -> Vec<u8> {
        let mut k = PENDING.to_vec();
        k.extend_from_slice(&import.to_be_bytes());
        k
    }

    pub fn memory(name: &str) -> Vec<u8> {
        let mut k = MEMORY.to_vec();
        k.extend_from_slice(name.as_bytes());
        k
    }
}

/// A stable 64-bit hash of a text's NFC form: the same in every build, so it can live
/// in keys. Eight bytes at a time, with a final mix so that the top bits (which choose
/// the exact-match bucket) depend on every byte.
pub(crate) fn text_hash(text: &str) -> u64 {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    // Most text is already NFC (all of ASCII is): hash its bytes as they are.
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        hash_bytes(text.as_bytes())
    } else {
        hash_bytes(text.nfc().collect::<String>().as_bytes())
    }
}

fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (bytes.len() as u64).wrapping_mul(K);
    let mut eat = |w: u64| h = (h ^ w).wrapping_mul(K).rotate_left(29);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut b = [0u8; 8];
        b.copy_from_slice(w);
        eat(u64::from_le_bytes(b));
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        eat(u64::from_le_bytes(b));
    }
    // The 64-bit finaliser of MurmurHash3.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Moves the generation on inside a transaction and returns the new value.
fn next_generation(
    meta: &sled::transaction::TransactionalTree,
) -> Result<u64, ConflictableTransactionError<StoreError>> {
    let gen = meta
        .get(tmkeys::GENERATION)?
        .and_then(|v| v.as_ref().try_into().ok().map(u64::from_be_bytes))
        .unwrap_or(0)
        + 1;
    meta.insert(tmkeys::GENERATION, &gen.to_be_bytes())?;
    Ok(gen)
}

/// Whether two units can be one: every locale they share has the same text, and their
/// keys (when both have one) agree.
fn compatible(a: &TmUnit, b: &TmUnit) -> bool {
    if let (Some(x), Some(y)) = (&a.key, &b.key) {
        if x != y {
            return false;
        }
    }
    if a.context.is_some() && b.context.is_some() && a.context != b.context {
        return false;
    }
    let shared = a
        .variants
        .iter()
        .filter(|(tag, _)| b.variants.contains_key(*tag))
        .count();
    shared > 0
        && a.variants
            .iter()
            .all(|(tag, v)| b.variants.get(tag).is_none_or(|w| w.text == v.text))
}

/// Folds `new` into `old`; returns whether anything changed.
fn merge_into(old: &mut TmUnit, new: &TmUnit) -> bool {
    let mut changed = false;
    for (tag, v) in &new.variants {
        if !old.variants.contains_key(tag) {
            old.variants.insert(tag.clone(), v.clone());
            changed = true;
        }
    }
    for p in &new.props {
        if !old.props.contains(p) {
            old.props.push(p.clone());
            changed = true;
        }
    }
    for n in &new.notes {
        if !old.notes.contains(n) {
            old.notes.push(n.clone());
            changed = true;
        }
    }
    if old.key.is_none() && new.key.is_some() {
        old.key = new.key.clone();
        changed = true;
    }
    if old.context.is_none() && new.context.is_some() {
        old.context = new.context.clone();
        changed = true;
    }
    if changed {
        old.changed = now_rfc3339();
    }
    changed
}

/// Checks a memory name: 1 to 64 letters, digits, `.`, `_`, `-`.
pub fn check_memory_name(name: &str) -> Result<(), StoreError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "invalid memory name \"{name}\": use 1 to 64 letters, digits, '.', '_' or '-'"
        )))
    }
}

/// The exact-match pairs of a unit: bucket key and `(hash, id)`, one per locale.
fn exact_pairs(unit: &TmUnit) -> Vec<(Vec<u8>, (u64, u64))> {
    unit.variants
        .iter()
        .map(|(tag, v)| {
            let h = text_hash(&v.text);
            (packs::bucket_key(&unit.memory, tag, h), (h, unit.id))
        })
        .collect()
}

/// Pending changes to packs: pack number → unit id → new record (`None`: remove).
#[derive(Default)]
struct PackChanges(BTreeMap<u64, BTreeMap<u64, Option<Vec<u8>>>>);

impl PackChanges {
    fn put(&mut self, rec: &UnitRecord) {
        let mut bytes = Vec::with_capacity(256);
        packs::encode_record(rec, &mut bytes);
        let id = rec.unit.id;
        self.0
            .entry(id >> packs::PACK_BITS)
            .or_default()
            .insert(id, Some(bytes));
    }

    fn remove(&mut self, id: u64) {
        self.0
            .entry(id >> packs::PACK_BITS)
            .or_default()
            .insert(id, None);
    }
}

/// Pending changes to exact-match buckets: key → (pairs to remove, pairs to add).
#[derive(Default)]
struct BucketChanges(BTreeMap<Vec<u8>, (Pairs, Pairs)>);

/// `(text hash, unit id)` pairs of one bucket.
type Pairs = Vec<(u64, u64)>;

impl BucketChanges {
    /// The pairs of `old` go, those of `new` come (a pair in both stays).
    fn unit(&mut self, old: Option<&TmUnit>, new: Option<&TmUnit>) {
        for (key, pair) in old.map(exact_pairs).unwrap_or_default() {
            self.0.entry(key).or_default().0.push(pair);
        }
        for (key, pair) in new.map(exact_pairs).unwrap_or_default() {
            self.0.entry(key).or_default().1.push(pair);
        }
    }
}

/// Writes a unit change inside a transaction: its pack and its exact-match buckets.
fn tx_replace(
    units: &TransactionalTree,
    exact: &TransactionalTree,
    old: Option<&TmUnit>,
    new: Option<&UnitRecord>,
) -> Result<(), ConflictableTransactionError<StoreError>> {
    let abort = ConflictableTransactionError::Abort;
    let mut pc = PackChanges::default();
    if let Some(old) = old {
        pc.remove(old.id);
    }
    if let Some(new) = new {
        pc.put(new);
    }
    for (pack, changes) in pc.0 {
        let key = pack.to_be_bytes();
        let current = units.get(key)?;
        let changes: Vec<_> = changes.into_iter().collect();
        match packs::update_pack(current.as_deref(), pack << packs::PACK_BITS, &changes)
            .map_err(abort)?
        {
            Some(v) => units.insert(&key, v)?,
            None => units.remove(&key)?,
        };
    }
    let mut bc = BucketChanges::default();
    bc.unit(old, new.map(|r| &r.unit));
    for (key, (remove, add)) in bc.0 {
        let current = exact.get(&key)?;
        match packs::update_bucket(current.as_deref(), &remove, &add).map_err(abort)? {
            Some(v) => exact.insert(key, v)?,
            None => exact.remove(key)?,
        };
    }
    Ok(())
}

/// Reads a unit's record inside a transaction.
fn tx_read(
    units: &TransactionalTree,
    id: u64,
) -> Result<Option<UnitRecord>, ConflictableTransactionError<StoreError>> {
    let abort = ConflictableTransactionError::Abort;
    let Some(bytes) = units.get(packs::pack_key(id))? else {
        return Ok(None);
    };
    match packs::find_in_pack(id, &bytes).map_err(abort)? {
        Some(rec) => Ok(Some(packs::decode_record(id, rec).map_err(abort)?)),
        None => Ok(None),
    }
}

/// A hasher for keys that are hashes already: one multiply and shift, no SipHash.
#[derive(Default)]
struct Premixed(u64);

impl Hasher for Premixed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, v: u64) {
        let m = (self.0 ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = m ^ (m >> 29);
    }
}

/// Text hash → unit id, or (with [`MANY`] set) an index into [`Staging::many`].
type IdMap = HashMap<u64, u64, BuildHasherDefault<Premixed>>;

/// The bit of an [`IdMap`] value that marks a list of ids.
const MANY: u64 = 1 << 63;

/// An import in progress.
struct Staging<'a> {
    store: &'a Store,
    import: u64,
    memory: String,
    /// The import's time: the creation date of units that bring none.
    now: String,
    /// Whether the memory was empty when the import started (the store is then not
    /// asked for duplicates).
    fresh: bool,
    /// Locale tags seen, in order; an index into this names a tag below.
    tags: Vec<String>,
    /// Per tag: the texts of the units this import wrote or merged into.
    seen: Vec<IdMap>,
    /// Id lists of texts that more than one unit has.
    many: Vec<Vec<u64>>,
    /// Units written (or merged) by this import and not flushed yet.
    batch: BTreeMap<u64, UnitRecord>,
    /// Existing units this import merges into, not flushed yet.
    overlays: BTreeMap<u64, TmUnit>,
    /// Every existing unit this import merges into (flushed or not).
    overlaid: HashSet<u64>,
    /// Ids of new units, kept only while the change log can list them one by one.
    created: Vec<u64>,
    /// Batches written so far.
    batches: u64,
    outcome: ImportOutcome,
}

impl Staging<'_> {
    fn tag_index(&mut self, tag: &str) -> usize {
        if let Some(i) = self.tags.iter().position(|t| t == tag) {
            return i;
        }
        self.tags.push(tag.to_string());
        self.seen.push(IdMap::default());
        self.tags.len() - 1
    }

    fn ids_of(&self, tag: usize, hash: u64) -> &[u64] {
        match self.seen[tag].get(&hash) {
            None => &[],
            Some(v) if v & MANY != 0 => &self.many[(v & !MANY) as usize],
            Some(v) => std::slice::from_ref(v),
        }
    }

    fn note(&mut self, tag: usize, hash: u64, id: u64) {
        use std::collections::hash_map::Entry;
        match self.seen[tag].entry(hash) {
            Entry::Vacant(e) => {
                e.insert(id);
            }
            Entry::Occupied(mut e) => {
                let v = *e.get();
                if v & MANY != 0 {
                    let ids = &mut self.many[(v & !MANY) as usize];
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                } else if v != id {
                    self.many.push(vec![v, id]);
                    e.insert(MANY | (self.many.len() as u64 - 1));
                }
            }
        }
    }

    /// Remembers every text of a unit this import wrote or merged into.
    fn index(&mut self, unit: &TmUnit) {
        for (tag, v) in &unit.variants {
            let t = self.tag_index(tag);
            self.note(t, text_hash(&v.text), unit.id);
        }
    }

    /// Adds one incoming unit: merged into a unit of this import or of the store, or
    /// written as a new one.
    fn add(&mut self, mut unit: TmUnit) -> Result<(), StoreError> {
        unit.memory.clone_from(&self.memory);
        unit.variants.retain(|_, v| !v.text.trim().is_empty());
        if unit.variants.is_empty() {
            self.outcome.skipped += 1;
            return Ok(());
        }
        if unit.created.is_empty() {
            unit.created.clone_from(&self.now);
        }
        if unit.changed.is_empty() {
            unit.changed.clone_from(&unit.created);
        }
        let mut texts: Vec<(usize, u64)> = Vec::with_capacity(unit.variants.len());
        for (tag, v) in &unit.variants {
            texts.push((self.tag_index(tag), text_hash(&v.text)));
        }
        // Candidates: units with the same text in one of this unit's locales.
        let mut candidates: Vec<u64> = Vec::new();
        for &(t, h) in &texts {
            candidates.extend_from_slice(self.ids_of(t, h));
            // Units of this import are in `seen`; the store is asked only when the
            // memory held units before the import.
            if !self.fresh {
                let key = packs::bucket_key(&self.memory, &self.tags[t], h);
                if let Some(bucket) = self.store.tm_exact.get(key)? {
                    candidates.extend(packs::bucket_ids(&bucket, h)?);
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for id in candidates {
            if let Some(rec) = self.batch.get_mut(&id) {
                if compatible(&rec.unit, &unit) {
                    if merge_into(&mut rec.unit, &unit) {
                        let merged = rec.unit.clone();
                        self.outcome.merged += 1;
                        self.index(&merged);
                    } else {
                        self.outcome.skipped += 1;
                    }
                    return Ok(());
                }
                continue;
            }
            // Every id handed out after the import's own belongs to this import.
            let ours = id > self.import;
            let existing = if ours {
                self.store.read_record(id)?.map(|r| r.unit)
            } else if let Some(u) = self.overlays.get(&id) {
                Some(u.clone())
            } else if self.overlaid.contains(&id) {
                self.store
                    .tm_overlay
                    .get(tmkeys::pair(self.import, id))?
                    .map(|b| codec::decode::<TmUnit>("memory unit overlay", &b))
                    .transpose()?
            } else {
                self.store.tm_unit(id)?
            };
            let Some(mut existing) = existing else {
                continue;
            };
            if compatible(&existing, &unit) {
                if merge_into(&mut existing, &unit) {
                    self.outcome.merged += 1;
                    self.index(&existing);
                    if ours {
                        self.batch.insert(
                            id,
                            UnitRecord {
                                import: Some(self.import),
                                unit: existing,
                            },
                        );
                    } else {
                        self.overlaid.insert(id);
                        self.overlays.insert(id, existing);
                    }
                } else {
                    self.outcome.skipped += 1;
                }
                return Ok(());
            }
        }
        unit.id = self.store.next_id()?;
        for (t, h) in texts {
            self.note(t, h, unit.id);
        }
        if self.created.len() <= LOG_LIMIT {
            self.created.push(unit.id);
        }
        self.outcome.imported += 1;
        self.batch.insert(
            unit.id,
            UnitRecord {
                import: Some(self.import),
                unit,
            },
        );
        Ok(())
    }

    /// How many writes wait for the next batch.
    fn pending_writes(&self) -> usize {
        self.batch.len() + self.overlays.len()
    }

    /// Writes the waiting units into their packs and the waiting overlays.
    fn flush_batch(&mut self) -> Result<(), StoreError> {
        let batch = std::mem::take(&mut self.batch);
        if !batch.is_empty() {
            let mut packs_written: Vec<u64> =
                batch.keys().map(|id| id >> packs::PACK_BITS).collect();
            packs_written.dedup();
            let mut list = Vec::with_capacity(packs_written.len() * 8);
            for p in packs_written {
                list.extend_from_slice(&p.to_be_bytes());
            }
            // The staging key first: a crash after it but before the packs leaves only
            // a list the sweep can follow.
            self.store
                .tm_staged
                .insert(tmkeys::pair(self.import, self.batches), list)?;
            self.batches += 1;
            // Packs this import fills are written straight; a pack that exists already
            // (shared with units written before, or a unit of this import merged
            // after its batch) is read, changed and written back.
            let mut units = sled::Batch::default();
            let mut changes = PackChanges::default();
            let records: Vec<&UnitRecord> = batch.values().collect();
            for group in records
                .chunk_by(|a, b| a.unit.id >> packs::PACK_BITS == b.unit.id >> packs::PACK_BITS)
            {
                let key = packs::pack_key(group[0].unit.id);
                if self.store.tm_units.contains_key(key)? {
                    for rec in group {
                        changes.put(rec);
                    }
                } else {
                    units.insert(&key, packs::encode_new_pack(group.iter().copied()));
                }
            }
            self.store.tm_units.apply_batch(units)?;
            self.store.apply_packs(changes)?;
        }
        let overlays = std::mem::take(&mut self.overlays);
        if !overlays.is_empty() {
            let mut b = sled::Batch::default();
            for (id, unit) in &overlays {
                b.insert(&tmkeys::pair(self.import, *id), codec::encode(unit));
            }
            self.store.tm_overlay.apply_batch(b)?;
        }
        super::crash_point("tm-batch");
        Ok(())
    }

    /// Writes the exact-match pairs of the units this import wrote, in key order (the
    /// units it merged into get theirs when their overlays are applied).
    fn write_exact(&mut self) -> Result<(), StoreError> {
        let seen = std::mem::take(&mut self.seen);
        let many = std::mem::take(&mut self.many);
        for (t, map) in seen.into_iter().enumerate() {
            let mut pairs: Vec<(u64, u64)> = Vec::with_capacity(map.len());
            for (h, v) in map {
                if v & MANY != 0 {
                    for id in &many[(v & !MANY) as usize] {
                        if !self.overlaid.contains(id) {
                            pairs.push((h, *id));
                        }
                    }
                } else if !self.overlaid.contains(&v) {
                    pairs.push((h, v));
                }
            }
            pairs.sort_unstable();
            let mut batch = sled::Batch::default();
            let mut n = 0;
            for group in pairs.chunk_by(|a, b| packs::same_bucket(a.0, b.0)) {
                let key = packs::bucket_key(&self.memory, &self.tags[t], group[0].0);
                // A fresh memory has no bucket yet.
                let current = if self.fresh {
                    None
                } else {
                    self.store.tm_exact.get(&key)?
                };
                if let Some(v) = packs::update_bucket(current.as_deref(), &[], group)? {
                    batch.insert(key, v);
                }
                n += 1;
                if n >= BATCH {
                    self.store
                        .tm_exact
                        .apply_batch(std::mem::take(&mut batch))?;
                    n = 0;
                }
            }
            self.store.tm_exact.apply_batch(batch)?;
        }
        Ok(())
    }
}

impl Store {
    fn pending_imports(&self) -> Result<HashSet<u64>, StoreError> {
        let mut out = HashSet::new();
        for key in self.meta.scan_prefix(tmkeys::PENDING).keys() {
            if let Some(id) = tmkeys::second(&key?) {
                out.insert(id);
            }
        }
        Ok(out)
    }

    /// A unit's record, visible or not.
    fn read_record(&self, id: u64) -> Result<Option<UnitRecord>, StoreError> {
        let Some(bytes) = self.tm_units.get(packs::pack_key(id))? else {
            return Ok(None);
        };
        packs::find_in_pack(id, &bytes)?
            .map(|rec| packs::decode_record(id, rec))
            .transpose()
    }

    /// Writes pack changes (read, change, write back each pack).
    fn apply_packs(&self, changes: PackChanges) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for (pack, changes) in changes.0 {
            let key = pack.to_be_bytes();
            let current = self.tm_units.get(key)?;
            let changes: Vec<_> = changes.into_iter().collect();
            match packs::update_pack(current.as_deref(), pack << packs::PACK_BITS, &changes)? {
                Some(v) => batch.insert(&key, v),
                None => batch.remove(&key),
            }
            n += 1;
            if n >= 256 {
                self.tm_units.apply_batch(std::mem::take(&mut batch))?;
                n = 0;
            }
        }
        self.tm_units.apply_batch(batch)?;
        Ok(())
    }

    /// Writes bucket changes (read, change, write back each bucket).
    fn apply_buckets(&self, changes: BucketChanges) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for (key, (remove, add)) in changes.0 {
            let current = self.tm_exact.get(&key)?;
            match packs::update_bucket(current.as_deref(), &remove, &add)? {
                Some(v) => batch.insert(key, v),
                None => batch.remove(key),
            }
            n += 1;
            if n >= BATCH {
                self.tm_exact.apply_batch(std::mem::take(&mut batch))?;
                n = 0;
            }
        }
        self.tm_exact.apply_batch(batch)?;
        Ok(())
    }

    /// Writes restored units (new ids, visible at once) with their exact-match pairs;
    /// the restore's marker covers them until it is done.
    pub(crate) fn write_restored_units(&self, units: Vec<TmUnit>) -> Result<(), StoreError> {
        let mut pc = PackChanges::default();
        let mut bc = BucketChanges::default();
        for unit in units {
            bc.unit(None, Some(&unit));
            pc.put(&UnitRecord { import: None, unit });
        }
        self.apply_packs(pc)?;
        self.apply_buckets(bc)
    }

    /// The current TM generation: it grows with every committed change to the memory,
    /// so a lookup index knows when it is stale.
    pub fn tm_generation(&self) -> Result<u64, StoreError> {
        Ok(self
            .meta
            .get(tmkeys::GENERATION)?
            .and_then(|v| v.as_ref().try_into().ok().map(u64::from_be_bytes))
            .unwrap_or(0))
    }

    /// A visible unit by id.
    pub fn tm_unit(&self, id: u64) -> Result<Option<TmUnit>, StoreError> {
        let Some(rec) = self.read_record(id)? else {
            return Ok(None);
        };
        if let Some(import) = rec.import {
            if self.meta.contains_key(tmkeys::pending(import))? {
                return Ok(None);
            }
        }
        Ok(Some(rec.unit))
    }

    /// Every visible unit, in id order.
    pub fn tm_units(
        &self,
    ) -> Result<impl Iterator<Item = Result<TmUnit, StoreError>> + '_, StoreError> {
        let pending = self.pending_imports()?;
        let decode_pack = move |kv: Result<(sled::IVec, sled::IVec), sled::Error>| {
            let (key, value) = kv?;
            let base = packs::pack_base(&key)
                .ok_or_else(|| StoreError::Corrupt("a memory pack key is not a number".into()))?;
            let mut out = Vec::new();
            for (id, rec) in packs::pack_entries(base, &value)? {
                let rec = packs::decode_record(id, rec)?;
                if !rec.import.is_some_and(|i| pending.contains(&i)) {
                    out.push(rec.unit);
                }
            }
            Ok::<_, StoreError>(out)
        };
        Ok(self
            .tm_units
            .iter()
            .flat_map(move |kv| match decode_pack(kv) {
                Ok(units) => units.into_iter().map(Ok).collect::<Vec<_>>(),
                Err(e) => vec![Err(e)],
            }))
    }

    /// How many units the memory holds, visible or not (reads the header of every pack:
    /// one value per 64 units).
    pub fn tm_len(&self) -> usize {
        self.tm_units
            .iter()
            .values()
            .filter_map(|v| v.ok().and_then(|v| packs::pack_len(&v).ok()))
            .sum()
    }

    /// Visible units of `memory` (any memory when `None`) whose `tag` variant is exactly
    /// `text`.
    pub fn tm_exact(
        &self,
        memory: Option<&str>,
        tag: &str,
        text: &str,
    ) -> Result<Vec<TmUnit>, StoreError> {
        let memories = match memory {
            Some(m) => vec![m.to_string()],
            None => self.memory_names()?,
        };
        let hash = text_hash(text);
        let mut out = Vec::new();
        for m in memories {
            let Some(bucket) = self.tm_exact.get(packs::bucket_key(&m, tag, hash))? else {
                continue;
            };
            for id in packs::bucket_ids(&bucket, hash)? {
                if let Some(u) = self.tm_unit(id)? {
                    if u.memory == m && u.variants.get(tag).is_some_and(|v| v.text == text) {
                        out.push(u);
                    }
                }
            }
        }
        Ok(out)
    }

    /// The memories that hold units or have settings, by name.
    pub fn memory_names(&self) -> Result<Vec<String>, StoreError> {
        let mut names: Vec<String> = self.memories()?.into_iter().map(|m| m.name).collect();
        if !names.iter().any(|n| n == "main") {
            names.push("main".into());
        }
        names.sort();
        Ok(names)
    }

    /// Every memory with settings (a memory gets settings when units are imported into it
    /// or its penalty is set).
    pub fn memories(&self) -> Result<Vec<MemoryInfo>, StoreError> {
        self.meta
            .scan_prefix(tmkeys::MEMORY)
            .values()
            .map(|v| codec::decode::<MemoryInfo>("memory", &v?))
            .collect()
    }

    /// Sets the penalty of a memory (creating its settings).
    pub fn set_memory_penalty(&self, name: &str, penalty: u8) -> Result<(), StoreError> {
        check_memory_name(name)?;
        if penalty > 100 {
            return Err(StoreError::Invalid(format!(
                "a penalty is 0 to 100 points, not {penalty}"
            )));
        }
        let info = MemoryInfo {
            name: name.to_string(),
            penalty,
        };
        self.meta
            .insert(tmkeys::memory(name), codec::encode(&info))?;
        self.bump_generation(&[])?;
        self.flush()
    }

    fn ensure_memory(&self, name: &str) -> Result<(), StoreError> {
        check_memory_name(name)?;
        if !self.meta.contains_key(tmkeys::memory(name))? {
            let info = MemoryInfo {
                name: name.to_string(),
                penalty: 0,
            };
            self.meta
                .insert(tmkeys::memory(name), codec::encode(&info))?;
        }
        Ok(())
    }

    /// Bumps the generation and logs the changed units, in one transaction.
    pub(crate) fn bump_generation(&self, changed: &[u64]) -> Result<u64, StoreError> {
        let gen = (&self.meta, &self.tm_log)
            .transaction(|(meta, log)| {
                let gen = next_generation(meta)?;
                for id in changed {
                    log.insert(&tmkeys::pair(gen, *id), &[][..])?;
                }
                Ok::<_, ConflictableTransactionError<StoreError>>(gen)
            })
            .map_err(StoreError::from)?;
        Ok(gen)
    }

    /// The locale tags that have ever had a variant in the memory, by tag.
    pub fn tm_langs(&self) -> Result<Vec<String>, StoreError> {
        self.meta
            .scan_prefix(tmkeys::LANG)
            .keys()
            .map(|k| {
                let k = k?;
                Ok(String::from_utf8_lossy(&k[tmkeys::LANG.len()..]).into_owned())
            })
            .collect()
    }

    /// Unit ids changed since generation `since`, or `None` when more than `limit`
    /// changed (the caller then rebuilds from scratch).
    pub fn tm_changes_since(
        &self,
        since: u64,
        limit: usize,
    ) -> Result<Option<Vec<u64>>, StoreError> {
        let mut out = Vec::new();
        for key in self.tm_log.range(tmkeys::pair(since + 1, 0)..).keys() {
            let key = key?;
            let id = tmkeys::second(&key).unwrap_or(u64::MAX);
            if id == u64::MAX || out.len() >= limit {
                return Ok(None);
            }
            out.push(id);
        }
        out.sort_unstable();
        out.dedup();
        Ok(Some(out))
    }

    /// Imports units into a memory: new units are added, units whose shared locales
    /// have the same text as an existing unit are merged into it (a new locale, notes,
    /// props), exact duplicates are skipped. The import is atomic: nothing of it is
    /// visible until its final transaction, an error from `units` abandons it, and an
    /// interrupted import is swept on the next open.
    pub fn tm_import(
        &self,
        memory: &str,
        units: &mut dyn Iterator<Item = Result<TmUnit, StoreError>>,
        progress: &mut dyn FnMut(usize),
    ) -> Result<ImportOutcome, StoreError> {
        self.ensure_memory(memory)?;
        let import = self.next_id()?;
        let now = now_rfc3339();
        self.meta.insert(tmkeys::pending(import), now.as_bytes())?;
        self.flush()?;
        let mut prefix = memory.as_bytes().to_vec();
        prefix.push(0);
        let mut st = Staging {
            store: self,
            import,
            memory: memory.to_string(),
            now,
            fresh: self.tm_exact.scan_prefix(prefix).next().is_none(),
            tags: Vec::new(),
            seen: Vec::new(),
            many: Vec::new(),
            batch: BTreeMap::new(),
            overlays: BTreeMap::new(),
            overlaid: HashSet::new(),
            created: Vec::new(),
            batches: 0,
            outcome: ImportOutcome::default(),
        };
        let result = (|| {
            let mut n = 0;
            for unit in units {
                st.add(unit?)?;
                n += 1;
                if st.pending_writes() >= BATCH {
                    st.flush_batch()?;
                    progress(n);
                }
            }
            st.flush_batch()?;
            progress(n);
            st.write_exact()?;
            self.commit_import(&st)
        })();
        match result {
            Ok(()) => Ok(st.outcome),
            Err(e) => {
                let _ = self.sweep_import(import);
                let _ = self.flush();
                Err(e)
            }
        }
    }

    fn commit_import(&self, st: &Staging) -> Result<(), StoreError> {
        // Units, overlays and exact pairs are on disk before the marker goes.
        self.flush()?;
        let import = st.import;
        let mut overlaid: Vec<u64> = st.overlaid.iter().copied().collect();
        overlaid.sort_unstable();
        // The commit: the pending marker goes, the generation moves on. A large import
        // logs one "rebuild" entry instead of every unit.
        let many = st.outcome.imported + overlaid.len() > LOG_LIMIT;
        (&self.meta, &self.tm_log)
            .transaction(|(meta, log)| {
                let gen = next_generation(meta)?;
                meta.remove(tmkeys::pending(import))?;
                for tag in &st.tags {
                    meta.insert(tmkeys::lang(tag), &[][..])?;
                }
                if many {
                    log.insert(&tmkeys::pair(gen, u64::MAX), &[][..])?;
                } else {
                    for id in st.created.iter().chain(&overlaid) {
                        log.insert(&tmkeys::pair(gen, *id), &[][..])?;
                    }
                }
                Ok::<_, ConflictableTransactionError<StoreError>>(())
            })
            .map_err(StoreError::from)?;
        self.flush()?;
        super::crash_point("tm-committed");
        self.finish_committed_imports()
    }

    /// Applies the overlays of committed imports and forgets their staging keys; safe to
    /// run again after a crash (a merge only adds to a unit, so applying it twice gives
    /// the same unit and the same exact-match pairs).
    pub(crate) fn finish_committed_imports(&self) -> Result<(), StoreError> {
        let pending = self.pending_imports()?;
        let import_of = |k: &[u8]| u64::from_be_bytes(k[..8].try_into().unwrap_or([0; 8]));
        loop {
            let mut todo: Vec<(sled::IVec, TmUnit)> = Vec::new();
            let mut ids = HashSet::new();
            for kv in self.tm_overlay.iter() {
                let (k, v) = kv?;
                if k.len() != 16 || pending.contains(&import_of(&k)) {
                    continue;
                }
                let unit: TmUnit = codec::decode("memory unit overlay", &v)?;
                // One overlay per unit in a round: a second one (of a later import)
                // must see the first applied.
                if !ids.insert(unit.id) {
                    break;
                }
                todo.push((k, unit));
                if todo.len() >= BATCH {
                    break;
                }
            }
            if todo.is_empty() {
                break;
            }
            let mut pc = PackChanges::default();
            let mut bc = BucketChanges::default();
            for (_, unit) in &todo {
                let old = self.tm_unit(unit.id)?;
                bc.unit(old.as_ref(), Some(unit));
                pc.put(&UnitRecord {
                    import: None,
                    unit: unit.clone(),
                });
            }
            self.apply_packs(pc)?;
            self.apply_buckets(bc)?;
            let mut done = sled::Batch::default();
            for (k, _) in todo {
                done.remove(k);
            }
            self.tm_overlay.apply_batch(done)?;
        }
        // Staging keys of committed imports are no longer needed.
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for key in self.tm_staged.iter().keys() {
            let key = key?;
            if !pending.contains(&import_of(&key)) {
                batch.remove(key);
                n += 1;
                if n >= BATCH {
                    self.tm_staged.apply_batch(std::mem::take(&mut batch))?;
                    n = 0;
                }
            }
        }
        self.tm_staged.apply_batch(batch)?;
        Ok(())
    }

    /// Deletes everything an uncommitted import wrote: its units (found through its
    /// staging keys) with their exact-match pairs, its overlays and its marker.
    pub(crate) fn sweep_import(&self, import: u64) -> Result<(), StoreError> {
        loop {
            let staged: Vec<(sled::IVec, sled::IVec)> = self
                .tm_staged
                .scan_prefix(import.to_be_bytes())
                .take(16)
                .collect::<Result<_, _>>()?;
            if staged.is_empty() {
                break;
            }
            let mut pc = PackChanges::default();
            let mut bc = BucketChanges::default();
            for (_, list) in &staged {
                for p in list.chunks_exact(8) {
                    let pack = u64::from_be_bytes(p.try_into().unwrap_or([0; 8]));
                    let Some(bytes) = self.tm_units.get(pack.to_be_bytes())? else {
                        continue;
                    };
                    for (id, rec) in packs::pack_entries(pack << packs::PACK_BITS, &bytes)? {
                        if packs::record_import(rec)? == Some(import) {
                            let rec = packs::decode_record(id, rec)?;
                            bc.unit(Some(&rec.unit), None);
                            pc.remove(id);
                        }
                    }
                }
            }
            // Pairs, then units, then the staging keys: after a crash in between, the
            // staging keys are still there and the next sweep does it again.
            self.apply_buckets(bc)?;
            self.apply_packs(pc)?;
            let mut done = sled::Batch::default();
            for (k, _) in staged {
                done.remove(k);
            }
            self.tm_staged.apply_batch(done)?;
        }
        for key in self.tm_overlay.scan_prefix(import.to_be_bytes()).keys() {
            self.tm_overlay.remove(key?)?;
        }
        self.meta.remove(tmkeys::pending(import))?;
        Ok(())
    }

    /// Sweeps uncommitted imports and finishes committed ones; run on open.
    pub(crate) fn sweep_tm(&self) -> Result<(), StoreError> {
        for import in self.pending_imports()? {
            self.sweep_import(import)?;
        }
        self.finish_committed_imports()
    }

    /// Replaces the text of one locale of a unit.
    pub fn tm_edit(
        &self,
        id: u64,
        tag: &str,
        text: &str,
        author: &str,
    ) -> Result<TmUnit, StoreError> {
        let mut unit = self.tm_unit(id)?.ok_or_else(|| {
            StoreError::Invalid(format!(
                "unknown memory unit {id} (see `korpu tm search` or `korpu tm concordance`)"
            ))
        })?;
        if text.trim().is_empty() {
            return Err(StoreError::Invalid(
                "the text is empty; to remove a unit use `korpu tm delete`".into(),
            ));
        }
        let old = unit.clone();
        let v = unit
            .variants
            .entry(tag.to_string())
            .or_insert_with(TmVariant::default);
        *v = TmVariant {
            text: text.to_string(),
            parts: Vec::new(),
            props: v.props.clone(),
            notes: v.notes.clone(),
        };
        unit.changed = now_rfc3339();
        unit.author = author.to_string();
        self.replace_unit(Some(&old), Some(&unit))?;
        Ok(unit)
    }

    /// Removes a unit.
    pub fn tm_delete(&self, id: u64) -> Result<TmUnit, StoreError> {
        let unit = self
            .tm_unit(id)?
            .ok_or_else(|| StoreError::Invalid(format!("unknown memory unit {id}")))?;
        self.replace_unit(Some(&unit), None)?;
        Ok(unit)
    }

    /// Replaces `old` by `new` (either may be absent) with their exact-match pairs, the
    /// generation and the log, in one transaction.
    fn replace_unit(&self, old: Option<&TmUnit>, new: Option<&TmUnit>) -> Result<(), StoreError> {
        let id = new.or(old).map_or(0, |u| u.id);
        let rec = new.map(|u| UnitRecord {
            import: None,
            unit: u.clone(),
        });
        (&self.tm_units, &self.tm_exact, &self.meta, &self.tm_log)
            .transaction(|(units, exact, meta, log)| {
                tx_replace(units, exact, old, rec.as_ref())?;
                if let Some(new) = new {
                    for tag in new.variants.keys() {
                        meta.insert(tmkeys::lang(tag), &[][..])?;
                    }
                }
                let gen = next_generation(meta)?;
                log.insert(&tmkeys::pair(gen, id), &[][..])?;
                Ok::<_, ConflictableTransactionError<StoreError>>(())
            })
            .map_err(StoreError::from)?;
        self.flush()
    }

    /// Units per memory and locale.
    pub fn tm_stats(&self) -> Result<TmStats, StoreError> {
        let mut stats = TmStats::default();
        for m in self.memories()? {
            stats.memories.entry(m.name.clone()).or_default().penalty = m.penalty;
        }
        for unit in self.tm_units()? {
            let unit = unit?;
            stats.units += 1;
            let m = stats.memories.entry(unit.memory.clone()).or_default();
            m.units += 1;
            for tag in unit.variants.keys() {
                *m.locales.entry(tag.clone()).or_default() += 1;
            }
        }
        Ok(stats)
    }
}

/// What a segment's memory unit is built from.
pub(crate) struct SegmentUnit<'a> {
    pub article: &'a str,
    pub source_tag: &'a str,
    pub context: TmContext,
    /// An id to use when the segment has no unit yet.
    pub fresh_id: u64,
    pub author: &'a str,
    pub time: &'a str,
}

/// Brings a segment's memory unit in line with its confirmed translations (status
/// `translated` or above), inside the caller's transaction: creates, updates or removes
/// it. Returns the id of the unit that changed, if one did.
pub(crate) fn sync_segment_unit(
    units: &TransactionalTree,
    exact: &TransactionalTree,
    seg: &mut super::codec::SegmentRecord,
    how: &SegmentUnit,
) -> Result<Option<u64>, ConflictableTransactionError<StoreError>> {
    let confirmed: BTreeMap<String, TmVariant> = seg
        .translations
        .iter()
        .filter(|(_, t)| !t.status.needs_work() && !t.text.trim().is_empty())
        .map(|(tag, t)| (tag.clone(), TmVariant::plain(t.text.clone())))
        .collect();
    let old: Option<TmUnit> = match seg.tm_unit {
        Some(id) => tx_read(units, id)?.map(|r| r.unit),
        None => None,
    };
    if confirmed.is_empty() {
        let Some(old) = old else { return Ok(None) };
        tx_replace(units, exact, Some(&old), None)?;
        seg.tm_unit = None;
        return Ok(Some(old.id));
    }
    let mut unit = old.clone().unwrap_or_else(|| TmUnit {
        id: how.fresh_id,
        memory: "main".into(),
        origin: format!("article:{}", how.article),
        author: how.author.to_string(),
        created: how.time.to_string(),
        ..TmUnit::default()
    });
    unit.variants = confirmed;
    unit.variants.insert(
        how.source_tag.to_string(),
        TmVariant::plain(seg.text.clone()),
    );
    unit.context = Some(how.context.clone());
    unit.changed = how.time.to_string();
    unit.author = how.author.to_string();
    let id = unit.id;
    let rec = UnitRecord { import: None, unit };
    tx_replace(units, exact, old.as_ref(), Some(&rec))?;
    seg.tm_unit = Some(id);
    Ok(Some(id))
}

/// Moves the generation on and logs changed units, inside the caller's transaction.
pub(crate) fn log_changes(
    meta: &sled::transaction::TransactionalTree,
    log: &sled::transaction::TransactionalTree,
    changed: &[u64],
    langs: &[&str],
) -> Result<(), ConflictableTransactionError<StoreError>> {
    if changed.is_empty() {
        return Ok(());
    }
    for tag in langs {
        meta.insert(tmkeys::lang(tag), &[][..])?;
    }
    let gen = next_generation(meta)?;
    for id in changed {
        log.insert(&tmkeys::pair(gen, *id), &[][..])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(texts: &[(&str, &str)]) -> TmUnit {
        TmUnit {
            variants: texts
                .iter()
                .map(|(tag, text)| (tag.to_string(), TmVariant::plain(*text)))
                .collect(),
            ..TmUnit::default()
        }
    }

    fn numbered(i: usize) -> TmUnit {
        unit(&[
            ("en", &format!("Sentence number {i}.")),
            ("az", &format!("{i} nömrəli cümlə.")),
        ])
    }

    fn import(store: &Store, units: Vec<TmUnit>) -> ImportOutcome {
        store
            .tm_import("main", &mut units.into_iter().map(Ok), &mut |_| {})
            .expect("import")
    }

    fn exact_ids(store: &Store, tag: &str, text: &str) -> Vec<u64> {
        let mut ids: Vec<u64> = store
            .tm_exact(None, tag, text)
            .expect("exact")
            .iter()
            .map(|u| u.id)
            .collect();
        ids.sort_unstable();
        ids
    }

    /// Every key and value of the memory's trees.
    fn dump(store: &Store) -> Vec<Vec<(sled::IVec, sled::IVec)>> {
        [
            &store.tm_units,
            &store.tm_exact,
            &store.tm_staged,
            &store.tm_overlay,
            &store.tm_log,
        ]
        .iter()
        .map(|t| t.iter().collect::<Result<Vec<_>, _>>().expect("tree"))
        .collect()
    }

    /// Opens a store again; sled lets go of a database shortly after it is dropped.
    fn reopen(dir: &std::path::Path) -> Result<Store, StoreError> {
        for _ in 0..50 {
            match Store::open(dir) {
                Err(StoreError::Open { message, .. }) if !message.contains("format version") => {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                other => return other,
            }
        }
        Store::open(dir)
    }

    fn raw_db(dir: &std::path::Path) -> sled::Db {
        for _ in 0..50 {
            if let Ok(db) = sled::open(dir.join("db")) {
                return db;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        sled::open(dir.join("db")).expect("open sled")
    }

    #[test]
    fn a_format_1_store_is_upgraded_only_when_its_memory_is_empty() {
        let dir = tempfile::tempdir().expect("temp dir");
        drop(Store::open(dir.path()).expect("open"));
        {
            let db = raw_db(dir.path());
            let meta = db.open_tree("meta").expect("meta");
            meta.insert(super::super::keys::FORMAT_VERSION, &1u32.to_be_bytes())
                .expect("version");
            // A unit as format 1 stored it: a JSON record under its id.
            db.open_tree("tm_units")
                .expect("tree")
                .insert(7u64.to_be_bytes(), &b"\x01{\"id\":7}"[..])
                .expect("unit");
            db.flush().expect("flush");
        }
        let err = reopen(dir.path()).expect_err("refused").to_string();
        assert!(
            err.contains("format version 1") && err.contains("korpu backup"),
            "{err}"
        );
        {
            let db = raw_db(dir.path());
            let meta = db.open_tree("meta").expect("meta");
            assert_eq!(
                meta.get(super::super::keys::FORMAT_VERSION)
                    .expect("get")
                    .as_deref(),
                Some(&1u32.to_be_bytes()[..]),
                "the refused store was changed"
            );
            db.open_tree("tm_units")
                .expect("tree")
                .clear()
                .expect("clear");
            db.flush().expect("flush");
        }
        let store = reopen(dir.path()).expect("upgraded");
        assert_eq!(store.format_version().expect("version"), 2);
    }

    #[test]
    fn text_hashes_are_normalised_and_spread_over_the_buckets() {
        // "Ş" precomposed and as S + combining cedilla.
        assert_eq!(text_hash("\u{15e}əki"), text_hash("S\u{327}əki"));
        assert_ne!(text_hash("a"), text_hash("a\0"));
        assert_ne!(text_hash("abcdefgh"), text_hash("abcdefgi"));
        assert_ne!(text_hash(""), text_hash(" "));
        let hashes: HashSet<u64> = (0..20_000)
            .map(|i| text_hash(&format!("Sentence number {i}.")))
            .collect();
        assert_eq!(hashes.len(), 20_000);
        let buckets: HashSet<u64> = hashes
            .iter()
            .map(|h| h >> (64 - packs::BUCKET_BITS))
            .collect();
        assert!(
            buckets.len() > 3_900,
            "{} buckets of 4,096 used",
            buckets.len()
        );
    }

    #[test]
    fn duplicates_merge_within_and_across_batches_and_imports() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("open");
        let n = BATCH * 2 + 100;
        let mut units: Vec<TmUnit> = (0..n).map(numbered).collect();
        // Two batches after unit 0 was written: a new locale merges into it, and a
        // unit that shares only that new locale merges through it.
        units.push(unit(&[
            ("en", "Sentence number 0."),
            ("ru", "Предложение номер 0."),
        ]));
        units.push(unit(&[("ru", "Предложение номер 0."), ("de", "Satz 0.")]));
        // An exact duplicate is skipped; the same English with another Azerbaijani
        // text is a unit of its own.
        units.push(numbered(1));
        units.push(unit(&[
            ("en", "Sentence number 2."),
            ("az", "Başqa cümlə."),
        ]));
        // A duplicate inside the last, unflushed batch.
        units.push(unit(&[("en", "Fresh."), ("az", "Təzə.")]));
        units.push(unit(&[("en", "Fresh."), ("ru", "Свежее.")]));
        let gen0 = store.tm_generation().expect("generation");
        let out = import(&store, units);
        assert_eq!(
            out,
            ImportOutcome {
                imported: n + 2,
                merged: 3,
                skipped: 1
            }
        );
        assert_eq!(store.tm_len(), n + 2);
        assert_eq!(store.tm_units().expect("units").count(), n + 2);
        let zero = exact_ids(&store, "en", "Sentence number 0.");
        assert_eq!(zero.len(), 1);
        assert_eq!(exact_ids(&store, "de", "Satz 0."), zero);
        assert_eq!(exact_ids(&store, "ru", "Предложение номер 0."), zero);
        let u = store.tm_unit(zero[0]).expect("read").expect("visible");
        assert_eq!(
            u.variants.keys().map(String::as_str).collect::<Vec<_>>(),
            ["az", "de", "en", "ru"]
        );
        assert_eq!(exact_ids(&store, "en", "Sentence number 2.").len(), 2);
        assert_eq!(
            exact_ids(&store, "ru", "Свежее."),
            exact_ids(&store, "az", "Təzə.")
        );
        // The commit moved the generation on once and logged every new unit.
        let gen1 = store.tm_generation().expect("generation");
        assert_eq!(gen1, gen0 + 1);
        let logged = store
            .tm_changes_since(gen0, usize::MAX)
            .expect("log")
            .expect("listed one by one");
        assert_eq!(logged.len(), n + 2);

        // A second import into the memory, which is no longer empty: a merge into an
        // existing unit (an overlay, applied after the commit), a skip, a new unit.
        let three = exact_ids(&store, "en", "Sentence number 3.");
        let out = import(
            &store,
            vec![
                unit(&[("en", "Sentence number 3."), ("ru", "Предложение номер 3.")]),
                numbered(4),
                unit(&[("en", "New."), ("az", "Yeni.")]),
                unit(&[("ru", "Предложение номер 3."), ("de", "Satz 3.")]),
            ],
        );
        assert_eq!(
            out,
            ImportOutcome {
                imported: 1,
                merged: 2,
                skipped: 1
            }
        );
        assert!(store.tm_overlay.is_empty() && store.tm_staged.is_empty());
        assert_eq!(exact_ids(&store, "ru", "Предложение номер 3."), three);
        assert_eq!(exact_ids(&store, "de", "Satz 3."), three);
        let new = exact_ids(&store, "en", "New.");
        let mut changed = [three.clone(), new].concat();
        changed.sort_unstable();
        assert_eq!(
            store.tm_changes_since(gen1, usize::MAX).expect("log"),
            Some(changed)
        );

        // Edits and deletes keep the exact path in line.
        store
            .tm_edit(three[0], "az", "Dəyişdi.", "test")
            .expect("edit");
        assert!(exact_ids(&store, "az", "3 nömrəli cümlə.").is_empty());
        assert_eq!(exact_ids(&store, "az", "Dəyişdi."), three);
        store.tm_delete(three[0]).expect("delete");
        assert!(exact_ids(&store, "en", "Sentence number 3.").is_empty());
        assert!(store.tm_unit(three[0]).expect("read").is_none());
        assert_eq!(store.tm_len(), n + 2);
    }

    #[test]
    fn a_failed_import_leaves_the_memory_as_it_was() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("open");
        import(&store, (0..10).map(numbered).collect());
        let before = dump(&store);
        let generation = store.tm_generation().expect("generation");
        // Several batches, a merge into an existing unit, then a bad unit.
        let mut units: Vec<Result<TmUnit, StoreError>> = vec![Ok(unit(&[
            ("en", "Sentence number 5."),
            ("ru", "Предложение номер 5."),
        ]))];
        units.extend((10..BATCH * 2 + 10).map(|i| Ok(numbered(i))));
        units.push(Err(StoreError::Invalid("bad input".into())));
        let err = store
            .tm_import("main", &mut units.into_iter(), &mut |_| {})
            .expect_err("fails");
        assert!(err.to_string().contains("bad input"));
        assert!(dump(&store) == before, "the import left records behind");
        assert_eq!(store.tm_generation().expect("generation"), generation);
        assert!(exact_ids(&store, "ru", "Предложение номер 5.").is_empty());
        assert_eq!(store.tm_units().expect("units").count(), 10);
    }
}
