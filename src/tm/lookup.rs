//! Lookup: exact hash first, then the index, then exact re-scoring.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::Serialize;

use super::diff::{diff, DiffOp};
use super::index::{Index, LookupStats};
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

/// Lookups against one store, with the indexes it has loaded.
pub struct Matcher<'s> {
    store: &'s Store,
    indexes: HashMap<String, Index>,
    penalties: HashMap<String, u8>,
    /// The memory's locale tags, read on first use.
    langs: Option<Vec<String>>,
    /// Figures of the lookups so far.
    pub stats: LookupStats,
}

/// Where the index snapshot of a locale lives.
pub fn snapshot_path(store: &Store, tag: &str) -> PathBuf {
    store.dir().join("tm-index").join(format!("{tag}.idx"))
}

/// Above this many changed units since the snapshot, the index is rebuilt rather than
/// updated.
const REBUILD_AFTER: usize = 50_000;

/// The index of one locale, brought up to date with the store: the snapshot when it is
/// current, the snapshot plus the logged changes when few units changed, else rebuilt.
/// A changed index is saved again.
pub fn load_index(store: &Store, tag: &str) -> Result<Index, StoreError> {
    let path = snapshot_path(store, tag);
    let current = store.tm_generation()?;
    let mut index = match Index::load(&path) {
        Ok(i) if i.lang == tag && i.generation <= current => i,
        _ => Index::new(tag),
    };
    if index.generation == current && path.exists() {
        return Ok(index);
    }
    let changes = if path.exists() {
        store.tm_changes_since(index.generation, REBUILD_AFTER)?
    } else {
        None
    };
    match changes {
        Some(ids) => {
            for id in ids {
                match store.tm_unit(id)? {
                    Some(unit) => index.upsert(&unit),
                    None => index.remove(id),
                }
            }
        }
        None => {
            index = Index::new(tag);
            for unit in store.tm_units()? {
                index.upsert(&unit?);
            }
        }
    }
    index.generation = current;
    // A snapshot that cannot be written only costs time on the next call.
    let _ = index.save(&path);
    Ok(index)
}

impl<'s> Matcher<'s> {
    /// A matcher over a store; indexes are loaded on first use.
    pub fn new(store: &'s Store) -> Result<Matcher<'s>, StoreError> {
        let penalties = store
            .memories()?
            .into_iter()
            .map(|m| (m.name, m.penalty))
            .collect();
        Ok(Matcher {
            store,
            indexes: HashMap::new(),
            penalties,
            langs: None,
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

    /// The tags in the memory that `lang` matches (`en` finds `en` and `en-US`). The
    /// memory's tags are read once per matcher, not on every lookup.
    fn tags_for(&mut self, lang: &Locale) -> Result<Vec<String>, StoreError> {
        if self.langs.is_none() {
            self.langs = Some(self.store.tm_langs()?);
        }
        Ok(self
            .langs
            .iter()
            .flatten()
            .filter(|t| Locale::parse(t).is_ok_and(|l| l.matches(lang)))
            .cloned()
            .collect())
    }

    fn index(&mut self, tag: &str) -> Result<&Index, StoreError> {
        if !self.indexes.contains_key(tag) {
            let index = load_index(self.store, tag)?;
            self.indexes.insert(tag.to_string(), index);
        }
        Ok(&self.indexes[tag])
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
        let from_tags = self.tags_for(q.from)?;
        let to_tags = self.tags_for(q.to)?;
        let mut found: Vec<(u8, String, TmUnit)> = Vec::new();
        let mut seen: HashSet<u64> = HashSet::new();
        let query_analyzed = score::analyze(q.text, q.from.language());
        for tag in &from_tags {
            // Stage one: the exact text, by hash.
            for unit in self.store.tm_exact(q.memory, tag, q.text)? {
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
            let fuzzy_min = min.min(100);
            let mut stats = LookupStats::default();
            let candidates = {
                let index = self.index(tag)?;
                let ids = index.query_ids(q.text);
                let memories = index.memories().to_vec();
                index
                    .search(&ids, fuzzy_min, &mut stats)
                    .into_iter()
                    .filter(|c| {
                        q.memory
                            .is_none_or(|m| memories.get(c.memory as usize).is_some_and(|n| n == m))
                    })
                    .collect::<Vec<_>>()
            };
            self.stats.candidates += stats.candidates;
            self.stats.verified += stats.verified;
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
