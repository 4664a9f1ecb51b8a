//! Translation-memory units in the store.
//!
//! Trees:
//!
//! | tree | key | value |
//! |---|---|---|
//! | `tm_units` | unit id | [`UnitRecord`]: the unit and the import that wrote it |
//! | `tm_exact` | memory · 0 · tag · 0 · hash(text) · unit id | empty: exact lookup and merging |
//! | `tm_staged` | import id · unit id | empty: units an unfinished import wrote |
//! | `tm_overlay` | import id · unit id | a merged version of an existing unit, applied after commit |
//! | `tm_log` | generation · unit id | empty: which units changed in which generation |
//!
//! An import writes new units (invisible while `meta` holds `tm-pending/ID`) and
//! overlays for the existing units it merges into, in batches. One transaction then
//! removes the pending marker and bumps the generation: from that moment the import is
//! visible as a whole. Overlays are applied right after (and, after a crash, on the next
//! open); an import that never committed is swept on the next open.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use sled::transaction::ConflictableTransactionError;
use sled::Transactional;

use super::codec;
use super::{Store, StoreError, BATCH};
use crate::model::{now_rfc3339, TmContext, TmUnit, TmVariant};

/// A unit as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct UnitRecord {
    /// The import that wrote it; while that import is pending the unit is invisible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import: Option<u64>,
    #[serde(flatten)]
    pub unit: TmUnit,
}

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

    pub fn id(id: u64) -> [u8; 8] {
        id.to_be_bytes()
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

    pub fn exact_prefix(memory: &str, tag: &str, text: &str) -> Vec<u8> {
        let mut k = Vec::with_capacity(memory.len() + tag.len() + 10);
        k.extend_from_slice(memory.as_bytes());
        k.push(0);
        k.extend_from_slice(tag.as_bytes());
        k.push(0);
        k.extend_from_slice(&super::text_hash(text).to_be_bytes());
        k
    }

    pub fn exact(memory: &str, tag: &str, text: &str, id: u64) -> Vec<u8> {
        let mut k = exact_prefix(memory, tag, text);
        k.extend_from_slice(&id.to_be_bytes());
        k
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

/// A stable 64-bit hash of a text (FNV-1a over its NFC form): the same in every build,
/// so it can live in keys.
pub(crate) fn text_hash(text: &str) -> u64 {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    // Most text is already NFC (all of ASCII is): hash its bytes as they are.
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text.bytes().for_each(&mut eat);
    } else {
        let mut buf = [0u8; 4];
        for c in text.nfc() {
            c.encode_utf8(&mut buf).bytes().for_each(&mut eat);
        }
    }
    h
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

/// An import in progress: what it wrote so far, for merging within the import.
struct Staging<'a> {
    store: &'a Store,
    import: u64,
    memory: String,
    /// Exact keys of units this import wrote → their ids.
    exact: HashMap<Vec<u8>, Vec<u64>>,
    /// Units written (or merged) by this import and not flushed yet.
    batch: BTreeMap<u64, UnitRecord>,
    /// Existing units this import merges into, by id.
    overlays: BTreeMap<u64, TmUnit>,
    /// Ids of units this import created.
    created: HashSet<u64>,
    /// Locale tags seen.
    langs: HashSet<String>,
    /// Whether the memory was empty when the import started.
    fresh: bool,
    outcome: ImportOutcome,
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

    fn decode_unit(&self, bytes: &[u8]) -> Result<UnitRecord, StoreError> {
        codec::decode("memory unit", bytes)
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
        let Some(bytes) = self.tm_units.get(tmkeys::id(id))? else {
            return Ok(None);
        };
        let rec = self.decode_unit(&bytes)?;
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
        Ok(self.tm_units.iter().values().filter_map(move |v| {
            let rec = match v
                .map_err(StoreError::from)
                .and_then(|v| self.decode_unit(&v))
            {
                Ok(rec) => rec,
                Err(e) => return Some(Err(e)),
            };
            if rec.import.is_some_and(|i| pending.contains(&i)) {
                None
            } else {
                Some(Ok(rec.unit))
            }
        }))
    }

    /// How many units the memory holds (visible or not; cheap).
    pub fn tm_len(&self) -> usize {
        self.tm_units.len()
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
        let mut out = Vec::new();
        for m in memories {
            for key in self
                .tm_exact
                .scan_prefix(tmkeys::exact_prefix(&m, tag, text))
                .keys()
            {
                let Some(id) = tmkeys::second(&key?) else {
                    continue;
                };
                if let Some(u) = self.tm_unit(id)? {
                    if u.variants.get(tag).is_some_and(|v| v.text == text) {
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
        self.meta
            .insert(tmkeys::pending(import), now_rfc3339().as_bytes())?;
        self.flush()?;
        let mut st = Staging {
            store: self,
            import,
            memory: memory.to_string(),
            exact: HashMap::new(),
            batch: BTreeMap::new(),
            overlays: BTreeMap::new(),
            created: HashSet::new(),
            langs: HashSet::new(),
            fresh: {
                let mut prefix = memory.as_bytes().to_vec();
                prefix.push(0);
                self.tm_exact.scan_prefix(prefix).next().is_none()
            },
            outcome: ImportOutcome::default(),
        };
        let result = (|| {
            let mut n = 0;
            for unit in units {
                st.add(unit?)?;
                n += 1;
                if st.batch.len() >= BATCH {
                    st.flush_batch()?;
                    progress(n);
                }
            }
            st.flush_batch()?;
            progress(n);
            let mut created: Vec<u64> = st.created.iter().copied().collect();
            created.sort_unstable();
            self.commit_import(import, &st.overlays, &created, &st.langs)
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

    fn commit_import(
        &self,
        import: u64,
        overlays: &BTreeMap<u64, TmUnit>,
        created: &[u64],
        langs: &HashSet<String>,
    ) -> Result<(), StoreError> {
        // Overlays are written first, invisible until the marker goes.
        let mut batch = sled::Batch::default();
        for (id, unit) in overlays {
            batch.insert(&tmkeys::pair(import, *id), codec::encode(unit));
        }
        self.tm_overlay.apply_batch(batch)?;
        self.flush()?;
        // The commit: the pending marker goes, the generation moves on. A large import
        // logs one "rebuild" entry instead of every unit.
        (&self.meta, &self.tm_log)
            .transaction(|(meta, log)| {
                let gen = next_generation(meta)?;
                meta.remove(tmkeys::pending(import))?;
                for tag in langs {
                    meta.insert(tmkeys::lang(tag), &[][..])?;
                }
                if created.len() + overlays.len() > LOG_LIMIT {
                    log.insert(&tmkeys::pair(gen, u64::MAX), &[][..])?;
                } else {
                    for id in created.iter().chain(overlays.keys()) {
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
    /// run again after a crash.
    pub(crate) fn finish_committed_imports(&self) -> Result<(), StoreError> {
        let pending = self.pending_imports()?;
        loop {
            let mut todo = Vec::new();
            for kv in self.tm_overlay.iter().take(BATCH) {
                let (k, v) = kv?;
                let import = u64::from_be_bytes(k[..8].try_into().unwrap_or([0; 8]));
                if pending.contains(&import) {
                    continue;
                }
                todo.push((k, v));
            }
            if todo.is_empty() {
                break;
            }
            for (k, v) in todo {
                let unit: TmUnit = codec::decode("memory unit overlay", &v)?;
                let old = self.tm_unit(unit.id)?;
                self.write_unit_now(&unit, old.as_ref())?;
                self.tm_overlay.remove(k)?;
            }
        }
        // Staging keys of committed imports are no longer needed.
        let mut batch = sled::Batch::default();
        let mut n = 0;
        for key in self.tm_staged.iter().keys() {
            let key = key?;
            let import = u64::from_be_bytes(key[..8].try_into().unwrap_or([0; 8]));
            if !pending.contains(&import) {
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

    /// Writes a unit and its exact keys outside an import (used to apply overlays).
    fn write_unit_now(&self, unit: &TmUnit, old: Option<&TmUnit>) -> Result<(), StoreError> {
        if let Some(old) = old {
            for (tag, v) in &old.variants {
                self.tm_exact
                    .remove(tmkeys::exact(&old.memory, tag, &v.text, old.id))?;
            }
        }
        for (tag, v) in &unit.variants {
            self.tm_exact
                .insert(tmkeys::exact(&unit.memory, tag, &v.text, unit.id), &[][..])?;
        }
        let rec = UnitRecord {
            import: None,
            unit: unit.clone(),
        };
        self.tm_units
            .insert(tmkeys::id(unit.id), codec::encode(&rec))?;
        Ok(())
    }

    /// Deletes everything an uncommitted import wrote.
    pub(crate) fn sweep_import(&self, import: u64) -> Result<(), StoreError> {
        loop {
            let keys: Vec<sled::IVec> = self
                .tm_staged
                .scan_prefix(tmkeys::id(import))
                .keys()
                .take(BATCH)
                .collect::<Result<_, _>>()?;
            if keys.is_empty() {
                break;
            }
            for key in keys {
                if let Some(id) = tmkeys::second(&key) {
                    if let Some(bytes) = self.tm_units.get(tmkeys::id(id))? {
                        let rec = self.decode_unit(&bytes)?;
                        if rec.import == Some(import) {
                            for (tag, v) in &rec.unit.variants {
                                self.tm_exact.remove(tmkeys::exact(
                                    &rec.unit.memory,
                                    tag,
                                    &v.text,
                                    id,
                                ))?;
                            }
                            self.tm_units.remove(tmkeys::id(id))?;
                        }
                    }
                }
                self.tm_staged.remove(key)?;
            }
        }
        for key in self.tm_overlay.scan_prefix(tmkeys::id(import)).keys() {
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

    /// Replaces `old` by `new` (either may be absent) with their exact keys, the
    /// generation and the log, in one transaction.
    fn replace_unit(&self, old: Option<&TmUnit>, new: Option<&TmUnit>) -> Result<(), StoreError> {
        let id = new.or(old).map_or(0, |u| u.id);
        (&self.tm_units, &self.tm_exact, &self.meta, &self.tm_log)
            .transaction(|(units, exact, meta, log)| {
                if let Some(old) = old {
                    for (tag, v) in &old.variants {
                        exact.remove(tmkeys::exact(&old.memory, tag, &v.text, old.id))?;
                    }
                    units.remove(&tmkeys::id(old.id))?;
                }
                if let Some(new) = new {
                    for (tag, v) in &new.variants {
                        exact.insert(tmkeys::exact(&new.memory, tag, &v.text, new.id), &[][..])?;
                        meta.insert(tmkeys::lang(tag), &[][..])?;
                    }
                    let rec = UnitRecord {
                        import: None,
                        unit: new.clone(),
                    };
                    units.insert(&tmkeys::id(new.id), codec::encode(&rec))?;
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

impl Staging<'_> {
    /// Adds one incoming unit: merged into a unit of this import or of the store, or
    /// written as a new one.
    fn add(&mut self, mut unit: TmUnit) -> Result<(), StoreError> {
        unit.memory = self.memory.clone();
        unit.variants.retain(|_, v| !v.text.trim().is_empty());
        self.langs.extend(unit.variants.keys().cloned());
        if unit.variants.is_empty() {
            self.outcome.skipped += 1;
            return Ok(());
        }
        let now = now_rfc3339();
        if unit.created.is_empty() {
            unit.created = now.clone();
        }
        if unit.changed.is_empty() {
            unit.changed = unit.created.clone();
        }
        // Candidates: units with the same text in one of this unit's locales.
        let mut candidates: Vec<u64> = Vec::new();
        for (tag, v) in &unit.variants {
            let prefix = tmkeys::exact_prefix(&self.memory, tag, &v.text);
            if let Some(ids) = self.exact.get(&prefix) {
                candidates.extend(ids);
            }
            // Units of this import are in `exact`; the store is asked only when the
            // memory held units before the import.
            if !self.fresh {
                for key in self.store.tm_exact.scan_prefix(&prefix).keys() {
                    if let Some(id) = tmkeys::second(&key?) {
                        candidates.push(id);
                    }
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
                        self.index_exact(&merged);
                    } else {
                        self.outcome.skipped += 1;
                    }
                    return Ok(());
                }
                continue;
            }
            let existing = match self.overlays.get(&id) {
                Some(u) => Some(u.clone()),
                None if self.created.contains(&id) => self
                    .store
                    .tm_units
                    .get(tmkeys::id(id))?
                    .map(|b| self.store.decode_unit(&b).map(|r| r.unit))
                    .transpose()?,
                None => self.store.tm_unit(id)?,
            };
            let Some(mut existing) = existing else {
                continue;
            };
            if compatible(&existing, &unit) {
                if merge_into(&mut existing, &unit) {
                    self.outcome.merged += 1;
                    self.index_exact(&existing);
                    if self.created.contains(&id) {
                        self.batch.insert(
                            id,
                            UnitRecord {
                                import: Some(self.import),
                                unit: existing,
                            },
                        );
                    } else {
                        self.overlays.insert(id, existing);
                    }
                } else {
                    self.outcome.skipped += 1;
                }
                return Ok(());
            }
        }
        unit.id = self.store.next_id()?;
        self.index_exact(&unit);
        self.created.insert(unit.id);
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

    fn index_exact(&mut self, unit: &TmUnit) {
        for (tag, v) in &unit.variants {
            let ids = self
                .exact
                .entry(tmkeys::exact_prefix(&self.memory, tag, &v.text))
                .or_default();
            if !ids.contains(&unit.id) {
                ids.push(unit.id);
            }
        }
    }

    fn flush_batch(&mut self) -> Result<(), StoreError> {
        let mut units = sled::Batch::default();
        let mut exact = sled::Batch::default();
        let mut staged = sled::Batch::default();
        for (id, rec) in std::mem::take(&mut self.batch) {
            for (tag, v) in &rec.unit.variants {
                exact.insert(tmkeys::exact(&self.memory, tag, &v.text, id), &[][..]);
            }
            staged.insert(&tmkeys::pair(self.import, id), &[][..]);
            units.insert(&tmkeys::id(id), codec::encode(&rec));
        }
        // Staging keys first: a crash after them but before the units leaves only keys
        // the sweep can follow.
        self.store.tm_staged.apply_batch(staged)?;
        self.store.tm_units.apply_batch(units)?;
        self.store.tm_exact.apply_batch(exact)?;
        super::crash_point("tm-batch");
        Ok(())
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
    units: &sled::transaction::TransactionalTree,
    exact: &sled::transaction::TransactionalTree,
    seg: &mut super::codec::SegmentRecord,
    how: &SegmentUnit,
) -> Result<Option<u64>, ConflictableTransactionError<StoreError>> {
    let abort = ConflictableTransactionError::Abort;
    let confirmed: BTreeMap<String, TmVariant> = seg
        .translations
        .iter()
        .filter(|(_, t)| !t.status.needs_work() && !t.text.trim().is_empty())
        .map(|(tag, t)| (tag.clone(), TmVariant::plain(t.text.clone())))
        .collect();
    let old: Option<TmUnit> = match seg.tm_unit {
        Some(id) => match units.get(tmkeys::id(id))? {
            Some(bytes) => Some(
                codec::decode::<UnitRecord>("memory unit", &bytes)
                    .map_err(abort)?
                    .unit,
            ),
            None => None,
        },
        None => None,
    };
    if let Some(old) = &old {
        for (tag, v) in &old.variants {
            exact.remove(tmkeys::exact(&old.memory, tag, &v.text, old.id))?;
        }
    }
    if confirmed.is_empty() {
        let Some(old) = old else { return Ok(None) };
        units.remove(&tmkeys::id(old.id))?;
        seg.tm_unit = None;
        return Ok(Some(old.id));
    }
    let mut unit = old.unwrap_or_else(|| TmUnit {
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
    for (tag, v) in &unit.variants {
        exact.insert(tmkeys::exact(&unit.memory, tag, &v.text, unit.id), &[][..])?;
    }
    let rec = UnitRecord { import: None, unit };
    units.insert(&tmkeys::id(rec.unit.id), codec::encode(&rec))?;
    seg.tm_unit = Some(rec.unit.id);
    Ok(Some(rec.unit.id))
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
