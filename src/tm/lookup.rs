//! Lookup: exact hash first, then the index, then exact re-scoring.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::Serialize;

use super::diff::{diff, DiffOp};
use super::index::{Candidate, Gather, Index, LookupStats};
use super::numbers::substitute_numbers;
use super::score;
use crate::locale::Locale;
use crate::model::{TmContext, TmUnit};
use crate::store::{Store, StoreError};

/// What to look for.
#[derive(Debug, Clone)]
pub struct Query<'a> {
    /// The text to find matches for.
    pub text: &'a str,
    /// Its locale.
    pub from: &'a Locale,
    /// The locale of the translations wanted.
    pub to: &'a Locale,
    /// Lowest score to return (1..=100).
    pub min: u8,
    /// How many matches at most.
    pub limit: usize,
    /// Only this memory, when set.
    pub memory: Option<&'a str>,
    /// The segments around the query, for 101% context matches.
    pub context: Option<&'a TmContext>,
}

/// A suggestion from the memory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    /// The score (DESIGN.md's definition; 101 for an exact match in the same context),
    /// less the memory's penalty.
    pub score: u8,
    /// The unit's id.
    pub unit: u64,
    /// The memory it belongs to.
    pub memory: String,
    /// The locale tag of `source` (the unit's variant that was matched).
    pub source_lang: String,
    /// The unit's text in the query's locale.
    pub source: String,
    /// The locale tag of `target`.
    pub target_lang: String,
    /// The unit's text in the wanted locale.
    pub target: String,
    /// `target` with the query's numbers carried over where query and source differ in
    /// numbers, written in the target locale's notation.
    pub target_substituted: String,
    /// Differences between the query and `source`.
    pub diff: Vec<DiffOp>,
    /// Where the unit came from.
    pub origin: String,
    /// Who made it.
    pub author: String,
    /// When it was created.
    pub created: String,
    /// When it last changed.
    pub changed: String,
}

/// Why a lookup failed.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The query cannot be looked up.
    #[error("{0}")]
    Invalid(String),
}

/// Lookups against one store, with the indexes it has loaded and the memory's
/// settings, both kept for as long as the store's generation does not move.
pub struct Matcher<'s> {
    store: &'s Store,
    /// The generation the settings below were read at (`None`: not read yet).
    generation: Option<u64>,
    indexes: HashMap<String, Index>,
    penalties: HashMap<String, u8>,
    /// Every memory name (as `Store::memory_names` gives them).
    memory_names: Vec<String>,
    /// The memory's locale tags, parsed.
    langs: Vec<(String, Locale)>,
    /// Figures of the lookups so far.
    pub stats: LookupStats,
}

/// Where the index snapshot of a locale lives.
pub fn snapshot_path(store: &Store, tag: &str) -> PathBuf {
    store.dir().join("tm-index").join(format!("{tag}.idx"))
}

/// Above this many changed units since the snapshot, the index is rebuilt from the
/// store rather than updated from the change log.
const REBUILD_AFTER: usize = 50_000;

/// Above this many documents changed since the snapshot, the snapshot is rewritten.
/// Below, the changes stay in memory and a cold process applies them again from the
/// change log (reading that many units costs a few tens of milliseconds).
const REWRITE_AFTER: usize = 1_000;

/// Brings an index up to the store's generation `current` from the change log. Returns
/// `false` when that is not possible (too many changes, a damaged snapshot) and the
/// index must be rebuilt.
fn catch_up(store: &Store, index: &mut Index, current: u64) -> Result<bool, StoreError> {
    if index.generation > current {
        return Ok(false);
    }
    if index.generation == current {
        return Ok(true);
    }
    let Some(ids) = store.tm_changes_since(index.generation, REBUILD_AFTER)? else {
        return Ok(false);
    };
    for id in ids {
        let applied = match store.tm_unit(id)? {
            Some(unit) => index.upsert(&unit),
            None => index.remove(id),
        };
        if applied.is_err() {
            return Ok(false);
        }
    }
    index.generation = current;
    if index.pending() > REWRITE_AFTER {
        let path = snapshot_path(store, &index.lang);
        // A snapshot that cannot be written only costs time on the next call.
        if index.save(&path).is_ok() {
            if let Ok(fresh) = Index::load(&path) {
                *index = fresh;
            }
        }
    }
    Ok(true)
}

/// The snapshot of `tag`, when it can be used: readable, of this layout, of this locale
/// and not ahead of the store.
fn open_snapshot(store: &Store, tag: &str, current: u64) -> Option<Index> {
    Index::load(&snapshot_path(store, tag))
        .ok()
        .filter(|i| i.lang == tag && i.generation <= current)
}

/// Rebuilds the indexes of `tags` from the store in one pass over its units, and writes
/// their snapshots. An index whose snapshot cannot be written is kept in memory.
pub fn rebuild_indexes(store: &Store, tags: &[String]) -> Result<Vec<Index>, StoreError> {
    // The generation is read first: a change committed during the pass is then applied
    // again by the next catch-up, which is harmless.
    let current = store.tm_generation()?;
    let mut gathers: Vec<Gather> = tags.iter().map(|t| Gather::new(t)).collect();
    if !gathers.is_empty() {
        for unit in store.tm_units()? {
            let unit = unit?;
            for g in &mut gathers {
                g.add(&unit);
            }
        }
    }
    let mut out = Vec::with_capacity(gathers.len());
    for g in gathers {
        let path = snapshot_path(store, &g.lang);
        let written = Index::write_docs(&path, &g.lang, current, &g.docs)
            .and_then(|()| Index::load(&path))
            .ok()
            .filter(|i| i.generation == current);
        out.push(match written {
            Some(index) => index,
            None => Index::from_docs(&g.lang, current, g.docs),
        });
    }
    Ok(out)
}

/// The index of one locale, brought up to date with the store: the snapshot when it is
/// current, the snapshot plus the logged changes when few units changed, else rebuilt
/// (and saved). A snapshot that is missing, of another layout, truncated, damaged, of
/// another locale or ahead of the store is never used.
pub fn load_index(store: &Store, tag: &str) -> Result<Index, StoreError> {
    let current = store.tm_generation()?;
    if let Some(mut index) = open_snapshot(store, tag, current) {
        if catch_up(store, &mut index, current)? {
            return Ok(index);
        }
    }
    let mut built = rebuild_indexes(store, &[tag.to_string()])?;
    Ok(built.pop().unwrap_or_else(|| Index::new(tag)))
}

/// Brings the snapshot of every locale in the memory up to date (after an import, so
/// that the next lookup finds it current). Indexes that cannot catch up from the change
/// log are rebuilt together, in one pass over the memory. Returns how many were rebuilt.
pub fn refresh_indexes(store: &Store) -> Result<usize, StoreError> {
    let current = store.tm_generation()?;
    let mut stale = Vec::new();
    for tag in store.tm_langs()? {
        let fresh = match open_snapshot(store, &tag, current) {
            Some(mut index) => catch_up(store, &mut index, current)?,
            None => false,
        };
        if !fresh {
            stale.push(tag);
        }
    }
    rebuild_indexes(store, &stale)?;
    Ok(stale.len())
}

impl<'s> Matcher<'s> {
    /// A matcher over a store; the memory's settings and indexes are read on first use.
    pub fn new(store: &'s Store) -> Result<Matcher<'s>, StoreError> {
        Ok(Matcher {
            store,
            generation: None,
            indexes: HashMap::new(),
            penalties: HashMap::new(),
            memory_names: Vec::new(),
            langs: Vec::new(),
            stats: LookupStats::default(),
        })
    }

    /// A matcher that starts with indexes loaded earlier (by a long-running process
    /// that keeps them between lookups). Each must reflect the store's current
    /// generation; those that do not are dropped and loaded again on first use.
    pub fn with_indexes(
        store: &'s Store,
        indexes: HashMap<String, Index>,
    ) -> Result<Matcher<'s>, StoreError> {
        let mut matcher = Matcher::new(store)?;
        let current = store.tm_generation()?;
        matcher.indexes = indexes
            .into_iter()
            .filter(|(tag, i)| i.generation == current && i.lang == *tag)
            .collect();
        Ok(matcher)
    }

    /// The indexes this matcher has loaded, to keep for the next one.
    pub fn into_indexes(self) -> HashMap<String, Index> {
        self.indexes
    }

    /// The store it reads.
    pub fn store(&self) -> &Store {
        self.store
    }

    /// Rereads the memory's settings (penalties, locale tags) when the store's generation
    /// moved since they were read; indexes catch up when they are next used.
    fn sync(&mut self) -> Result<u64, StoreError> {
        let current = self.store.tm_generation()?;
        if self.generation != Some(current) {
            self.penalties = self
                .store
                .memories()?
                .into_iter()
                .map(|m| (m.name, m.penalty))
                .collect();
            self.memory_names = self.store.memory_names()?;
            self.langs = self
                .store
                .tm_langs()?
                .into_iter()
                .filter_map(|t| Locale::parse(&t).ok().map(|l| (t, l)))
                .collect();
            self.generation = Some(current);
        }
        Ok(current)
    }

    /// The tags in the memory that `lang` matches (`en` finds `en` and `en-US`).
    fn tags_for(&self, lang: &Locale) -> Vec<String> {
        self.langs
            .iter()
            .filter(|(_, l)| l.matches(lang))
            .map(|(t, _)| t.clone())
            .collect()
    }

    /// The index of `tag`, current at generation `current`.
    fn index(&mut self, tag: &str, current: u64) -> Result<&Index, StoreError> {
        let usable = match self.indexes.get_mut(tag) {
            Some(index) => catch_up(self.store, index, current)?,
            None => false,
        };
        if !usable {
            let index = if self.indexes.contains_key(tag) {
                rebuild_indexes(self.store, &[tag.to_string()])?
                    .pop()
                    .unwrap_or_else(|| Index::new(tag))
            } else {
                load_index(self.store, tag)?
            };
            self.indexes.insert(tag.to_string(), index);
        }
        self.indexes
            .get(tag)
            .ok_or_else(|| StoreError::Invalid(format!("no index for {tag}")))
    }

    /// The fuzzy candidates of a query in the index of `tag`. A snapshot found damaged
    /// while it is read is rebuilt from the store and the search done again.
    fn candidates(
        &mut self,
        tag: &str,
        text: &str,
        min: u8,
        memory: Option<&str>,
        current: u64,
    ) -> Result<Vec<Candidate>, StoreError> {
        let mut stats = LookupStats::default();
        let found = {
            let index = self.index(tag, current)?;
            index.try_search(&index.query_ids(text), min, &mut stats)
        };
        let found = match found {
            Ok(found) => found,
            Err(_) => {
                let _ = std::fs::remove_file(snapshot_path(self.store, tag));
                let rebuilt = rebuild_indexes(self.store, &[tag.to_string()])?
                    .pop()
                    .unwrap_or_else(|| Index::new(tag));
                self.indexes.insert(tag.to_string(), rebuilt);
                stats = LookupStats::default();
                let index = self.index(tag, current)?;
                index
                    .try_search(&index.query_ids(text), min, &mut stats)
                    .map_err(|e| StoreError::Invalid(e.to_string()))?
            }
        };
        self.stats.candidates += stats.candidates;
        self.stats.verified += stats.verified;
        let index = self.index(tag, current)?;
        let memories = index.memories();
        Ok(found
            .into_iter()
            .filter(|c| {
                memory.is_none_or(|m| memories.get(c.memory as usize).is_some_and(|n| n == m))
            })
            .collect())
    }

    fn penalty(&self, memory: &str) -> u8 {
        self.penalties.get(memory).copied().unwrap_or(0)
    }

    /// The best matches for a query, best first.
    pub fn lookup(&mut self, q: &Query) -> Result<Vec<Match>, LookupError> {
        if q.text.trim().is_empty() {
            return Err(LookupError::Invalid("the query is empty".into()));
        }
        if q.from.matches(q.to) {
            return Err(LookupError::Invalid(format!(
                "--from {} and --to {} are the same language",
                q.from, q.to
            )));
        }
        let min = q.min.clamp(1, 101);
        let current = self.sync()?;
        let from_tags = self.tags_for(q.from);
        let to_tags = self.tags_for(q.to);
        let mut found: Vec<(u8, String, TmUnit)> = Vec::new();
        let mut seen: HashSet<u64> = HashSet::new();
        let query_analyzed = score::analyze(q.text, q.from.language());
        for tag in &from_tags {
            // Stage one: the exact text, by hash, memory by memory (their names are
            // cached with the settings rather than read from the store every time).
            let mut exact = Vec::new();
            match q.memory {
                Some(m) => exact = self.store.tm_exact(Some(m), tag, q.text)?,
                None => {
                    for m in &self.memory_names {
                        exact.extend(self.store.tm_exact(Some(m), tag, q.text)?);
                    }
                }
            }
            for unit in exact {
                if !seen.insert(unit.id) {
                    continue;
                }
                let context_hit = q.context.is_some() && unit.context.as_ref() == q.context;
                let raw = if context_hit {
                    score::CONTEXT_MATCH
                } else {
                    100
                };
                let s = raw.saturating_sub(self.penalty(&unit.memory));
                if s >= min {
                    found.push((s, tag.clone(), unit));
                }
            }
            // Stage two: the index, then exact re-scoring.
            let candidates = self.candidates(tag, q.text, min.min(100), q.memory, current)?;
            for c in candidates {
                if seen.contains(&c.unit) {
                    continue;
                }
                let Some(unit) = self.store.tm_unit(c.unit)? else {
                    continue;
                };
                let Some(source) = unit.variants.get(tag) else {
                    continue;
                };
                if !to_tags.iter().any(|t| unit.variants.contains_key(t)) {
                    continue;
                }
                let full = score::score(
                    &query_analyzed,
                    &score::analyze(&source.text, q.from.language()),
                );
                let s = full.saturating_sub(self.penalty(&unit.memory));
                if s >= min {
                    seen.insert(unit.id);
                    found.push((s, tag.clone(), unit));
                }
            }
        }
        // Best first; among equals the most recently changed, then the lowest id.
        found.retain(|(_, _, u)| to_tags.iter().any(|t| u.variants.contains_key(t)));
        found.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| b.2.changed.cmp(&a.2.changed))
                .then_with(|| a.2.id.cmp(&b.2.id))
        });
        found.truncate(q.limit);
        Ok(found
            .into_iter()
            .filter_map(|(s, tag, unit)| self.build_match(q, s, &tag, &to_tags, unit))
            .collect())
    }

    fn build_match(
        &self,
        q: &Query,
        score: u8,
        source_tag: &str,
        to_tags: &[String],
        unit: TmUnit,
    ) -> Option<Match> {
        let source = unit.variants.get(source_tag)?.text.clone();
        let target_tag =
            q.to.negotiate_among(
                &to_tags
                    .iter()
                    .filter(|t| unit.variants.contains_key(*t))
                    .filter_map(|t| Locale::parse(t).ok())
                    .collect::<Vec<_>>(),
            )?
            .tag()
            .to_string();
        let target = unit.variants.get(&target_tag)?.text.clone();
        let target_locale = Locale::parse(&target_tag).ok()?;
        let target_substituted =
            substitute_numbers(q.text, &source, &target, q.from, &target_locale);
        Some(Match {
            score,
            unit: unit.id,
            memory: unit.memory,
            source_lang: source_tag.to_string(),
            diff: diff(q.text, &source, q.from.language()),
            source,
            target_lang: target_tag,
            target,
            target_substituted,
            origin: unit.origin,
            author: unit.author,
            created: unit.created,
            changed: unit.changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TmVariant;

    fn pair(en: &str, az: &str) -> TmUnit {
        let mut u = TmUnit::default();
        u.variants.insert("en".into(), TmVariant::plain(en));
        u.variants.insert("az".into(), TmVariant::plain(az));
        u
    }

    /// A store with `n` en+az units ("Report N about the euro rate …").
    fn store(dir: &std::path::Path, n: usize) -> Store {
        let store = Store::open(dir).expect("store opens");
        let mut units = (0..n).map(|i| {
            Ok(pair(
                &format!("Report {i} says the euro rate rose against the manat in week {i}."),
                &format!("Hesabat {i}: avronun məzənnəsi {i}-ci həftədə manata qarşı artıb."),
            ))
        });
        store
            .tm_import("main", &mut units, &mut |_| {})
            .expect("import");
        store
    }

    fn search(store: &Store, text: &str) -> Vec<(u8, String)> {
        let en = Locale::parse("en").expect("en");
        let az = Locale::parse("az").expect("az");
        let mut m = Matcher::new(store).expect("matcher");
        m.lookup(&Query {
            text,
            from: &en,
            to: &az,
            min: 70,
            limit: 5,
            memory: None,
            context: None,
        })
        .expect("lookup")
        .into_iter()
        .map(|m| (m.score, m.source))
        .collect()
    }

    const ASKED: &str = "Report 7 says the euro rate rose against the manat in week 7!";

    #[test]
    fn a_refresh_leaves_current_snapshots_for_every_locale() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 40);
        assert_eq!(
            refresh_indexes(&store).expect("refresh"),
            2,
            "en and az built"
        );
        let current = store.tm_generation().expect("generation");
        for tag in ["en", "az"] {
            let index = Index::load(&snapshot_path(&store, tag)).expect("snapshot");
            assert_eq!((index.generation, index.len()), (current, 40), "{tag}");
        }
        assert_eq!(
            refresh_indexes(&store).expect("refresh"),
            0,
            "nothing to do"
        );
        let found = search(&store, ASKED);
        assert_eq!(found[0].0, 99, "{found:?}");
    }

    #[test]
    fn a_small_change_is_applied_from_the_log_without_rewriting_the_snapshot() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 30);
        refresh_indexes(&store).expect("refresh");
        let written = store.tm_generation().expect("generation");
        let path = snapshot_path(&store, "en");
        let before = std::fs::read(&path).expect("snapshot");
        let target = search(&store, ASKED);
        assert_eq!(target[0].0, 99, "{target:?}");
        let id = store.tm_exact(None, "en", &target[0].1).expect("exact")[0].id;
        store
            .tm_edit(id, "en", "Something else entirely about wombats.", "test")
            .expect("edit");
        let index = load_index(&store, "en").expect("index");
        assert_eq!(index.generation, written + 1);
        assert_eq!(
            index.pending(),
            2,
            "the old document dead, the new one added"
        );
        let after = search(&store, ASKED);
        assert!(
            after[0].0 == 98 && after.iter().all(|(_, s)| *s != target[0].1),
            "the old text is gone: {after:?}"
        );
        assert_eq!(
            search(&store, "Something else entirely about wombats."),
            vec![(100, "Something else entirely about wombats.".to_string())]
        );
        assert_eq!(
            std::fs::read(&path).expect("snapshot"),
            before,
            "not rewritten"
        );
    }

    #[test]
    fn many_changes_rewrite_the_snapshot() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 10);
        refresh_indexes(&store).expect("refresh");
        let path = snapshot_path(&store, "en");
        let mut more = (0..REWRITE_AFTER + 50).map(|i| {
            Ok(pair(
                &format!("Note {i} on the oil price in quarter {i}."),
                &format!("Qeyd {i}: neftin qiyməti {i}-ci rübdə."),
            ))
        });
        store
            .tm_import("main", &mut more, &mut |_| {})
            .expect("import");
        let current = store.tm_generation().expect("generation");
        assert!(Index::load(&path).expect("snapshot").generation < current);
        let index = load_index(&store, "en").expect("index");
        assert_eq!((index.generation, index.pending()), (current, 0));
        assert_eq!(index.len(), 10 + REWRITE_AFTER + 50);
        let saved = Index::load(&path).expect("rewritten");
        assert_eq!((saved.generation, saved.len()), (current, index.len()));
        let q = "Note 7 on the oil price in quarter 7.";
        let ids = saved.query_ids(q);
        let found = saved.search(&ids, 100, &mut LookupStats::default());
        assert_eq!(
            found.len(),
            REWRITE_AFTER + 50,
            "numbers are one class token"
        );
        assert_eq!(search(&store, q)[0], (100, q.to_string()));
    }

    #[test]
    fn a_snapshot_ahead_of_the_store_or_of_another_locale_is_not_used() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 20);
        let current = store.tm_generation().expect("generation");
        // A snapshot that claims a later generation and holds a unit the store lacks.
        let mut bogus = Index::new("en");
        bogus.generation = current + 5;
        let mut u = pair(ASKED, "yox");
        u.id = 999_999;
        bogus.upsert(&u).expect("upsert");
        let path = snapshot_path(&store, "en");
        bogus.save(&path).expect("saved");
        let index = load_index(&store, "en").expect("index");
        assert_eq!((index.generation, index.len()), (current, 20));
        assert_eq!(
            Index::load(&path).expect("rewritten").generation,
            current,
            "the snapshot was rebuilt"
        );
        // A snapshot of another locale under this name.
        let mut az = Index::new("az");
        az.generation = current;
        az.save(&path).expect("saved");
        let index = load_index(&store, "en").expect("index");
        assert_eq!((index.lang.as_str(), index.len()), ("en", 20));
    }

    #[test]
    fn a_damaged_or_truncated_snapshot_is_rebuilt_not_trusted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 50);
        refresh_indexes(&store).expect("refresh");
        let path = snapshot_path(&store, "en");
        let good = std::fs::read(&path).expect("snapshot");
        let want = search(&store, ASKED);
        assert_eq!(want[0].0, 99);
        // Every body byte flipped in turn would be slow: a spread of positions.
        for at in (96..good.len()).step_by(good.len() / 23) {
            let mut bad = good.clone();
            bad[at] ^= 0x10;
            std::fs::write(&path, &bad).expect("write");
            assert_eq!(search(&store, ASKED), want, "byte {at} damaged");
        }
        std::fs::write(&path, &good[..good.len() / 2]).expect("write");
        assert_eq!(search(&store, ASKED), want, "truncated");
        let index = Index::load(&path).expect("a good snapshot again");
        index.verify().expect("every block checks");
        std::fs::write(&path, b"").expect("write");
        assert_eq!(search(&store, ASKED), want, "empty file");
        assert!(Index::load(&path).is_ok());
    }

    #[test]
    fn a_matcher_follows_changes_and_settings_between_lookups() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 10);
        let en = Locale::parse("en").expect("en");
        let az = Locale::parse("az").expect("az");
        let q = Query {
            text: ASKED,
            from: &en,
            to: &az,
            min: 70,
            limit: 5,
            memory: None,
            context: None,
        };
        let mut m = Matcher::new(&store).expect("matcher");
        assert_eq!(m.lookup(&q).expect("lookup")[0].score, 99);
        store.set_memory_penalty("main", 10).expect("penalty");
        assert_eq!(
            m.lookup(&q).expect("lookup")[0].score,
            89,
            "the penalty is seen"
        );
        let mut more = std::iter::once(Ok(pair(ASKED, "Yeni hesabat.")));
        store
            .tm_import("main", &mut more, &mut |_| {})
            .expect("import");
        let found = m.lookup(&q).expect("lookup");
        assert_eq!(
            found[0].score, 90,
            "the new unit (100 less 10) is found: {found:?}"
        );
        assert_eq!(found[0].target, "Yeni hesabat.");
    }
}
